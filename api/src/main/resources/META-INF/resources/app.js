// Veche's web page: assemblies answer, planners run rounds and compare scenarios, anyone reads.
// Plain ES module, no build step; talks only to this server's /api.

const $ = (sel, root = document) => root.querySelector(sel);
const num = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const pct = (share) => share == null ? '—' : `${num.format(share * 100)} %`;
const fmt = (value) => value == null ? '—' : num.format(value);

const state = { cycleId: null, cycle: null, economy: null, who: null, token: null, view: 'plan', events: null };

/** Creates an element: h('p', {class: 'x'}, 'text', child, ...). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c != null && c !== false) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

async function api(path, { method = 'GET', body, auth = false, headers = {} } = {}) {
  const all = { Accept: 'application/json', ...headers };
  if (auth && state.token) all.Authorization = `Bearer ${state.token}`;
  if (body !== undefined) all['Content-Type'] = 'application/json';
  const res = await fetch(path, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = text; }
  return { ok: res.ok, status: res.status, data, etag: res.headers.get('ETag') };
}

const cyclePath = (rest = '') => `/api/cycles/${encodeURIComponent(state.cycleId)}${rest}`;

// ---------- names and units from the cycle's economy ----------

function product(id) {
  return (state.economy?.products || []).find((p) => p.id === id) || { id, name: id, unit: '' };
}
const amount = (q, id) => `${fmt(q)} ${product(id).unit} of ${product(id).name}`.replace(/\s+/g, ' ');
function assemblyName(id) {
  const e = state.economy || {};
  const a = [...(e.collectives || []), ...(e.locals || [])].find((x) => x.id === id);
  return a ? a.name : id;
}

function amendmentText(a) {
  switch (a.type) {
    case 'set-need': return `set its ${a.priority} need of ${product(a.product).name} to ${fmt(a.quantity)} ${product(a.product).unit}`;
    case 'condition': return `accepts only if it receives at least ${amount(a.minimum, a.product)}`;
    case 'set-capacity': return `set its maximum output of ${product(a.product).name} to ${fmt(a.maxOutput)}`;
    case 'set-members': return `set its members to ${a.members}`;
    case 'set-hours': return `set its hours per member to ${fmt(a.maxHoursPerMember)}`;
    case 'set-technology': return `replaced its technology for ${product(a.technology?.product).name}`;
    default: return a.type;
  }
}

// ---------- cycle, session and live events ----------

async function loadCycles() {
  const first = await api('/api/cycles?limit=100');
  let items = first.data?.items || [];
  if (first.data && first.data.total > items.length) {
    items = (await api(`/api/cycles?offset=${first.data.total - 100}&limit=100`)).data.items;
  }
  const select = $('#cycle');
  select.replaceChildren(...items.map((c) => h('option', { value: c.id }, `${c.name} (${c.state})`)));
  if (!items.length) {
    $('#view-plan').replaceChildren(h('p', {}, 'No planning cycle yet. A planner opens one with POST /api/cycles.'));
    return;
  }
  const wanted = new URLSearchParams(location.search).get('cycle') || sessionStorage.getItem('veche.cycle');
  select.value = items.some((c) => c.id === wanted) ? wanted : items[items.length - 1].id;
  await chooseCycle(select.value);
}

async function chooseCycle(id) {
  state.cycleId = id;
  state.compareIds = null;
  sessionStorage.setItem('veche.cycle', id);
  const saved = JSON.parse(sessionStorage.getItem(`veche.session.${id}`) || 'null');
  state.who = saved?.who || null;
  state.token = saved?.token || null;
  await refreshCycle();
  fillWho();
  showSession();
  listen();
  show(state.who ? (state.who.kind === 'planner' ? 'planner' : 'assembly') : 'plan');
}

async function refreshCycle() {
  const [cycle, economy] = await Promise.all([api(cyclePath()), api(cyclePath('/economy'))]);
  state.cycle = cycle.data;
  state.economy = economy.data;
  const option = $(`#cycle option[value="${state.cycleId}"]`);
  if (option && cycle.data) option.textContent = `${cycle.data.name} (${cycle.data.state})`;
}

function fillWho() {
  const e = state.economy || {};
  const opt = (value, label) => h('option', { value }, label);
  $('#who').replaceChildren(
    opt('', 'Choose…'),
    opt('planner:', 'The planner'),
    h('optgroup', { label: 'Labour collectives' }, (e.collectives || []).map((c) => opt(`collective:${c.id}`, c.name))),
    h('optgroup', { label: 'Locals (communities)' }, (e.locals || []).map((l) => opt(`local:${l.id}`, l.name))));
  if (state.who) $('#who').value = `${state.who.kind}:${state.who.id || ''}`;
}

function showSession() {
  const signed = !!state.who;
  $('#signout').hidden = !signed;
  $('#signed-as').textContent = signed
    ? `Signed in as ${state.who.kind === 'planner' ? 'the planner' : `${assemblyName(state.who.id)} (${state.who.kind})`}. The token stays in this browser tab only.`
    : 'Reading needs no account. To answer for your assembly, or to run the cycle as planner, choose who you are and paste the token you were given.';
  $('[data-view=assembly]').hidden = !signed || state.who.kind === 'planner';
  $('[data-view=planner]').hidden = !signed || state.who.kind !== 'planner';
}

function signIn(event) {
  event.preventDefault();
  const [kind, id] = $('#who').value.split(':');
  if (!kind) { $('#who').focus(); return; }
  state.who = { kind, id };
  state.token = $('#token').value.trim();
  sessionStorage.setItem(`veche.session.${state.cycleId}`, JSON.stringify({ who: state.who, token: state.token }));
  $('#token').value = '';
  showSession();
  show(kind === 'planner' ? 'planner' : 'assembly');
}

function signOut() {
  sessionStorage.removeItem(`veche.session.${state.cycleId}`);
  state.who = null;
  state.token = null;
  showSession();
  show('plan');
}

let refreshTimer = null;
function listen() {
  state.events?.close();
  const source = new EventSource(cyclePath('/events'));
  state.events = source;
  let reconnecting = false;
  source.onopen = () => {
    $('#live').textContent = 'Live: updates arrive by themselves';
    // events sent while the stream was down are not replayed: read the state again
    if (reconnecting) refreshCycle().then(() => render({ live: true }));
    reconnecting = true;
  };
  source.onerror = () => { $('#live').textContent = 'Live updates paused; reconnecting…'; };
  source.onmessage = (message) => {
    let event;
    try { event = JSON.parse(message.data); } catch { return; }
    $('#live').textContent = `Live: ${describeEvent(event)} (${new Date(event.at).toLocaleTimeString()})`;
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(async () => {
      await refreshCycle();
      render({ live: true });
    }, 300);
  };
}

/** True while a person is filling a form in the view (typed values, changes added, or focus in a field). */
function editing(view) {
  const typed = [...view.querySelectorAll('input:not([type=checkbox]), textarea')].some((i) => i.value !== '');
  const focused = view.contains(document.activeElement) && document.activeElement.matches('input, select, textarea');
  return typed || focused || !!view.querySelector('li.amendment');
}

function describeEvent(e) {
  const p = safeJson(e.payload) || {};
  switch (e.type) {
    case 'round-opened': return `round ${p.round ?? ''} is being solved`;
    case 'proposal-published': return `proposal of round ${p.round} published`;
    case 'response-recorded': return `${assemblyName(p.assembly || e.actor)} answered`;
    case 'round-closed': return `round ${p.round} closed: ${p.outcome}`;
    case 'scenario-created': return `scenario “${p.name}” is being solved`;
    case 'scenario-solved': return `scenario “${p.name}” solved`;
    case 'scenario-failed': return 'a scenario failed';
    case 'solver-progress': return p.note
      ? `round ${p.round} is being solved: ${p.note.text}`
      : `round ${p.round} is being solved: a better plan found (needs ${Math.round(p.best?.needs ?? 0).toLocaleString()})`;
    default: return e.type.replace(/-/g, ' ');
  }
}

function safeJson(text) { try { return JSON.parse(text); } catch { return null; } }

// ---------- views ----------

function show(view) {
  state.view = view;
  document.querySelectorAll('.tabs button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.view === view)));
  document.querySelectorAll('.view').forEach((v) => { v.hidden = v.id !== `view-${view}`; });
  render();
}

let live = false;
/** Renders the current view; a live render (an event arrived) leaves a view alone while someone edits it. */
async function render(options = {}) {
  if (!state.cycleId) return;
  live = !!options.live;
  const views = { assembly: renderAssembly, planner: renderPlanner, plan: renderPlan, audit: renderAudit };
  await views[state.view]?.($(`#view-${state.view}`));
}

/** Replaces a view's content, unless this is a live update and a person is filling a form there. */
function put(root, parts) {
  if (live && editing(root)) {
    // never wipe what someone is typing: offer the update instead
    if (!$('#show-update')) {
      $('#live').append(' ', h('button', { type: 'button', class: 'link', id: 'show-update', onclick: () => render() }, 'Show the update'));
    }
    return false;
  }
  root.replaceChildren(...parts);
  $('#show-update')?.remove();
  return true;
}

/** The round in force: the cycle's current round, or null before the first. */
async function currentRound() {
  const k = state.cycle?.round || 0;
  if (!k) return null;
  const r = await api(cyclePath(`/rounds/${k}`));
  return r.ok ? { ...r.data, etag: r.data.etag } : null;
}

function roundLine(round) {
  if (!round) return h('p', { class: 'status' }, `The cycle is ${state.cycle?.state}; no round has been opened yet.`);
  const words = { solving: 'is being solved — the proposal appears here when ready', open: 'is open for answers',
    closed: { 'next-round': 'is closed: the changes asked for go into the next round, which the planner opens next',
      confirmed: 'is closed: the plan is confirmed', 'final-vote': 'is closed: the last proposal now goes to a yes/no vote',
      failed: 'is closed: no plan was agreed' }[round.outcome] || `is closed (${round.outcome || ''})`,
    failed: 'failed to solve' };
  const deadline = round.deadline ? ` Deadline: ${new Date(round.deadline).toLocaleString()}.` : '';
  return h('p', { class: `status status-${round.status}` },
    `Round ${round.number}${round.kind === 'vote' ? ' (final vote)' : ''} ${words[round.status] || round.status}.`
    + (round.status === 'open' ? deadline : ''), ` The cycle is ${state.cycle.state}.`);
}

// ----- an assembly's own part -----

async function renderAssembly(root) {
  const round = await currentRound();
  const parts = [h('h2', {}, assemblyName(state.who.id)), roundLine(round)];
  if (round && round.status !== 'solving' && round.status !== 'failed') {
    const slice = await api(cyclePath(`/rounds/${round.number}/slices/${encodeURIComponent(state.who.id)}`));
    if (slice.ok) {
      parts.push(state.who.kind === 'local' ? localSlice(slice.data) : collectiveSlice(slice.data));
      parts.push(changesPart(slice.data.changes || []));
      const mine = (round.answers || []).find((a) => a.assembly === state.who.id);
      if (mine) parts.push(h('p', { class: 'answered' }, `Your answer so far: ${mine.decision}`
        + (mine.amendments?.length ? ` — ${mine.amendments.map(amendmentText).join('; ')}` : '') + '. You may change it until the round closes.'));
      if (round.status === 'open') parts.push(answerForm(round));
    } else {
      parts.push(problemText(slice));
    }
  }
  put(root, parts);
}

function localSlice(slice) {
  const rows = slice.deliveries || [];
  const explained = new Map((slice.explanations || []).map((e) => [`${e.product}/${e.priority}`, e.text]));
  return h('div', { class: 'card' },
    h('h3', {}, 'What you will receive'),
    h('ul', { class: 'words' }, rows.map((d) => {
      const text = `You will receive ${amount(d.delivered, d.product)} (${d.priority}) of the ${fmt(d.requested)} ${product(d.product).unit} you asked (${pct(d.share)}).`;
      const why = explained.get(`${d.product}/${d.priority}`);
      return h('li', { class: d.share < 0.9999 ? 'short' : 'full' }, text,
        why ? h('p', { class: 'why' }, h('strong', {}, 'Why not all: '), why) : null);
    })));
}

function collectiveSlice(slice) {
  const c = (state.economy.collectives || []).find((x) => x.id === state.who.id) || { members: 1 };
  const members = c.members || 1;
  const inputs = Object.entries(slice.inputsReceived || {});
  return h('div', { class: 'card' },
    h('h3', {}, 'What you are asked to make'),
    h('ul', { class: 'words' }, (slice.production || []).map((p) => h('li', {},
      `You are asked to make ${amount(p.quantity, p.product)} — ${fmt(p.labourHours / members)} hours per member`
      + ` (your maximum output is ${fmt(p.maxOutput)}).`))),
    h('p', {}, `In all ${fmt(slice.hoursUsed)} hours: ${fmt(slice.hoursPerMember)} hours per member for your ${members} members,`
      + ` ${pct(slice.utilisation)} of the ${fmt(slice.hoursCap)} hours you offered.`),
    inputs.length ? h('p', {}, 'You will receive as inputs: ', inputs.map(([p, q]) => amount(q, p)).join(', '), '.') : null);
}

function changesPart(changes) {
  if (!changes.length) return h('p', { class: 'hint' }, 'Nothing changed for you since the last round (or this is the first round).');
  return h('div', { class: 'card' }, h('h3', {}, 'What changed since the last round, and why'),
    h('ul', { class: 'words' }, changes.map((c) => {
      const causes = (c.causes || []).map((x) => `${assemblyName(x.assembly)} ${amendmentText(x.amendment)}${x.indirect ? ' (indirectly)' : ''}`);
      return h('li', {}, `${product(c.product).name}${c.priority ? ` (${c.priority})` : ''}: ${fmt(c.previous)} → ${fmt(c.current)} ${product(c.product).unit} (${c.delta > 0 ? '+' : ''}${fmt(c.delta)}).`,
        causes.length ? h('p', { class: 'why' }, 'Because ', causes.join('; '), '.') : null);
    })));
}

// ----- the answer form: accept, or amend with typed amendments -----

const AMENDMENTS = {
  local: {
    'set-need': { label: 'Change a need', fields: [['product', 'Product', 'product'], ['priority', 'Priority', 'priority'], ['quantity', 'Quantity (0 drops it)', 'number']] },
    condition: { label: 'Accept only if we receive at least…', fields: [['product', 'Product', 'product'], ['minimum', 'Minimum quantity', 'number']] },
  },
  collective: {
    'set-capacity': { label: 'Change a maximum output', fields: [['product', 'Product', 'ownProduct'], ['maxOutput', 'Maximum output', 'number']] },
    'set-members': { label: 'Change the number of members', fields: [['members', 'Members', 'integer']] },
    'set-hours': { label: 'Change hours per member', fields: [['maxHoursPerMember', 'Hours per member', 'number']] },
  },
};

function answerForm(round) {
  const kinds = AMENDMENTS[state.who.kind];
  const list = h('ol', { class: 'amendments' });
  const formError = h('p', { class: 'error', role: 'alert' });
  const add = h('select', { id: 'amendment-type', 'aria-label': 'Kind of change' },
    Object.entries(kinds).map(([type, k]) => h('option', { value: type }, k.label)));
  const reason = h('textarea', { id: 'reason', rows: 2 });
  const form = h('form', { class: 'card answer', novalidate: true },
    h('h3', {}, `Your answer to round ${round.number}`),
    h('p', { class: 'hint' }, round.kind === 'vote'
      ? 'This is the final vote on the last proposal: yes or no.'
      : 'Accept your part as it is, or ask for changes. Changes go into the next round’s inputs.'),
    round.kind === 'vote' ? null : h('div', { class: 'row-form' },
      h('div', { class: 'field grow' }, h('label', { for: 'amendment-type' }, 'Add a change'), add),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => list.append(amendmentRow(add.value)) }, 'Add change'))),
    list,
    h('div', { class: 'field' }, h('label', { for: 'reason' }, 'Reason (optional, shown to everyone)'), reason),
    formError,
    h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'accept', onclick: () => submitAnswer(round, 'accept', form) }, round.kind === 'vote' ? 'Vote yes' : 'Accept'),
      round.kind === 'vote'
        ? h('button', { type: 'button', id: 'reject', class: 'secondary', onclick: () => submitAnswer(round, 'reject', form) }, 'Vote no')
        : h('button', { type: 'button', id: 'amend', class: 'secondary', onclick: () => submitAnswer(round, 'amend', form) }, 'Send my changes')));
  return form;
}

let rowCount = 0;
function amendmentRow(type) {
  const spec = AMENDMENTS[state.who.kind][type];
  const n = rowCount++;
  const own = (state.economy.collectives || []).find((c) => c.id === state.who.id)?.technologies || [];
  const options = {
    product: (state.economy.products || []).map((p) => [p.id, p.name]),
    ownProduct: own.map((t) => [t.product, product(t.product).name]),
    priority: [['essential', 'essential'], ['important', 'important'], ['desired', 'desired']],
  };
  const li = h('li', { class: 'amendment', 'data-type': type },
    h('p', { class: 'amendment-title' }, spec.label),
    spec.fields.map(([name, label, kind]) => {
      const id = `a${n}-${name}`;
      const input = options[kind]
        ? h('select', { id, name }, options[kind].map(([v, l]) => h('option', { value: v }, l)))
        : h('input', { id, name, type: 'number', min: '0', step: kind === 'integer' ? '1' : 'any', inputmode: 'decimal', required: true });
      return h('div', { class: 'field' }, h('label', { for: id }, label), input,
        h('span', { class: 'field-error', 'data-for': name, 'aria-live': 'polite' }));
    }),
    h('button', { type: 'button', class: 'link', onclick: () => li.remove() }, 'Remove this change'));
  return li;
}

function readAmendments(form) {
  return [...form.querySelectorAll('li.amendment')].map((li) => {
    const a = { type: li.dataset.type };
    li.querySelectorAll('input, select').forEach((input) => {
      if (input.type === 'number') a[input.name] = input.value === '' ? null : Number(input.value);
      else a[input.name] = input.value;
    });
    return a;
  });
}

async function submitAnswer(round, decision, form) {
  form.querySelectorAll('.field-error').forEach((e) => { e.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  const error = $('.error', form);
  error.textContent = '';
  const amendments = decision === 'amend' ? readAmendments(form) : [];
  if (decision === 'amend' && !amendments.length) {
    error.textContent = 'Add at least one change first, or press Accept.';
    return;
  }
  // If-Match: the ETag of the proposal as the round shows it now; a stale one gets 412.
  const fresh = await api(cyclePath(`/rounds/${round.number}`));
  const body = { decision, amendments, reason: $('#reason', form).value || null };
  const res = await api(cyclePath(`/rounds/${round.number}/responses/${encodeURIComponent(state.who.id)}`),
    { method: 'PUT', body, auth: true, headers: { 'If-Match': fresh.etag || `"${fresh.data?.etag}"` } });
  if (res.ok) {
    error.textContent = '';
    form.replaceWith(h('p', { class: 'ok', role: 'status', id: 'answer-recorded' },
      `Your answer (${decision}) is recorded. You may change it until the round closes.`));
    setTimeout(render, 500);
    return;
  }
  showProblem(form, res);
}

/** Puts a problem+json's message next to its field (amendments[i].name), or at the form's foot. */
function showProblem(form, res) {
  const p = res.data || {};
  const match = /^amendments\[(\d+)\](?:\.(\w+))?/.exec(p.field || '');
  if (match) {
    const li = form.querySelectorAll('li.amendment')[Number(match[1])];
    const slot = li && (li.querySelector(`.field-error[data-for="${match[2]}"]`) || li.querySelector('.field-error'));
    if (slot) {
      slot.textContent = p.detail;
      const input = li.querySelector(`[name="${match[2]}"]`);
      input?.setAttribute('aria-invalid', 'true');
      input?.focus();
      return;
    }
  }
  $('.error', form).textContent = problemMessage(res);
}

function problemMessage(res) {
  const p = res.data || {};
  const hint = { 401: ' Check the token you signed in with.', 403: ' You signed in as someone else.',
    412: ' The proposal changed meanwhile; the page has reloaded it — look again and answer.' }[res.status] || '';
  if (res.status === 412) setTimeout(render, 100);
  return `${p.detail || p.title || `Error ${res.status}`}${hint}`;
}

const problemText = (res) => h('p', { class: 'error', role: 'alert' }, problemMessage(res));

// ----- the planner -----

async function renderPlanner(root) {
  const round = await currentRound();
  const parts = [h('h2', {}, `Planner — ${state.cycle.name}`), roundLine(round)];
  const message = h('p', { class: 'error', role: 'alert', id: 'planner-message' });
  const busy = round && (round.status === 'solving' || round.status === 'open');
  const over = ['confirmed', 'failed'].includes(state.cycle.state);
  parts.push(h('div', { class: 'actions' },
    h('button', { type: 'button', id: 'open-round', disabled: busy || over, onclick: () => plannerAction('/rounds', message) },
      round ? 'Open the next round' : 'Open the first round'),
    round?.status === 'open' ? h('button', { type: 'button', id: 'close-round', class: 'secondary',
      onclick: () => plannerAction(`/rounds/${round.number}/close`, message) }, `Close round ${round.number} now`) : null), message);
  if (round && round.status !== 'solving') {
    parts.push(h('div', { class: 'card' }, h('h3', {}, 'Answers'),
      h('p', {}, `${round.answers.length} of ${round.answers.length + round.noAnswer.length} assemblies answered.`),
      round.noAnswer.length ? h('p', { id: 'no-answer' }, h('strong', {}, 'No answer yet (not counted as consent): '),
        round.noAnswer.map(assemblyName).join(', ')) : null,
      table(['Assembly', 'Answer', 'Changes asked'], round.answers.map((a) => [assemblyName(a.assembly), a.decision,
        (a.amendments || []).map(amendmentText).join('; ') || '—'])),
      (round.conditions || []).length ? table(['Local', 'Condition', 'Status'], round.conditions.map((c) =>
        [assemblyName(c.local), `at least ${amount(c.minimum, c.product)}`, `${c.status}${c.reason ? ` — ${c.reason}` : ''}`])) : null));
    const proposal = await api(cyclePath(`/rounds/${round.number}/proposal`));
    if (proposal.ok) parts.push(metricsCard(proposal.data));
  }
  parts.push(await scenariosCard());
  if (!put(root, parts)) return;
  if (state.compareIds) await compare($('#comparison'), $('#planner-message'), state.compareIds);
}

async function plannerAction(path, message) {
  message.textContent = '';
  const res = await api(cyclePath(path), { method: 'POST', auth: true });
  if (!res.ok) { message.textContent = problemMessage(res); return; }
  if (res.data?.outcome) message.textContent = `Round ${res.data.round} closed: ${res.data.outcome}.`;
  await refreshCycle();
  await render();
  if (res.data?.outcome) $('#planner-message').textContent = `Round ${res.data.round} closed: ${res.data.outcome}.`;
}

function metricsCard(doc) {
  const s = doc.score || {};
  const rows = [['Needs score', fmt(s.needs)], ['Essential S_t', fmt(s.essential)], ['Important S_t', fmt(s.important)],
    ['Desired S_t', fmt(s.desired)], ['Labour hours', fmt(s.labourHours)], ['Emissions', fmt(s.emissions)]];
  for (const [k, v] of Object.entries(doc.metrics || {})) {
    if (k === 'labourHours' || k === 'emissions') continue; // already shown from the score
    if (typeof v === 'number' || typeof v === 'string') rows.push([k, typeof v === 'number' ? fmt(v) : v]);
  }
  return h('div', { class: 'card' }, h('h3', {}, `Proposal of round ${doc.metrics?.round ?? doc.round}: metrics`), table(['Metric', 'Value'], rows));
}

// ----- scenarios -----

async function scenariosCard() {
  const list = (await api(cyclePath('/scenarios'))).data || [];
  const message = h('p', { class: 'error', role: 'alert' });
  const field = (id, label, attrs = {}) => h('div', { class: 'field' }, h('label', { for: id }, label),
    h('input', { id, type: 'number', min: '0', step: 'any', ...attrs }), h('span', { class: 'field-error', 'data-for': id }));
  const form = h('form', { class: 'row-form scenario-form', id: 'scenario-form', onsubmit: (e) => createScenario(e, form, message) },
    h('div', { class: 'field grow' }, h('label', { for: 'sc-name' }, 'Name'), h('input', { id: 'sc-name', required: true, placeholder: 'e.g. 1,500 h per member' }),
      h('span', { class: 'field-error', 'data-for': 'name' })),
    field('sc-hours', 'Hours per member', { placeholder: String(state.economy.policy?.maxHoursPerMember ?? '') }),
    field('sc-emissions', 'Emission cap', { placeholder: String(state.economy.policy?.emissionCap ?? 'none') }),
    field('sc-scale', 'Scale all needs by', { placeholder: '1.0' }),
    h('div', { class: 'field' }, h('label', { for: 'sc-remove' }, 'Remove a collective'),
      h('select', { id: 'sc-remove' }, h('option', { value: '' }, '—'), (state.economy.collectives || []).map((c) => h('option', { value: c.id }, c.name)))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'create-scenario' }, 'Create and solve')));
  const boxes = list.map((s) => h('li', {}, h('label', {},
    h('input', { type: 'checkbox', value: s.id, disabled: s.status !== 'done', class: 'compare-pick' }),
    ` ${s.name} — ${s.status === 'done' ? 'solved' : s.status}${s.message ? `: ${s.message}` : ''}`),
    s.status === 'done' ? h('button', { type: 'button', class: 'propose-scenario', 'data-id': s.id,
      onclick: () => proposeScenario(s, message) }, 'Put to the assemblies') : null));
  const out = h('div', { id: 'comparison' });
  return h('div', { class: 'card' }, h('h3', {}, 'Scenarios: what if…?'),
    h('p', { class: 'hint' }, 'A scenario copies the cycle’s current inputs with other policy, solves them and keeps the result. It changes nothing for the assemblies until you put it to them (it then opens the next round on its inputs). Leave a box empty to keep the current value.'),
    form, message,
    list.length ? h('ul', { class: 'scenarios' }, boxes) : h('p', {}, 'No scenarios yet.'),
    h('div', { class: 'actions' }, h('button', { type: 'button', id: 'compare', onclick: () => compare(out, message) }, 'Compare the ticked scenarios')),
    out);
}

/** Opens the next round on the scenario's inputs; the round streams in like any other. */
async function proposeScenario(scenario, message) {
  message.textContent = '';
  if (!confirm(`Open the next round on the inputs of “${scenario.name}”? Its changes become the cycle’s inputs.`)) return;
  const res = await api(cyclePath(`/scenarios/${scenario.id}/propose`), { method: 'POST', auth: true });
  if (res.ok) { await render(); return; }
  message.textContent = problemMessage(res);
}

async function createScenario(event, form, message) {
  event.preventDefault();
  form.querySelectorAll('.field-error').forEach((e) => { e.textContent = ''; });
  message.textContent = '';
  const value = (id) => ($(`#${id}`, form).value === '' ? undefined : Number($(`#${id}`, form).value));
  const changes = { maxHoursPerMember: value('sc-hours'), emissionCap: value('sc-emissions') };
  if (value('sc-scale') !== undefined) changes.scaleNeeds = { factor: value('sc-scale') };
  if ($('#sc-remove', form).value) changes.removeCollective = $('#sc-remove', form).value;
  const res = await api(cyclePath('/scenarios'), { method: 'POST', auth: true, body: { name: $('#sc-name', form).value, changes } });
  if (res.ok) { await render(); return; }
  const slots = { 'changes.maxHoursPerMember': 'sc-hours', 'changes.emissionCap': 'sc-emissions', 'changes.scaleNeeds.factor': 'sc-scale', name: 'name' };
  const slot = form.querySelector(`.field-error[data-for="${slots[res.data?.field]}"]`);
  if (slot) slot.textContent = res.data.detail;
  else message.textContent = problemMessage(res);
}

async function compare(out, message, remembered) {
  const ids = remembered || [...document.querySelectorAll('.compare-pick:checked')].map((b) => b.value);
  document.querySelectorAll('.compare-pick').forEach((b) => { b.checked = ids.includes(b.value); });
  message.textContent = '';
  if (ids.length < 2 || ids.length > 4) { message.textContent = 'Tick 2 to 4 solved scenarios to compare.'; return; }
  const res = await api(cyclePath(`/scenarios/compare?ids=${ids.join(',')}`));
  if (!res.ok) { message.textContent = problemMessage(res); state.compareIds = null; return; }
  state.compareIds = ids;
  out.replaceChildren(...comparisonView(res.data, ids));
}

const find = (rows, key, measure) => rows.find((r) => r.key === key && r.measure === measure);

const CHART_COLLECTIVES = 20;

function comparisonView(c, ids) {
  const names = c.scenarios.map((s) => s.name);
  const shares = ['essential', 'important', 'desired'].map((p) => ({ group: p, values: find(c.metrics, p, 'quantity-weighted share')?.values || [] }));
  // A real economy has hundreds of collectives: the chart keeps those whose hours moved most, the table has all.
  const moved = (r) => { const v = r.values.filter((x) => x != null); return v.length ? Math.max(...v) - Math.min(...v) : 0; };
  const charted = c.collectives.length > CHART_COLLECTIVES
    ? [...c.collectives].sort((a, b) => moved(b) - moved(a)).slice(0, CHART_COLLECTIVES) : c.collectives;
  const hours = charted.map((r) => ({ group: assemblyName(r.key), values: r.values }));
  const emissions = [{ group: 'emissions', values: find(c.metrics, 'plan', 'emissions')?.values || [] }];
  const rowsOf = (rows, show = fmt) => rows.map((r) => [r.key, r.measure, ...r.values.map(show)]);
  const head = ['', 'Measure', ...names];
  return [
    h('h4', {}, 'Comparison'),
    h('div', { class: 'charts' },
      barChart('Share served by priority', names, shares, pct, 'share of the quantity asked'),
      barChart(charted.length < c.collectives.length ? `Hours per member: the ${charted.length} collectives that moved most` : 'Hours per member by collective',
        names, hours, fmt, 'hours per member'),
      barChart('Emissions', names, emissions, fmt, 'total emissions')),
    charted.length < c.collectives.length ? h('p', { class: 'hint' }, `Hours per member: the ${charted.length} collectives whose hours moved most, of ${c.collectives.length}; all are under “Per collective”.`) : null,
    h('a', { href: cyclePath(`/scenarios/compare?format=csv&ids=${ids.join(',')}`), download: 'scenarios.csv' }, 'Download the comparison as CSV'),
    details('Plan metrics', table(head, c.metrics.map((r) => [r.key, r.measure, ...r.values.map(/share$/.test(r.measure) ? pct : fmt)]))),
    details('Per product', table(head, rowsOf(c.products))),
    details('Per local', table(head, rowsOf(c.locals, pct))),
    details('Per collective (hours per member)', table(head, rowsOf(c.collectives))),
    details('Valuations that moved most (labour hours one more unit would cost)', table(head, rowsOf(c.valuations))),
  ];
}

const details = (summary, content) => h('details', {}, h('summary', {}, summary), content);

/** A grouped bar chart as inline SVG, with a <title>/<desc> and the same numbers as a table. */
function barChart(title, series, groups, show, unit) {
  const NS = 'http://www.w3.org/2000/svg';
  const s = (tag, attrs = {}, text) => {
    const el = document.createElementNS(NS, tag);
    Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, v));
    if (text != null) el.textContent = text;
    return el;
  };
  const max = Math.max(1e-9, ...groups.flatMap((g) => g.values.filter((v) => v != null)));
  const barH = 14, gap = 10, labelW = 120, width = 420;
  const height = groups.length * (series.length * barH + gap) + 30;
  const id = `chart-${title.replace(/\W+/g, '-').toLowerCase()}`;
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-t ${id}-d`, class: 'chart', id });
  const desc = groups.map((g) => `${g.group}: ${g.values.map((v, i) => `${series[i]} ${show(v)}`).join(', ')}`).join('; ');
  svg.append(s('title', { id: `${id}-t` }, title), s('desc', { id: `${id}-d` }, `${unit} per scenario. ${desc}`));
  let y = 4;
  groups.forEach((g) => {
    svg.append(s('text', { x: 0, y: y + barH, class: 'chart-label' }, g.group.length > 18 ? `${g.group.slice(0, 17)}…` : g.group));
    g.values.forEach((v, i) => {
      const w = v == null ? 0 : ((width - labelW - 70) * v) / max;
      svg.append(s('rect', { x: labelW, y, width: Math.max(w, 0.5), height: barH - 2, class: `bar bar-${i}` }));
      svg.append(s('text', { x: labelW + w + 4, y: y + barH - 3, class: 'chart-value' }, show(v)));
      y += barH;
    });
    y += gap;
  });
  const legend = h('p', { class: 'legend' }, series.map((name, i) => h('span', {}, h('span', { class: `swatch bar-${i}`, 'aria-hidden': 'true' }), name)));
  return h('figure', { class: 'chart-figure' }, h('figcaption', {}, title), svg, legend,
    details('The numbers', table(['', ...series], groups.map((g) => [g.group, ...g.values.map(show)]))));
}

// ----- the plan, public -----

async function renderPlan(root) {
  const round = await currentRound();
  const parts = [h('h2', {}, state.cycle.state === 'confirmed' ? 'The confirmed plan' : 'The current proposal'), roundLine(round)];
  let k = round?.number;
  let proposal = k ? await api(cyclePath(`/rounds/${k}/proposal`)) : null;
  if (proposal && !proposal.ok && k > 1) { k -= 1; proposal = await api(cyclePath(`/rounds/${k}/proposal`)); }
  if (!proposal?.ok) { put(root, [...parts, h('p', {}, 'No proposal has been published yet.')]); return; }
  const doc = proposal.data;
  parts.push(h('p', { class: 'hint' }, `Proposal of round ${doc.metrics?.round ?? k}, content hash ${(proposal.etag || '').replace(/"/g, '').slice(0, 12)}…`));
  const needs = (state.economy.locals || []).flatMap((l) => l.needs.map((n) => ({ ...n, local: l.id })));
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const rows = (state.economy.products || []).map((p) => {
    const out = sum(doc.production.filter((x) => x.product === p.id).map((x) => x.quantity));
    const got = sum(doc.deliveries.filter((x) => x.product === p.id).map((x) => x.quantity));
    const asked = sum(needs.filter((n) => n.product === p.id).map((n) => n.quantity));
    return [p.name, `${fmt(out)} ${p.unit}`, `${fmt(got)} of ${fmt(asked)}`, asked ? pct(got / asked) : '—', fmt(doc.products?.[p.id]?.labourValue)];
  });
  parts.push(h('div', { class: 'card' }, h('h3', {}, 'Per product'),
    table(['Product', 'Made', 'Delivered of asked', 'Share', 'Labour value (h/unit)'], rows)));
  const locals = (state.economy.locals || []).map((l) => {
    const cells = ['essential', 'important', 'desired'].map((t) => {
      const asked = sum(l.needs.filter((n) => n.priority === t).map((n) => n.quantity));
      const got = sum(doc.deliveries.filter((d) => d.local === l.id && d.priority === t).map((d) => d.quantity));
      return asked ? pct(got / asked) : '—';
    });
    return [l.name, ...cells];
  });
  parts.push(h('div', { class: 'card' }, h('h3', {}, 'Per local: share of what it asked, by priority'),
    table(['Local', 'Essential', 'Important', 'Desired'], locals)));
  if ((doc.explanations || []).length) {
    parts.push(details(`Why some needs are not fully served (${doc.explanations.length})`,
      h('ul', { class: 'words' }, doc.explanations.map((e) => h('li', {}, `${assemblyName(e.local)}, ${product(e.product).name} (${e.priority}): ${e.text}`)))));
  }
  put(root, parts);
}

// ----- the audit trail, public -----

async function renderAudit(root) {
  const [verify, first] = await Promise.all([api(cyclePath('/audit/verify')), api(cyclePath('/audit?limit=1'))]);
  const total = first.data?.total || 0;
  const page = await api(cyclePath(`/audit?offset=${Math.max(0, total - 100)}&limit=100`));
  const v = verify.data || {};
  put(root, [
    h('h2', {}, 'Audit trail'),
    h('p', { id: 'audit-verdict', class: v.valid ? 'ok' : 'error', role: 'status' }, v.valid
      ? `Verified: the chain of ${v.events} events is intact — nothing was altered or removed.`
      : `The chain is broken at event ${v.brokenAt}: ${v.reason}`),
    h('p', { class: 'hint' }, `Showing the latest ${page.data?.items?.length || 0} of ${total} events, newest last.`),
    table(['#', 'When', 'Who', 'What', 'Details'], (page.data?.items || []).map((e) => [e.seq,
      new Date(e.at).toLocaleString(), e.actor === 'planner' ? 'planner' : assemblyName(e.actor), describeEvent(e),
      h('details', {}, h('summary', {}, 'payload'), h('code', { class: 'payload' }, e.payload))]))]);
}

function table(head, rows) {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': head.filter(Boolean).join(', ') },
    h('table', {}, h('thead', {}, h('tr', {}, head.map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, rows.map((r) => h('tr', {}, r.map((x, i) => (i === 0 ? h('th', { scope: 'row' }, x) : h('td', {}, x))))))));
}

// ---------- start ----------

document.addEventListener('DOMContentLoaded', () => {
  $('#signin-form').addEventListener('submit', signIn);
  $('#signout').addEventListener('click', signOut);
  $('#cycle').addEventListener('change', (e) => chooseCycle(e.target.value));
  document.querySelectorAll('.tabs button').forEach((b) => b.addEventListener('click', () => show(b.dataset.view)));
  loadCycles();
});
