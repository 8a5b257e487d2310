//! The lexicon's word lists: the clause words, cues and descriptions the
//! extraction rules read, kept in `gazetteer/lexicon.yaml` rather than in
//! code so that a user's lexicon can change them. Each list is one key of
//! `lexicon:`; docs/GAZETTEER.md says what each is for.

/// Declares the lists once: the struct, its YAML keys, and the walks over
/// every list that loading, merging and fingerprinting need.
macro_rules! word_lists {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// One value per word list: the lists as loaded (`Vec<String>`), or
        /// compiled for matching (`WordLists<extract::Words>`).
        #[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
        pub struct WordLists<T = Vec<String>> {
            $($(#[$doc])* pub $name: T,)*
        }

        impl<T> WordLists<T> {
            /// The YAML keys, in declaration order.
            pub const KEYS: &'static [&'static str] = &[$(stringify!($name),)*];

            /// The list under a YAML key.
            pub fn get_mut(&mut self, key: &str) -> Option<&mut T> {
                match key {
                    $(stringify!($name) => Some(&mut self.$name),)*
                    _ => None,
                }
            }

            /// Every list with its key, in declaration order.
            pub fn iter(&self) -> impl Iterator<Item = (&'static str, &T)> {
                [$((stringify!($name), &self.$name),)*].into_iter()
            }

            /// Each list turned into something else (compiled), by key.
            pub fn map<U>(self, mut f: impl FnMut(&'static str, T) -> U) -> WordLists<U> {
                WordLists {
                    $($name: f(stringify!($name), self.$name),)*
                }
            }
        }

        impl WordLists {
            /// Keeps each list this one has, takes the others from `fallback`:
            /// how a user's lexicon replaces the built-in one key by key.
            pub fn or(self, fallback: WordLists) -> WordLists {
                WordLists {
                    $($name: if self.$name.is_empty() { fallback.$name } else { self.$name },)*
                }
            }

            /// Adds `other`'s words to each list: how lexicon files of one
            /// origin (built in, or the user's) add up.
            pub fn extend(&mut self, other: WordLists) {
                $(self.$name.extend(other.$name);)*
            }
        }
    };
}

word_lists! {
    /// Where a subordinate clause opens (` after `, `, during which`): a
    /// date past one is not the meeting's.
    clause_breaks,
    /// Phrases of a sentence about the state of relations, not an event
    /// (`relations between`, `have been strained`).
    background_phrases,
    /// Words that end the clause a trigger's subject sits in (` said`, ` while `).
    subject_breaks,
    /// Words that end the clause before a trigger's object (` who `, ` to discuss`).
    object_breaks,
    /// Speech verbs (` said`): `X told reporters after meeting Y`, `X said he met Y`.
    speech_verbs,
    /// Pronouns after a speech verb that make the speaker the subject (` he `).
    subject_pronouns,
    /// How a speech clause ends when what follows is the meeting the
    /// speaker had (`told reporters after`).
    speaker_after,
    /// How a speech clause ends when it was said at the meeting (`told Y in a`).
    speaker_within,
    /// Parenthetical attributions between a subject and its verb (`, his
    /// office said Monday,`).
    attribution_phrases,
    /// Words that open the text before an object (`with `, `between `).
    object_openers,
    /// Words that bring in the parties after the meeting's setting (`the
    /// meeting held today in Aqaba, Jordan, between officials of`).
    late_object_openers,
    /// Words of that setting that make it a clause of its own (` where `).
    setting_breaks,
    /// Words that join the next object of a list (` and`, `as well as`).
    list_joiners,
    /// Words that end a list of objects (` who `, ` that `).
    object_list_breaks,
    /// Phrases that open a sentence with the meeting as their object
    /// (`during `, `on the sidelines of `).
    leading_phrases,
    /// Words between such a phrase and a name that end the main clause.
    main_clause_breaks,
    /// Words that end a list of the main clause's people.
    subject_list_breaks,
    /// Words that open a leading clause of its own (`before `, `unlike `).
    leading_clause_openers,
    /// Words of a relative or accompanying clause (` who `, `along with`).
    relative_clause_words,
    /// Words that open a relative clause at the start of a comma's clause (`who `).
    relative_clause_openers,
    /// Verbs of a second verb phrase sharing the subject (`and held`, `and met`).
    coordinated_verbs,
    /// Words between `and` and that verb (`then`, `also`).
    coordinated_fillers,
    /// Words that make the second verb another clause's (` said`, ` but `).
    coordinated_breaks,
    /// Words after which a country is a topic, not a side (`on`, `about`).
    topic_words,
    /// Words before a person that make them background (`since `, `under `).
    background_before,
    /// Phrases right after a person that make them background (` took office`).
    background_after,
    /// Such phrases anywhere in the next few words.
    background_after_anywhere,
    /// Possessive eras after a person, background whatever comes before
    /// (`'s administration`).
    background_era_after,
    /// Titles that stand for a person as a trigger's subject (`the
    /// Secretary held a call`).
    subject_titles,
    /// Words before a summit that make it the event a meeting happens at
    /// (`sidelines of`, `ahead of`).
    event_before,
    /// Words among the three before a trigger that negate it (`never`, `not`).
    negations,
    /// Words just before a planned cue that make it done (`had the
    /// opportunity to meet`).
    done_before,
    /// Planned cues that make a meeting planned anywhere in the sentence
    /// (`upcoming`), not only just before the trigger.
    planned_anywhere,
    /// Phrases before a trigger that make it a wish, an offer or a
    /// condition (`hopes to`, `if `).
    unreal_before,
    /// Reflexive pronouns right after a trigger (`between himself and B`):
    /// the person named before it.
    reflexive_pronouns,
    /// Plural meeting nouns that mean one meeting with each counterpart
    /// listed (`meetings with A, B and C`), unlike `talks`.
    one_each_plurals,
    /// Verbs of speaking to someone (`told`): `A told B during their
    /// meeting` puts both at it.
    address_verbs,
    /// Nouns for a visiting group whose leader is its side at the table
    /// (`the delegation ... led by A`).
    delegation_nouns,
    /// Phrases naming a group's leader (`led by `).
    led_by,
    /// Words a few words before a trigger that make the meeting a topic of
    /// the sentence's talk, not a meeting of its own (`discussed the state
    /// of the negotiations`).
    topic_before,
    /// How a sentence opens when its subject stands for the pair met (`they `).
    pair_openers,
    /// Words of a speaker's own meeting (`I`, `We`), matched as written.
    first_person_words,
    /// Possessives of a speaker's own meeting (`my`, `our`).
    first_person_possessives,
    /// Words after `Country's` that make the country a side (`foreign`, `delegation`).
    side_nouns,
    /// Words that make a list of parties one meeting of them all (`trilateral`).
    multilateral_words,
    /// Words that make a list of counterparts separate meetings (`separately`).
    separate_words,
    /// Descriptions before a trigger that stand for the pair met (`the two leaders`).
    pair_words,
    /// Possessives among the four words before a trigger that stand for the pair (`their`).
    pair_possessives,
    /// Nouns after a trigger for the one person met, named elsewhere
    /// (`his counterpart`); between a trigger and a name they link the name
    /// as its object.
    counterpart_nouns,
    /// Nouns after a trigger for one more person, of the country said
    /// before them (`the Japanese official`), tried when no counterpart noun is there.
    official_nouns,
    /// Words before such a noun that make it a description (` his `, ` the `).
    counterpart_determiners,
    /// Words of a clause that dates something other than the meeting (`took office`).
    aside_words,
    /// Words that make a date the date something was said (`said`, `announced`).
    attribution_verbs,
    /// Words that make what follows the setting of a meeting, not its
    /// agenda (`amid `, `in the wake of `).
    background_issue_before,
    /// Words after such a word that make the issue the agenda after all
    /// (`discuss`, `about `).
    agenda_words,
    /// The word before a country that makes it where a meeting was (`in`).
    country_place_before,
    /// The word before a place that makes it where a meeting was (`in`, `visited`).
    place_before,
    /// Plural nouns of those met (`the foreign ministers of A, B and C, as
    /// well as D`): the list of parties goes on past commas.
    met_group_nouns,
    /// Nouns of a group of countries named before (`the three countries`).
    country_group_nouns,
    /// Words among the three before a trigger that make it an earlier
    /// meeting of the same sides (`the last meeting in 2021`).
    earlier_words,
    /// Words just after a trigger before the date of the previous one
    /// (`the first talks since November`).
    since_words,
    /// What a meeting does after a planned cue when it is the subject
    /// (`is due to take place`, `is expected to be held`).
    planned_happenings,
    /// Words before a city that make it where the speaker is (`here in`):
    /// the place of the article's meetings that name none as specific.
    speaker_place_before,
    /// Phrases before a place's name after `in the ...` (`city of`, `port of`).
    place_of,
    /// Words before a place that say someone travelled there (`visit to`, `arrived in`).
    visit_words,
    /// Titles of heads of state or government (`president`, `prime minister`).
    leader_titles,
    /// Words of a title that make it no leader's (`vice`, `deputy`, `minister of`).
    subordinate_title_words,
    /// Words of an article title that make its text first person: `I` is
    /// the person the title names (`remarks`, `interview`).
    first_person_titles,
    /// Korean subjects standing for the parties of the meeting just
    /// reported (`양측`, `두 정상`), matched as written.
    korean_pair_words,
    /// What follows a Korean summit trigger that is the event around a
    /// meeting (`를 계기로`, `참석`), as written.
    korean_event_after,
    /// Names just before a Korean summit trigger that make it such an event
    /// (`G20`, `아세안`), as written.
    korean_event_before,
    /// Verbs whose object a Korean trigger is (`환영`, `준비`): no meeting
    /// held, as written.
    korean_other_verbs,
    /// Words that make a Korean meeting planned wherever they follow it
    /// (`예정`, `계획`), as written.
    korean_planned,
    /// Abbreviation words that are one country or no pair at all (`북한`,
    /// `한중`), as written.
    korean_not_pairs,
    /// Verbs after a Korean trigger word ending `에는`, `에` that make it
    /// a meeting someone attends, not one they held (`참석`), as written.
    korean_attend_verbs,
    /// Endings of the word after a Korean date that make the date another
    /// event's (`열린`, `한`), as written.
    korean_adnominal_endings,
    /// Verbs right after a Korean date that make it when something was said
    /// (`밝혔`, `전했`), as written.
    korean_attribution_verbs,
    /// Nouns in the word after a Korean date with the same effect (`브리핑`), as written.
    korean_statement_nouns,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_names_its_list() {
        let mut lists: WordLists = WordLists::default();
        lists
            .get_mut("clause_breaks")
            .unwrap()
            .push(" after ".into());
        assert_eq!(lists.clause_breaks, [" after "]);
        assert!(lists.get_mut("no_such_list").is_none());
        assert_eq!(WordLists::<Vec<String>>::KEYS.len(), lists.iter().count());
    }

    #[test]
    fn a_user_list_replaces_only_its_own_key() {
        let builtin = WordLists {
            clause_breaks: vec![" after ".into()],
            background_phrases: vec!["ties between".into()],
            ..WordLists::default()
        };
        let user = WordLists {
            background_phrases: vec!["feud".into()],
            ..WordLists::default()
        };
        let merged = user.or(builtin);
        assert_eq!(merged.clause_breaks, [" after "]);
        assert_eq!(merged.background_phrases, ["feud"]);
    }
}
