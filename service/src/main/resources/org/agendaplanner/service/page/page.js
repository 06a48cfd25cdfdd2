// The planner's page: fetch calls to the service's API, no framework. Every text from a meeting goes in through
// textContent, never as markup; the timetable is the annex renderer's own HTML page, shown in a frame.
'use strict';

const LANGUAGES = { ar: 'العربية', zh: '中文', en: 'English', fr: 'Français', ru: 'Русский', es: 'Español' };
const FORMATS = ['html', 'text', 'md', 'csv', 'json', 'docx'];
const $ = (id) => document.getElementById(id);

const state = { meeting: null, file: null, revisions: 0, view: null, undo: [], events: null };

function say(text) { $('status').textContent = text; }

function element(tag, text, attributes) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

function fill(list, texts) {
  list.replaceChildren(...texts.map((text) => element('li', text)));
}

async function api(path, options) {
  const response = await fetch(path, Object.assign({ credentials: 'same-origin' }, options || {}));
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (response.status === 401) $('token-form').hidden = false;
  if (!response.ok) {
    const error = new Error(body && body.message ? body.message : 'HTTP ' + response.status);
    error.status = response.status;
    error.body = body;
    throw error;
  }
  return body;
}

function jsonRequest(method, body) {
  return { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

/** Problems of a refused file, each in the words agenda validate prints. */
function problemLines(error) {
  if (error.body && error.body.lines && error.body.lines.length) return error.body.lines;
  return [error.message];
}

// --- the access token ---------------------------------------------------------------------------------------

async function useToken(token) {
  await api('/api/session', { method: 'POST', headers: { Authorization: 'Bearer ' + token } });
  $('token-form').hidden = true;
}

$('token-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    await useToken($('token').value.trim());
    await listMeetings();
  } catch (error) {
    say('That token was refused: ' + error.message);
  }
});

// --- meetings ----------------------------------------------------------------------------------------------

async function listMeetings() {
  const meetings = await api('/api/meetings');
  $('meetings').replaceChildren(...meetings.map((meeting) => {
    const item = element('li', null, { class: 'list-group-item p-0' });
    const button = element('button', (meeting.title || meeting.id) + ' (' + meeting.revisions + ')',
      { type: 'button', class: 'btn btn-link text-start w-100', 'data-meeting': meeting.id });
    button.addEventListener('click', () => openMeeting(meeting.id));
    item.append(button);
    return item;
  }));
  return meetings;
}

$('upload-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = $('upload-file').files[0];
  $('upload-problems').replaceChildren();
  if (!file) { fill($('upload-problems'), ['Choose a file first.']); return; }
  const yaml = /\.ya?ml$/i.test(file.name);
  try {
    const created = await api('/api/meetings?name=' + encodeURIComponent(file.name),
      { method: 'POST', headers: { 'Content-Type': yaml ? 'application/yaml' : 'application/json' }, body: await file.text() });
    await listMeetings();
    await openMeeting(created.id);
  } catch (error) {
    fill($('upload-problems'), problemLines(error));
  }
});

/** Problems of the new-meeting form, each next to its field ("field" names the form's field). */
$('new-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  document.querySelectorAll('#new-form .problems').forEach((list) => list.replaceChildren());
  const request = {
    title: $('new-title').value, from: $('new-from').value, days: Number($('new-days').value || 1),
    bodies: $('new-bodies').value, grid: $('new-grid').value, interpreted: $('new-interpreted').value,
    items: $('new-items').value,
  };
  try {
    const created = await api('/api/meetings/new', jsonRequest('POST', request));
    await listMeetings();
    await openMeeting(created.id);
  } catch (error) {
    const problems = (error.body && error.body.problems) || [];
    if (!problems.length) fill($('new-problems'), [error.message]);
    problems.forEach((problem) => {
      const list = $('new-' + problem.path + '-problems') || $('new-problems');
      list.append(element('li', (problem.line ? 'line ' + problem.line + ': ' : '') + problem.message
        + (problem.fix ? ' ' + problem.fix : '')));
    });
  }
});

async function openMeeting(id) {
  state.meeting = id;
  state.undo = [];
  state.file = await api('/api/meetings/' + id);
  const list = await api('/api/meetings');
  state.revisions = list.find((meeting) => meeting.id === id).revisions;
  $('no-meeting').hidden = true;
  $('meeting').hidden = false;
  $('meeting-title').textContent = titleOf(state.file.meeting.title);
  fillRevisions();
  fillItemChoices();
  fillDownloads();
  $('draft').hidden = true;
  $('comparison').replaceChildren();
  await showRevision(state.revisions);
  const status = await api('/api/meetings/' + id + '/solve');
  if (status.state === 'solving') followSolve();
}

function titleOf(texts) {
  return texts.en || Object.values(texts)[0] || '';
}

function fillRevisions() {
  const numbers = Array.from({ length: state.revisions }, (_, index) => index + 1);
  $('revision').replaceChildren(...numbers.map((n) => element('option', 'Revision ' + n + (n === state.revisions ? ' (latest)' : ''), { value: n })));
  $('revision').value = state.revisions;
  $('compare-with').replaceChildren(...numbers.map((n) => element('option', 'Revision ' + n, { value: n })));
  if (state.revisions > 1) $('compare-with').value = state.revisions - 1;
}

function fillItemChoices() {
  const items = state.file.items.map((item) => element('option', item.number + ' ' + titleOf(item.title), { value: item.id }));
  $('move-item').replaceChildren(...items);
  $('replan-item').replaceChildren(element('option', 'none', { value: '' }), ...items.map((option) => option.cloneNode(true)));
  const bodies = Object.fromEntries(state.file.bodies.map((body) => [body.id, titleOf(body.name)]));
  const many = state.file.bodies.length > 1;
  $('move-session').replaceChildren(...state.file.sessions.map((session) => element('option',
    weekday(session.date) + ' ' + session.date + ' ' + session.start + '–' + session.end + (many ? ' · ' + bodies[session.body] : ''),
    { value: session.id })));
}

function weekday(date) {
  return new Date(date + 'T12:00:00').toLocaleDateString('en-GB', { weekday: 'long' });
}

function fillDownloads() {
  const base = '/api/meetings/' + state.meeting + '/annex';
  $('downloads').tBodies[0].replaceChildren(...Object.entries(LANGUAGES).map(([code, name]) => {
    const row = element('tr');
    row.append(element('th', name, { scope: 'row', lang: code }));
    const cell = element('td');
    FORMATS.forEach((format) => {
      const extension = format === 'text' ? 'txt' : format;
      cell.append(element('a', format, {
        href: base + '?lang=' + code + '&format=' + format, class: 'me-2',
        download: state.meeting + '-' + code + '.' + extension, 'data-lang': code, 'data-format': format,
      }));
    });
    row.append(cell);
    return row;
  }));
}

// --- showing a programme --------------------------------------------------------------------------------------

async function showRevision(revision) {
  $('move-problem').textContent = '';
  try {
    const view = await api('/api/meetings/' + state.meeting + '/draft?lang=' + $('language').value,
      jsonRequest('POST', { revision: Number(revision) }));
    show(view);
  } catch (error) {
    if (error.status !== 409) throw error;
    state.view = null;
    $('score').textContent = 'not solved yet';
    $('timetable').srcdoc = '';
    $('explain').replaceChildren(element('p', 'Solve the meeting to see its timetable.', { class: 'text-body-secondary' }));
  }
}

function show(view) {
  state.view = view;
  $('score').textContent = view.score;
  showTimetable($('timetable'), view.timetable);
  showExplanation(view.explain);
}

/** The annex renderer's page in a frame of its own, as tall as its content, so nothing is cut. */
function showTimetable(frame, html) {
  frame.onload = () => {
    const doc = frame.contentDocument;
    frame.style.height = (doc.documentElement.scrollHeight + 20) + 'px';
    if (frame.id === 'timetable') enableDragging(doc);
  };
  frame.srcdoc = html;
}

function showExplanation(report) {
  const parts = [element('p', 'Score ' + report.score + (report.feasible ? ', every hard rule kept.' : ', breaks hard rules.'))];
  if (report.unscheduled.length) parts.push(element('p', 'Left out: ' + report.unscheduled.join(', '), { class: 'text-danger' }));
  report.rules.forEach((rule) => {
    const section = element('div', null, { class: 'mb-2', 'data-rule': rule.key });
    section.append(element('h3', rule.name + ' (' + rule.level + '): ' + rule.score, { class: 'h6 mb-1' }));
    const list = element('ul', null, { class: 'small mb-0' });
    rule.penalties.forEach((penalty) => list.append(element('li', penalty.description)));
    section.append(list);
    parts.push(section);
  });
  if (!report.rules.length) parts.push(element('p', 'No penalty at all.'));
  $('explain').replaceChildren(...parts);
}

$('revision').addEventListener('change', () => { state.undo = []; $('draft').hidden = true; showRevision($('revision').value); });
$('language').addEventListener('change', () => redraw());
$('print').addEventListener('click', () => $('timetable').contentWindow.print());

/** The programme shown (a draft or a revision) in the language chosen. */
async function redraw() {
  if (!state.view) return;
  const view = await api('/api/meetings/' + state.meeting + '/draft?lang=' + $('language').value,
    jsonRequest('POST', { revision: state.view.revision, items: state.view.items }));
  view.changes = state.view.changes;
  view.recommended = state.view.recommended;
  show(view);
}

// --- solving ------------------------------------------------------------------------------------------------

async function solve(settings) {
  try {
    const request = Object.assign({ timeLimit: 'PT' + Number($('time-limit').value || 60) + 'S' }, settings || {});
    await api('/api/meetings/' + state.meeting + '/solve', jsonRequest('POST', request));
    followSolve();
  } catch (error) {
    $('solve-state').textContent = error.message;
    throw error;
  }
}

function followSolve() {
  $('solve').disabled = true;
  $('stop').disabled = false;
  $('solve-state').textContent = 'Solving…';
  if (state.events) state.events.close();
  const events = new EventSource('/api/meetings/' + state.meeting + '/events');
  state.events = events;
  events.addEventListener('best', (event) => {
    const status = JSON.parse(event.data);
    $('score').textContent = status.bestScore;
    $('solve-state').textContent = 'Solving… best so far ' + status.bestScore;
  });
  events.addEventListener('end', async (event) => {
    events.close();
    const status = JSON.parse(event.data);
    // The saved revision is shown before the state says so: whoever reads "saved as revision" sees that revision.
    try {
      await openMeeting(state.meeting);
    } finally {
      $('solve').disabled = false;
      $('stop').disabled = true;
      $('solve-state').textContent = 'Solve ' + status.state + (status.revision ? ', saved as revision ' + status.revision : '')
        + (status.message ? ': ' + status.message : '') + '.';
    }
  });
}

$('solve').addEventListener('click', () => solve({}));
$('stop').addEventListener('click', () => api('/api/meetings/' + state.meeting + '/solve', { method: 'DELETE' }));

$('scenario-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('scenario-problem').textContent = '';
  const set = [];
  document.querySelectorAll('#scenario-form [data-key]').forEach((field) => {
    if (field.value !== '') set.push(field.dataset.key + '=' + field.value);
  });
  $('set-weights').value.split('\n').map((line) => line.trim()).filter(Boolean)
    .forEach((line) => set.push('weights.' + line.replace(/^weights\./, '')));
  try {
    await solve({ set });
  } catch (error) {
    $('scenario-problem').textContent = error.message;
  }
});

// --- adjusting ----------------------------------------------------------------------------------------------

async function move(item, session) {
  $('move-problem').textContent = '';
  try {
    const view = await api('/api/meetings/' + state.meeting + '/draft?lang=' + $('language').value,
      jsonRequest('POST', { revision: state.view.revision, items: state.view.items, move: { item, session } }));
    state.undo.push(state.view);
    show(view);
    showDraft(view, item);
  } catch (error) {
    $('move-problem').textContent = error.message;
  }
}

function showDraft(view, item) {
  $('draft').hidden = false;
  $('draft-score').textContent = view.score;
  $('score-change').textContent = view.scoreChange;
  fill($('changes'), view.changes.length ? view.changes : ['Nothing moved.']);
  $('recommended-item').textContent = item;
  $('recommended').replaceChildren(...view.recommended.map((place) => {
    const entry = element('li');
    const breaks = /-\d+hard/.test(place.scoreChange);
    const label = place.session + ' at ' + place.start + ' (' + (place.current ? 'where it is now' : place.scoreChange
      + (breaks ? ', breaks a hard rule' : '')) + ')';
    if (place.current) {
      entry.textContent = label;
    } else {
      const button = element('button', label, { type: 'button', class: 'btn btn-link btn-sm p-0' });
      button.addEventListener('click', () => move(item, place.session));
      entry.append(button);
    }
    return entry;
  }));
}

$('move-form').addEventListener('submit', (event) => {
  event.preventDefault();
  move($('move-item').value, $('move-session').value);
});

$('undo').addEventListener('click', async () => {
  const previous = state.undo.pop();
  if (!previous) return;
  state.view = previous;
  await redraw();
  if (!state.undo.length) {
    $('draft').hidden = true;
    $('score-change').textContent = '';
  }
});

$('save').addEventListener('click', async () => {
  try {
    const stored = await api('/api/meetings/' + state.meeting + '/programme', jsonRequest('PUT', { items: state.view.items }));
    say('Saved as revision ' + stored.revision + ', score ' + stored.score + '.');
    await openMeeting(state.meeting);
  } catch (error) {
    $('move-problem').textContent = error.message;
  }
});

/** Dragging an item's block onto a session of the timetable moves it there, as "Move to session…" does. */
function enableDragging(doc) {
  doc.querySelectorAll('.segment[data-item]').forEach((block) => {
    block.setAttribute('draggable', 'true');
    block.addEventListener('dragstart', (event) => event.dataTransfer.setData('text/plain', block.dataset.item));
  });
  const sessionAt = (event) => doc.elementsFromPoint(event.clientX, event.clientY)
    .find((node) => node.classList && node.classList.contains('session'));
  doc.addEventListener('dragover', (event) => { if (sessionAt(event)) event.preventDefault(); });
  doc.addEventListener('drop', (event) => {
    const session = sessionAt(event);
    if (!session) return;
    event.preventDefault();
    move(event.dataTransfer.getData('text/plain'), session.dataset.session);
  });
}

// --- comparing and re-planning ------------------------------------------------------------------------------

$('compare-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const other = Number($('compare-with').value);
  try {
    const result = await api('/api/meetings/' + state.meeting + '/compare?with=' + other);
    const [a, b] = result.files;
    const table = element('table', null, { class: 'table table-sm', id: 'compare-rules' });
    const head = element('tr');
    ['Rule', 'A: revision ' + state.revisions, 'B: revision ' + other].forEach((text) => head.append(element('th', text, { scope: 'col' })));
    table.append(element('thead'));
    table.tHead.append(head);
    const body = element('tbody');
    const scoreRow = element('tr');
    [['Score'], [a.score], [b.score]].forEach(([text], index) => scoreRow.append(element(index ? 'td' : 'th', text)));
    body.append(scoreRow);
    const keys = [...new Set([...Object.keys(a.rules), ...Object.keys(b.rules)])];
    keys.forEach((key) => {
      const row = element('tr');
      row.append(element('th', key, { scope: 'row' }), element('td', a.rules[key] || '0'), element('td', b.rules[key] || '0'));
      body.append(row);
    });
    table.append(body);
    const moved = element('ul', null, { id: 'compare-moved' });
    result.moved.forEach((m) => moved.append(element('li', 'Item ' + m.item + ': ' + (m.from || 'left out') + ' '
      + (m.fromStart || '') + ' in A, ' + (m.to || 'left out') + ' ' + (m.toStart || '') + ' in B')));
    const frames = element('div', null, { class: 'row' });
    const left = element('iframe', null, { title: 'Timetable A', class: 'col-6 timetable-frame' });
    const right = element('iframe', null, { title: 'Timetable B', class: 'col-6 timetable-frame' });
    frames.append(left, right);
    $('comparison').replaceChildren(table, element('h3', 'Items moved', { class: 'h6' }), moved,
      element('p', result.verdict, { id: 'verdict', class: 'fw-bold' }), frames);
    const language = $('language').value;
    for (const [frame, revision] of [[left, state.revisions], [right, other]]) {
      const view = await api('/api/meetings/' + state.meeting + '/draft?lang=' + language, jsonRequest('POST', { revision }));
      showTimetable(frame, view.timetable);
    }
  } catch (error) {
    $('comparison').replaceChildren(element('p', error.message, { class: 'text-danger' }));
  }
});

$('replan-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('replan-problem').textContent = '';
  const progress = { at: $('replan-at').value.slice(0, 16), items: [] };
  if ($('replan-item').value && $('replan-remaining').value !== '') {
    progress.items.push({ item: $('replan-item').value, remaining: 'PT' + Number($('replan-remaining').value) + 'M' });
  }
  try {
    $('replan-changes').replaceChildren(element('li', 'Re-planning…'));
    const result = await api('/api/meetings/' + state.meeting + '/replan', jsonRequest('POST', progress));
    await openMeeting(state.meeting);
    fill($('replan-changes'), result.changes.length ? result.changes.map((change) => change.words) : ['Nothing changes.']);
    if (result.unscheduled.length) $('replan-changes').append(element('li', 'No longer fits: ' + result.unscheduled.join(', ')));
  } catch (error) {
    $('replan-changes').replaceChildren();
    $('replan-problem').textContent = problemLines(error).join(' ');
  }
});

// --- start --------------------------------------------------------------------------------------------------

(async () => {
  const handed = location.hash.match(/^#token=(.+)$/);
  if (handed) {
    history.replaceState(null, '', location.pathname);
    try { await useToken(decodeURIComponent(handed[1])); } catch (error) { say('The token in the address was refused.'); }
  }
  try {
    await listMeetings();
    say('Ready.');
  } catch (error) {
    if (error.status !== 401) say(error.message);
  }
})();
