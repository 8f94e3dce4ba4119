// PolicyLensPage is the part of the extension that lives in the page (the
// content script's isolated world). The popup injects extract.js and this
// file on demand (activeTab) and then calls these functions through
// chrome.scripting.executeScript. It never sends anything anywhere: it reads
// the page, returns text to the popup, and wraps evidence in <mark> elements
// that it removes cleanly again.
(() => {
  'use strict';
  if (globalThis.PolicyLensPage) return;

  // The finding kinds that are highlighted; others appear in the summary only.
  const KINDS = ['collect', 'share', 'sale', 'right', 'retention', 'security', 'children', 'change', 'transfer', 'dnt'];

  const state = {
    extraction: null, // the last extraction: {text, segments}
    findings: [], // the last highlighted findings
    selection: null, // [start, end] document text offsets of an analysed selection
    replaced: [], // [{node, parts}] original text nodes and what stands in for them
  };

  // snapshot extracts the page's main text (or the current selection when
  // selection is true) and remembers the mapping for highlight.
  function snapshot(selection) {
    let range = null;
    if (selection) {
      const sel = document.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return { error: 'no-selection' };
      // Removing earlier highlights replaces the text nodes the selection
      // sits in: note it as character offsets and select it again after.
      const r = sel.getRangeAt(0);
      const start = textOffset(r.startContainer, r.startOffset);
      const end = start + r.toString().length;
      clear();
      reselect(start, end);
      range = sel.getRangeAt(0);
      state.selection = [start, end];
    } else {
      state.selection = null;
      clear();
    }
    const ex = PolicyLensExtract.extract(document, { live: true, range });
    state.extraction = ex;
    return {
      text: ex.text,
      title: document.title,
      url: location.href,
    };
  }

  // textOffset is the number of text characters in the document before a
  // DOM point, counting text node data as Range.toString() does.
  function textOffset(node, offset) {
    const r = document.createRange();
    r.setStart(document.documentElement, 0);
    r.setEnd(node, offset);
    return r.toString().length;
  }

  // pointAt is the DOM point n text characters into the document.
  function pointAt(n) {
    const w = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    let last = null;
    while (w.nextNode()) {
      last = w.currentNode;
      if (n <= last.data.length) return { node: last, offset: n };
      n -= last.data.length;
    }
    return last ? { node: last, offset: last.data.length } : { node: document.body, offset: 0 };
  }

  // reselect selects the text between two document text offsets, so the
  // reader's selection survives the marks splitting its text nodes.
  function reselect(start, end) {
    const sel = document.getSelection();
    if (!sel) return;
    const a = pointAt(start);
    const z = pointAt(end);
    const r = document.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(z.node, z.offset);
    sel.removeAllRanges();
    sel.addRange(r);
  }

  // info tells the popup about the page: links to its privacy policy and
  // whether highlights are present.
  function info() {
    return {
      url: location.href,
      title: document.title,
      links: PolicyLensExtract.policyLinks(document, location.href),
      policy: PolicyLensExtract.looksLikePolicy(document, location.href),
      marks: state.replaced.length > 0,
      analysed: state.extraction !== null,
    };
  }

  // highlight wraps each finding's text in <mark data-policylens-kind=...>.
  // findings: [{i, kind, id, start, end, negated, explanation}] with UTF-16
  // offsets into the last snapshot's text. It returns how many findings got
  // at least one mark.
  function highlight(findings, keepSelection = true) {
    clear();
    const ex = state.extraction;
    if (!ex) return 0;
    state.findings = findings;
    const byNode = new Map();
    const placed = new Set();
    for (const f of findings) {
      if (!KINDS.includes(f.kind)) continue;
      for (const p of PolicyLensExtract.locate(ex.segments, f.start, f.end)) {
        if (!p.node.isConnected || p.to <= p.from) continue;
        if (!byNode.has(p.node)) byNode.set(p.node, []);
        byNode.get(p.node).push({ from: p.from, to: p.to, f });
        placed.add(f.i);
      }
    }
    for (const [node, pieces] of byNode) wrap(node, pieces);
    if (state.selection && keepSelection) reselect(...state.selection);
    return placed.size;
  }

  // wrap replaces one text node by new text nodes, the covered ones inside
  // marks. The original node is kept aside to be put back by clear(), so
  // page scripts holding a reference to it find it again.
  function wrap(node, pieces) {
    const raw = node.data;
    const cuts = new Set([0, raw.length]);
    for (const p of pieces) {
      cuts.add(p.from);
      cuts.add(p.to);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    const parts = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k];
      const z = points[k + 1];
      if (z <= a) continue;
      const t = document.createTextNode(raw.slice(a, z));
      const cover = pieces.filter((p) => p.from <= a && p.to >= z).map((p) => p.f);
      if (cover.length === 0) {
        frag.append(t);
        parts.push(t);
        continue;
      }
      cover.sort((x, y) => KINDS.indexOf(x.kind) - KINDS.indexOf(y.kind));
      const main = cover[0];
      const m = document.createElement('mark');
      m.setAttribute('data-policylens-kind', main.kind);
      m.setAttribute('data-policylens-id', main.id);
      m.setAttribute('data-policylens-findings', [...new Set(cover.map((f) => f.i))].join(' '));
      if (main.negated) m.setAttribute('data-policylens-negated', '');
      m.title = [...new Set(cover.map((f) => (f.negated ? 'NOT: ' : '') + f.explanation))].join('\n');
      m.append(t);
      frag.append(m);
      parts.push(m);
    }
    node.replaceWith(frag);
    state.replaced.push({ node, parts });
  }

  // clear removes every mark and puts the original text nodes back.
  function clear() {
    for (const { node, parts } of state.replaced.reverse()) {
      const anchor = parts.find((p) => p.isConnected);
      if (anchor && !node.isConnected) anchor.before(node);
      for (const p of parts) p.remove();
    }
    state.replaced = [];
    // Marks whose originals were re-rendered away by the page are unwrapped.
    for (const m of document.querySelectorAll('mark[data-policylens-kind]')) m.replaceWith(...m.childNodes);
    return true;
  }

  // reveal scrolls to the first mark of finding i and flags it as current.
  function reveal(i) {
    for (const m of document.querySelectorAll('mark[data-policylens-current]')) m.removeAttribute('data-policylens-current');
    const marks = document.querySelectorAll(`mark[data-policylens-findings~="${Number(i)}"]`);
    if (marks.length === 0) return false;
    for (const m of marks) m.setAttribute('data-policylens-current', '');
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    marks[0].scrollIntoView({ block: 'center', behavior: still ? 'instant' : 'smooth' });
    return true;
  }

  // restore re-applies the last findings after the reader switched
  // highlights off and on again.
  function restore() {
    return highlight(state.findings, false);
  }

  globalThis.PolicyLensPage = { snapshot, info, highlight, clear, reveal, restore };
})();
