// The PolicyLens popup: reads the tab's main text through the injected
// content script, analyses it with the bundled WebAssembly analyzer (the
// same one as the web page), shows the web page's summary (policylens.summarize)
// and drives the in-page highlights. Nothing is sent anywhere; the only network request it can make
// is, when the reader asks for it, the site's own privacy policy.
//
// popup.html?tab=<tabId> targets that tab instead of the active one, so the
// popup also works when opened as a page (the end-to-end tests do this).
const ext = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
// The analyzer refuses more than this many bytes; larger pages get its notice.
const FETCH_LIMIT = 12 << 20;

let tabId = null;
let bundle = null;
let current = null; // {report, text, source, url, title, inPage}
let kindIds = []; // the highlighted finding kinds (policylens.kinds), once the analyzer is loaded
const engine = loadEngine();
// policylensResult exposes the current result to devtools and the tests.
globalThis.policylensResult = () => current;

// loadEngine loads wasm_exec.js, the analyzer WASM, its sentence model and
// its outline cues named in bundle.json (written by the packager from the site's asset
// manifest), all inside the extension.
async function loadEngine() {
  bundle = await (await fetch(ext.runtime.getURL('bundle.json'))).json();
  // The analyzer reads the model's bytes from here before it says it is ready.
  // The outline reader's cues too, which it reads a text not in English with
  // (policylens.outlineLoaded says when they are in).
  globalThis.policylens = {
    model: fetch(bundle.model).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`)))),
    outline: fetch(bundle.outline),
  };
  await new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = bundle.wasmExec;
    s.onload = resolve;
    s.onerror = () => reject(new Error('cannot load ' + bundle.wasmExec));
    document.head.append(s);
  });
  const go = new Go();
  go.env = { GOGC: '400' }; // see wasm/page/main.go
  const bytes = await (await fetch(bundle.wasm)).arrayBuffer();
  const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
  go.run(instance);
  const api = await globalThis.policylens.ready;
  // The analyzer builds its rule tables on first use; do it now, while the
  // reader looks at the popup, rather than after the click.
  api.analyze('We collect your email address.');
  kindIds = api.kinds.map((k) => k.id);
  return api;
}

function status(msg, error = false) {
  $('status').textContent = msg;
  $('status').classList.toggle('error', error);
}

// inPage runs PolicyLensPage[name](...args) in the tab's content script world.
async function inPage(name, ...args) {
  const [r] = await ext.scripting.executeScript({
    target: { tabId },
    func: (n, a) => globalThis.PolicyLensPage[n](...a),
    args: [name, args],
  });
  return r ? r.result : undefined;
}

async function targetTab() {
  if (params.has('tab')) {
    const id = Number(params.get('tab'));
    if (!Number.isInteger(id) || id < 0) throw new Error(`?tab=${params.get('tab')} is not a tab id`);
    return id;
  }
  // Opened by the context menu item: aim at the tab the selection is in.
  const { pending } = await ext.storage.session.get('pending');
  if (pending && Date.now() - pending.at < 10_000) return pending.tabId;
  const [t] = await ext.tabs.query({ active: true, currentWindow: true });
  if (!t) throw new Error('no active tab');
  return t.id;
}

async function analyse(text, source, url, title, inPageMarks) {
  status('Analysing…');
  const api = await engine;
  const t0 = performance.now();
  let report = api.analyze(text);
  if (report.notices.some((n) => n.id === 'outline-unavailable')) {
    // a text in a language read in outline, before its cues are in
    await api.outlineLoaded;
    report = api.analyze(text);
  }
  const ms = Math.round(performance.now() - t0);
  current = { report, text, source, url, title, inPage: inPageMarks };
  let placed = 0;
  if (inPageMarks && $('toggle-highlights').checked) placed = await showMarks(report);
  render(api);
  const n = report.findings.length;
  status(`${n} finding${n === 1 ? '' : 's'} in ${text.length.toLocaleString()} characters (${ms} ms)` +
    (inPageMarks ? `; ${placed} highlighted in the page.` : '.'));
  remember();
}

function highlightable(report) {
  return report.findings
    .map((f, i) => ({ i, kind: f.kind, id: f.id, start: f.start, end: f.end, negated: f.negated, explanation: f.explanation }))
    .filter((f) => kindIds.includes(f.kind));
}

async function showMarks(report) {
  await ext.scripting.removeCSS({ target: { tabId }, files: ['highlight.css'] }).catch(() => {});
  await ext.scripting.insertCSS({ target: { tabId }, files: ['highlight.css'] });
  return inPage('highlight', highlightable(report));
}

async function hideMarks() {
  await inPage('clear');
  await ext.scripting.removeCSS({ target: { tabId }, files: ['highlight.css'] }).catch(() => {});
}

// analysePage analyses the tab's main text, or its selection.
async function analysePage(selection) {
  status(selection ? 'Reading the selection…' : 'Reading the page…');
  const snap = await inPage('snapshot', selection);
  if (snap.error === 'no-selection') {
    status('Select some text in the page first.', true);
    return;
  }
  if (!snap.text.trim()) {
    status('This page has no readable text.', true);
    return;
  }
  await analyse(snap.text, selection ? 'selection' : 'page', snap.url, snap.title, true);
}

// analyseLinkedPolicy loads the site's privacy policy (asking for access to
// that one site first) and analyses it here in the popup.
async function analyseLinkedPolicy(link) {
  const u = new URL(link.url);
  // Requested straight from the click: the browser needs the user gesture.
  const granted = await ext.permissions.request({ origins: [sitePattern(u.hostname)] });
  if (!granted) {
    status(`PolicyLens needs your permission to read ${u.host} to load its privacy policy.`, true);
    return;
  }
  status(`Loading ${u.host}${u.pathname}…`);
  const res = await fetch(u.href, { credentials: 'omit', cache: 'no-cache', redirect: 'follow' });
  if (!res.ok) throw new Error(`${u.host} answered ${res.status} ${res.statusText} for ${u.pathname}`);
  const type = (res.headers.get('content-type') || '').toLowerCase();
  if (Number(res.headers.get('content-length')) > FETCH_LIMIT) throw new Error('the policy page is too large to analyse');
  const body = await res.text();
  let text = body;
  let title = link.text;
  if (type.includes('html') || type === '') {
    const doc = new DOMParser().parseFromString(body, 'text/html');
    title = doc.title || title;
    text = PolicyLensExtract.extract(doc, { live: false }).text;
  } else if (!type.startsWith('text/')) {
    throw new Error(`the policy is a ${type.split(';')[0]} file, which PolicyLens cannot read`);
  }
  if (text.trim().length < 200) {
    status('That page shows its text only with its own scripts. Open it and choose "Analyse this page".', true);
    $('policy-link').hidden = false;
    return;
  }
  await analyse(text, 'policy', res.url || u.href, title, false);
}

// sitePattern is the match pattern for a whole site, over http and https
// and with or without "www.", because policy links often redirect between
// them. IP addresses and single-label hosts match just themselves.
function sitePattern(host) {
  if (/^[\d.]+$|:|^[^.]+$/.test(host)) return `*://${host}/*`;
  return `*://*.${host.replace(/^www\./, '')}/*`;
}

// render shows the current result: source, notices, the verdict card,
// legend and summary. The card and the summary are the web page's (the
// WASM builds the card, policylens.summarize words the summary), so both
// read alike. A text that is not a policy gets its notice alone.
function render(api) {
  const { report, source, url, title, inPage: marks } = current;
  $('result').hidden = false;
  const what = { page: 'This page', selection: 'The selected text', policy: 'Linked privacy policy' }[source];
  $('source').textContent = `${what}: ${title || url}`;
  $('highlights-control').hidden = !marks;
  $('open-report').hidden = !(bundle && bundle.report);

  const counts = new Map();
  for (const f of report.findings) counts.set(f.kind, (counts.get(f.kind) || 0) + 1);
  $('legend').replaceChildren(...api.kinds.filter((k) => counts.has(k.id)).map((k) => {
    const li = document.createElement('li');
    li.className = `k-${k.id}`;
    const icon = document.createElement('span');
    icon.className = 'icon';
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = k.icon;
    li.append(icon, ` ${k.label} ${counts.get(k.id)}`);
    return li;
  }));
  const card = api.verdictCard(report);
  $('verdict-slot').replaceChildren(...(card ? [card] : []));

  const { sections } = api.summarize(report);
  const notices = sections.filter((s) => s.id === 'notices').flatMap((s) => s.groups.flatMap((g) => g.items));
  $('notices').replaceChildren(...notices.map((it) => {
    const p = document.createElement('p');
    p.className = `notice ${it.tone || ''}`;
    p.textContent = it.text;
    return p;
  }));
  $('summary').replaceChildren(...sections.filter((s) => s.id !== 'notices').map(renderSection));
}

function renderSection(s) {
  const sec = document.createElement('section');
  sec.dataset.section = s.id;
  const h = document.createElement('h2');
  h.textContent = s.title;
  sec.append(h);
  if (!s.groups.length) {
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = s.empty;
    sec.append(p);
  }
  for (const g of s.groups) {
    if (g.title) {
      const t = document.createElement('h3');
      t.textContent = g.title;
      sec.append(t);
    }
    const ul = document.createElement('ul');
    if (g.id) ul.dataset.group = g.id;
    ul.append(...g.items.map(renderItem));
    sec.append(ul);
  }
  return sec;
}

// The verdict card's answers link to their evidence as the web page's do
// (button.ev with data-ev): here they quote it and show it in the page.
function wireVerdict() {
  $('verdict-slot').addEventListener('click', (ev) => {
    const b = ev.target.closest('button.ev');
    if (!b || !current) return;
    const evidence = b.dataset.ev.split(' ').map(Number).filter((i) => current.report.findings[i]);
    if (!evidence.length) return;
    const pos = Number(b.dataset.pos || 0) % evidence.length;
    b.dataset.pos = pos + 1;
    showEvidence(b.closest('li'), evidence[pos], evidence.length).catch(fail);
  });
}

function renderItem(it) {
  const li = document.createElement('li');
  if (it.tone) li.className = it.tone;
  // Highlighted evidence first: those passages can be shown in the page.
  const findings = current.report.findings;
  const evidence = it.evidence.filter((i) => findings[i])
    .sort((a, b) => kindIds.includes(findings[b].kind) - kindIds.includes(findings[a].kind) || a - b);
  let el;
  if (evidence.length) {
    el = document.createElement('button');
    el.type = 'button';
    el.dataset.evidence = evidence.join(' ');
    let next = 0;
    el.addEventListener('click', () => {
      const i = evidence[next];
      next = (next + 1) % evidence.length;
      showEvidence(li, i, evidence.length).catch(fail);
    });
  } else {
    el = document.createElement('span');
  }
  el.className = 'text';
  el.textContent = it.text;
  li.append(el);
  for (const detail of it.details || []) {
    const d = document.createElement('span');
    d.className = 'detail';
    d.textContent = detail;
    li.append(d);
  }
  return li;
}

// showEvidence quotes finding i under its summary item and, for the page
// itself, scrolls the page to its highlight.
async function showEvidence(li, i, total) {
  const f = current.report.findings[i];
  let q = li.querySelector('blockquote');
  if (!q) {
    q = document.createElement('blockquote');
    li.append(q);
  }
  q.textContent = `“${f.text}”` + (total > 1 ? ` (click again for the next of ${total})` : '');
  if (current.inPage && $('toggle-highlights').checked) {
    const found = await inPage('reveal', i);
    if (!found) status('That passage is not highlighted in the page (it may have changed since).');
  }
}

async function toggleHighlights() {
  if (!current || !current.inPage) return;
  if ($('toggle-highlights').checked) {
    await ext.scripting.insertCSS({ target: { tabId }, files: ['highlight.css'] });
    const n = await inPage('restore');
    status(`${n} findings highlighted in the page.`);
  } else {
    await hideMarks();
    status('Highlights removed from the page.');
  }
  remember();
}

// openReport opens the web page bundled in the extension with this result.
// The text is handed over in extension session storage (in memory, on this
// device, cleared once read): no server, and no policy text in the
// browser's history as a URL fragment would leave.
async function openReport() {
  await ext.storage.session.set({ handover: { text: current.text, title: current.title || '', at: Date.now() } });
  await ext.tabs.create({ url: ext.runtime.getURL(bundle.report) + '#extension-handover' });
}

// remember keeps the result for this tab while the browser runs, so the
// popup shows it again when reopened.
function remember() {
  if (!current) return;
  const { report, text, source, url, title, inPage: marks } = current;
  ext.storage.session.set({ [`tab:${tabId}`]: { report, text, source, url, title, inPage: marks, highlights: $('toggle-highlights').checked } })
    .catch(() => {}); // too large for session storage: the popup just starts afresh
}

// once runs one action at a time: a second click while the page is read or
// analysed is ignored, and the buttons say so.
function once(action) {
  return async () => {
    const buttons = [$('analyse-page'), $('analyse-policy')];
    if (buttons.some((b) => b.getAttribute('aria-busy') === 'true')) return;
    for (const b of buttons) b.setAttribute('aria-busy', 'true');
    try {
      await action();
    } catch (e) {
      fail(e);
    } finally {
      for (const b of buttons) b.removeAttribute('aria-busy');
    }
  };
}

function fail(e) {
  console.error(e);
  status(`PolicyLens could not finish: ${e && e.message ? e.message : e}`, true);
}

async function start() {
  tabId = await targetTab();
  $('toggle-highlights').addEventListener('change', () => toggleHighlights().catch(fail));
  wireVerdict();
  $('open-report').addEventListener('click', () => openReport().catch(fail));
  let info = null;
  try {
    await ext.scripting.executeScript({ target: { tabId }, files: ['extract.js', 'page.js'] });
    info = await inPage('info');
  } catch (e) {
    status('PolicyLens cannot read this tab (browser pages, the extension store and some files are off limits).', true);
    console.warn(e);
  }
  engine.then(() => {
    if (!current && info) status('Ready. Nothing leaves your browser.');
  }, (e) => status(`The analyzer did not load: ${e.message}`, true));

  const key = `tab:${tabId}`;
  const stored = await ext.storage.session.get(['pending', key]);
  const pending = stored.pending;
  const fresh = pending && pending.tabId === tabId && Date.now() - pending.at < 60_000;
  if (pending) await ext.storage.session.remove('pending');
  if (!info) {
    // A page the extension cannot read (a PDF, say): the selected text the
    // browser passed along can still be analysed, without highlights.
    if (fresh && pending.text) await analyse(pending.text, 'selection', pending.url, 'selection', false);
    return;
  }
  $('analyse-page').disabled = false;
  $('analyse-page').addEventListener('click', once(() => analysePage(false)));
  if (info.links.length) {
    const link = info.links[0];
    const u = new URL(link.url);
    $('analyse-policy').hidden = false;
    $('analyse-policy').addEventListener('click', once(() => analyseLinkedPolicy(link)));
    $('policy-link').textContent = `${link.text} — ${u.host}${u.pathname}`;
    $('policy-link').hidden = false;
    if (!info.policy) {
      // Not a policy page, but it links to one: that is what the reader wants.
      $('analyse-policy').classList.add('primary');
      $('analyse-page').classList.remove('primary');
      $('analyse-policy').after($('analyse-page'));
    }
  }
  if (fresh) return analyseSelection(pending);
  const prev = stored[key];
  if (prev && prev.url === info.url && (info.analysed || !prev.inPage)) {
    current = prev;
    $('toggle-highlights').checked = prev.inPage ? info.marks : true;
    render(await engine);
    status('Showing the last result for this page.');
  }
}

// analyseSelection handles "Analyse selection with PolicyLens" from the
// context menu: highlights in the page when the selection can be read there,
// else the text the browser passed along.
async function analyseSelection(pending) {
  try {
    await analysePage(true);
    if (current) return;
  } catch (e) {
    console.warn(e);
  }
  await analyse(pending.text, 'selection', pending.url, 'selection', false);
}

start().catch(fail);
