#!/usr/bin/env python3
# Credit: written for the dipkb project's original design brief as its
# benchmark corpus generator, and copied here unchanged except for this note
# and the pointer to the format (now docs/GAZETTEER.md and docs/JSON.md), so
# the README's benchmark can be reproduced from a clone of the repository.
"""make_corpus.py -- deterministic synthetic gazetteer + diplomatic-news corpus
for benchmarking the dipkb tagger (see docs/GAZETTEER.md and docs/JSON.md
for the formats).

Standard library only (Python >= 3.8).  Same options + same seed => byte-identical
output (checked with CPython 3.11; only random.Random's documented-stable
methods are used).

Usage:
    make_corpus.py --out DIR [--mb 100] [--people 20000] [--seed 1]
                   [--places 5000] [--issues 200]

Options:
    --out DIR       output directory (created; existing files are overwritten)
    --mb N          corpus size: article texts are generated until their UTF-8
                    size reaches N * 1,000,000 bytes (float; default 100)
    --people N      number of people in the gazetteer (default 20000)
    --seed S        integer seed (default 1).  The gazetteer depends on
                    (seed, people, places, issues); the corpus additionally on
                    --mb, and a smaller --mb yields a prefix of a larger one.
    --places N      number of places (default 5000; real capitals, major
                    cities, districts and venues first, synthetic towns after)
    --issues N      number of issues (default 200; ~120 hand-written, the rest
                    "<topic> cooperation/agreement/dialogue")

Outputs (DIR/...):
    gazetteer/countries.yaml      all 249 ISO 3166-1 entries, aliases, demonyms,
                                  capitals (place ids)
    gazetteer/organizations.yaml  ~2,000: 7 ministries/governments per country,
                                  foreign-ministry bureaus for major countries,
                                  international bodies, parties, companies
    gazetteer/people.yaml         N people, names from Korean, Japanese, Chinese,
                                  English, Russian, Ukrainian, German, French,
                                  Spanish, Portuguese, Italian, Polish, Nordic,
                                  Dutch, Arabic, Persian, Hebrew, Indian,
                                  Vietnamese, Indonesian, Filipino and Turkish
                                  pools; name_order set; roles with dates
    gazetteer/places.yaml         places (city | district | region | venue)
    gazetteer/issues.yaml         issues with aliases
    gazetteer/lexicon.yaml        meeting_triggers and titles
    corpus.jsonl                  one article a line:
                                  {"title","date","source","country","text"};
                                  text is 2-8 KB, paragraphs separated by "\\n"
    corpus.txt                    the same texts, articles separated by a blank
                                  line (so offsets restart per article only in
                                  corpus.jsonl)
    patterns.tsv                  every alias the gazetteer implies, one a line:
                                  alias TAB entity-id TAB kind, where kind is
                                  country | demonym | organization | org-generic |
                                  person | family | place | issue | trigger | title
                                  (person = full-name forms: both name orders,
                                  hyphen variants and spelling aliases;
                                  family = the family name alone, one line per
                                  person; trigger id = the lexicon trigger key;
                                  title id = slug of the title).  The same alias
                                  may occur on several lines (shared names).
    stats.json                    counts and corpus statistics (entity density)

Entity density: the generator counts every gazetteer entity it writes into a
text (country, demonym, organization, person, family name, place, issue; not
titles or meeting triggers) and reports words per entity in stats.json; it is
tuned to about one entity per 15-25 words.
"""

import argparse
import datetime
import json
import os
import random
import re
import sys
import unicodedata

# ----------------------------------------------------------------------------
# Countries: code|name|aliases(;)|demonyms(;)|capital
# ----------------------------------------------------------------------------
COUNTRIES_TABLE = """\
AD|Andorra|Principality of Andorra|Andorran|Andorra la Vella
AE|United Arab Emirates|UAE;U.A.E.;Emirates|Emirati|Abu Dhabi
AF|Afghanistan|Islamic Emirate of Afghanistan|Afghan|Kabul
AG|Antigua and Barbuda|Antigua|Antiguan|Saint John's
AI|Anguilla||Anguillan|The Valley
AL|Albania|Republic of Albania|Albanian|Tirana
AM|Armenia|Republic of Armenia|Armenian|Yerevan
AO|Angola|Republic of Angola|Angolan|Luanda
AQ|Antarctica||Antarctic|
AR|Argentina|Argentine Republic|Argentine;Argentinian|Buenos Aires
AS|American Samoa||American Samoan|Pago Pago
AT|Austria|Republic of Austria|Austrian|Vienna
AU|Australia|Commonwealth of Australia|Australian|Canberra
AW|Aruba||Aruban|Oranjestad
AX|Åland Islands|Aland Islands;Åland|Ålander|Mariehamn
AZ|Azerbaijan|Republic of Azerbaijan|Azerbaijani;Azeri|Baku
BA|Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
BB|Barbados||Barbadian|Bridgetown
BD|Bangladesh|People's Republic of Bangladesh|Bangladeshi|Dhaka
BE|Belgium|Kingdom of Belgium|Belgian|Brussels
BF|Burkina Faso|Burkina|Burkinabe|Ouagadougou
BG|Bulgaria|Republic of Bulgaria|Bulgarian|Sofia
BH|Bahrain|Kingdom of Bahrain|Bahraini|Manama
BI|Burundi|Republic of Burundi|Burundian|Gitega
BJ|Benin|Republic of Benin|Beninese|Porto-Novo
BL|Saint Barthélemy|Saint Barthelemy;St. Barts||Gustavia
BM|Bermuda||Bermudian|Hamilton
BN|Brunei|Brunei Darussalam|Bruneian|Bandar Seri Begawan
BO|Bolivia|Plurinational State of Bolivia|Bolivian|Sucre
BQ|Caribbean Netherlands|Bonaire, Sint Eustatius and Saba;Bonaire||Kralendijk
BR|Brazil|Federative Republic of Brazil|Brazilian|Brasília
BS|Bahamas|The Bahamas;Commonwealth of The Bahamas|Bahamian|Nassau
BT|Bhutan|Kingdom of Bhutan|Bhutanese|Thimphu
BV|Bouvet Island|||
BW|Botswana|Republic of Botswana|Motswana;Botswanan|Gaborone
BY|Belarus|Republic of Belarus|Belarusian|Minsk
BZ|Belize||Belizean|Belmopan
CA|Canada||Canadian|Ottawa
CC|Cocos (Keeling) Islands|Cocos Islands;Keeling Islands||West Island
CD|Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa;Congo|Congolese|Kinshasa
CF|Central African Republic|CAR|Central African|Bangui
CG|Republic of the Congo|Congo-Brazzaville;Congo|Congolese|Brazzaville
CH|Switzerland|Swiss Confederation|Swiss|Bern
CI|Côte d'Ivoire|Ivory Coast;Cote d'Ivoire|Ivorian|Yamoussoukro
CK|Cook Islands||Cook Islander|Avarua
CL|Chile|Republic of Chile|Chilean|Santiago
CM|Cameroon|Republic of Cameroon|Cameroonian|Yaoundé
CN|China|People's Republic of China;PRC;Mainland China|Chinese|Beijing
CO|Colombia|Republic of Colombia|Colombian|Bogotá
CR|Costa Rica|Republic of Costa Rica|Costa Rican|San José
CU|Cuba|Republic of Cuba|Cuban|Havana
CV|Cabo Verde|Cape Verde|Cape Verdean|Praia
CW|Curaçao|Curacao|Curaçaoan|Willemstad
CX|Christmas Island|||Flying Fish Cove
CY|Cyprus|Republic of Cyprus|Cypriot|Nicosia
CZ|Czech Republic|Czechia|Czech|Prague
DE|Germany|Federal Republic of Germany|German|Berlin
DJ|Djibouti|Republic of Djibouti|Djiboutian|Djibouti City
DK|Denmark|Kingdom of Denmark|Danish;Dane|Copenhagen
DM|Dominica|Commonwealth of Dominica|Dominican|Roseau
DO|Dominican Republic||Dominican|Santo Domingo
DZ|Algeria|People's Democratic Republic of Algeria|Algerian|Algiers
EC|Ecuador|Republic of Ecuador|Ecuadorian|Quito
EE|Estonia|Republic of Estonia|Estonian|Tallinn
EG|Egypt|Arab Republic of Egypt|Egyptian|Cairo
EH|Western Sahara|Sahrawi Republic|Sahrawi|Laayoune
ER|Eritrea|State of Eritrea|Eritrean|Asmara
ES|Spain|Kingdom of Spain|Spanish;Spaniard|Madrid
ET|Ethiopia|Federal Democratic Republic of Ethiopia|Ethiopian|Addis Ababa
FI|Finland|Republic of Finland|Finnish;Finn|Helsinki
FJ|Fiji|Republic of Fiji|Fijian|Suva
FK|Falkland Islands|Falklands;Malvinas|Falkland Islander|Stanley
FM|Micronesia|Federated States of Micronesia|Micronesian|Palikir
FO|Faroe Islands|Faroes|Faroese|Tórshavn
FR|France|French Republic|French|Paris
GA|Gabon|Gabonese Republic|Gabonese|Libreville
GB|United Kingdom|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British;Briton|London
GD|Grenada||Grenadian|Saint George's
GE|Georgia||Georgian|Tbilisi
GF|French Guiana||French Guianese|Cayenne
GG|Guernsey|Bailiwick of Guernsey||Saint Peter Port
GH|Ghana|Republic of Ghana|Ghanaian|Accra
GI|Gibraltar||Gibraltarian|
GL|Greenland||Greenlandic;Greenlander|Nuuk
GM|Gambia|The Gambia|Gambian|Banjul
GN|Guinea|Republic of Guinea|Guinean|Conakry
GP|Guadeloupe||Guadeloupean|Basse-Terre
GQ|Equatorial Guinea||Equatorial Guinean;Equatoguinean|Malabo
GR|Greece|Hellenic Republic|Greek|Athens
GS|South Georgia and the South Sandwich Islands|South Georgia||King Edward Point
GT|Guatemala|Republic of Guatemala|Guatemalan|Guatemala City
GU|Guam||Guamanian|Hagåtña
GW|Guinea-Bissau||Bissau-Guinean|Bissau
GY|Guyana|Co-operative Republic of Guyana|Guyanese|Georgetown
HK|Hong Kong|Hong Kong SAR|Hongkonger|
HM|Heard Island and McDonald Islands|||
HN|Honduras|Republic of Honduras|Honduran|Tegucigalpa
HR|Croatia|Republic of Croatia|Croatian;Croat|Zagreb
HT|Haiti|Republic of Haiti|Haitian|Port-au-Prince
HU|Hungary||Hungarian|Budapest
ID|Indonesia|Republic of Indonesia|Indonesian|Jakarta
IE|Ireland|Republic of Ireland|Irish|Dublin
IL|Israel|State of Israel|Israeli|Jerusalem
IM|Isle of Man||Manx|Douglas
IN|India|Republic of India|Indian|New Delhi
IO|British Indian Ocean Territory|Chagos Islands||Diego Garcia
IQ|Iraq|Republic of Iraq|Iraqi|Baghdad
IR|Iran|Islamic Republic of Iran|Iranian|Tehran
IS|Iceland||Icelandic;Icelander|Reykjavík
IT|Italy|Italian Republic|Italian|Rome
JE|Jersey|Bailiwick of Jersey||Saint Helier
JM|Jamaica||Jamaican|Kingston
JO|Jordan|Hashemite Kingdom of Jordan|Jordanian|Amman
JP|Japan||Japanese|Tokyo
KE|Kenya|Republic of Kenya|Kenyan|Nairobi
KG|Kyrgyzstan|Kyrgyz Republic|Kyrgyz|Bishkek
KH|Cambodia|Kingdom of Cambodia|Cambodian|Phnom Penh
KI|Kiribati||I-Kiribati|South Tarawa
KM|Comoros|Union of the Comoros|Comorian|Moroni
KN|Saint Kitts and Nevis|St. Kitts and Nevis|Kittitian|Basseterre
KP|North Korea|Democratic People's Republic of Korea;DPRK;N. Korea|North Korean|Pyongyang
KR|South Korea|Republic of Korea;ROK;Korea;S. Korea|South Korean;Korean|Seoul
KW|Kuwait|State of Kuwait|Kuwaiti|Kuwait City
KY|Cayman Islands|Caymans|Caymanian|George Town
KZ|Kazakhstan|Republic of Kazakhstan|Kazakh;Kazakhstani|Astana
LA|Laos|Lao People's Democratic Republic;Lao PDR|Lao;Laotian|Vientiane
LB|Lebanon|Lebanese Republic|Lebanese|Beirut
LC|Saint Lucia|St. Lucia|Saint Lucian|Castries
LI|Liechtenstein|Principality of Liechtenstein|Liechtensteiner|Vaduz
LK|Sri Lanka|Democratic Socialist Republic of Sri Lanka|Sri Lankan|Sri Jayawardenepura Kotte
LR|Liberia|Republic of Liberia|Liberian|Monrovia
LS|Lesotho|Kingdom of Lesotho|Basotho;Mosotho|Maseru
LT|Lithuania|Republic of Lithuania|Lithuanian|Vilnius
LU|Luxembourg|Grand Duchy of Luxembourg|Luxembourger;Luxembourgish|Luxembourg City
LV|Latvia|Republic of Latvia|Latvian|Riga
LY|Libya|State of Libya|Libyan|Tripoli
MA|Morocco|Kingdom of Morocco|Moroccan|Rabat
MC|Monaco|Principality of Monaco|Monegasque|
MD|Moldova|Republic of Moldova|Moldovan|Chisinau
ME|Montenegro||Montenegrin|Podgorica
MF|Saint Martin|Collectivity of Saint Martin||Marigot
MG|Madagascar|Republic of Madagascar|Malagasy|Antananarivo
MH|Marshall Islands|Republic of the Marshall Islands|Marshallese|Majuro
MK|North Macedonia|Republic of North Macedonia;Macedonia|Macedonian|Skopje
ML|Mali|Republic of Mali|Malian|Bamako
MM|Myanmar|Burma;Republic of the Union of Myanmar|Burmese|Naypyidaw
MN|Mongolia||Mongolian|Ulaanbaatar
MO|Macau|Macao;Macau SAR|Macanese|
MP|Northern Mariana Islands|Northern Marianas||Saipan
MQ|Martinique||Martiniquais|Fort-de-France
MR|Mauritania|Islamic Republic of Mauritania|Mauritanian|Nouakchott
MS|Montserrat||Montserratian|Plymouth
MT|Malta|Republic of Malta|Maltese|Valletta
MU|Mauritius|Republic of Mauritius|Mauritian|Port Louis
MV|Maldives|Republic of Maldives|Maldivian|Malé
MW|Malawi|Republic of Malawi|Malawian|Lilongwe
MX|Mexico|United Mexican States|Mexican|Mexico City
MY|Malaysia||Malaysian|Kuala Lumpur
MZ|Mozambique|Republic of Mozambique|Mozambican|Maputo
NA|Namibia|Republic of Namibia|Namibian|Windhoek
NC|New Caledonia||New Caledonian|Nouméa
NE|Niger|Republic of the Niger|Nigerien|Niamey
NF|Norfolk Island||Norfolk Islander|Kingston
NG|Nigeria|Federal Republic of Nigeria|Nigerian|Abuja
NI|Nicaragua|Republic of Nicaragua|Nicaraguan|Managua
NL|Netherlands|Kingdom of the Netherlands;The Netherlands;Holland|Dutch|Amsterdam
NO|Norway|Kingdom of Norway|Norwegian|Oslo
NP|Nepal||Nepali;Nepalese|Kathmandu
NR|Nauru|Republic of Nauru|Nauruan|Yaren
NU|Niue||Niuean|Alofi
NZ|New Zealand|Aotearoa|New Zealander|Wellington
OM|Oman|Sultanate of Oman|Omani|Muscat
PA|Panama|Republic of Panama|Panamanian|Panama City
PE|Peru|Republic of Peru|Peruvian|Lima
PF|French Polynesia||French Polynesian|Papeete
PG|Papua New Guinea|PNG|Papua New Guinean|Port Moresby
PH|Philippines|Republic of the Philippines|Philippine;Filipino|Manila
PK|Pakistan|Islamic Republic of Pakistan|Pakistani|Islamabad
PL|Poland|Republic of Poland|Polish;Pole|Warsaw
PM|Saint Pierre and Miquelon|||Saint-Pierre
PN|Pitcairn Islands|Pitcairn|Pitcairn Islander|Adamstown
PR|Puerto Rico||Puerto Rican|San Juan
PS|Palestine|State of Palestine;Palestinian Territories|Palestinian|Ramallah
PT|Portugal|Portuguese Republic|Portuguese|Lisbon
PW|Palau|Republic of Palau|Palauan|Ngerulmud
PY|Paraguay|Republic of Paraguay|Paraguayan|Asunción
QA|Qatar|State of Qatar|Qatari|Doha
RE|Réunion|Reunion||Saint-Denis
RO|Romania||Romanian|Bucharest
RS|Serbia|Republic of Serbia|Serbian;Serb|Belgrade
RU|Russia|Russian Federation|Russian|Moscow
RW|Rwanda|Republic of Rwanda|Rwandan|Kigali
SA|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudi Arabian|Riyadh
SB|Solomon Islands||Solomon Islander|Honiara
SC|Seychelles|Republic of Seychelles|Seychellois|Victoria
SD|Sudan|Republic of the Sudan|Sudanese|Khartoum
SE|Sweden|Kingdom of Sweden|Swedish;Swede|Stockholm
SG|Singapore|Republic of Singapore|Singaporean|
SH|Saint Helena|Saint Helena, Ascension and Tristan da Cunha|Saint Helenian|Jamestown
SI|Slovenia|Republic of Slovenia|Slovenian;Slovene|Ljubljana
SJ|Svalbard and Jan Mayen|Svalbard||Longyearbyen
SK|Slovakia|Slovak Republic|Slovak|Bratislava
SL|Sierra Leone|Republic of Sierra Leone|Sierra Leonean|Freetown
SM|San Marino|Republic of San Marino|Sammarinese|
SN|Senegal|Republic of Senegal|Senegalese|Dakar
SO|Somalia|Federal Republic of Somalia|Somali|Mogadishu
SR|Suriname|Republic of Suriname|Surinamese|Paramaribo
SS|South Sudan|Republic of South Sudan|South Sudanese|Juba
ST|São Tomé and Príncipe|Sao Tome and Principe|Santomean|São Tomé
SV|El Salvador|Republic of El Salvador|Salvadoran|San Salvador
SX|Sint Maarten|||Philipsburg
SY|Syria|Syrian Arab Republic|Syrian|Damascus
SZ|Eswatini|Kingdom of Eswatini;Swaziland|Swazi|Mbabane
TC|Turks and Caicos Islands|Turks and Caicos||Cockburn Town
TD|Chad|Republic of Chad|Chadian|N'Djamena
TF|French Southern Territories|French Southern and Antarctic Lands||Port-aux-Français
TG|Togo|Togolese Republic|Togolese|Lomé
TH|Thailand|Kingdom of Thailand|Thai|Bangkok
TJ|Tajikistan|Republic of Tajikistan|Tajik|Dushanbe
TK|Tokelau||Tokelauan|
TL|Timor-Leste|East Timor|Timorese|Dili
TM|Turkmenistan||Turkmen|Ashgabat
TN|Tunisia|Tunisian Republic|Tunisian|Tunis
TO|Tonga|Kingdom of Tonga|Tongan|Nuku'alofa
TR|Türkiye|Turkey;Turkiye;Republic of Türkiye|Turkish|Ankara
TT|Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain
TV|Tuvalu||Tuvaluan|Funafuti
TW|Taiwan|Republic of China;ROC;Chinese Taipei|Taiwanese|Taipei
TZ|Tanzania|United Republic of Tanzania|Tanzanian|Dodoma
UA|Ukraine||Ukrainian|Kyiv
UG|Uganda|Republic of Uganda|Ugandan|Kampala
UM|United States Minor Outlying Islands|U.S. Minor Outlying Islands||
US|United States|United States of America;USA;U.S.;US;America|American|Washington
UY|Uruguay|Oriental Republic of Uruguay|Uruguayan|Montevideo
UZ|Uzbekistan|Republic of Uzbekistan|Uzbek|Tashkent
VA|Vatican City|Holy See;Vatican||
VC|Saint Vincent and the Grenadines|St. Vincent and the Grenadines|Vincentian|Kingstown
VE|Venezuela|Bolivarian Republic of Venezuela|Venezuelan|Caracas
VG|British Virgin Islands|BVI||Road Town
VI|United States Virgin Islands|U.S. Virgin Islands||Charlotte Amalie
VN|Vietnam|Viet Nam;Socialist Republic of Vietnam|Vietnamese|Hanoi
VU|Vanuatu|Republic of Vanuatu|Ni-Vanuatu|Port Vila
WF|Wallis and Futuna|||Mata-Utu
WS|Samoa|Independent State of Samoa|Samoan|Apia
YE|Yemen|Republic of Yemen|Yemeni|Sanaa
YT|Mayotte||Mahoran|Mamoudzou
ZA|South Africa|Republic of South Africa|South African|Pretoria
ZM|Zambia|Republic of Zambia|Zambian|Lusaka
ZW|Zimbabwe|Republic of Zimbabwe|Zimbabwean|Harare
"""

# Territories and uninhabited entries: in the gazetteer, but no officials.
TERRITORIES = set("""AI AQ AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS
GU HM IM IO JE KY MF MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF
YT""".split())

# Relative weight of a country in diplomatic news (people and article focus);
# the corpus is Korea/Japan-centred like the seed article.
NEWS_WEIGHT = {
    "KR": 18, "JP": 16, "US": 14, "CN": 12, "KP": 4, "RU": 4, "GB": 2.5,
    "FR": 2, "DE": 2, "IN": 2, "AU": 2, "VN": 1.5, "UA": 1.2, "ID": 1.2,
    "PH": 1.2, "TW": 1.2, "CA": 1, "IT": 1, "SG": 1, "MN": 0.8, "TH": 0.8,
    "MY": 0.8, "TR": 0.8, "SA": 0.8, "AE": 0.8, "IR": 0.8, "IL": 0.8,
    "BR": 0.8, "EG": 0.6, "MX": 0.6, "ES": 0.6, "PL": 0.6, "NL": 0.5,
    "NZ": 0.5, "KZ": 0.5, "PK": 0.5, "QA": 0.5, "ZA": 0.4, "NG": 0.4,
    "HK": 0.3, "MO": 0.1,
}
DEFAULT_WEIGHT = 0.15

# Country -> name culture.
CULTURE_OF = {
    "KR": "korean", "KP": "korean", "JP": "japanese", "CN": "chinese",
    "TW": "chinese", "HK": "chinese", "MO": "chinese", "SG": "chinese",
    "VN": "vietnamese", "RU": "russian", "BY": "russian", "KZ": "russian",
    "KG": "russian", "TJ": "russian", "UZ": "russian", "TM": "russian",
    "AM": "russian", "AZ": "russian", "GE": "russian", "MN": "russian",
    "UA": "ukrainian", "DE": "german", "AT": "german", "CH": "german",
    "LI": "german", "LU": "german", "FR": "french", "BE": "french",
    "MC": "french", "PL": "polish", "CZ": "polish", "SK": "polish",
    "SI": "polish", "HR": "polish", "RS": "polish", "BA": "polish",
    "ME": "polish", "MK": "polish", "BG": "polish", "LT": "polish",
    "LV": "polish", "EE": "nordic", "SE": "nordic", "NO": "nordic",
    "DK": "nordic", "FI": "nordic", "IS": "nordic", "NL": "dutch",
    "SR": "dutch", "IT": "italian", "SM": "italian", "VA": "italian",
    "MT": "italian", "ES": "spanish", "PT": "portuguese", "BR": "portuguese",
    "AO": "portuguese", "MZ": "portuguese", "CV": "portuguese",
    "GW": "portuguese", "ST": "portuguese", "TL": "portuguese",
    "PH": "filipino", "ID": "indonesian", "MY": "indonesian",
    "BN": "indonesian", "IN": "indian", "NP": "indian", "BD": "indian",
    "LK": "indian", "PK": "indian", "BT": "indian", "MV": "indian",
    "IR": "persian", "AF": "persian", "IL": "hebrew", "TR": "turkish",
    "CY": "turkish", "GR": "polish", "RO": "italian", "HU": "german",
    "MD": "russian", "AL": "italian", "TH": "indonesian", "KH": "vietnamese",
    "LA": "vietnamese", "MM": "indonesian",
}
ARABIC = "AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE DJ KM SO".split()
SPANISH = "AR BO CL CO CR CU DO EC GT HN MX NI PA PE PY SV UY VE GQ".split()
FRENCH_AFRICA = "BF BI BJ CD CF CG CI CM GA GN HT MG ML NE RW SN TD TG SC".split()
for _c in ARABIC:
    CULTURE_OF[_c] = "arabic"
for _c in SPANISH:
    CULTURE_OF[_c] = "spanish"
for _c in FRENCH_AFRICA:
    CULTURE_OF[_c] = "french"
# everything else: english

# ----------------------------------------------------------------------------
# Name pools.  Family names that are English function words (He, An, Do, So,
# O, Long, May) are left out on purpose: with case-insensitive matching they
# would tag every "he"/"an"/"may".  Names such as Ban, Price, Power, Young,
# White, Sun, Moon stay: they are the realistic ambiguities a tagger must
# survive.
# ----------------------------------------------------------------------------
def _w(s):
    return s.split()

KOREAN_FAMILY = _w("""Kim Kim Kim Kim Lee Lee Lee Park Park Choi Jung Kang Cho Yoon Jang
Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek
Heo Nam Noh Ha Kwak Sung Cha Joo Woo Min Ryu Na Jin Ji Eom Chae Won Chun Bang
Gong Hyun Pyo Yeo Chu Seok Sul Ma Gil Yeon Wi Ban Nam Chung""")
KOREAN_FAMILY_VARIANTS = {
    "Lee": ["Rhee", "Yi"], "Park": ["Pak"], "Choi": ["Choe"],
    "Jung": ["Jeong", "Chung"], "Kang": ["Gang"], "Cho": ["Jo"],
    "Yoon": ["Yun"], "Jang": ["Chang"], "Lim": ["Rim", "Im"], "Shin": ["Sin"],
    "Kwon": ["Gwon"], "Ahn": ["An"], "Yoo": ["Yu"], "Jeon": ["Chun"],
    "Ko": ["Koh"], "Moon": ["Mun"], "Son": ["Sohn"], "Noh": ["Roh"],
    "Kwak": ["Gwak"], "Ryu": ["Yoo"], "Sung": ["Seong"], "Joo": ["Ju"],
}
KOREAN_SYL = _w("""Jae Min Seung Hyun Ji Woo Jin Sung Young Dong Sang Jun Ho Hoon Han
Jung Soo Kyung Eun Hye Yeon Chul Hee Tae Won Joon Myung Suk Kwang Il Yong Ki Hwan
Bum Gyu Sun Mi Do In Seok Hak Moon Nam Chang Hyuk Bin Yeong Kyu Wook Sik Yeol
Geun Deok Baek Cheol Hwa Ok Ran Sook Eui Jong Gil""")
KOREAN_SYL_VARIANTS = {
    "Jung": "Jeong", "Sung": "Seong", "Young": "Yeong", "Kyung": "Gyeong",
    "Hyun": "Hyeon", "Chul": "Cheol", "Suk": "Seok", "Joon": "Jun",
    "Myung": "Myeong", "Kwang": "Gwang", "Ki": "Gi", "Kyu": "Gyu",
    "Woo": "U", "Hoon": "Hun", "Eui": "Ui",
}

JAPANESE_FAMILY = _w("""Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura
Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi
Shimizu Yamazaki Mori Abe Ikeda Hashimoto Yamashita Ishikawa Nakajima Maeda
Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki
Fujii Nishimura Fukuda Ota Miura Fujiwara Okamoto Matsuda Nakagawa Nakano
Harada Ono Tamura Takeuchi Kaneko Wada Nakayama Ishida Ueda Morita Hara Shibata
Sakai Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Taniguchi Maruyama
Imai Takada Fujimoto Takeda Murata Ueno Sugiyama Masuda Sugawara Hirano Otsuka
Chiba Kubo Matsui Iwasaki Sakurai Kinoshita Noguchi Matsuo Nomura Kikuchi Sano
Onishi Sugimoto Arai Takizaki Motegi Suga Kishida Funakoshi Kanasugi Akiba
Kamikawa Hamada Kono Ishiba Iwaya Hayashi Namazu Yamada Mori Okano Akahori""")
JAPANESE_FAMILY_VARIANTS = {
    "Ono": ["Ohno"], "Ito": ["Itoh"], "Sato": ["Satoh"], "Kato": ["Katoh"],
    "Kono": ["Kohno"], "Ota": ["Ohta"], "Saito": ["Saitoh"], "Goto": ["Gotoh"],
    "Kudo": ["Kudoh"], "Endo": ["Endoh"], "Ando": ["Andoh"], "Onishi": ["Ohnishi"],
    "Takizaki": ["Takisaki"], "Otsuka": ["Ohtsuka"],
}
JAPANESE_GIVEN = _w("""Hiroshi Takeshi Shigeki Yoshihide Fumio Taro Kenji Kenichi Takashi
Makoto Masahiro Kazuo Koji Akira Satoshi Daisuke Yusuke Shinji Tetsuya Naoki
Hideki Hiroyuki Toshimitsu Yoko Keiko Yuko Akiko Tomoko Naoko Kyoko Mariko
Sachiko Noriko Haruka Shinsuke Takeo Masato Kazuhiro Ryota Shunsuke Kotaro
Hiroto Yoshimasa Katsunobu Toshihiro Nobuo Yasuhiro Tadashi Masaki Kenta
Junichi Ichiro Jiro Yukio Seiji Motoki Kiyoshi Takeshi Hirofumi Yoshimitsu
Shinzo Toshiro Kazuyuki Yoshiko Masako Emiko Hisashi Tsuyoshi Atsushi Mitsuru""")

CHINESE_FAMILY = _w("""Wang Wang Li Li Zhang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma
Zhu Hu Guo Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng
Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao
Qin Qian Dai Fu Fan Fang Jin Kong Bai Cui Kang Mao Qiu Hou Shi Xiong Meng Hao
Lai Gu Wan Duan Lei Hua Chu Mo Xing""")
CHINESE_SYL = _w("""Wei Ming Jian Hua Xiao Yi Jun Hong Guo Zhi Qiang Lei Yong Jie Tao Bin
Hai Ping Gang Feng Xin Yu Li Na Jing Yan Fang Hui Ling Xue Kai Peng Chao Bo Dong
Liang Wen Qing Rong Zhen Shan Lin An Cheng De Sheng Xiang Yuan Zhong Jia Xu Zhao
Kang Lan Mei Tian Song Hao Yun Cong Dan""")

ENGLISH_FAMILY = _w("""Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson
Taylor Thomas Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson
Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter
Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart
Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Kelly Howard Cox
Ward Richardson Watson Brooks Wood James Bennett Gray Hughes Price Sanders Myers
Ross Foster Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson
Barnes Fisher Graham Hamilton Wallace Blinken Kerry Sherman Burns Kritenbrink
Rice Power Sullivan Austin Pompeo Tillerson Biegun Rubio Landau Haley Goldberg
Harris Emanuel Hagerty Kennedy O'Brien Fitzgerald McCarthy Donovan""")
ENGLISH_GIVEN = _w("""James John Robert Michael William David Richard Joseph Thomas Charles
Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth
Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas
Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy
Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda
Melissa Deborah Stephanie Rebecca Laura Helen Sharon Cynthia Kathleen Amy
Antony Wendy Kurt Jake Condoleezza Samantha Ned Marco Rahm Philip Penny Anthony""")

RUSSIAN_FAMILY = _w("""Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov
Novikov Fedorov Morozov Volkov Alekseev Lebedev Semenov Egorov Pavlov Kozlov
Stepanov Nikolaev Orlov Andreev Makarov Nikitin Zakharov Zaitsev Soloviev
Borisov Yakovlev Grigoriev Romanov Vorobiev Lavrov Ryabkov Rudenko Galuzin
Shoigu Peskov Ushakov Medvedev Kiselev Gusev Titov Kuzmin Belov Tarasov""")
RUSSIAN_GIVEN = _w("""Sergei Alexander Dmitry Andrei Alexei Mikhail Igor Vladimir Nikolai
Yuri Oleg Maxim Ivan Pavel Viktor Maria Anna Elena Olga Tatiana Natalia Irina
Svetlana Konstantin Georgy Boris Anatoly Valentina Vasily Grigory Yevgeny""")
RUSSIAN_VARIANTS = {
    "Sergei": "Sergey", "Dmitry": "Dmitri", "Alexei": "Aleksei", "Yuri": "Yury",
    "Andrei": "Andrey", "Nikolai": "Nikolay", "Vasiliev": "Vasilyev",
    "Soloviev": "Solovyov", "Grigoriev": "Grigoryev", "Alekseev": "Alekseyev",
    "Yevgeny": "Evgeny", "Tatiana": "Tatyana", "Vorobiev": "Vorobyov",
}
UKRAINIAN_FAMILY = _w("""Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Kuleba Sybiha
Yermak Melnyk Boyko Koval Oliynyk Shevchuk Polishchuk Lysenko Marchenko Savchenko
Rudenko Moroz Klymenko Honcharenko Stefanchuk Zelensky Shmyhal Umerov""")
UKRAINIAN_GIVEN = _w("""Dmytro Andriy Oleksandr Volodymyr Mykola Serhiy Olena Iryna Yulia
Oksana Taras Bohdan Vitaliy Denys Rustem Yuriy Ruslan Kateryna Halyna""")
GERMAN_FAMILY = _w("""Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz
Hoffmann Koch Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger
Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Schmid Scholz Baerbock
Steinmeier Wadephul Merz Köhler Weiß Vogel Jäger""")
GERMAN_GIVEN = _w("""Thomas Michael Andreas Stefan Frank Jürgen Klaus Wolfgang Peter Markus
Annalena Angela Ursula Katrin Sabine Heike Claudia Olaf Johann Friedrich
Christian Tobias Jens Katja Heiko Boris Lars Svenja Nancy Cem Robert""")
FRENCH_FAMILY = _w("""Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau
Simon Laurent Lefebvre Michel David Bertrand Roux Vincent Fournier Morel Girard
André Lefèvre Mercier Dupont Lambert Bonnet François Colonna Barrot Séjourné
Diallo Traoré Koné Touré Ndiaye Diop Ouattara Sow Camara Kaboré""")
FRENCH_GIVEN = _w("""Jean Pierre Michel Philippe Alain Nicolas François Emmanuel Catherine
Marie Isabelle Sophie Nathalie Stéphane Laurent Olivier Jean-Yves Jean-Noël Céline
Anne Julien Gabriel Sébastien Amadou Moussa Aminata Fatoumata Ibrahima Mamadou""")
SPANISH_FAMILY = _w("""García Rodríguez González Fernández López Martínez Sánchez Pérez
Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Álvarez Romero Alonso Gutiérrez
Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Suárez Molina
Castro Ortega Rubio Morales Delgado Ortiz Marín Iglesias Albares Ebrard Cafiero""")
SPANISH_GIVEN = _w("""José Antonio Manuel Francisco Juan David Carlos Jesús Javier Luis
Miguel Pedro Alejandro Fernando Jorge María Carmen Ana Laura Isabel Lucía Marta
Elena Gabriela Marcelo Santiago Diego Andrés Ricardo Alicia Mónica Rosa Beatriz""")
PORTUGUESE_FAMILY = _w("""Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima
Gomes Costa Ribeiro Martins Carvalho Almeida Lopes Soares Fernandes Vieira
Barbosa Rocha Dias Nascimento Andrade Moreira Nunes Marques Machado Mendes
Freitas Rangel Amorim Cravinho""")
PORTUGUESE_GIVEN = _w("""João Pedro Lucas Gabriel Rafael Mauro Luiz Paulo Carlos Marcos Ana
Maria Beatriz Fernanda Juliana Celso Ernesto Augusto Antônio Sérgio Luísa""")
ITALIAN_FAMILY = _w("""Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco
Bruno Gallo Conti Costa Giordano Mancini Rizzo Lombardi Moretti Tajani Meloni
Crosetto Urso Barbieri Fontana Caruso Ionescu Popescu Dumitru""") + ["Di Maio", "De Luca"]
ITALIAN_GIVEN = _w("""Giuseppe Giovanni Antonio Mario Luigi Francesco Paolo Marco Alessandro
Giorgia Maria Anna Giulia Francesca Sergio Matteo Luca Guido Adolfo Elisabetta""")
POLISH_FAMILY = _w("""Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski
Zieliński Szymański Woźniak Sikorski Duda Tusk Morawiecki Novák Horváth Kovačević
Petrović Nikolić Jovanović Popović Georgiev Dimitrov Papadopoulos Dendias
Gerapetritis Kazlauskas Bērziņš""")
POLISH_GIVEN = _w("""Piotr Krzysztof Andrzej Tomasz Paweł Radosław Jan Anna Katarzyna
Małgorzata Agnieszka Marcin Zbigniew Petr Ivan Marko Nikos Giorgos Dimitris
Gabrielius Edgars Kristina""")
NORDIC_FAMILY = _w("""Andersen Nielsen Hansen Johansson Larsson Karlsson Nilsson Eriksson Olsen
Berg Lindqvist Virtanen Korhonen Haavisto Stoltenberg Rasmussen Løkke Billström
Valtonen Tamm Kallas Tsahkna Eide Huitfeldt""")
NORDIC_GIVEN = _w("""Lars Anders Erik Jonas Mette Anna Kristina Ingrid Magnus Sven Jens
Pekka Sanna Annika Tobias Elina Kaja Margus Espen Anniken""")
DUTCH_FAMILY = ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser",
                "Smit", "Meijer", "Mulder", "de Boer", "Rutte", "Hoekstra",
                "van Dijk", "Veldkamp", "Schoof", "Bruins", "van der Linden"]
DUTCH_GIVEN = _w("Mark Wopke Jan Pieter Hans Sanne Anouk Sigrid Ruben Caspar Dick Hanke")
ARABIC_FAMILY = ["Al-Sabah", "Al-Thani", "Haddad", "Khalil", "Mansour", "Nasser",
                 "Saleh", "Hamdan", "Abdullah", "Hassan", "Ibrahim", "Mahmoud",
                 "Aziz", "Farouk", "Qasim", "Rahman", "Shoukry", "Al-Maliki",
                 "Al-Jubeir", "Bourita", "Safadi", "Aboul Gheit", "Al-Nahyan",
                 "Al-Saud", "Al-Zayani", "Abdelatty", "Attaf", "Nouri", "Khoury",
                 "Haddadi", "Al-Busaidi", "Al-Khulaifi", "Al-Yahya", "Benali"]
ARABIC_GIVEN = _w("""Ahmed Mohammed Ali Omar Khalid Faisal Abdullah Yousef Hassan Ibrahim
Nasser Tariq Sami Fatima Aisha Layla Mariam Noura Hind Salma Ayman Sameh Badr
Nasser Abdulaziz Majed Anwar Lana Reem""")
ARABIC_VARIANTS = {"Mohammed": "Muhammad", "Yousef": "Yusuf", "Ahmed": "Ahmad",
                   "Al-Sabah": "Al Sabah", "Al-Thani": "Al Thani",
                   "Al-Saud": "Al Saud", "Shoukry": "Shukri"}
PERSIAN_FAMILY = _w("""Ahmadi Hosseini Mohammadi Rezaei Moradi Karimi Rahimi Jafari Araghchi
Zarif Amir-Abdollahian Larijani Rouhani Pezeshkian Kanani Baghaei Gharibabadi
Takht-Ravanchi Ravanchi Samadi Nazari""")
PERSIAN_GIVEN = _w("""Abbas Mohammad Ali Hossein Hassan Javad Mahmoud Reza Mehdi Saeed Kazem
Fatemeh Zahra Masoud Esmaeil Majid Nasser Ahmad""")
HEBREW_FAMILY = _w("""Cohen Levi Mizrahi Peretz Biton Friedman Katz Azoulay Shapiro
Ben-David Netanyahu Herzog Saar Gantz Lapid Cohen Dermer Hanegbi""")
HEBREW_GIVEN = _w("Yosef Moshe Avi Yair Gideon Benny Noa Tamar Michal Eli Itzhak Ronen Eli Ron Tzachi Isaac")
INDIAN_FAMILY = _w("""Sharma Singh Kumar Patel Gupta Reddy Rao Iyer Nair Menon Jaishankar
Mehta Shah Joshi Verma Das Chatterjee Banerjee Mukherjee Pillai Kapoor Malhotra
Bhatia Chopra Saxena Mishra Pandey Tiwari Yadav Goyal Agarwal Doval Kwatra Misri
Sheikh Qureshi Khan Chaudhry Hossain Rahman Karki Wickremesinghe Perera""")
INDIAN_GIVEN = _w("""Rahul Amit Suresh Rajesh Vikram Anil Sunil Arun Vijay Sanjay Ravi Ajit
Subrahmanyam Harsh Vinay Priya Anjali Sunita Kavita Nirmala Smriti Meenakshi
Lakshmi Deepak Manoj Ashok Piyush Hardeep Narendra Shehbaz Ishaq Bilawal Jalil""")
VIETNAMESE_FAMILY = _w("""Nguyen Nguyen Nguyen Tran Tran Le Pham Hoang Huynh Phan Vu Vo Dang
Bui Ho Ngo Duong Ly Hun Sok Chea Saleumxay""")
VIETNAMESE_MIDDLE = _w("Van Thi Minh Duc Quoc Thanh Hong Xuan Huu Ngoc Kim Anh Cong Trong Dinh")
VIETNAMESE_LAST = _w("""Son Trung Hung Dung Hai Nam Phuc Chinh Thang Quang Tuan Binh Lan Mai
Huong Linh Hoa Thu Hanh Vinh Khai Loc Tam Hieu Cuong Manh Sang Lam""")
INDONESIAN_FAMILY = _w("""Santoso Wijaya Kusuma Hidayat Saputra Setiawan Pratama Nugroho
Gunawan Marsudi Sugiono Widodo Prabowo Halim Salim Hartono Tanoto Ibrahim Abdullah
Hassan Rahman Ismail Yusof Osman Sihasak Sangiampongsa Maris Chayanan Aung Kyaw""")
INDONESIAN_GIVEN = _w("""Retno Budi Agus Joko Dewi Sri Adi Ahmad Rizky Putri Bambang Hendra
Indra Wahyu Yudi Anwar Zambry Saifuddin Nurul Mohamad Somchai Parnpree Than Min""")
FILIPINO_FAMILY = _w("""Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada
Castillo Flores Villanueva Ramos Manalo Lazaro Marcos Teodoro Aquino Locsin
Romualdez Duterte Enrile Tolentino""")
FILIPINO_GIVEN = _w("""Jose Maria Enrique Ferdinand Rodrigo Theresa Antonio Carlos Ramon Manuel
Gilberto Teodoro Ma Corazon Leni Imee Sara Eduardo Jaime""")
TURKISH_FAMILY = _w("""Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir
Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Fidan Çavuşoğlu Kalın""")
TURKISH_GIVEN = _w("""Mehmet Mustafa Ahmet Ali Hüseyin Hasan Hakan Murat Emre Zeynep Ayşe Fatma
Elif Mevlüt Recep Cevdet Ömer Burak Selim Kemal""")


def _pairs(fams, givs, order="given_first"):
    return {"family": fams, "given": givs, "order": order}


CULTURES = {
    "korean": {"order": "family_first"},
    "japanese": {"order": "family_first"},
    "chinese": {"order": "family_first"},
    "vietnamese": {"order": "family_first"},
    "english": _pairs(ENGLISH_FAMILY, ENGLISH_GIVEN),
    "russian": _pairs(RUSSIAN_FAMILY, RUSSIAN_GIVEN),
    "ukrainian": _pairs(UKRAINIAN_FAMILY, UKRAINIAN_GIVEN),
    "german": _pairs(GERMAN_FAMILY, GERMAN_GIVEN),
    "french": _pairs(FRENCH_FAMILY, FRENCH_GIVEN),
    "spanish": _pairs(SPANISH_FAMILY, SPANISH_GIVEN),
    "portuguese": _pairs(PORTUGUESE_FAMILY, PORTUGUESE_GIVEN),
    "italian": _pairs(ITALIAN_FAMILY, ITALIAN_GIVEN),
    "polish": _pairs(POLISH_FAMILY, POLISH_GIVEN),
    "nordic": _pairs(NORDIC_FAMILY, NORDIC_GIVEN),
    "dutch": _pairs(DUTCH_FAMILY, DUTCH_GIVEN),
    "arabic": _pairs(ARABIC_FAMILY, ARABIC_GIVEN),
    "persian": _pairs(PERSIAN_FAMILY, PERSIAN_GIVEN),
    "hebrew": _pairs(HEBREW_FAMILY, HEBREW_GIVEN),
    "indian": _pairs(INDIAN_FAMILY, INDIAN_GIVEN),
    "indonesian": _pairs(INDONESIAN_FAMILY, INDONESIAN_GIVEN),
    "filipino": _pairs(FILIPINO_FAMILY, FILIPINO_GIVEN),
    "turkish": _pairs(TURKISH_FAMILY, TURKISH_GIVEN),
}

# ----------------------------------------------------------------------------
# Places: major non-capital cities, districts, venues (real), then synthetic.
# ----------------------------------------------------------------------------
MAJOR_CITIES = {
    "KR": "Busan Incheon Daegu Daejeon Gwangju Ulsan Suwon Sejong Jeju Changwon Goyang "
          "Yongin Seongnam Cheongju Jeonju Pohang Gyeongju Andong Gangneung Pyeongchang "
          "Paju Gimpo Mokpo Yeosu Chuncheon",
    "JP": "Osaka Yokohama Nagoya Sapporo Fukuoka Kobe Kyoto Kawasaki Saitama Hiroshima "
          "Sendai Chiba Kitakyushu Niigata Hamamatsu Kumamoto Okayama Nagasaki Naha "
          "Kagoshima Kanazawa Matsuyama Toyama Fukushima Hakone Nikko Karuizawa",
    "CN": "Shanghai Guangzhou Shenzhen Tianjin Chongqing Chengdu Wuhan Hangzhou Nanjing "
          "Xi'an Qingdao Dalian Shenyang Harbin Xiamen Kunming Changchun Jinan Zhengzhou "
          "Suzhou Hefei Fuzhou Nanning Lhasa Urumqi Dandong Yanji Sanya Boao Tianjin",
    "US": "New York|Los Angeles|Chicago|Houston|San Francisco|Seattle|Boston|Honolulu|"
          "Atlanta|Miami|Denver|Philadelphia|Detroit|Dallas|Phoenix|San Diego|Las Vegas|"
          "Portland|Anchorage|Pittsburgh|Annapolis|Palm Beach",
    "GB": "Manchester Birmingham Edinburgh Glasgow Liverpool Leeds Bristol Cardiff Belfast "
          "Oxford Cambridge",
    "FR": "Marseille Lyon Nice Toulouse Strasbourg Bordeaux Lille Nantes Biarritz",
    "DE": "Hamburg Munich Frankfurt Cologne Stuttgart Düsseldorf Dresden Leipzig Bonn Hanover",
    "RU": "Saint Petersburg|Vladivostok|Novosibirsk|Yekaterinburg|Kazan|Sochi|Khabarovsk|Kaliningrad",
    "IN": "Mumbai Bengaluru Kolkata Chennai Hyderabad Ahmedabad Pune",
    "AU": "Sydney Melbourne Brisbane Perth Adelaide Darwin Hobart",
    "CA": "Toronto|Montreal|Vancouver|Calgary|Quebec City|Halifax",
    "ID": "Surabaya|Bandung|Medan|Nusa Dua|Denpasar",
    "VN": "Ho Chi Minh City|Da Nang|Haiphong|Hue|Nha Trang",
    "TH": "Chiang Mai|Phuket|Pattaya",
    "PH": "Cebu|Davao|Quezon City|Makati",
    "MY": "Penang|Johor Bahru|Putrajaya",
    "IT": "Milan Naples Turin Florence Venice Genoa Bologna",
    "ES": "Barcelona Valencia Seville Bilbao Málaga",
    "BR": "São Paulo|Rio de Janeiro|Salvador|Belo Horizonte|Recife",
    "MX": "Guadalajara Monterrey Cancún Tijuana",
    "TR": "Istanbul Izmir Antalya",
    "SA": "Jeddah Dammam",
    "AE": "Dubai Sharjah",
    "EG": "Alexandria|Sharm el-Sheikh",
    "IL": "Tel Aviv|Haifa",
    "PK": "Karachi Lahore",
    "CH": "Geneva Zurich Davos Lausanne Basel",
    "AT": "Salzburg Graz",
    "NL": "Rotterdam|The Hague|Utrecht",
    "BE": "Antwerp Ghent",
    "PL": "Krakow Gdansk Wroclaw",
    "UA": "Kharkiv Odesa Lviv Dnipro",
    "KP": "Kaesong Wonsan Sinuiju Hamhung Nampo Chongjin Rason",
    "TW": "Kaohsiung Taichung Tainan",
    "KZ": "Almaty",
    "NZ": "Auckland Christchurch",
    "ZA": "Johannesburg|Cape Town|Durban",
    "NG": "Lagos Kano",
    "KE": "Mombasa",
    "MA": "Casablanca Marrakech",
    "AR": "Córdoba Rosario",
    "CL": "Valparaíso",
    "CO": "Medellín Cartagena",
    "PE": "Cusco Arequipa",
    "KH": "Siem Reap",
    "LA": "Luang Prabang",
    "MM": "Yangon Mandalay",
    "MN": "Erdenet",
    "LK": "Colombo Kandy",
    "BD": "Chittagong",
    "QA": "Lusail",
    "OM": "Salalah",
}
DISTRICTS = {
    ("KR", "Seoul"): "Jongno-gu Jung-gu Yongsan-gu Seongdong-gu Gwangjin-gu Dongdaemun-gu "
                     "Jungnang-gu Seongbuk-gu Gangbuk-gu Dobong-gu Nowon-gu Eunpyeong-gu "
                     "Seodaemun-gu Mapo-gu Yangcheon-gu Gangseo-gu Guro-gu Geumcheon-gu "
                     "Yeongdeungpo-gu Dongjak-gu Gwanak-gu Seocho-gu Gangnam-gu Songpa-gu "
                     "Gangdong-gu Gwanghwamun Yeouido",
    ("JP", "Tokyo"): "Chiyoda Minato Shinjuku Bunkyo Taito Sumida Koto Shinagawa Meguro Setagaya "
                     "Shibuya Suginami Toshima Itabashi Nerima Adachi Katsushika Edogawa "
                     "Kasumigaseki Nagatacho Akasaka Roppongi Ginza",
    ("CN", "Beijing"): "Dongcheng Xicheng Chaoyang Haidian Fengtai Shijingshan Tongzhou",
    ("US", "Washington"): "Foggy Bottom|Georgetown|Capitol Hill|Dupont Circle",
    ("KP", "Pyongyang"): "Moranbong Chung-guyok Sunan",
}
VENUES = [  # (name, country, city)
    ("Blue House", "KR", "Seoul"), ("Yongsan Presidential Office", "KR", "Seoul"),
    ("Government Complex Seoul", "KR", "Seoul"), ("Lotte Hotel Seoul", "KR", "Seoul"),
    ("Shilla Hotel", "KR", "Seoul"), ("Four Seasons Hotel Seoul", "KR", "Seoul"),
    ("Peace House", "KR", "Paju"), ("Freedom House", "KR", "Paju"),
    ("Panmunjom", "KR", "Paju"), ("Iikura House", "JP", "Tokyo"),
    ("Akasaka Palace", "JP", "Tokyo"), ("Hotel Okura", "JP", "Tokyo"),
    ("Imperial Hotel", "JP", "Tokyo"), ("Prime Minister's Residence", "JP", "Tokyo"),
    ("Diaoyutai State Guesthouse", "CN", "Beijing"),
    ("Great Hall of the People", "CN", "Beijing"), ("Zhongnanhai", "CN", "Beijing"),
    ("White House", "US", "Washington"), ("Camp David", "US", "Washington"),
    ("Blair House", "US", "Washington"), ("Mar-a-Lago", "US", "Palm Beach"),
    ("Kremlin", "RU", "Moscow"), ("Elysee Palace", "FR", "Paris"),
    ("Quai d'Orsay", "FR", "Paris"), ("Downing Street", "GB", "London"),
    ("Lancaster House", "GB", "London"), ("Palais des Nations", "CH", "Geneva"),
    ("Shangri-La Hotel", "SG", None), ("Marina Bay Sands", "SG", None),
    ("Capella Hotel", "SG", None), ("Sofitel Legend Metropole", "VN", "Hanoi"),
    ("Government House", "TH", "Bangkok"), ("Malacanang Palace", "PH", "Manila"),
    ("Hyderabad House", "IN", "New Delhi"), ("Hofburg", "AT", "Vienna"),
    ("Egmont Palace", "BE", "Brussels"), ("Villa Madama", "IT", "Rome"),
    ("Itamaraty Palace", "BR", "Brasília"), ("Los Pinos", "MX", "Mexico City"),
    ("Istana", "SG", None), ("Hotel New Otani", "JP", "Tokyo"),
    ("Grand Hyatt Seoul", "KR", "Seoul"), ("Westin Chosun", "KR", "Seoul"),
    ("Foreign Ministry Guesthouse", "KR", "Seoul"),
]

SYNTH = {
    "korean": (["Hwa", "Seong", "Gim", "Yang", "Dong", "Cheon", "Gwang", "Nam", "Buk",
                "Sang", "Hae", "Jin", "Won", "Pyeong", "Mun", "Yeong", "Chang", "Gyeong",
                "Uijeong", "Bu", "Geo", "Tong", "Dang", "Ok", "Mil", "Sam"],
               ["san", "ju", "won", "cheon", "pyeong", "seong", "yang", "hae", "gok",
                "do", "jin", "chang", "gang", "nam", "buk", "dong", "chon", "ryeong"],
               ["", "", "", "-gu", "-gun", "-dong", "-eup"]),
    "japanese": (["Naka", "Yama", "Kawa", "Shima", "Hara", "Oka", "Matsu", "Fuji", "Kita",
                  "Minami", "Higashi", "Nishi", "Taka", "Hiro", "Sakura", "Aoba", "Chiyo",
                  "Shin", "Ichi", "Kami", "Shimo", "Tsuru", "Ise", "Hana", "Ashi", "Toyo"],
                 ["yama", "kawa", "hara", "saki", "mura", "zawa", "shima", "oka", "ta",
                  "no", "gaya", "machi", "hama", "ura", "sawa", "numa", "ishi", "ura"],
                 ["", "", "", "", " Ward", " Town"]),
    "chinese": (["Jian", "Hua", "Xin", "An", "Yong", "Ping", "Chang", "Fu", "Tai", "Jin",
                 "Ning", "Huai", "Dong", "Xi", "Nan", "Bei", "Lin", "Qing", "Shan", "Yun",
                 "Bao", "Guang", "Kai", "Long", "Rui", "Shou"],
                ["yang", "xing", "zhou", "an", "ning", "ping", "shan", "chang", "de", "hua",
                 "jiang", "yuan", "kang", "tai", "lin", "cheng", "he", "feng"],
                ["", "", "", " District", " County"]),
    "english": (["Spring", "Oak", "Maple", "River", "Lake", "Fair", "Green", "Brook",
                 "Ash", "Elm", "Cedar", "Pine", "Stone", "Clear", "North", "South", "East",
                 "West", "New", "Port", "Mount", "Glen", "Bridge", "Red", "Silver", "Wind"],
                ["field", "ville", "ton", "burg", "dale", "ford", "port", "wood", "view",
                 "haven", "mont", "side", "land", "stead", "bury", "worth", "ridge", "water"],
                ["", "", "", " Springs", " Heights", " Falls"]),
}


def _cities(spec):
    return spec.split("|") if "|" in spec else spec.split()

# ----------------------------------------------------------------------------
# Organizations
# ----------------------------------------------------------------------------
# Generic ministries every country gets: (key, name pattern, generic names, kind,
# demonym-alias patterns)
MINISTRY_TEMPLATES = [
    ("mofa", "Ministry of Foreign Affairs", ["Ministry of Foreign Affairs", "Foreign Ministry"],
     ["{dem} Foreign Ministry", "{dem} Ministry of Foreign Affairs"]),
    ("mod", "Ministry of Defense", ["Ministry of Defense", "Defense Ministry"],
     ["{dem} Defense Ministry", "{dem} Ministry of Defense"]),
    ("trade", "Ministry of Trade and Industry", ["Ministry of Trade and Industry", "Trade Ministry"],
     ["{dem} Trade Ministry"]),
    ("finance", "Ministry of Finance", ["Ministry of Finance", "Finance Ministry"],
     ["{dem} Finance Ministry"]),
    ("interior", "Ministry of the Interior", ["Ministry of the Interior", "Interior Ministry"],
     ["{dem} Interior Ministry"]),
    ("justice", "Ministry of Justice", ["Ministry of Justice", "Justice Ministry"],
     ["{dem} Justice Ministry"]),
]
# Real names overriding the generic ones: (country, key) -> (name, aliases, generic-extra)
MINISTRY_OVERRIDES = {
    ("KR", "mofa"): ("Ministry of Foreign Affairs (South Korea)",
                     ["South Korean Foreign Ministry", "Korean Foreign Ministry"], ["MOFA"]),
    ("JP", "mofa"): ("Ministry of Foreign Affairs of Japan",
                     ["Japanese Foreign Ministry", "Japan's Foreign Ministry", "Gaimusho"], ["MOFA"]),
    ("CN", "mofa"): ("Ministry of Foreign Affairs of the People's Republic of China",
                     ["Chinese Foreign Ministry"], []),
    ("US", "mofa"): ("United States Department of State",
                     ["State Department", "U.S. State Department", "Department of State"], []),
    ("GB", "mofa"): ("Foreign, Commonwealth and Development Office",
                     ["Foreign Office", "FCDO", "British Foreign Office"], []),
    ("RU", "mofa"): ("Ministry of Foreign Affairs of the Russian Federation",
                     ["Russian Foreign Ministry"], []),
    ("KP", "mofa"): ("Ministry of Foreign Affairs (North Korea)",
                     ["North Korean Foreign Ministry"], []),
    ("TW", "mofa"): ("Ministry of Foreign Affairs (Taiwan)", ["Taiwanese Foreign Ministry"], ["MOFA"]),
    ("KR", "mod"): ("Ministry of National Defense (South Korea)",
                    ["South Korean Defense Ministry", "Ministry of National Defense"], ["MND"]),
    ("JP", "mod"): ("Ministry of Defense of Japan", ["Japanese Defense Ministry"], []),
    ("US", "mod"): ("United States Department of Defense",
                    ["Pentagon", "Department of Defense", "U.S. Defense Department", "DOD"], []),
    ("KR", "trade"): ("Ministry of Trade, Industry and Energy",
                      ["MOTIE", "South Korean Industry Ministry", "Industry Ministry"], []),
    ("JP", "trade"): ("Ministry of Economy, Trade and Industry",
                      ["METI", "Japanese Industry Ministry"], []),
    ("CN", "trade"): ("Ministry of Commerce of the People's Republic of China",
                      ["Chinese Commerce Ministry", "MOFCOM", "Ministry of Commerce"], []),
    ("US", "trade"): ("United States Department of Commerce",
                      ["Commerce Department", "U.S. Commerce Department", "Department of Commerce"], []),
    ("KR", "finance"): ("Ministry of Economy and Finance",
                        ["South Korean Finance Ministry"], []),
    ("US", "finance"): ("United States Department of the Treasury",
                        ["Treasury Department", "U.S. Treasury", "Department of the Treasury"], []),
    ("KR", "interior"): ("Ministry of the Interior and Safety", [], []),
    ("US", "interior"): ("United States Department of Homeland Security",
                         ["Department of Homeland Security", "DHS"], []),
}
GOVERNMENT_OVERRIDES = {
    "KR": ("Office of the President (South Korea)", ["Presidential Office", "Cheong Wa Dae",
                                                    "South Korean presidential office"]),
    "JP": ("Prime Minister's Office of Japan", ["Kantei", "Japanese Prime Minister's Office"]),
    "US": ("Executive Office of the President", ["National Security Council", "NSC",
                                                 "Biden administration", "Trump administration"]),
    "CN": ("State Council of the People's Republic of China", ["State Council", "Chinese government"]),
    "KP": ("State Affairs Commission", ["North Korean regime"]),
    "GB": ("Cabinet Office", ["British government", "UK government"]),
    "RU": ("Government of the Russian Federation", ["Russian government"]),
}
EXTRA_MINISTRIES = [  # (country, id, name, aliases, generic)
    ("KR", "kr-mou", "Ministry of Unification", ["Unification Ministry", "MOU"], []),
    ("KR", "kr-nis", "National Intelligence Service", ["NIS"], []),
    ("JP", "jp-cabinet-secretariat", "Cabinet Secretariat", ["Japanese Cabinet Secretariat"], []),
    ("JP", "jp-nsc", "National Security Secretariat", ["NSS"], []),
    ("CN", "cn-tao", "Taiwan Affairs Office", ["Chinese Taiwan Affairs Office"], []),
    ("CN", "cn-idcpc", "International Department of the Communist Party of China", [], []),
    ("US", "us-ustr", "Office of the United States Trade Representative", ["USTR"], []),
    ("US", "us-congress", "United States Congress", ["Congress", "U.S. Congress"], []),
    ("JP", "jp-diet", "National Diet", ["Diet", "Japanese parliament"], []),
    ("KR", "kr-assembly", "National Assembly (South Korea)", ["National Assembly"], []),
    ("KP", "kp-kcna", "Korean Central News Agency", ["KCNA"], []),
    ("KP", "kp-ufd", "United Front Department", [], []),
]
BUREAUS = {  # country -> list of (name, aliases)
    "KR": [("Asia-Pacific Bureau", ["Asian and Pacific Affairs Bureau"]),
           ("North American Affairs Bureau", []),
           ("Office of Korean Peninsula Peace and Security Affairs",
            ["Korean Peninsula Peace and Security Affairs"]),
           ("Northeast and Central Asian Affairs Bureau", []),
           ("European Affairs Bureau", [])],
    "JP": [("Asian and Oceanian Affairs Bureau", ["Asia and Oceania Bureau"]),
           ("North American Affairs Bureau", []),
           ("European Affairs Bureau", []),
           ("Economic Affairs Bureau", []),
           ("Foreign Policy Bureau", [])],
    "US": [("Bureau of East Asian and Pacific Affairs", ["East Asian and Pacific Affairs Bureau"]),
           ("Bureau of Political-Military Affairs", []),
           ("Bureau of European and Eurasian Affairs", []),
           ("Office of the Special Representative for North Korea", [])],
    "CN": [("Department of Asian Affairs", []),
           ("Department of North American and Oceanian Affairs", []),
           ("Department of Boundary and Ocean Affairs", []),
           ("Information Department", [])],
    "RU": [("First Asian Department", []), ("Second Asian Department", [])],
    "KP": [("Department of Japanese Affairs", []), ("Department of U.S. Affairs", [])],
}
GENERIC_BUREAU_COUNTRIES = "GB FR DE IN AU CA VN ID PH IT SG TH MY TR SA AE BR MX ES PL UA IR IL".split()
GENERIC_BUREAU_NAMES = ["Asia Department", "Americas Department", "Europe Department"]

INTERNATIONAL = [  # (id, name, aliases)
    ("un", "United Nations", ["UN", "U.N."]),
    ("unsc", "United Nations Security Council", ["UN Security Council", "UNSC", "Security Council"]),
    ("unga", "United Nations General Assembly", ["UN General Assembly", "UNGA"]),
    ("asean", "Association of Southeast Asian Nations", ["ASEAN"]),
    ("arf", "ASEAN Regional Forum", ["ARF"]),
    ("nato", "North Atlantic Treaty Organization", ["NATO"]),
    ("eu", "European Union", ["EU", "E.U."]),
    ("ec", "European Commission", []),
    ("wto", "World Trade Organization", ["WTO"]),
    ("iaea", "International Atomic Energy Agency", ["IAEA"]),
    ("who", "World Health Organization", ["WHO"]),
    ("imf", "International Monetary Fund", ["IMF"]),
    ("worldbank", "World Bank", []),
    ("g7", "Group of Seven", ["G7", "G-7"]),
    ("g20", "Group of 20", ["G20", "G-20"]),
    ("apec", "Asia-Pacific Economic Cooperation", ["APEC"]),
    ("oecd", "Organisation for Economic Co-operation and Development", ["OECD"]),
    ("au", "African Union", ["AU"]),
    ("opec", "Organization of the Petroleum Exporting Countries", ["OPEC"]),
    ("sco", "Shanghai Cooperation Organisation", ["SCO"]),
    ("brics", "BRICS", []),
    ("quad", "Quadrilateral Security Dialogue", ["Quad"]),
    ("icj", "International Court of Justice", ["ICJ"]),
    ("icc", "International Criminal Court", ["ICC"]),
    ("unesco", "United Nations Educational, Scientific and Cultural Organization", ["UNESCO"]),
    ("unicef", "United Nations Children's Fund", ["UNICEF"]),
    ("unhcr", "United Nations High Commissioner for Refugees", ["UNHCR", "UN refugee agency"]),
    ("wfp", "World Food Programme", ["WFP"]),
    ("ilo", "International Labour Organization", ["ILO"]),
    ("icao", "International Civil Aviation Organization", ["ICAO"]),
    ("imo", "International Maritime Organization", ["IMO"]),
    ("interpol", "Interpol", []),
    ("icrc", "International Committee of the Red Cross", ["ICRC", "Red Cross"]),
    ("oas", "Organization of American States", ["OAS"]),
    ("arab-league", "Arab League", ["League of Arab States"]),
    ("gcc", "Gulf Cooperation Council", ["GCC"]),
    ("mercosur", "Mercosur", []),
    ("pif", "Pacific Islands Forum", []),
    ("adb", "Asian Development Bank", ["ADB"]),
    ("aiib", "Asian Infrastructure Investment Bank", ["AIIB"]),
    ("tcs", "Trilateral Cooperation Secretariat", ["TCS"]),
    ("ctbto", "Comprehensive Nuclear-Test-Ban Treaty Organization", ["CTBTO"]),
    ("opcw", "Organisation for the Prohibition of Chemical Weapons", ["OPCW"]),
    ("osce", "Organization for Security and Co-operation in Europe", ["OSCE"]),
    ("coe", "Council of Europe", []),
    ("commonwealth", "Commonwealth of Nations", []),
    ("nam", "Non-Aligned Movement", []),
    ("iea", "International Energy Agency", ["IEA"]),
    ("unfccc", "United Nations Framework Convention on Climate Change", ["UNFCCC"]),
    ("wipo", "World Intellectual Property Organization", ["WIPO"]),
    ("undp", "United Nations Development Programme", ["UNDP"]),
    ("unep", "United Nations Environment Programme", ["UNEP"]),
    ("iom", "International Organization for Migration", ["IOM"]),
    ("unhrc", "United Nations Human Rights Council", ["UN Human Rights Council", "Human Rights Council"]),
    ("fatf", "Financial Action Task Force", ["FATF"]),
    ("nsg", "Nuclear Suppliers Group", []),
    ("mtcr", "Missile Technology Control Regime", ["MTCR"]),
    ("bis", "Bank for International Settlements", []),
    ("eas", "East Asia Summit", []),
    ("unc", "United Nations Command", ["UNC"]),
    ("usfk", "United States Forces Korea", ["USFK", "U.S. Forces Korea"]),
    ("usfj", "United States Forces Japan", ["USFJ", "U.S. Forces Japan"]),
]
COMPANIES = [  # (country, name, aliases)
    ("KR", "Samsung Electronics", ["Samsung"]), ("KR", "SK Hynix", []),
    ("KR", "LG Energy Solution", []), ("KR", "Hyundai Motor", ["Hyundai Motor Company"]),
    ("KR", "POSCO", []), ("KR", "Korea Hydro & Nuclear Power", ["KHNP"]),
    ("KR", "Korea Electric Power Corporation", ["KEPCO"]), ("KR", "Hanwha Aerospace", []),
    ("JP", "Mitsubishi Heavy Industries", []), ("JP", "Nippon Steel", []),
    ("JP", "Toyota Motor", ["Toyota"]), ("JP", "Sony Group", ["Sony"]),
    ("JP", "Panasonic", []), ("JP", "Hitachi", []), ("JP", "Toshiba", []),
    ("JP", "Tokyo Electric Power Company", ["TEPCO"]), ("JP", "Shin-Etsu Chemical", []),
    ("JP", "JSR Corporation", []), ("JP", "Stella Chemifa", []),
    ("CN", "Huawei Technologies", ["Huawei"]), ("CN", "ZTE", []), ("CN", "Alibaba Group", ["Alibaba"]),
    ("CN", "Tencent", []), ("CN", "CATL", []), ("CN", "SMIC", []), ("CN", "BYD", []),
    ("TW", "Taiwan Semiconductor Manufacturing Company", ["TSMC"]), ("TW", "Foxconn", []),
    ("US", "Apple", []), ("US", "Google", []), ("US", "Microsoft", []), ("US", "Intel", []),
    ("US", "Nvidia", []), ("US", "Micron Technology", ["Micron"]), ("US", "Boeing", []),
    ("US", "Lockheed Martin", []), ("US", "Raytheon", []), ("US", "Tesla", []),
    ("US", "ExxonMobil", []), ("RU", "Gazprom", []), ("RU", "Rosneft", []),
    ("RU", "Rosatom", []), ("SA", "Saudi Aramco", ["Aramco"]), ("NL", "ASML", []),
    ("DE", "Siemens", []), ("FR", "Airbus", []), ("DE", "Volkswagen", []),
    ("AU", "BHP", []), ("GB", "Rio Tinto", []), ("GB", "Shell", []), ("FR", "TotalEnergies", []),
    ("IN", "Tata Group", []), ("IN", "Reliance Industries", []), ("SE", "Ericsson", []),
    ("FI", "Nokia", []),
]
PARTIES = [  # (country, id, name, aliases, generic)
    ("KR", "kr-dp", "Democratic Party of Korea", ["DPK"], ["Democratic Party"]),
    ("KR", "kr-ppp", "People Power Party", ["PPP"], []),
    ("JP", "jp-ldp", "Liberal Democratic Party", ["LDP"], []),
    ("JP", "jp-komeito", "Komeito", [], []),
    ("JP", "jp-cdp", "Constitutional Democratic Party of Japan", ["CDP"], []),
    ("CN", "cn-ccp", "Chinese Communist Party", ["CCP", "Communist Party of China", "CPC"], []),
    ("KP", "kp-wpk", "Workers' Party of Korea", ["WPK"], []),
    ("US", "us-dem", "Democratic Party (United States)", [], ["Democratic Party"]),
    ("US", "us-gop", "Republican Party", ["GOP"], []),
    ("GB", "gb-con", "Conservative Party", ["Tories"], []),
    ("GB", "gb-lab", "Labour Party", [], []),
    ("DE", "de-cdu", "Christian Democratic Union", ["CDU"], []),
    ("DE", "de-spd", "Social Democratic Party of Germany", ["SPD"], []),
    ("RU", "ru-ur", "United Russia", [], []),
    ("IN", "in-bjp", "Bharatiya Janata Party", ["BJP"], []),
    ("IN", "in-inc", "Indian National Congress", [], []),
    ("TW", "tw-kmt", "Kuomintang", ["KMT"], []),
    ("TW", "tw-dpp", "Democratic Progressive Party", ["DPP"], []),
    ("VN", "vn-cpv", "Communist Party of Vietnam", ["CPV"], []),
    ("AU", "au-alp", "Australian Labor Party", [], []),
]

# ----------------------------------------------------------------------------
# Issues (id, name, aliases)
# ----------------------------------------------------------------------------
ISSUES = [
    ("forced-labor", "Wartime forced labor", ["forced labor", "forced labour", "wartime labor", "requisitioned workers", "forced mobilization"]),
    ("comfort-women", "Comfort women", ["comfort women", "wartime sexual slavery", "sexual slavery victims"]),
    ("export-controls", "Export controls", ["export controls", "export restrictions", "export curbs"]),
    ("denuclearization", "Denuclearization of the Korean Peninsula", ["denuclearization", "complete denuclearization", "CVID"]),
    ("fukushima-water", "Fukushima treated water", ["Fukushima water", "contaminated water", "treated water release", "ALPS-treated water"]),
    ("dokdo", "Dokdo", ["Takeshima", "Liancourt Rocks"]),
    ("south-china-sea", "South China Sea disputes", ["South China Sea", "nine-dash line"]),
    ("taiwan-strait", "Taiwan Strait", ["cross-strait relations", "cross-strait tensions"]),
    ("senkaku", "Senkaku Islands", ["Diaoyu Islands", "Senkakus"]),
    ("kuril", "Kuril Islands", ["Northern Territories", "Southern Kurils"]),
    ("gsomia", "General Security of Military Information Agreement", ["GSOMIA", "intelligence-sharing pact"]),
    ("thaad", "Terminal High Altitude Area Defense", ["THAAD", "THAAD deployment"]),
    ("missile-launches", "North Korean missile launches", ["missile launches", "ballistic missile launch", "ICBM launch", "ballistic missiles"]),
    ("nuclear-tests", "Nuclear tests", ["nuclear test", "nuclear weapons test"]),
    ("abductions", "Abduction issue", ["abduction issue", "abductees", "Japanese abductees"]),
    ("sanctions", "Sanctions", ["economic sanctions", "UN sanctions", "sanctions regime"]),
    ("fta", "Free trade agreement", ["FTA", "trade agreement", "trade deal"]),
    ("rcep", "Regional Comprehensive Economic Partnership", ["RCEP"]),
    ("cptpp", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership", ["CPTPP", "TPP"]),
    ("ipef", "Indo-Pacific Economic Framework", ["IPEF"]),
    ("supply-chains", "Supply chains", ["supply chain", "supply chain resilience"]),
    ("semiconductors", "Semiconductors", ["chipmaking", "chip supply", "semiconductor supply"]),
    ("climate-change", "Climate change", ["global warming", "carbon neutrality", "net zero"]),
    ("covid-19", "COVID-19", ["coronavirus", "pandemic response", "vaccine cooperation"]),
    ("ukraine-war", "War in Ukraine", ["Russia's invasion of Ukraine", "Ukraine war"]),
    ("middle-east-peace", "Middle East peace process", ["two-state solution", "Gaza ceasefire"]),
    ("iran-nuclear", "Iran nuclear deal", ["JCPOA", "Joint Comprehensive Plan of Action"]),
    ("visa-waiver", "Visa waiver", ["visa-free travel", "visa exemption"]),
    ("fisheries", "Fisheries", ["fisheries agreement", "fishing rights", "illegal fishing"]),
    ("energy-security", "Energy security", ["LNG supply", "energy supply"]),
    ("cybersecurity", "Cybersecurity", ["cyberattacks", "cyber threats"]),
    ("human-rights", "Human rights", ["North Korean human rights", "rights abuses"]),
    ("defectors", "Defectors", ["North Korean defectors"]),
    ("textbooks", "History textbooks", ["history textbooks", "textbook screening", "textbook distortion"]),
    ("yasukuni", "Yasukuni Shrine", ["Yasukuni visits", "shrine offering"]),
    ("sado-mine", "Sado mine", ["Sado gold mine", "Sado mines"]),
    ("hashima", "Hashima Island", ["Battleship Island"]),
    ("cost-sharing", "Defense cost-sharing", ["defense cost-sharing", "Special Measures Agreement", "SMA"]),
    ("opcon", "Wartime operational control", ["OPCON transfer", "operational control transfer"]),
    ("extended-deterrence", "Extended deterrence", ["nuclear umbrella"]),
    ("aukus", "AUKUS", ["nuclear-powered submarines"]),
    ("bri", "Belt and Road Initiative", ["BRI", "One Belt One Road"]),
    ("indo-pacific", "Indo-Pacific strategy", ["free and open Indo-Pacific", "FOIP"]),
    ("hk-nsl", "Hong Kong national security law", ["national security law"]),
    ("xinjiang", "Xinjiang", ["Uyghurs", "Uyghur forced labor"]),
    ("tibet", "Tibet", ["Dalai Lama"]),
    ("critical-minerals", "Critical minerals", ["rare earths", "rare earth elements"]),
    ("food-security", "Food security", ["grain supply", "food prices"]),
    ("non-proliferation", "Nuclear non-proliferation", ["non-proliferation", "NPT", "Nuclear Non-Proliferation Treaty"]),
    ("arms-control", "Arms control", ["arms control talks"]),
    ("space", "Space cooperation", ["space exploration", "lunar exploration"]),
    ("ai-governance", "AI governance", ["artificial intelligence", "AI safety"]),
    ("tariffs", "Tariffs", ["tariff hikes", "retaliatory tariffs", "reciprocal tariffs"]),
    ("currency", "Exchange rates", ["exchange rate", "currency manipulation", "currency swap"]),
    ("people-exchanges", "People-to-people exchanges", ["people-to-people exchanges", "cultural exchanges", "youth exchanges"]),
    ("olympics", "Olympics", ["Winter Olympics", "Tokyo Olympics", "Olympic Games"]),
    ("world-expo", "World Expo", ["Busan Expo", "Osaka Expo", "World Expo 2030"]),
    ("refugees", "Refugees", ["refugee crisis", "asylum seekers"]),
    ("migration", "Labor migration", ["migrant workers", "foreign workers"]),
    ("oda", "Official development assistance", ["ODA", "development aid"]),
    ("peacekeeping", "Peacekeeping", ["peacekeeping operations", "peacekeepers"]),
    ("maritime-security", "Maritime security", ["freedom of navigation"]),
    ("adiz", "Air defense identification zone", ["ADIZ", "KADIZ"]),
    ("radar-lock-on", "Radar lock-on incident", ["radar lock-on", "fire-control radar"]),
    ("military-drills", "Joint military exercises", ["joint military exercises", "military drills", "joint drills", "Ulchi Freedom Shield"]),
    ("nuclear-energy", "Civil nuclear cooperation", ["nuclear power cooperation", "nuclear power plant exports"]),
    ("satellite-launch", "Satellite launch", ["reconnaissance satellite", "spy satellite"]),
    ("crypto-theft", "Cryptocurrency theft", ["crypto heists", "Lazarus Group"]),
    ("kaesong", "Kaesong Industrial Complex", ["Kaesong complex"]),
    ("kumgang", "Mount Kumgang tours", ["Mount Kumgang"]),
    ("separated-families", "Separated families", ["family reunions", "separated families"]),
    ("liaison-office", "Inter-Korean liaison office", ["liaison office"]),
    ("cma", "Comprehensive Military Agreement", ["Sept. 19 military agreement", "inter-Korean military pact"]),
    ("end-of-war", "End-of-war declaration", ["peace treaty", "end-of-war declaration"]),
    ("war-remains", "Korean War remains", ["remains repatriation", "war remains"]),
    ("fine-dust", "Fine dust", ["fine dust", "air pollution", "yellow dust"]),
    ("seafood-ban", "Seafood import ban", ["seafood import ban", "Fukushima seafood"]),
    ("hormuz", "Strait of Hormuz", ["Hormuz"]),
    ("red-sea", "Red Sea shipping", ["Houthi attacks", "Red Sea attacks"]),
    ("arctic", "Arctic cooperation", ["Arctic Council", "Northern Sea Route"]),
    ("mekong", "Mekong cooperation", ["Mekong River", "Mekong-Korea cooperation"]),
    ("gerd", "Grand Ethiopian Renaissance Dam", ["GERD", "Nile dam"]),
    ("kashmir", "Kashmir", ["Line of Control"]),
    ("karabakh", "Nagorno-Karabakh", ["Karabakh"]),
    ("crimea", "Crimea", ["annexation of Crimea"]),
    ("nato-expansion", "NATO expansion", ["NATO enlargement", "NATO membership bid"]),
    ("brexit", "Brexit", ["Brexit negotiations"]),
    ("unsc-reform", "Security Council reform", ["UNSC reform", "Security Council reform"]),
    ("wto-reform", "WTO reform", ["dispute settlement reform"]),
    ("digital-trade", "Digital trade", ["digital economy agreement", "data flows"]),
    ("5g", "5G networks", ["5G", "Huawei equipment"]),
    ("tech-transfer", "Technology transfer", ["forced technology transfer"]),
    ("ip", "Intellectual property", ["intellectual property rights", "IP theft"]),
    ("investment-screening", "Investment screening", ["foreign investment screening", "outbound investment"]),
    ("economic-coercion", "Economic coercion", ["economic retaliation"]),
    ("disinformation", "Disinformation", ["foreign interference", "election interference"]),
    ("terrorism", "Terrorism", ["counterterrorism", "counter-terrorism"]),
    ("drugs", "Drug trafficking", ["fentanyl", "narcotics trafficking"]),
    ("trafficking", "Human trafficking", ["people smuggling"]),
    ("pandemic-preparedness", "Pandemic preparedness", ["global health security"]),
    ("enrichment", "Uranium enrichment", ["enriched uranium", "enrichment facility", "Yongbyon"]),
    ("chemical-weapons", "Chemical weapons", ["nerve agent"]),
    ("arms-sales", "Arms sales", ["arms exports", "weapons sales", "ammunition supply"]),
    ("grain-deal", "Black Sea Grain Initiative", ["grain deal", "grain exports"]),
    ("price-cap", "Oil price cap", ["price cap on Russian oil"]),
    ("frozen-assets", "Frozen assets", ["frozen funds", "frozen Iranian funds"]),
    ("prisoner-swap", "Prisoner exchange", ["prisoner swap", "prisoner exchange"]),
    ("detained-nationals", "Detained nationals", ["detained citizens", "wrongfully detained"]),
    ("evacuation", "Evacuation of nationals", ["evacuation flights"]),
    ("consular", "Consular protection", ["consular access", "consular services"]),
    ("students", "International students", ["student visas", "exchange students"]),
    ("hallyu", "Korean Wave", ["Hallyu", "K-pop"]),
    ("history-issues", "History issues", ["historical issues", "history issues", "historical grievances"]),
    ("apology", "Colonial-era apology", ["Kono Statement", "Murayama Statement", "official apology"]),
    ("1965-treaty", "1965 Treaty on Basic Relations", ["1965 claims agreement", "1965 treaty"]),
    ("2015-agreement", "2015 comfort women agreement", ["2015 agreement", "Reconciliation and Healing Foundation"]),
    ("supreme-court-ruling", "Supreme Court ruling on forced labor", ["Supreme Court ruling", "compensation ruling", "court rulings on forced labor"]),
    ("asset-seizure", "Seizure of Japanese corporate assets", ["asset liquidation", "seizure of Japanese assets"]),
    ("third-party-compensation", "Third-party compensation plan", ["third-party compensation", "foundation-based compensation"]),
    ("shuttle-diplomacy", "Shuttle diplomacy", ["shuttle diplomacy"]),
    ("trilateral-summit", "Korea-Japan-China trilateral summit", ["trilateral summit", "Korea-Japan-China summit"]),
    ("trilateral-security", "Trilateral security cooperation", ["trilateral security cooperation", "Camp David principles"]),
    ("whitelist", "Export whitelist", ["white list", "whitelist", "list of preferred trading partners"]),
]
ISSUE_TOPICS = ["energy", "digital", "health", "maritime", "space", "agricultural",
                "fisheries", "education", "science and technology", "cultural",
                "defense industry", "infrastructure", "tourism", "customs", "labor",
                "environmental", "financial", "nuclear safety", "aviation", "shipbuilding",
                "hydrogen", "battery", "critical minerals", "cyber", "counterterrorism",
                "disaster management", "climate finance", "water resources", "forestry",
                "railway", "public health", "quantum", "biotechnology", "semiconductor",
                "nuclear security"]
ISSUE_SUFFIXES = ["cooperation", "agreement", "dialogue"]

LEXICON = {
    "meeting_triggers": {
        "talks": ["talks", "held talks", "meeting", "met with", "sat down with", "consultations",
                  "strategic dialogue", "working-level talks", "director-general-level talks",
                  "vice-ministerial talks", "ministerial talks", "bilateral talks",
                  "bilateral meeting", "courtesy call", "held a meeting", "met"],
        "phone-call": ["phone call", "phone talks", "telephone conversation", "spoke by phone",
                       "telephone talks", "video conference", "videoconference",
                       "virtual meeting", "phone conversation"],
        "summit": ["summit", "summit talks", "summit meeting"],
    },
    "titles": ["Director-General", "Deputy Director-General", "Director", "Minister",
               "Vice Minister", "Deputy Minister", "Foreign Minister", "Vice Foreign Minister",
               "First Vice Foreign Minister", "Defense Minister", "Trade Minister",
               "Finance Minister", "Unification Minister", "Ambassador", "President",
               "Vice President", "Prime Minister", "Chief Cabinet Secretary",
               "Secretary of State", "Deputy Secretary of State",
               "Assistant Secretary of State", "National Security Adviser",
               "Special Representative", "Special Envoy", "envoy", "chief",
               "chief negotiator", "spokesperson", "spokesman", "Secretary-General",
               "Chancellor", "Premier", "Vice Premier", "Counselor", "lawmaker",
               "Senator", "Chairman", "Deputy National Security Adviser"],
}

LEXICON["titles"] += ["Interior Minister", "Justice Minister", "Environment Minister",
                      "Health Minister", "Secretary of Defense", "Commerce Secretary",
                      "Treasury Secretary"]

OUTLETS = {
    "KR": ["Yonhap", "The Korea Herald", "Korea JoongAng Daily", "The Asia Business Daily",
           "The Hankyoreh", "The Korea Times"],
    "JP": ["Kyodo", "Nikkei Asia", "The Japan Times", "NHK World", "The Asahi Shimbun"],
    "CN": ["Xinhua", "Global Times", "China Daily"],
    "US": ["The Associated Press", "The Washington Post", "The New York Times"],
    "*": ["Reuters", "AFP", "The Diplomat", "Bloomberg"],
}

# ----------------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------------
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    s = strip_accents(s).lower().replace("'", "").replace("\u2019", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


class Ids:
    """Hands out unique ids: base, base-2, base-3, ..."""

    def __init__(self):
        self.used = set()

    def take(self, base):
        i, cand = 1, base
        while cand in self.used:
            i += 1
            cand = "%s-%d" % (base, i)
        self.used.add(cand)
        return cand


def dedupe_ci(items, exclude=()):
    seen = {x.lower() for x in exclude}
    out = []
    for x in items:
        k = x.lower()
        if x and k not in seen:
            seen.add(k)
            out.append(x)
    return out


class Raw(str):
    """A scalar written to YAML as is (dates)."""


_YAML_SPECIAL = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", ""}
_PLAIN = re.compile(r"[^\W\d_][\w .'\-]*[\w.]\Z|[^\W\d_]\Z")


def yq(s):
    """YAML scalar for s: plain when unambiguous in flow and block context,
    else a JSON (= YAML double-quoted) string.  Quotes YAML 1.1 booleans
    (NO, Yes, On...) so that Norway's code stays a string."""
    if isinstance(s, Raw):
        return str(s)
    if (_PLAIN.match(s) and s.lower() not in _YAML_SPECIAL and ": " not in s
            and " #" not in s and not re.match(r"[0-9.+-]", s)):
        return s
    return json.dumps(s, ensure_ascii=False)


def write_yaml(path, top_key, entries):
    """entries: list of dicts; values are str, list of str, or list of dicts
    (roles).  Keys with None / empty-list values are left out."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("%s:\n" % top_key)
        for e in entries:
            first = True
            for k, v in e.items():
                if v is None or (isinstance(v, list) and not v):
                    continue
                lead = "  - " if first else "    "
                first = False
                if isinstance(v, list) and isinstance(v[0], dict):
                    f.write("%s%s:\n" % (lead, k))
                    for d in v:
                        sub_first = True
                        for sk, sv in d.items():
                            if sv is None:
                                continue
                            sl = "      - " if sub_first else "        "
                            sub_first = False
                            f.write("%s%s: %s\n" % (sl, sk, yq(sv)))
                elif isinstance(v, list):
                    f.write("%s%s: [%s]\n" % (lead, k, ", ".join(yq(x) for x in v)))
                else:
                    f.write("%s%s: %s\n" % (lead, k, yq(v)))


def wchoice(rng, items, weights_cum):
    return items[_bisect(weights_cum, rng.random() * weights_cum[-1])]


def _bisect(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return min(lo, len(a) - 1)


def cumulative(ws):
    out, t = [], 0.0
    for w in ws:
        t += w
        out.append(t)
    return out


def rand_date(rng, y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(d0, d1))


def fmt_gaz_date(rng, d):
    r = rng.random()
    if r < 0.6:
        return Raw(d.isoformat())
    if r < 0.9:
        return Raw(d.strftime("%Y-%m"))
    return Raw(str(d.year))


# ----------------------------------------------------------------------------
# Gazetteer
# ----------------------------------------------------------------------------
class Gazetteer:
    def __init__(self, rng, n_people, n_places, n_issues):
        self.rng = rng
        self.build_countries()
        self.build_places(n_places)
        self.build_orgs()
        self.build_people(n_people)
        self.build_issues(n_issues)

    # -- countries --------------------------------------------------------
    def build_countries(self):
        self.countries = []
        self.country = {}
        for line in COUNTRIES_TABLE.strip().split("\n"):
            code, name, aliases, dems, capital = line.split("|")
            c = {
                "id": code,
                "name": name,
                "aliases": [a for a in aliases.split(";") if a],
                "demonyms": [d for d in dems.split(";") if d],
                "capital": None,
                "_capital_name": capital or None,
            }
            self.countries.append(c)
            self.country[code] = c
        self.sovereign = [c["id"] for c in self.countries if c["id"] not in TERRITORIES]
        w = [NEWS_WEIGHT.get(cc, DEFAULT_WEIGHT) for cc in self.sovereign]
        self.sov_cum = cumulative(w)
        # background mentions: flatter distribution
        self.bg_cum = cumulative([x ** 0.5 for x in w])

    def pick_country(self, exclude=None, flat=False):
        while True:
            cc = wchoice(self.rng, self.sovereign, self.bg_cum if flat else self.sov_cum)
            if cc != exclude:
                return cc

    def dem(self, cc):
        c = self.country[cc]
        return c["demonyms"][0] if c["demonyms"] else c["name"]

    # -- places -----------------------------------------------------------
    def build_places(self, n_places):
        rng = self.rng
        self.places = []
        self.place_ids = Ids()
        self.city_by_name = {}
        self.cities_of = {}      # cc -> [place]
        self.districts_of = {}   # city id -> [place]
        self.venues_of = {}      # cc -> [place]
        seen_names = set()

        def add(name, kind, cc, within=None):
            base = slug(name)
            pid = self.place_ids.take(base if base not in self.place_ids.used else base + "-" + cc.lower())
            p = {"id": pid, "name": name, "kind": kind, "country": cc, "within": within}
            self.places.append(p)
            seen_names.add((cc, name))
            if kind == "city":
                self.city_by_name[(cc, name)] = p
                self.cities_of.setdefault(cc, []).append(p)
            elif kind == "district" and within:
                self.districts_of.setdefault(within, []).append(p)
            elif kind == "venue":
                self.venues_of.setdefault(cc, []).append(p)
            return p

        for c in self.countries:
            if c["_capital_name"]:
                p = add(c["_capital_name"], "city", c["id"])
                c["capital"] = p["id"]
        for cc, spec in MAJOR_CITIES.items():
            for name in _cities(spec):
                if (cc, name) not in seen_names:
                    add(name, "city", cc)
        for (cc, city), spec in DISTRICTS.items():
            parent = self.city_by_name[(cc, city)]["id"]
            for name in _cities(spec):
                add(name, "district", cc, parent)
        for name, cc, city in VENUES:
            within = self.city_by_name[(cc, city)]["id"] if city else None
            add(name, "venue", cc, within)
        # synthetic towns and districts
        tries = 0
        while len(self.places) < n_places and tries < n_places * 50:
            tries += 1
            cc = self.pick_country()
            cult = CULTURE_OF.get(cc, "english")
            style = SYNTH.get(cult, SYNTH["english"])
            pre, suf, ends = style
            base = rng.choice(pre) + rng.choice(suf)
            end = rng.choice(ends)
            name = base + end
            if (cc, name) in seen_names or len(base) < 5:
                continue
            if end.strip() in ("-gu", "-dong", "Ward", "District", "-eup") and self.cities_of.get(cc):
                within = rng.choice(self.cities_of[cc][:3])["id"]
                add(name, "district", cc, within)
            elif end.strip() in ("County", "-gun"):
                add(name, "region", cc)
            else:
                add(name, "city", cc)

    # -- organizations ----------------------------------------------------
    def build_orgs(self):
        self.orgs = []
        self.org = {}
        self.org_ids = Ids()
        self.orgs_of = {}  # cc -> {key: org}

        def add(o, cc=None, key=None):
            o["id"] = self.org_ids.take(o["id"])
            self.orgs.append(o)
            self.org[o["id"]] = o
            if cc and key:
                self.orgs_of.setdefault(cc, {})[key] = o
            return o

        templates = MINISTRY_TEMPLATES + [
            ("environment", "Ministry of Environment", ["Ministry of Environment", "Environment Ministry"],
             ["{dem} Environment Ministry"]),
            ("health", "Ministry of Health", ["Ministry of Health", "Health Ministry"],
             ["{dem} Health Ministry"]),
        ]
        for cc in self.sovereign:
            c = self.country[cc]
            dem = self.dem(cc)
            lc = cc.lower()
            for key, name, generic, alias_t in templates:
                ov = MINISTRY_OVERRIDES.get((cc, key))
                if ov:
                    oname, aliases, gextra = ov
                    aliases = aliases + [a.format(dem=dem) for a in alias_t]
                else:
                    oname = "%s (%s)" % (name, c["name"])
                    aliases, gextra = [a.format(dem=dem) for a in alias_t], []
                add({"id": "%s-%s" % (lc, key), "name": oname, "kind": "ministry",
                     "country": cc, "parent": None,
                     "aliases": dedupe_ci(aliases, [oname]),
                     "generic": dedupe_ci(generic + gextra)}, cc, key)
            gov = GOVERNMENT_OVERRIDES.get(cc)
            gname, galiases = gov if gov else ("Government of %s" % c["name"], [])
            galiases = dedupe_ci(galiases + ["%s government" % dem], [gname])
            add({"id": "%s-gov" % lc, "name": gname, "kind": "government", "country": cc,
                 "parent": None, "aliases": galiases, "generic": []}, cc, "gov")
        for cc, oid, name, aliases, generic in EXTRA_MINISTRIES:
            add({"id": oid, "name": name, "kind": "agency" if "Service" in name or "Office" in name
                 or "Agency" in name or "Secretariat" in name else "ministry",
                 "country": cc, "parent": None, "aliases": aliases, "generic": generic}, cc, oid)
        self.bureaus_of = {}
        for cc, lst in BUREAUS.items():
            mofa = self.orgs_of[cc]["mofa"]
            for name, aliases in lst:
                o = add({"id": "%s-%s" % (mofa["id"], slug(name.replace("Bureau of ", "").replace(" Bureau", "").replace("Department of ", ""))),
                         "name": name, "kind": "bureau", "country": cc, "parent": mofa["id"],
                         "aliases": aliases, "generic": []})
                self.bureaus_of.setdefault(cc, []).append(o)
        for cc in GENERIC_BUREAU_COUNTRIES:
            mofa = self.orgs_of[cc]["mofa"]
            for name in GENERIC_BUREAU_NAMES:
                o = add({"id": "%s-%s" % (mofa["id"], slug(name)),
                         "name": "%s (%s)" % (name, self.country[cc]["name"]), "kind": "bureau",
                         "country": cc, "parent": mofa["id"], "aliases": [],
                         "generic": [name]})
                self.bureaus_of.setdefault(cc, []).append(o)
        self.intl = []
        for oid, name, aliases in INTERNATIONAL:
            self.intl.append(add({"id": oid, "name": name, "kind": "international", "country": None,
                                  "parent": None, "aliases": aliases, "generic": []}))
        self.companies = []
        for cc, name, aliases in COMPANIES:
            self.companies.append(add({"id": slug(name), "name": name, "kind": "company",
                                       "country": cc, "parent": None, "aliases": aliases,
                                       "generic": []}))
        self.parties_of = {}
        for cc, oid, name, aliases, generic in PARTIES:
            o = add({"id": oid, "name": name, "kind": "party", "country": cc, "parent": None,
                     "aliases": aliases, "generic": generic})
            self.parties_of.setdefault(cc, []).append(o)

    # -- people -----------------------------------------------------------
    def make_name(self, cult):
        rng = self.rng
        aliases = []
        if cult == "korean":
            fam = rng.choice(KOREAN_FAMILY)
            if rng.random() < 0.12:
                syls = [rng.choice(KOREAN_SYL)]
                given = syls[0]
            else:
                s1 = rng.choice(KOREAN_SYL)
                s2 = rng.choice(KOREAN_SYL)
                while s2 == s1:
                    s2 = rng.choice(KOREAN_SYL)
                syls = [s1, s2]
                given = s1 + "-" + s2.lower()
            name = "%s %s" % (fam, given)
            var = [KOREAN_SYL_VARIANTS.get(s, s) for s in syls]
            if var != syls and rng.random() < 0.35:
                vg = var[0] + ("-" + var[1].lower() if len(var) > 1 else "")
                aliases.append("%s %s" % (fam, vg))
            if fam in KOREAN_FAMILY_VARIANTS and rng.random() < 0.2:
                aliases.append("%s %s" % (rng.choice(KOREAN_FAMILY_VARIANTS[fam]), given))
            return fam, given, name, "family_first", aliases
        if cult == "japanese":
            fam, given = rng.choice(JAPANESE_FAMILY), rng.choice(JAPANESE_GIVEN)
            if fam in JAPANESE_FAMILY_VARIANTS and rng.random() < 0.5:
                aliases.append("%s %s" % (given, rng.choice(JAPANESE_FAMILY_VARIANTS[fam])))
            return fam, given, "%s %s" % (given, fam), "family_first", aliases
        if cult == "chinese":
            fam = rng.choice(CHINESE_FAMILY)
            given = rng.choice(CHINESE_SYL)
            if rng.random() < 0.75:
                given += rng.choice(CHINESE_SYL).lower()
            return fam, given, "%s %s" % (fam, given), "family_first", aliases
        if cult == "vietnamese":
            fam = rng.choice(VIETNAMESE_FAMILY)
            given = "%s %s" % (rng.choice(VIETNAMESE_MIDDLE), rng.choice(VIETNAMESE_LAST))
            return fam, given, "%s %s" % (fam, given), "family_first", aliases
        pool = CULTURES[cult]
        fam, given = rng.choice(pool["family"]), rng.choice(pool["given"])
        name = "%s %s" % (given, fam)
        vf = RUSSIAN_VARIANTS.get(fam) or ARABIC_VARIANTS.get(fam)
        vg = RUSSIAN_VARIANTS.get(given) or ARABIC_VARIANTS.get(given)
        if (vf or vg) and rng.random() < 0.6:
            aliases.append("%s %s" % (vg or given, vf or fam))
        plain = strip_accents(name)
        if plain != name and rng.random() < 0.7:
            aliases.append(plain)
        return fam, given, name, "given_first", aliases

    ROLE_CATS = [("dg", 18), ("director", 14), ("ddg", 5), ("ambassador", 14), ("fm", 2),
                 ("vfm", 5), ("minister", 7), ("special", 3), ("spokes", 4), ("nsa", 1),
                 ("leader", 1.0), ("lawmaker", 6), ("counselor", 4), ("negotiator", 2)]
    OTHER_MIN = [("mod", "Defense Minister", "Secretary of Defense"),
                 ("trade", "Trade Minister", "Commerce Secretary"),
                 ("finance", "Finance Minister", "Treasury Secretary"),
                 ("interior", "Interior Minister", None),
                 ("justice", "Justice Minister", None),
                 ("environment", "Environment Minister", None),
                 ("health", "Health Minister", None)]
    PM_COUNTRIES = set("JP GB IN AU CA IT ES NL PL SE NO DK FI BE AT DE IE NZ PK BD TH MY SG IL HU CZ GR PT".split())

    def make_role(self, cc):
        """-> (role dict for YAML, text title, short title, org id, extra entity cc)"""
        rng = self.rng
        cat = wchoice(rng, [c for c, _ in self.ROLE_CATS], self._role_cum)
        orgs = self.orgs_of[cc]
        mofa = orgs["mofa"]["id"]
        us = cc == "US"
        other = None
        if cat in ("dg", "director", "ddg"):
            ttl = {"dg": "Director-General", "director": "Director",
                   "ddg": "Deputy Director-General"}[cat]
            short = "Director" if cat != "ddg" else "Deputy Director-General"
            b = self.bureaus_of.get(cc)
            if b:
                bo = rng.choice(b)
                full, org = "%s, %s" % (ttl, bo["generic"][0] if bo["generic"] else bo["name"]), bo["id"]
            else:
                full, org = ttl, mofa
        elif cat == "ambassador":
            other = self.pick_country(exclude=cc)
            ttl = "Ambassador to %s" % self.country[other]["name"]
            full, short, org = ttl, "Ambassador", mofa
        elif cat == "fm":
            ttl = "Secretary of State" if us else "Foreign Minister"
            full, short, org = ttl, ("Secretary" if us else "Minister"), mofa
        elif cat == "vfm":
            ttl = "Deputy Secretary of State" if us else rng.choice(
                ["Vice Foreign Minister", "Vice Foreign Minister", "First Vice Foreign Minister"])
            full, short, org = ttl, ("Deputy Secretary" if us else "Vice Minister"), mofa
        elif cat == "minister":
            key, t, tus = rng.choice(self.OTHER_MIN)
            ttl = tus if (us and tus) else t
            full, short, org = ttl, ("Secretary" if us and tus else "Minister"), orgs[key]["id"]
        elif cat == "special":
            if cc == "KR":
                ttl = "Special Representative for Korean Peninsula Peace and Security Affairs"
            elif us:
                ttl = "Special Representative for North Korea"
            else:
                ttl = "Special Envoy"
            full, short, org = ttl, ("Representative" if "Representative" in ttl else "Envoy"), mofa
        elif cat == "spokes":
            full, ttl, short, org = "Spokesperson", "spokesperson", None, mofa
        elif cat == "nsa":
            full, ttl, short, org = "National Security Adviser", "National Security Adviser", None, orgs["gov"]["id"]
        elif cat == "leader":
            ttl = "Prime Minister" if cc in self.PM_COUNTRIES else "President"
            full, short, org = ttl, ttl, orgs["gov"]["id"]
        elif cat == "lawmaker":
            parties = self.parties_of.get(cc)
            org = rng.choice(parties)["id"] if parties else orgs["gov"]["id"]
            full, ttl, short = "Lawmaker", "lawmaker", "Rep."
        elif cat == "counselor":
            full, ttl, short, org = "Counselor", "Counselor", None, mofa
        else:
            full, ttl, short, org = "Chief Negotiator", "chief negotiator", None, mofa
        return full, ttl, short, org, other, cat

    def build_people(self, n):
        rng = self.rng
        self._role_cum = cumulative([w for _, w in self.ROLE_CATS])
        self.people = []
        self.people_of = {}
        self.leaders_of = {}
        ids = Ids()
        for _ in range(n):
            cc = self.pick_country()
            cult = CULTURE_OF.get(cc, "english")
            fam, given, name, order, aliases = self.make_name(cult)
            pid = ids.take(slug(name))
            full, ttl, short, org, other, cat = self.make_role(cc)
            start = rand_date(rng, 2014, 2025)
            roles = []
            if rng.random() < 0.3:
                pfull, _, _, porg, _, _ = self.make_role(cc)
                pstart = datetime.date.fromordinal(start.toordinal() - rng.randint(400, 2000))
                roles.append({"title": pfull, "org": porg, "from": fmt_gaz_date(rng, pstart),
                              "to": fmt_gaz_date(rng, start)})
            end = None
            if rng.random() < 0.25:
                end = datetime.date.fromordinal(start.toordinal() + rng.randint(200, 1500))
            roles.append({"title": full, "org": org, "from": fmt_gaz_date(rng, start),
                          "to": fmt_gaz_date(rng, end) if end else None})
            p = {"id": pid, "name": name, "family": fam, "given": given, "name_order": order,
                 "aliases": dedupe_ci(aliases, [name]), "country": cc, "roles": roles,
                 "_ttl": ttl, "_short": short, "_org": org, "_other": other, "_cult": cult,
                 "_cat": cat}
            self.people.append(p)
            self.people_of.setdefault(cc, []).append(p)
            if cat == "leader":
                self.leaders_of.setdefault(cc, []).append(p)
        self.people_countries = [cc for cc in self.sovereign if cc in self.people_of]
        self.pc_cum = cumulative([NEWS_WEIGHT.get(cc, DEFAULT_WEIGHT) for cc in self.people_countries])

    # -- issues -----------------------------------------------------------
    def build_issues(self, n):
        self.issues = []
        for iid, name, aliases in ISSUES:
            if len(self.issues) >= n:
                break
            self.issues.append({"id": iid, "name": name, "aliases": dedupe_ci(aliases, [name])})
        combos = [(t, s) for s in ISSUE_SUFFIXES for t in ISSUE_TOPICS]
        for t, s in combos:
            if len(self.issues) >= n:
                break
            name = "%s %s" % (t[0].upper() + t[1:], s)
            alias = {"cooperation": "%s partnership", "agreement": "%s accord",
                     "dialogue": "%s talks"}[s] % t
            self.issues.append({"id": slug(name), "name": name, "aliases": [alias]})

    # -- output -----------------------------------------------------------
    @staticmethod
    def public(d):
        return {k: v for k, v in d.items() if not k.startswith("_")}

    def write(self, gdir):
        os.makedirs(gdir, exist_ok=True)
        write_yaml(os.path.join(gdir, "countries.yaml"), "countries",
                   [self.public(c) for c in self.countries])
        write_yaml(os.path.join(gdir, "organizations.yaml"), "organizations",
                   [self.public(o) for o in self.orgs])
        write_yaml(os.path.join(gdir, "people.yaml"), "people",
                   [self.public(p) for p in self.people])
        write_yaml(os.path.join(gdir, "places.yaml"), "places",
                   [self.public(p) for p in self.places])
        write_yaml(os.path.join(gdir, "issues.yaml"), "issues", self.issues)
        with open(os.path.join(gdir, "lexicon.yaml"), "w", encoding="utf-8", newline="\n") as f:
            f.write("lexicon:\n  meeting_triggers:\n")
            for k, v in LEXICON["meeting_triggers"].items():
                f.write("    %s: [%s]\n" % (k, ", ".join(yq(x) for x in v)))
            f.write("  titles: [%s]\n" % ", ".join(yq(x) for x in LEXICON["titles"]))

    def person_forms(self, p):
        """Full-name surface forms: name and aliases, both orders, hyphen variants."""
        fam, given = p["family"], p["given"]
        forms = []

        def both(g, f):
            return ["%s %s" % (g, f), "%s %s" % (f, g)]

        bases = [(given, fam)]
        for a in p["aliases"]:
            # split an alias into (given, family) using the known family position
            toks = a.split(" ")
            if p["name_order"] == "family_first" and p["_cult"] != "japanese":
                bases.append((" ".join(toks[1:]), toks[0]))
            else:
                nf = len(fam.split(" "))
                bases.append((" ".join(toks[:-nf]), " ".join(toks[-nf:])))
        for g, f in bases:
            variants = [g]
            if "-" in g:
                variants += [g.replace("-", ""), g.replace("-", " ")]
            for gv in variants:
                if gv:
                    forms += both(gv, f)
        return dedupe_ci([p["name"]] + forms)

    def patterns(self):
        """Yield (alias, id, kind) for every alias the gazetteer implies."""
        for c in self.countries:
            for a in dedupe_ci([c["name"]] + c["aliases"]):
                yield a, c["id"], "country"
            for d in dedupe_ci(c["demonyms"]):
                yield d, c["id"], "demonym"
        for o in self.orgs:
            for a in dedupe_ci([o["name"]] + o["aliases"]):
                yield a, o["id"], "organization"
            for g in dedupe_ci(o["generic"]):
                yield g, o["id"], "org-generic"
        for p in self.people:
            for a in self.person_forms(p):
                yield a, p["id"], "person"
            yield p["family"], p["id"], "family"
        for p in self.places:
            yield p["name"], p["id"], "place"
        for i in self.issues:
            for a in dedupe_ci([i["name"]] + i["aliases"]):
                yield a, i["id"], "issue"
        for k, v in LEXICON["meeting_triggers"].items():
            for a in v:
                yield a, k, "trigger"
        for t in LEXICON["titles"]:
            yield t, slug(t), "title"


# ----------------------------------------------------------------------------
# Corpus
# ----------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
             "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LEVELS = ["director-general-level", "vice-ministerial", "ministerial", "working-level",
          "senior-level", "deputy-minister-level", "high-level", "director-level"]
VP_AGREE = ["maintain close communication", "continue consultations", "strengthen cooperation",
            "keep the momentum of dialogue", "work together closely", "hold regular talks",
            "expand exchanges", "set up a working group", "coordinate closely"]
VP_URGE = ["show a more sincere attitude", "promptly withdraw the unfair export restrictions",
           "take concrete steps", "refrain from further provocations",
           "return to the negotiating table", "respond constructively", "honor its commitments",
           "respect the court ruling", "present a realistic solution", "exercise restraint",
           "act responsibly", "abide by international law"]
VP_WILL = ["continue to respond calmly", "review the proposal", "keep the door to dialogue open",
           "maintain its position", "consider the request", "stay in close contact",
           "cooperate closely with the international community", "need more time"]
CONCERN = ["grave concern", "serious concern", "deep regret", "concern", "strong opposition",
           "strong regret"]
QUOTES = [
    "We agreed to continue close communication", "It is important for us to keep the dialogue going",
    "There is still a long way to go", "Both sides showed a willingness to resolve the issue",
    "We explained our position clearly", "The door to dialogue remains open",
    "We will continue to make efforts", "Our position has not changed",
    "We hope to see concrete progress soon", "Let us work together to overcome the difficulties",
    "The willingness to resolve the issue is higher than in the past",
    "The talks were frank and constructive", "Nothing has been decided yet",
    "We cannot accept such a unilateral measure", "This is a matter of principle for us",
    "We will respond firmly and calmly", "Trust has to be rebuilt step by step",
    "There is a consensus that the issue should be resolved through dialogue",
    "We have to think about the next generation", "The ball is in their court",
    "We welcome the constructive attitude of the other side",
    "It gives us an opportunity to move forward", "We are not there yet",
    "Dialogue is the only way forward", "We will keep a close eye on the situation",
]
SUBJECTS = ["Analysts", "Observers", "Experts", "Diplomatic sources", "Government officials",
            "Officials familiar with the matter", "Critics", "Opposition lawmakers",
            "Business groups", "Market watchers", "Some scholars", "Civic groups", "Local media",
            "Senior officials", "A government official", "A senior diplomat", "A ministry official",
            "An official", "The official", "People familiar with the talks", "Former diplomats",
            "Industry leaders", "Security experts", "Trade officials", "Commentators",
            "Editorials in major newspapers", "Researchers at state-run think tanks"]
VERBS = ["said", "noted", "warned", "suggested", "stressed", "pointed out", "cautioned",
         "argued", "acknowledged", "added", "predicted", "told reporters", "said in a briefing",
         "wrote in a report", "said privately"]
CLAUSES = [
    "that the relationship remains fragile", "that a breakthrough is unlikely before the end of the year",
    "that the two sides still differ on key points", "that the atmosphere was more constructive than in previous rounds",
    "that both governments are under domestic pressure", "that the talks were a first step toward normalizing ties",
    "that working-level officials would continue to fine-tune the details",
    "that the outcome would depend on political decisions at the top",
    "that public opinion remains divided", "that economic considerations weigh heavily on both sides",
    "that the issue could resurface ahead of elections", "that progress has been slower than expected",
    "that there was no agreement on a joint statement", "that the discussions were frank and in-depth",
    "that the sides agreed to meet again at an early date", "that further consultations would be needed",
    "that a compromise would require concessions from both sides",
    "that the government is reviewing several options", "that the negotiations have entered a critical phase",
    "that the meeting helped rebuild trust", "that a follow-up meeting is being arranged",
    "that the agenda had not been finalized", "that the timing of the next round has yet to be decided",
    "that the announcement caught many by surprise", "that the plan faces strong opposition at home",
    "that the move was largely symbolic", "that the statement was carefully worded",
    "that the costs of inaction are rising", "that the window for a deal is narrowing",
    "that tensions could escalate if talks stall", "that the proposal lacks detail",
    "that both leaders want to avoid a diplomatic rupture", "that the dispute has hurt business confidence",
    "that the two governments have little room to maneuver", "that officials are cautiously optimistic",
    "that the talks reflected a thaw in relations", "that the timing was deliberate",
    "that they expect a lengthy negotiation", "that implementation will be the real test",
]
ADVERBS = ["Meanwhile", "However", "In particular", "Separately", "On the other hand", "Earlier",
           "Still", "In addition", "At the same time", "Nevertheless", "Moreover", "For now"]
FIXED = [
    "The meeting lasted about two hours.", "Officials declined to provide further details.",
    "No joint statement was issued.", "The talks were held behind closed doors.",
    "Further details were not immediately available.",
    "It was not immediately clear when the next round would take place.",
    "The atmosphere was described as cordial but cautious.",
    "The two sides did not announce any concrete agreement.",
    "A working lunch followed the morning session.",
    "Reporters were allowed into the room only for the opening remarks.",
    "The schedule was announced only a day before the meeting.",
    "The talks ran about 30 minutes longer than planned.",
    "Both delegations included officials in charge of economic affairs.",
    "The results of the talks will be reported to the leadership.",
    "The ministry said it would announce the outcome through a press release.",
    "The discussions focused on ways to manage differences.",
    "The officials also exchanged views on the regional situation.",
    "Some participants joined the session by video link.",
    "The venue was under tight security throughout the day.",
    "Protesters gathered outside the building during the meeting.",
    "The government has repeatedly said it is open to dialogue.",
    "The dispute has weighed on trade and tourism for years.",
    "The talks were originally scheduled for last month.",
    "The issue has been a thorn in bilateral relations for decades.",
    "Public sentiment remains a major obstacle to a compromise.",
    "The two sides agreed to keep the details of the discussion confidential.",
    "The statement did not elaborate on the timing.",
    "Negotiators are expected to meet again within weeks.",
    "The government plans to brief lawmakers on the outcome this week.",
    "The opposition criticized the government for making concessions.",
    "The meeting took place amid heightened security concerns in the region.",
    "The spokesperson did not take questions.",
    "The ministry posted a summary of the talks on its website.",
    "Shares of exporters rose slightly after the announcement.",
    "The survey also found that younger respondents were more positive about the other country.",
    "Officials said the date of the next meeting would be set through diplomatic channels.",
]
NUMERIC = [
    "The meeting lasted about {n} minutes.",
    "Bilateral trade reached {n} billion dollars last year, up {p} percent from a year earlier.",
    "About {n} officials attended the session.",
    "The survey of {n0} adults had a margin of error of plus or minus {p} percentage points.",
    "Exports fell {p} percent in {month}, according to preliminary data.",
    "Some {n0} people have been affected, according to civic groups.",
    "The budget for the program was set at {n} million dollars.",
    "It was the {ord} round of such talks since {year}.",
    "Visitor numbers rose {p} percent in the first half of {year}.",
    "The agreement, signed in {year}, expires in {year2}.",
]
TAILS = ["All rights reserved.", "Unauthorized reproduction and redistribution prohibited.",
         "Share this article", "Subscribe to our newsletter", "Copyright (c) {year} {source}."]
COMMON_ISSUE_WORDS = set("""wartime comfort export nuclear supply semiconductors climate visa
fisheries energy cybersecurity human defectors history defense extended critical food arms
space tariffs exchange people-to-people refugees labor official peacekeeping maritime air
radar joint civil satellite cryptocurrency separated end-of-war fine seafood security digital
technology intellectual investment economic disinformation terrorism drug pandemic uranium
chemical oil frozen prisoner detained evacuation consular international colonial-era seizure
third-party shuttle trilateral sanctions free supply inter-korean comprehensive agricultural
education science cultural infrastructure tourism customs environmental financial aviation
shipbuilding hydrogen battery cyber counterterrorism disaster water forestry railway public
quantum biotechnology semiconductor""".split())


OFFICIAL_RE = re.compile(r"Republic|Kingdom|Federation|Confederation|Commonwealth|Union of|"
                         r"State of|States of|Principality|Sultanate|Duchy|Emirate|Territories|"
                         r"Bailiwick|Collectivity|Plurinational|Independent State|Co-operative|"
                         r"United Mexican|Great Britain and|Islands$")
NEEDS_THE_RE = re.compile(r"^(United |Republic|Kingdom|Democratic|Islamic|State of|People's|"
                          r"Federal|Federated|Commonwealth|Union |Grand Duchy|Principality|"
                          r"Sultanate|Hashemite|Arab Republic|Socialist|Plurinational|"
                          r"Bolivarian|Oriental|Independent|Co-operative|Argentine Republic|"
                          r"Swiss|Hellenic|Italian Republic|French Republic|Portuguese|"
                          r"Lebanese|Togolese|Gabonese|Kyrgyz Republic|Slovak Republic|Syrian|"
                          r"Russian Federation|Czech Republic|Dominican Republic|Central African|"
                          r"Holy See|Lao People's|Collectivity|Bailiwick|Caribbean Netherlands)"
                          r"|(Islands|Netherlands|Philippines|Bahamas|Maldives|Comoros|Gambia|"
                          r"Emirates|Territories|Falklands|Caymans|Faroes|Marianas)$")


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


class Slots(dict):
    def __init__(self, gen):
        super().__init__()
        self.gen = gen

    def __missing__(self, key):
        return getattr(self.gen, "f_" + key)()


class ArticleGen:
    def __init__(self, gaz, rng):
        self.g = gaz
        self.rng = rng
        self.ent = 0
        self.all_cities = [p for p in gaz.places if p["kind"] == "city"]
        self.p_entity = 0.24
        lead, body = self._templates()
        self.lead = lead
        self.body = body

    # -- primitives ---------------------------------------------------------
    def E(self, s, n=1):
        self.ent += n
        return s

    def person_in(self, cc):
        lst = self.g.people_of.get(cc)
        if not lst:
            cc2 = wchoice(self.rng, self.g.people_countries, self.g.pc_cum)
            lst = self.g.people_of[cc2]
        return self.rng.choice(lst)

    def pname(self, p):
        rng = self.rng
        r = rng.random()
        cult = p["_cult"]
        if p["aliases"] and r < 0.06:
            return self.E(rng.choice(p["aliases"]))
        if cult == "japanese":
            return self.E(p["name"] if r < 0.55 else "%s %s" % (p["family"], p["given"]))
        if cult == "korean" and "-" in p["given"] and r < 0.10:
            return self.E("%s %s" % (p["family"], p["given"].replace("-", "")))
        if r > 0.97:
            if p["name_order"] == "family_first":
                return self.E("%s %s" % (p["given"], p["family"]))
        return self.E(p["name"])

    def ptitled(self, p):
        """Title + name, e.g. 'Director-General Kim Jung-han'."""
        rng = self.rng
        cat = p["_cat"]
        if cat == "ambassador":
            return "%s Ambassador to %s %s" % (self.E(self.g.dem(p["country"])),
                                               self.cname(p["_other"]), self.pname(p))
        if cat == "spokes":
            return "%s spokesperson %s" % (self.org_ref(self.g.org[p["_org"]], article=False),
                                          self.pname(p))
        if cat == "lawmaker":
            return "%s lawmaker %s" % (self.E(self.g.dem(p["country"])), self.pname(p))
        if cat in ("fm", "vfm", "minister", "leader", "nsa") and rng.random() < 0.5:
            return "%s %s %s" % (self.E(self.g.dem(p["country"])), p["_ttl"], self.pname(p))
        return "%s %s" % (p["_ttl"], self.pname(p))

    def pshort(self, p):
        r = self.rng.random()
        if r < 0.1:
            return self.pname(p)
        if p["_short"] and r < 0.65:
            return "%s %s" % (p["_short"], self.E(p["family"]))
        return self.E(p["family"])

    def pdesc(self, p):
        """'Kim Jung-han, director-general of the Asia-Pacific Bureau at the Ministry of ...'"""
        name = self.pname(p)
        org = self.g.org[p["_org"]]
        cat = p["_cat"]
        if org["kind"] == "bureau":
            bname = org["generic"][0] if org["generic"] else org["name"]
            parent = self.g.org[org["parent"]]
            return "%s, %s of the %s at %s" % (name, p["_ttl"].lower(), self.E(bname),
                                               self.org_ref(parent))
        if cat == "ambassador":
            return "%s, %s ambassador to %s" % (name, self.E(self.g.dem(p["country"])),
                                                self.cname(p["_other"]))
        if self.rng.random() < 0.5:
            return "%s, %s %s" % (name, self.cposs(p["country"]), p["_ttl"].lower())
        return "%s, %s at %s" % (name, p["_ttl"].lower(), self.org_ref(org))

    def org_ref(self, o, article=True):
        rng = self.rng
        the = "the " if article else ""
        r = rng.random()
        if o["kind"] in ("ministry", "agency") and o["generic"] and r < 0.45:
            g = rng.choice(o["generic"])
            if g.isupper():
                return self.E(g)
            if r < 0.2 and o["country"]:
                return "%s %s" % (self.cposs(o["country"]), self.E(g))
            return the + self.E(g)
        if o["aliases"] and r < 0.85:
            a = rng.choice(o["aliases"])
            if a.isupper() or "'s " in a:
                return self.E(a)
            return the + self.E(a)
        if "(" in o["name"]:
            return the + self.E(o["generic"][0] if o["generic"] else o["aliases"][0] if o["aliases"] else o["name"])
        return the + self.E(o["name"])

    def cref(self, cc):
        """A country as written in running text: usually its name, sometimes a
        short alias (ROK, U.S., Britain), rarely an official long form or the
        capital as metonym; 'the' added where English needs it."""
        rng = self.rng
        c = self.g.country[cc]
        r = rng.random()
        if r < 0.76:
            s = c["name"]
        elif r < 0.88:
            short = [a for a in c["aliases"] if not OFFICIAL_RE.search(a)]
            s = rng.choice(short) if short else c["name"]
        elif r < 0.91 and c["aliases"]:
            s = rng.choice(c["aliases"])
        elif c["capital"]:
            return self.E(self.g.places[self._pidx(c["capital"])]["name"])
        else:
            s = c["name"]
        if NEEDS_THE_RE.search(s) and not s.startswith("The "):
            return "the " + self.E(s)
        return self.E(s)

    def cname(self, cc):
        s = self.g.country[cc]["name"]
        return ("the " if NEEDS_THE_RE.search(s) else "") + self.E(s)

    def _pidx(self, pid):
        if not hasattr(self, "_pindex"):
            self._pindex = {p["id"]: i for i, p in enumerate(self.g.places)}
        return self._pindex[pid]

    def cposs(self, cc):
        return self.cref(cc) + "'s"

    def capital(self, cc):
        c = self.g.country[cc]
        if c["capital"]:
            return self.E(self.g.places[self._pidx(c["capital"])]["name"])
        return self.E(c["name"])

    def issue(self, i=None):
        rng = self.rng
        it = i or rng.choice(self.ctx["issues"])
        if it["aliases"] and rng.random() < 0.5:
            s = rng.choice(it["aliases"])
        else:
            s = it["name"]
        first = s.split(" ")[0].lower()
        if not s.isupper() and first in COMMON_ISSUE_WORDS:
            s = s[0].lower() + s[1:]
        if first in COMMON_ISSUE_WORDS and rng.random() < 0.5:
            return "the " + self.E(s) + (" issue" if rng.random() < 0.5 else "")
        return self.E(s)

    def date_phrase(self):
        d, ad, rng = self.ctx["date"], self.ctx["adate"], self.rng
        r = rng.random()
        if r < 0.3:
            return "on the %s" % ordinal(d.day)
        if r < 0.6:
            return "on %s" % WEEKDAYS[d.weekday()]
        if r < 0.85:
            return "on %s %d" % (MONTHS_AP[d.month - 1], d.day)
        if d == ad:
            return "earlier today"
        return "on %s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)

    # -- slot fields (f_NAME) -------------------------------------------------
    def f_A(self): return self.ptitled(self.ctx["a"])
    def f_B(self): return self.ptitled(self.ctx["b"])
    def f_C(self): return self.ptitled(self.ctx["c"])
    def f_A_FULL(self): return self.pname(self.ctx["a"])
    def f_B_FULL(self): return self.pname(self.ctx["b"])
    def f_A_DESC(self): return self.pdesc(self.ctx["a"])
    def f_B_DESC(self): return self.pdesc(self.ctx["b"])
    def f_C_DESC(self): return self.pdesc(self.ctx["c"])
    def f_A_SHORT(self): return self.pshort(self.ctx["a"])
    def f_B_SHORT(self): return self.pshort(self.ctx["b"])
    def f_C_SHORT(self): return self.pshort(self.ctx["c"])
    def f_A_FAMILY(self): return self.E(self.ctx["a"]["family"])
    def f_CA(self): return self.cref(self.ctx["ca"])
    def f_CB(self): return self.cref(self.ctx["cb"])
    def f_CA_POSS(self): return self.cposs(self.ctx["ca"])
    def f_CB_POSS(self): return self.cposs(self.ctx["cb"])
    def f_DEMA(self): return self.E(self.g.dem(self.ctx["ca"]))
    def f_DEMB(self): return self.E(self.g.dem(self.ctx["cb"]))
    def f_CAP_B(self): return self.capital(self.ctx["cb"])
    def f_CAP_A(self): return self.capital(self.ctx["ca"])
    def f_ORG_A(self): return self.org_ref(self.g.orgs_of[self.ctx["ca"]]["mofa"])
    def f_ORG_B(self): return self.org_ref(self.g.orgs_of[self.ctx["cb"]]["mofa"])
    def f_GOV_A(self): return self.gov(self.ctx["ca"])
    def f_GOV_B(self): return self.gov(self.ctx["cb"])
    def f_THIRD(self): return self.cref(self.ctx["third"])
    def f_THIRD_DEM(self): return self.E(self.g.dem(self.ctx["third"]))
    def f_ISSUE(self): return self.issue(self.ctx["issues"][0])
    def f_ISSUE2(self): return self.issue(self.ctx["issues"][1])
    def f_ISSUE3(self): return self.issue(self.ctx["issues"][2])
    def f_ISSUE_ANY(self): return self.issue()
    def f_INTL(self): return self.org_ref(self.rng.choice(self.g.intl))
    def f_COMPANY(self): return self.E(self.rng.choice(self.g.companies)["name"])
    def f_PLACE(self): return self.E(self.ctx["place"]["name"])
    def f_PLACE_ANY(self): return self.E(self.rng.choice(self.all_cities)["name"])
    def f_VENUE(self): return self.venue_phrase()
    def f_DATE(self): return self.date_phrase()
    def f_LEVEL(self): return self.rng.choice(LEVELS)
    def f_VP_AGREE(self): return self.rng.choice(VP_AGREE)
    def f_VP_URGE(self): return self.rng.choice(VP_URGE)
    def f_VP_WILL(self): return self.rng.choice(VP_WILL)
    def f_CONCERN(self): return self.rng.choice(CONCERN)
    def f_QUOTE(self): return self.rng.choice(QUOTES)
    def f_N(self): return str(self.rng.randint(2, 30))
    def f_HOURS(self): return self.rng.choice(["an hour", "two hours", "90 minutes", "three hours"])
    def f_MONTH(self): return MONTHS[self.rng.randrange(12)]
    def f_YEAR(self): return str(self.rng.randint(2012, self.ctx["adate"].year))
    def f_FUTURE(self):
        return self.rng.choice(["next week", "later this month", "early next month",
                                "before the end of the year", "as early as next month",
                                "in the coming weeks", "next month"])

    def f_LEADER_A(self): return self.leader(self.ctx["ca"])
    def f_LEADER_B(self): return self.leader(self.ctx["cb"])

    def leader(self, cc):
        ls = self.g.leaders_of.get(cc)
        if ls:
            return self.ptitled(self.rng.choice(ls))
        return "the %s leader" % self.E(self.g.dem(cc))

    def gov(self, cc):
        r = self.rng.random()
        if r < 0.5:
            return "the %s government" % self.E(self.g.dem(cc))
        if r < 0.75:
            return self.capital(cc)
        return self.org_ref(self.g.orgs_of[cc]["gov"])

    def venue_phrase(self):
        rng = self.rng
        place = self.ctx["place"]
        host = self.ctx["host"]
        dists = self.g.districts_of.get(place["id"])
        venues = [v for v in self.g.venues_of.get(host, []) if v["within"] in (place["id"], None)]
        r = rng.random()
        if dists and r < 0.4:
            return "the %s building in %s, %s" % (
                self.org_ref(self.g.orgs_of[host]["mofa"], article=False),
                self.E(rng.choice(dists)["name"]), self.E(place["name"]))
        if venues and r < 0.75:
            return "the %s in %s" % (self.E(rng.choice(venues)["name"]), self.E(place["name"]))
        if r < 0.9:
            return "a hotel in %s" % self.E(place["name"])
        return "the %s in %s" % (self.org_ref(self.g.orgs_of[host]["mofa"], article=False),
                                 self.E(place["name"]))

    # -- templates --------------------------------------------------------
    def _templates(self):
        lead = {
            "talks": [
                "{A_DESC}, held talks with {B_DESC}, at {VENUE} {DATE}, exchanging views on {ISSUE} and {ISSUE2} for about {HOURS}.",
                "{A} and {B} met in {PLACE} {DATE} and discussed {ISSUE}, {ISSUE2} and other pending issues, {ORG_A} said.",
                "Senior diplomats from {CA} and {CB} held {LEVEL} talks in {PLACE} {DATE}, the first such meeting in {N} months, but failed to narrow differences over {ISSUE}.",
                "{DEMA} and {DEMB} officials held {LEVEL} consultations {DATE} at {VENUE}, where {A_FULL} and {B_FULL} discussed {ISSUE}.",
                "{A} sat down with {B} {DATE} in {PLACE} for talks focused on {ISSUE} and {ISSUE2}.",
            ],
            "phone-call": [
                "{A} spoke by phone with {B} {DATE} and discussed {ISSUE}, according to {ORG_A}.",
                "{A} held phone talks with {B} {DATE}, {ORG_A} said in a statement, adding that the two sides discussed {ISSUE} and {ISSUE2}.",
                "In a telephone conversation {DATE}, {A} and {B} agreed to {VP_AGREE} on {ISSUE}.",
                "{A_DESC}, and {B_DESC}, held a video conference {DATE} to discuss {ISSUE}.",
            ],
            "summit": [
                "{LEADER_A} and {LEADER_B} held a summit in {PLACE} {DATE}, agreeing to {VP_AGREE} on {ISSUE} and {ISSUE2}.",
                "The leaders of {CA} and {CB} met in {PLACE} {DATE} for summit talks dominated by {ISSUE}.",
            ],
            "planned": [
                "{A} will visit {PLACE} {FUTURE} for talks with {B} on {ISSUE}, {ORG_A} said {DATE}.",
                "{CA} and {CB} plan to hold {LEVEL} consultations in {PLACE} {FUTURE} to discuss {ISSUE}, officials said {DATE}.",
                "{A} is expected to meet {B} in {PLACE} {FUTURE}, diplomatic sources said {DATE}, as the two sides seek to resolve {ISSUE}.",
            ],
            "cancelled": [
                "A planned meeting between {A} and {B} in {PLACE} has been postponed indefinitely amid a dispute over {ISSUE}, {ORG_A} said {DATE}.",
                "{CB} called off {LEVEL} talks with {CA} that had been scheduled to take place in {PLACE}, citing {ISSUE}.",
            ],
        }
        body = [
            "{A_SHORT} reiterated {CA_POSS} position on {ISSUE}, urging {CB} to {VP_URGE}.",
            "{B_SHORT} explained the position that the {DEMB} government has maintained so far.",
            "{A_SHORT} emphasized the need for {GOV_B} to {VP_URGE}.",
            "The two sides also discussed {ISSUE2}, with {A_SHORT} expressing {CONCERN} over {ISSUE3}.",
            "\"{QUOTE},\" {A_SHORT} told reporters after the meeting.",
            "\"{QUOTE},\" {B_SHORT} said.",
            "\"{QUOTE},\" an official from {ORG_A} said on condition of anonymity.",
            "{B_SHORT} said {CB} would {VP_WILL}.",
            "Both sides agreed on the importance of continued communication on {ISSUE}, according to {ORG_B}.",
            "{A_SHORT}, who also serves as {CA_POSS} chief representative on {ISSUE3}, met with {C} before the talks.",
            "The meeting was the first since {LEADER_A} took office in {MONTH} {YEAR}.",
            "{CA} and {CB} have been at odds over {ISSUE} since {YEAR}.",
            "Relations between {CA} and {CB} have been strained by {ISSUE} and {ISSUE2}.",
            "{INTL} is expected to take up {ISSUE_ANY} at a meeting in {PLACE_ANY} next month.",
            "The {DEMA} side called for {ISSUE} to be addressed through dialogue.",
            "{GOV_B} has consistently taken the stance that {CA} should first present a solution to {ISSUE}.",
            "{A_SHORT} is also scheduled to meet {C} during the visit.",
            "Earlier in the day, {A_SHORT} paid a courtesy call on {C}.",
            "{C_SHORT} later told reporters that the two sides shared the view that {ISSUE} should be resolved through dialogue.",
            "The talks came as {CB} faces growing pressure from {THIRD} over {ISSUE2}.",
            "{COMPANY}, one of the companies affected by {ISSUE}, declined to comment.",
            "{A_SHORT} and {B_SHORT} also exchanged views on cooperation among {CA}, {CB} and {THIRD} on {ISSUE3}.",
            "According to {ORG_B}, {B_SHORT} asked {CA} to {VP_URGE}.",
            "The next round of talks will be held in {CAP_B}, {ORG_A} said.",
            "{THIRD_DEM} officials are expected to join the discussions on {ISSUE_ANY} later this year.",
            "{A_SHORT} arrived in {PLACE} on a {N}-day trip that will also include a stop in {THIRD}.",
            "{C_DESC}, said separately that {CA} would {VP_WILL}.",
            "{CA} has said it will {VP_WILL} regarding {ISSUE2}.",
            "The {DEMB} Foreign Ministry summoned the {DEMA} ambassador over {ISSUE} {DATE}.",
            "{ORG_A} described the talks as a step toward progress on {ISSUE_ANY}.",
        ]
        return lead, body

    def filler(self):
        rng = self.rng
        r = rng.random()
        if r < 0.4:
            s = "%s %s %s." % (rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(CLAUSES))
            if rng.random() < 0.3:
                s = rng.choice(ADVERBS) + ", " + s[0].lower() + s[1:]
            return s
        if r < 0.8:
            return rng.choice(FIXED)
        t = rng.choice(NUMERIC)
        y = rng.randint(2005, self.ctx["adate"].year)
        return t.format(n=rng.randint(2, 95), n0=rng.randint(500, 3000), p=rng.randint(1, 30) / 2,
                        month=MONTHS[rng.randrange(12)], ord=ordinal(rng.randint(2, 15)),
                        year=y, year2=y + rng.randint(3, 10))

    def fill(self, template):
        s = template.format_map(Slots(self))
        return s[0].upper() + s[1:]

    # -- article ------------------------------------------------------------
    def article(self):
        g, rng = self.g, self.rng
        ca = wchoice(rng, g.people_countries, g.pc_cum)
        cb = ca
        while cb == ca:
            cb = wchoice(rng, g.people_countries, g.pc_cum)
        adate = rand_date(rng, 2015, 2025)
        date = datetime.date.fromordinal(adate.toordinal() - rng.choice([0, 0, 1, 1, 2]))
        kind = wchoice(rng, ["talks", "phone-call", "summit", "planned", "cancelled"],
                       cumulative([50, 20, 8, 14, 8]))
        host = rng.choice([ca, cb, ca, cb, g.pick_country(flat=True)])
        cities = g.cities_of.get(host) or self.all_cities
        capital = g.country[host]["capital"]
        if capital and rng.random() < 0.7:
            place = g.places[self._pidx(capital)]
        else:
            place = rng.choice(cities)
        issues = rng.sample(g.issues[:120] if rng.random() < 0.85 else g.issues, 3)
        a, b = self.person_in(ca), self.person_in(cb)
        c = self.person_in(rng.choice([ca, cb]))
        third = g.pick_country(exclude=ca, flat=True)
        self.ctx = {"a": a, "b": b, "c": c, "ca": ca, "cb": cb, "host": host, "place": place,
                    "date": date, "adate": adate, "issues": issues, "kind": kind,
                    "third": third}
        # headline (not counted)
        saved = self.ent
        title = self.fill(rng.choice([
            "{CA}, {CB} hold {LEVEL} talks on {ISSUE}",
            "{DEMA} diplomat, {DEMB} counterpart discuss {ISSUE}",
            "{CA} urges {CB} to {VP_URGE}",
            "{A_FAMILY} to visit {CAP_B} for talks on {ISSUE}",
            "After {N} months, {DEMA}-{DEMB} talks confirm differences on {ISSUE}",
            "{A_SHORT}, {B_SHORT} agree to {VP_AGREE}",
        ]))
        self.ent = saved
        target = rng.randint(2000, 8000)
        paras, size = [], 0
        sents = [self.fill(rng.choice(self.lead[kind]))]
        cur = len(sents[0].encode("utf-8"))
        n_in_para = rng.randint(1, 3)
        used = set()
        while True:
            if len(sents) >= n_in_para:
                p = " ".join(sents)
                paras.append(p)
                size += len(p.encode("utf-8")) + 1
                sents, cur = [], 0
                n_in_para = rng.randint(1, 4)
                if size >= target:
                    break
            before = self.ent
            if rng.random() < self.p_entity:
                t = rng.choice(self.body)
                if t in used:
                    t = rng.choice(self.body)
                used.add(t)
                s = self.fill(t)
            else:
                s = self.filler()
                if s in used:
                    s = self.filler()
                used.add(s)
            sb = len(s.encode("utf-8")) + 1
            if size + cur + sb > 7900:
                self.ent = before
                if sents:
                    paras.append(" ".join(sents))
                break
            sents.append(s)
            cur += sb
        text = "\n".join(paras)
        src_pool = OUTLETS.get(ca, OUTLETS["*"])
        source = rng.choice(src_pool)
        if rng.random() < 0.08:
            text += "\n" + rng.choice(TAILS).format(year=adate.year, source=source)
        while len(text.encode("utf-8")) < 2000:  # pad rare short ones with filler
            text += " " + self.filler()
        return {"title": title, "date": adate.isoformat(), "source": source,
                "country": ca if ca in OUTLETS else None, "text": text}


# ----------------------------------------------------------------------------
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--mb", type=float, default=100.0)
    ap.add_argument("--people", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--places", type=int, default=5000)
    ap.add_argument("--issues", type=int, default=200)
    args = ap.parse_args(argv)

    os.makedirs(args.out, exist_ok=True)
    gaz = Gazetteer(random.Random(args.seed * 1000003 + 1), args.people, args.places, args.issues)
    gaz.write(os.path.join(args.out, "gazetteer"))

    n_pat, kinds, uniq = 0, {}, set()
    with open(os.path.join(args.out, "patterns.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for alias, eid, kind in gaz.patterns():
            assert "\t" not in alias and "\n" not in alias and alias.strip() == alias, alias
            f.write("%s\t%s\t%s\n" % (alias, eid, kind))
            n_pat += 1
            kinds[kind] = kinds.get(kind, 0) + 1
            uniq.add(alias.lower())

    gen = ArticleGen(gaz, random.Random(args.seed * 1000003 + 2))
    limit = int(args.mb * 1_000_000)
    total = words = arts = 0
    with open(os.path.join(args.out, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as fj, \
         open(os.path.join(args.out, "corpus.txt"), "w", encoding="utf-8", newline="\n") as ft:
        while total < limit:
            art = gen.article()
            if art["country"] is None:
                del art["country"]
            fj.write(json.dumps(art, ensure_ascii=False) + "\n")
            if arts:
                ft.write("\n\n")
            ft.write(art["text"])
            total += len(art["text"].encode("utf-8"))
            words += len(art["text"].split())
            arts += 1
        ft.write("\n")

    stats = {
        "seed": args.seed, "mb": args.mb,
        "countries": len(gaz.countries), "organizations": len(gaz.orgs),
        "people": len(gaz.people), "places": len(gaz.places), "issues": len(gaz.issues),
        "patterns": n_pat, "patterns_unique_ci": len(uniq), "patterns_by_kind": kinds,
        "articles": arts, "text_bytes": total, "words": words,
        "entity_mentions_written": gen.ent,
        "words_per_entity": round(words / max(gen.ent, 1), 2),
    }
    with open(os.path.join(args.out, "stats.json"), "w") as f:
        json.dump(stats, f, indent=1)
        f.write("\n")
    print(json.dumps(stats), file=sys.stderr)


if __name__ == "__main__":
    main()
