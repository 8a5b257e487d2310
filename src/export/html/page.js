// dipkb's page: builds the graph from the embedded meetings with
// Cytoscape.js, filters it, searches names in every spelling and shows a
// clicked person or meeting in the side panel. Text goes into the page
// with textContent only, never as markup.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('dipkb-data').textContent);
  var byId = function (id) { return document.getElementById(id); };

  var people = new Map();
  data.people.forEach(function (person) { people.set(person.id, person); });
  var meetings = new Map();
  data.meetings.forEach(function (meeting) { meetings.set(meeting.id, meeting); });

  // Colours: the countries with the most people get the clearest ones.
  var palette = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b',
    '#e377c2', '#17becf', '#bcbd22', '#393b79', '#637939', '#843c39', '#7b4173', '#3182bd'];
  var countryCounts = new Map();
  data.people.forEach(function (person) {
    var country = person.country || '';
    countryCounts.set(country, (countryCounts.get(country) || 0) + 1);
  });
  var countryOrder = Array.from(countryCounts.keys()).sort(function (a, b) {
    return countryCounts.get(b) - countryCounts.get(a) || (a < b ? -1 : a > b ? 1 : 0);
  });
  var colours = new Map();
  countryOrder.forEach(function (country, index) {
    colours.set(country, country === '' ? '#999999'
      : index < palette.length ? palette[index]
      : 'hsl(' + ((index * 47) % 360) + ', 55%, 50%)');
  });
  function countryName(code) { return code ? (data.countries[code] || code) : 'unknown country'; }

  // Search keys: the name and every gazetteer spelling, folded the same way.
  function fold(text) {
    return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  }
  data.people.forEach(function (person) {
    var keys = [person.name].concat(person.spellings || []).map(fold);
    person.keys = keys.concat(keys.map(function (key) { return key.replace(/ /g, ''); }));
  });

  var state = { view: data.view === 'meetings' ? 'meetings' : 'people',
    since: '', until: '', country: '', issue: '', kind: '', status: '' };

  // A meeting's date as a range, so a month-precision date counts by its month.
  function range(meeting) {
    var date = meeting.date;
    if (!date || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) { return null; }
    if (date.length === 4) { return [date + '-01-01', date + '-12-31']; }
    if (date.length === 7) { return [date + '-01', date + '-31']; }
    return [date, date];
  }
  function passes(meeting) {
    if (state.since || state.until) {
      var span = range(meeting);
      if (!span) { return false; }
      if (state.since && span[1] < state.since) { return false; }
      if (state.until && span[0] > state.until) { return false; }
    }
    if (state.kind && meeting.kind !== state.kind) { return false; }
    if (state.status && meeting.status !== state.status) { return false; }
    if (state.issue && !meeting.issues.some(function (i) { return i.id === state.issue; })) { return false; }
    if (state.country && !meeting.participants.some(function (p) {
      var person = people.get(p.id); return person && person.country === state.country;
    })) { return false; }
    return true;
  }

  function nodeId(person) { return person.kind + ':' + person.id; }
  function personNode(person, count) {
    return { group: 'nodes', data: { id: nodeId(person), ref: person.id, type: 'person',
      label: person.name, color: colours.get(person.country || ''), size: 24 + 5 * Math.min(count, 8) } };
  }
  function meetingLabel(meeting) { return meeting.kind + '\n' + (meeting.date || '?'); }

  function elementsFor(shown) {
    var counts = new Map();
    shown.forEach(function (meeting) {
      meeting.participants.forEach(function (p) { counts.set(p.id, (counts.get(p.id) || 0) + 1); });
    });
    var elements = [];
    counts.forEach(function (count, id) { elements.push(personNode(people.get(id), count)); });
    if (state.view === 'meetings') {
      shown.forEach(function (meeting) {
        elements.push({ group: 'nodes', classes: 'meeting ' + meeting.status,
          data: { id: 'meeting:' + meeting.id, ref: meeting.id, type: 'meeting', label: meetingLabel(meeting) } });
        meeting.participants.forEach(function (p) {
          elements.push({ group: 'edges', classes: meeting.status, data: {
            id: 'in:' + meeting.id + '|' + p.id, source: nodeId(people.get(p.id)),
            target: 'meeting:' + meeting.id, type: 'participant', meetings: [meeting.id], weight: 1 } });
        });
      });
      return elements;
    }
    var pairs = new Map();
    shown.forEach(function (meeting) {
      var ids = meeting.participants.map(function (p) { return p.id; }).sort();
      for (var i = 0; i < ids.length; i++) {
        for (var j = i + 1; j < ids.length; j++) {
          var key = ids[i] + '|' + ids[j];
          if (!pairs.has(key)) { pairs.set(key, { a: ids[i], b: ids[j], meetings: [], held: false }); }
          var pair = pairs.get(key);
          pair.meetings.push(meeting.id);
          pair.held = pair.held || meeting.status === 'held';
        }
      }
    });
    pairs.forEach(function (pair, key) {
      elements.push({ group: 'edges', classes: pair.held ? 'held' : 'not-held', data: {
        id: 'met:' + key, source: nodeId(people.get(pair.a)), target: nodeId(people.get(pair.b)),
        type: 'met', meetings: pair.meetings, weight: pair.meetings.length,
        label: pair.meetings.length > 1 ? pair.meetings.length + ' meetings' : (meetings.get(pair.meetings[0]).date || '') } });
    });
    return elements;
  }

  var cy = cytoscape({
    container: byId('graph'),
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { 'background-color': 'data(color)', 'label': 'data(label)',
        'width': 'data(size)', 'height': 'data(size)', 'font-size': 17, 'text-valign': 'bottom',
        'text-margin-y': 3, 'text-wrap': 'wrap', 'text-max-width': 120,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1 } },
      { selector: 'node.meeting', style: { 'shape': 'round-rectangle', 'background-color': '#e8e8ee',
        'border-width': 1, 'border-color': '#99a', 'width': 70, 'height': 34, 'text-valign': 'center',
        'text-margin-y': 0, 'font-size': 10, 'text-background-opacity': 0 } },
      { selector: 'node.meeting.planned', style: { 'border-style': 'dashed' } },
      { selector: 'node.meeting.cancelled', style: { 'border-style': 'dotted', 'border-color': '#c33' } },
      { selector: 'edge', style: { 'width': 'mapData(weight, 1, 6, 1.5, 7)', 'line-color': '#8a94a6',
        'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 9, 'color': '#555',
        'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8 } },
      { selector: 'edge.not-held, edge.planned', style: { 'line-style': 'dashed' } },
      { selector: 'edge.cancelled', style: { 'line-style': 'dotted', 'line-color': '#c66' } },
      { selector: 'edge.quiet', style: { 'label': '' } },
      { selector: 'edge.quiet:selected', style: { 'label': 'data(label)' } },
      { selector: ':selected', style: { 'border-width': 4, 'border-color': '#111', 'line-color': '#111' } }
    ]
  });

  function shownMeetings() { return data.meetings.filter(passes); }

  function render() {
    var shown = shownMeetings();
    cy.elements().remove();
    cy.add(elementsFor(shown));
    cy.layout({ name: 'cose', animate: false, randomize: true, nodeRepulsion: function () { return 120000; },
      idealEdgeLength: function () { return state.view === 'meetings' ? 80 : 120; },
      nodeOverlap: 60, gravity: 0.2, numIter: 2500, componentSpacing: 80, padding: 30 }).run();
    cy.fit(undefined, 30);
    // Edge labels only while they can be read.
    cy.edges().toggleClass('quiet', cy.edges().length > 40);
    var stats = byId('stats');
    var persons = cy.nodes('[type = "person"]').length;
    stats.dataset.view = state.view;
    stats.dataset.nodes = cy.nodes().length;
    stats.dataset.edges = cy.edges().length;
    stats.dataset.people = persons;
    stats.dataset.meetings = shown.length;
    stats.dataset.total = data.meetings.length;
    stats.textContent = persons + ' people and sides, ' + shown.length + ' of ' + data.meetings.length +
      ' meetings, ' + cy.nodes().length + ' nodes, ' + cy.edges().length + ' links';
    renderLegend();
  }

  function renderLegend() {
    var legend = byId('legend');
    legend.textContent = '';
    var present = new Set();
    cy.nodes('[type = "person"]').forEach(function (node) {
      present.add(people.get(node.data('ref')).country || '');
    });
    countryOrder.filter(function (c) { return present.has(c); }).forEach(function (country) {
      var item = document.createElement('li');
      var swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.backgroundColor = colours.get(country);
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(countryName(country)));
      legend.appendChild(item);
    });
  }

  // The side panel, built from elements and text nodes only.
  function make(tag, text, className) {
    var element = document.createElement(tag);
    if (text !== undefined && text !== null) { element.textContent = text; }
    if (className) { element.className = className; }
    return element;
  }
  function linkButton(text, onClick) {
    var button = make('button', text, 'link');
    button.type = 'button';
    button.addEventListener('click', onClick);
    return button;
  }
  function panel() {
    var element = byId('panel');
    element.textContent = '';
    return element;
  }

  function showPerson(id) {
    var person = people.get(id);
    var element = panel();
    element.dataset.shows = person.kind + ':' + id;
    element.appendChild(make('h2', person.name));
    element.appendChild(make('p', countryName(person.country), 'muted'));
    var own = data.meetings.filter(function (m) {
      return m.participants.some(function (p) { return p.id === id; });
    });
    var titles = [];
    own.forEach(function (m) {
      m.participants.forEach(function (p) {
        if (p.id === id && p.title && titles.indexOf(p.title) < 0) { titles.push(p.title); }
      });
    });
    if (titles.length) {
      element.appendChild(make('h3', 'Posts'));
      var posts = make('ul');
      titles.forEach(function (t) { posts.appendChild(make('li', t)); });
      element.appendChild(posts);
    }
    element.appendChild(make('h3', 'Meetings (' + own.length + ')'));
    var list = make('ul');
    own.forEach(function (m) {
      var others = m.participants.filter(function (p) { return p.id !== id; })
        .map(function (p) { return people.get(p.id).name; }).join(', ');
      var item = make('li');
      item.appendChild(linkButton((m.date || '?') + ' ' + m.kind + (m.status !== 'held' ? ' (' + m.status + ')' : '') +
        (others ? ' with ' + others : ''), function () { showMeeting(m.id); }));
      list.appendChild(item);
    });
    element.appendChild(list);
    if (person.spellings && person.spellings.length) {
      element.appendChild(make('h3', 'Spellings found in text'));
      // Variants that differ only in spaces, hyphens and quotes once each.
      var seen = new Set();
      var shown = person.spellings.filter(function (spelling) {
        var key = fold(spelling).replace(/ /g, '');
        if (seen.has(key)) { return false; }
        seen.add(key);
        return true;
      });
      element.appendChild(make('p', shown.join(' · '), 'muted'));
    }
  }

  function showMeeting(id, into) {
    var meeting = meetings.get(id);
    var element = into || panel();
    if (!into) { element.dataset.shows = 'meeting:' + id; }
    element.appendChild(make('h2', meeting.kind + ', ' + (meeting.date || 'date unknown') +
      (meeting.status !== 'held' ? ' (' + meeting.status + ')' : '')));
    element.appendChild(make('p', meeting.place ? meeting.place : 'place unknown', 'muted'));
    element.appendChild(make('h3', 'Participants'));
    var list = make('ul');
    meeting.participants.forEach(function (p) {
      var person = people.get(p.id);
      var item = make('li');
      item.appendChild(linkButton(person.name, function () { showPerson(p.id); }));
      item.appendChild(document.createTextNode(' (' + (person.country || '?') + (p.title ? ', ' + p.title : '') + ')'));
      list.appendChild(item);
    });
    element.appendChild(list);
    if (meeting.issues.length) {
      element.appendChild(make('h3', 'Issues'));
      var issues = make('ul');
      meeting.issues.forEach(function (i) { issues.appendChild(make('li', i.name)); });
      element.appendChild(issues);
    }
    element.appendChild(make('h3', 'Sources (' + meeting.sources.length + ')'));
    meeting.sources.forEach(function (source) {
      var head = make('p');
      var title = source.title || source.path;
      if (source.url && /^https?:\/\//i.test(source.url)) {
        var link = make('a', title);
        link.href = source.url;
        link.rel = 'noopener noreferrer';
        head.appendChild(link);
      } else {
        head.appendChild(make('strong', title));
      }
      var about = [source.source, source.date].filter(Boolean).join(', ');
      if (about) { head.appendChild(document.createTextNode(' — ' + about)); }
      element.appendChild(head);
      source.evidence.forEach(function (sentence) { element.appendChild(make('blockquote', sentence)); });
    });
  }

  function showEdge(edge) {
    var ids = edge.data('meetings');
    if (ids.length === 1) { showMeeting(ids[0]); return; }
    var element = panel();
    element.dataset.shows = edge.id();
    element.appendChild(make('h2', ids.length + ' meetings'));
    ids.forEach(function (id) { showMeeting(id, element); });
  }

  cy.on('tap', 'node', function (event) {
    var node = event.target;
    if (node.data('type') === 'meeting') { showMeeting(node.data('ref')); } else { showPerson(node.data('ref')); }
  });
  cy.on('tap', 'edge', function (event) { showEdge(event.target); });

  function search(query) {
    var result = byId('search-result');
    var stats = byId('stats');
    cy.elements().unselect();
    var folded = fold(query);
    if (!folded) { result.textContent = ''; stats.dataset.selected = ''; return; }
    var joined = folded.replace(/ /g, '');
    var found = data.people.filter(function (person) {
      return person.keys.some(function (key) { return key.indexOf(folded) >= 0 || key.indexOf(joined) >= 0; });
    });
    var visible = found.filter(function (person) { return cy.getElementById(nodeId(person)).length > 0; });
    visible.forEach(function (person) { cy.getElementById(nodeId(person)).select(); });
    stats.dataset.selected = visible.map(nodeId).join(' ');
    if (!found.length) {
      result.textContent = 'no one called “' + query + '”';
    } else if (!visible.length) {
      result.textContent = found.length + ' found, none within the filters';
    } else {
      result.textContent = visible.length === 1 ? visible[0].name
        : visible.length + ' people: ' + visible.map(function (p) { return p.name; }).join(', ');
      cy.animate({ fit: { eles: cy.$(':selected').closedNeighborhood(), padding: 60 } }, { duration: 0 });
      showPerson(visible[0].id);
    }
  }

  // Filter choices from the data.
  function fill(select, values) {
    values.forEach(function (pair) {
      var option = make('option', pair[1]);
      option.value = pair[0];
      select.appendChild(option);
    });
  }
  function unique(values) {
    return Array.from(new Set(values)).sort();
  }
  fill(byId('country'), Object.keys(data.countries).sort().map(function (c) { return [c, data.countries[c] + ' (' + c + ')']; }));
  var issueNames = new Map();
  data.meetings.forEach(function (m) { m.issues.forEach(function (i) { issueNames.set(i.id, i.name); }); });
  fill(byId('issue'), Array.from(issueNames.keys()).sort(function (a, b) {
    return issueNames.get(a).localeCompare(issueNames.get(b));
  }).map(function (id) { return [id, issueNames.get(id)]; }));
  fill(byId('kind'), unique(data.meetings.map(function (m) { return m.kind; })).map(function (k) { return [k, k]; }));
  fill(byId('status'), unique(data.meetings.map(function (m) { return m.status; })).map(function (s) { return [s, s]; }));

  var controls = ['view', 'since', 'until', 'country', 'issue', 'kind', 'status'];
  function readControls() {
    controls.forEach(function (name) { state[name] = byId(name).value; });
  }
  function writeControls() {
    controls.forEach(function (name) { byId(name).value = state[name]; });
  }
  controls.forEach(function (name) {
    byId(name).addEventListener('change', function () {
      readControls();
      render();
      search(byId('search').value);
    });
  });
  byId('reset').addEventListener('click', function () {
    ['since', 'until', 'country', 'issue', 'kind', 'status'].forEach(function (name) { state[name] = ''; });
    writeControls();
    render();
    search(byId('search').value);
  });
  byId('search').addEventListener('input', function (event) { search(event.target.value); });

  // The URL fragment sets the view, filters and search, e.g.
  // `#search=Takizaki&view=meetings&country=KR&since=2020-01-01`, and
  // `#meeting=ID` opens a meeting.
  function fromHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    controls.forEach(function (name) {
      if (params.has(name)) {
        var value = params.get(name);
        if (name === 'since' && /^\d{4}(-\d{2})?$/.test(value)) { value = (value + '-01-01').slice(0, 10); }
        if (name === 'until' && /^\d{4}$/.test(value)) { value += '-12-31'; }
        if (name === 'until' && /^\d{4}-\d{2}$/.test(value)) {
          var last = new Date(Date.UTC(+value.slice(0, 4), +value.slice(5, 7), 0)).getUTCDate();
          value += '-' + last;
        }
        state[name] = value;
      }
    });
    writeControls();
    // A select keeps its old value for an unknown option; read back what stuck.
    ['view', 'country', 'issue', 'kind', 'status'].forEach(function (name) { state[name] = byId(name).value; });
    render();
    var query = params.get('search') || '';
    byId('search').value = query;
    search(query);
    var meeting = params.get('meeting');
    if (meeting && meetings.has(meeting)) {
      cy.elements().unselect();
      cy.edges().filter(function (edge) { return edge.data('meetings').indexOf(meeting) >= 0; }).select();
      cy.getElementById('meeting:' + meeting).select();
      showMeeting(meeting);
    }
  }
  window.addEventListener('hashchange', fromHash);
  fromHash();
  document.body.dataset.ready = 'true';
}());
