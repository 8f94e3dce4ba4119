// The page's DOM, built here from what its WASM works out: a call from Go
// into JavaScript costs about a microsecond and a copy of its strings, and
// the page shows thousands of elements, so Go describes them and these build
// them in one call. Policy text is only ever inserted as text.
//
// build makes the summary, the verdict card, the filters and the tooltips
// from a list of operations (wasm/page/dom.go). TextView is the policy text
// with its highlights (article#text). A long text comes in blocks (div.blk, cut after line breaks outside any
// highlight): the first NOW characters (or what the page asks for) are built
// at once, the rest in idle time, and blocks off screen are not laid out
// (content-visibility in style.css).

// NOW is how many characters of a text show builds at once unless told:
// a text this long is built whole in one go, a longer one is built from
// the first FIRST characters (more than a screen holds), the rest in idle
// time.
const NOW = 64 * 1024;
const FIRST = 16 * 1024;

const idle = globalThis.requestIdleCallback
  ? (f) => requestIdleCallback(f, { timeout: 50 })
  : (f) => setTimeout(() => {
    const end = performance.now() + 8;
    f({ timeRemaining: () => end - performance.now() });
  }, 0);

// build runs the operations ops: [0, parent, tag, class, text] creates an
// element, [1, node, name, value] sets an attribute, [2, parent, text] adds
// text. Nodes are numbered in order after the anchors (existing elements);
// parent -1 leaves an element detached. Strings are indices into strs, a
// string with spans [start, end) per index; -1 is none, and -2-k is names[k]:
// tags, classes and attribute names, kept across builds (names adds the new
// ones, NUL after each), so that the browser meets the same string each time
// rather than a fresh copy to convert. It returns every node, anchors first.
// What goes into an anchor is built in a fragment and put in at the end, in
// one insertion: an element added to an element in the document costs the
// browser more than one added to a detached element.
const names = [];
export function build(anchors, ops, strs, spans, fresh) {
  if (fresh) names.push(...fresh.slice(0, -1).split('\0'));
  const nodes = [...anchors];
  const frags = anchors.map(() => null);
  const into = (i) => (i < frags.length ? (frags[i] ??= document.createDocumentFragment()) : nodes[i]);
  const str = (i) => (i < -1 ? names[-2 - i] : strs.slice(spans[2 * i], spans[2 * i + 1]));
  for (let k = 0; k < ops.length;) {
    switch (ops[k]) {
      case 0: {
        const e = document.createElement(names[-2 - ops[k + 2]]);
        if (ops[k + 3] !== -1) e.className = str(ops[k + 3]);
        if (ops[k + 4] !== -1) e.textContent = str(ops[k + 4]);
        if (ops[k + 1] >= 0) into(ops[k + 1]).appendChild(e);
        nodes.push(e);
        k += 5;
        break;
      }
      case 1:
        nodes[ops[k + 1]].setAttribute(str(ops[k + 2]), str(ops[k + 3]));
        k += 4;
        break;
      default:
        into(ops[k + 1]).append(str(ops[k + 2]));
        k += 3;
    }
  }
  frags.forEach((f, i) => f && anchors[i].append(f));
  return nodes;
}

// marks are the prototypes of the highlights' <mark>s (show's protos), by
// their three lines, kept across texts and views: they are only ever
// cloned.
const marks = new Map();

export class TextView {
  // nav moves between highlights with the keyboard (not in an editor).
  constructor(el, nav = true) {
    this.el = el;
    this.gen = 0;
    this.job = null;
    this.marks = []; // the <mark>s built so far, in text order
    this.pieces = []; // every piece built so far (<mark> or span.aux), in text order
    this.segs = new Int32Array(0); // show's segs and fids: what each piece shows
    this.fids = this.segs;
    this.stop = null; // the one mark that is a tab stop
    if (!nav) return;
    el.addEventListener('keydown', (ev) => this.key(ev));
    el.addEventListener('focusin', (ev) => {
      if (ev.target.tagName === 'MARK') this.setStop(ev.target);
    });
  }

  // show replaces the text. segs holds six numbers per highlighted piece, in
  // text order: its start and end (UTF-16 units), its prototype (an index
  // into protos, -1 for a finding shown unmarked), 1 when it continues a
  // highlight begun before, and where its finding indices are in fids
  // (offset, count). protos holds three lines per prototype: its kind, its
  // id, and 1 when negated (else empty); cuts are where blocks end. It
  // resolves with true once every block is in the document, with false when
  // another text came first. now says what to build at once: true every
  // block, a number the blocks that hold the text before it (1: the first
  // block), else as NOW says; the rest is built later.
  show(text, segs, fids, protos, cuts, now) {
    const gen = ++this.gen;
    this.el.textContent = '';
    this.marks = [];
    this.pieces = [];
    this.segs = segs;
    this.fids = fids;
    this.stop = null;
    const proto = [];
    const lines = protos ? protos.split('\n') : [];
    for (let i = 0; i + 2 < lines.length; i += 3) {
      const key = `${lines[i]}\n${lines[i + 1]}\n${lines[i + 2]}`;
      let m = marks.get(key);
      if (!m) {
        m = document.createElement('mark');
        m.dataset.kind = lines[i];
        m.dataset.id = lines[i + 1];
        if (lines[i + 2]) m.dataset.negated = 'true';
        m.tabIndex = -1;
        m.setAttribute('aria-describedby', 'tip');
        marks.set(key, m);
      }
      proto.push(m);
    }
    const aux = document.createElement('span');
    aux.className = 'aux';
    this.job = { text, segs, fids, proto, aux, cuts, block: 0, seg: 0, pos: 0 };
    this.reveal(now === true ? Infinity : typeof now === 'number' ? now : text.length <= NOW ? NOW : FIRST);
    return new Promise((resolve) => {
      const step = (deadline) => {
        if (gen !== this.gen) return resolve(false);
        do {
          if (!this.block()) return resolve(true);
        } while (deadline.timeRemaining() > 2);
        idle(step);
      };
      // The rest of a text up to NOW long comes in the next task, in one
      // go: it is built before the page would be idle; a longer one in
      // idle slices.
      if (this.job.block >= cuts.length) resolve(true);
      else if (text.length <= NOW) setTimeout(() => step({ timeRemaining: () => Infinity }), 0);
      else idle(step);
    });
  }

  // reveal builds blocks until the text before pos is in the document.
  reveal(pos) {
    while (this.job && this.job.pos < pos && this.block());
  }

  // block builds the next block; false when there is none.
  block() {
    const j = this.job;
    if (!j || j.block >= j.cuts.length) return false;
    const end = j.cuts[j.block++];
    const div = document.createElement('div');
    div.className = 'blk';
    let pos = j.pos;
    let lines = 0;
    for (let s = j.seg * 6; s < j.segs.length && j.segs[s] < end; s += 6, j.seg++) {
      const start = j.segs[s];
      const stop = j.segs[s + 1];
      const p = j.segs[s + 2];
      if (start > pos) div.append(j.text.slice(pos, start));
      const el = (p < 0 ? j.aux : j.proto[p]).cloneNode(false);
      if (p >= 0) {
        if (j.segs[s + 3]) el.setAttribute('data-cont', '');
        this.marks.push(el);
        if (!this.stop) this.setStop(el);
      }
      this.pieces.push(el);
      el.textContent = j.text.slice(start, stop);
      div.append(el);
      pos = stop;
    }
    if (end > pos) div.append(j.text.slice(pos, end));
    for (let i = j.text.indexOf('\n', j.pos); i >= 0 && i < end; i = j.text.indexOf('\n', i + 1)) lines++;
    // Until a block is laid out once, its height is a guess from its lines.
    div.style.containIntrinsicSize = `auto ${Math.round((lines + (end - j.pos) / 100) * 27)}px`;
    j.pos = end;
    this.el.append(div);
    return true;
  }

  // findings returns the indices of the findings piece el shows (primary
  // first), none for an element that is not a piece of the text shown.
  // Pieces carry no attribute of them: writing one per piece was two
  // fifths of the time building a text took.
  findings(el) {
    const k = this.pieces.indexOf(el);
    if (k < 0) return this.fids.subarray(0, 0);
    return this.fids.subarray(this.segs[6 * k + 4], this.segs[6 * k + 4] + this.segs[6 * k + 5]);
  }

  // piecesOf returns the pieces built so far that show finding i, in text
  // order.
  piecesOf(i) {
    const out = [];
    for (let k = 0; k < this.pieces.length; k++) {
      const at = this.segs[6 * k + 4];
      if (this.fids.subarray(at, at + this.segs[6 * k + 5]).includes(i)) out.push(this.pieces[k]);
    }
    return out;
  }

  // setStop makes mark m the text's one tab stop.
  setStop(m) {
    if (this.stop && this.stop !== m) this.stop.tabIndex = -1;
    this.stop = m;
    m.tabIndex = 0;
  }

  // focus moves the focus to mark m and brings it into view.
  focus(m) {
    this.setStop(m);
    m.focus({ preventScroll: true });
    m.scrollIntoView({ block: 'nearest' });
  }

  // key moves between highlights: arrows, j/k, n/p, Home, End.
  key(ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    let i = this.marks.indexOf(document.activeElement);
    switch (ev.key) {
      case 'ArrowDown': case 'ArrowRight': case 'j': case 'n':
        i = i < 0 ? 0 : i + 1;
        break;
      case 'ArrowUp': case 'ArrowLeft': case 'k': case 'p':
        i = i < 0 ? this.marks.length - 1 : i - 1;
        break;
      case 'Home':
        i = 0;
        break;
      case 'End':
        this.reveal(Infinity);
        i = this.marks.length - 1;
        break;
      default:
        return;
    }
    ev.preventDefault();
    while (i >= this.marks.length && this.block()); // the next one may not be built yet
    i = Math.max(0, Math.min(i, this.marks.length - 1));
    if (this.marks.length) this.focus(this.marks[i]);
  }
}
