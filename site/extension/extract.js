// PolicyLensExtract finds the main text of a web page (the policy, not its
// menus, footers, cookie banners or hidden parts) and keeps a map from every
// character of the extracted text back to the DOM text node it came from, so
// highlights land on exactly the right ranges.
//
// It runs in two places: injected into the page (live document, computed
// styles available) and in the popup on a fetched policy parsed with
// DOMParser (inert document, no layout: attributes only).
//
// The extracted text is a plain string whose offsets are UTF-16 code units,
// the same units the analyzer's JavaScript API reports.
(() => {
  'use strict';
  if (globalThis.PolicyLensExtract) return;

  // Elements whose content is never reading text.
  const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe',
    'object', 'embed', 'button', 'select', 'textarea', 'input', 'option', 'dialog', 'video', 'audio',
    'map', 'head', 'title', 'meta', 'link', 'img', 'picture']);
  // Page furniture: always dropped.
  const FURNITURE = new Set(['nav', 'aside', 'menu']);
  const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search',
    'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar', 'tablist']);
  // Inside these, <header> and <footer> belong to the content (an article's
  // title, a section's footnote) and are kept.
  const SECTIONING = new Set(['article', 'main', 'section']);
  // Block-level elements for inert documents (live ones use computed display).
  const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd',
    'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1',
    'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'p',
    'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul']);
  // Elements that end a line rather than a paragraph.
  const LINE = new Set(['li', 'dt', 'dd', 'tr', 'td', 'th', 'br', 'summary', 'caption']);
  const COOKIE_NAME = /cookie|consent|gdpr|onetrust|cookiebot|didomi|truste|usercentrics|\bcmp\b|privacy-?banner/i;
  const WS = /[\s\u00a0]/;

  // nameOf is the id, class and label of an element, for heuristics.
  function nameOf(el) {
    return `${el.id || ''} ${el.getAttribute('class') || ''} ${el.getAttribute('aria-label') || ''}`;
  }

  function style(el, live) {
    return live ? el.ownerDocument.defaultView.getComputedStyle(el) : null;
  }

  // isHidden reports whether an element is not shown to the reader.
  function isHidden(el, cs) {
    if (el.hasAttribute('hidden') && el.getAttribute('hidden') !== 'until-found') return true;
    if (el.getAttribute('aria-hidden') === 'true') return true;
    if (cs) return cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse';
    return /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(el.getAttribute('style') || '');
  }

  // isCookieBanner recognises consent banners and dialogs by name plus one
  // banner trait, so that a policy's own "Cookies" section is kept.
  function isCookieBanner(el, cs) {
    if (!COOKIE_NAME.test(nameOf(el))) return false;
    const role = el.getAttribute('role');
    if (role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true') return true;
    if (cs && (cs.position === 'fixed' || cs.position === 'sticky')) return true;
    return el.querySelector('button, [role=button], input[type=button], input[type=submit]') !== null &&
      (el.textContent || '').length < 2000;
  }

  // isLinkList recognises menus built without <nav>: mostly link text.
  function isLinkList(el) {
    const links = el.querySelectorAll('a[href]');
    if (links.length < 3) return false;
    const total = (el.textContent || '').replace(/\s+/g, '').length;
    if (total === 0 || total > 3000) return false;
    let linked = 0;
    for (const a of links) {
      const href = a.getAttribute('href') || '';
      if (/^(mailto|tel):/i.test(href)) continue;
      linked += (a.textContent || '').replace(/\s+/g, '').length;
    }
    return linked / total > 0.6;
  }

  // isFurniture decides whether a subtree is page chrome rather than content.
  function isFurniture(el, cs, root) {
    if (el === root) return false;
    const tag = el.localName;
    if (FURNITURE.has(tag) || FURNITURE_ROLES.has(el.getAttribute('role'))) return true;
    if (tag === 'header' || tag === 'footer') {
      for (let p = el.parentElement; p && p !== root.parentElement; p = p.parentElement) {
        if (SECTIONING.has(p.localName)) return false;
      }
      return true;
    }
    if (isCookieBanner(el, cs)) return true;
    if (cs && cs.position === 'fixed' && (el.textContent || '').length < 3000) return true;
    return BLOCK.has(tag) && tag !== 'body' && isLinkList(el);
  }

  // contentLength is the amount of non-link text in an element, used to find
  // where the content is.
  function contentLength(el) {
    let n = (el.textContent || '').replace(/\s+/g, '').length;
    for (const a of el.querySelectorAll('a[href]')) n -= (a.textContent || '').replace(/\s+/g, '').length / 2;
    for (const f of el.querySelectorAll('nav, aside, footer, header, script, style, noscript, [role=navigation], [role=contentinfo], [role=banner]')) {
      n -= (f.textContent || '').replace(/\s+/g, '').length;
    }
    return n;
  }

  // mainRoot picks the element holding the content: the page's <main> or
  // single <article> when they hold real text, then it descends while one
  // child holds at least 80% of the content.
  function mainRoot(doc) {
    const body = doc.body || doc.documentElement;
    let root = body;
    for (const sel of ['main, [role=main]', 'article']) {
      const found = [...doc.querySelectorAll(sel)].filter((e) => !e.parentElement?.closest(sel));
      if (found.length === 1 && contentLength(found[0]) > 200) {
        root = found[0];
        break;
      }
    }
    for (;;) {
      const total = contentLength(root);
      let next = null;
      for (const c of root.children) {
        if (SKIP.has(c.localName)) continue;
        if (contentLength(c) >= 0.8 * total) next = c;
      }
      if (!next || total <= 0) return root;
      root = next;
    }
  }

  // Builder accumulates text with a collapsed-whitespace mapping back to
  // DOM text nodes.
  class Builder {
    constructor() {
      this.parts = [];
      this.length = 0;
      this.segments = []; // {node, start, len, raw, map|null, from}
      this.pending = ''; // separator to emit before the next text
      this.space = true; // the output ends in whitespace (or is empty)
    }

    // brk asks for a line ("\n") or paragraph ("\n\n") break.
    brk(sep) {
      if (this.length === 0) return;
      if (sep.length > this.pending.length) this.pending = sep;
    }

    flushBreak() {
      if (!this.pending) return;
      const last = this.segments[this.segments.length - 1];
      // A trailing space before a break is dropped from its segment.
      if (last && this.parts[this.parts.length - 1].endsWith(' ') && last.start + last.len === this.length) {
        this.parts[this.parts.length - 1] = this.parts[this.parts.length - 1].slice(0, -1);
        last.len--;
        if (last.map) last.map = last.map.subarray(0, last.len);
        this.length--;
      }
      this.parts.push(this.pending);
      this.length += this.pending.length;
      this.pending = '';
      this.space = true;
    }

    // text adds node.data[from:to], collapsing whitespace unless pre.
    text(node, from, to, pre) {
      const raw = node.data;
      if (pre) {
        if (from === to) return;
        this.flushBreak();
        this.push(node, raw, raw.slice(from, to), null, from);
        this.space = WS.test(raw[to - 1]);
        return;
      }
      let out = '';
      const map = [];
      let space = this.space || this.pending !== '';
      for (let i = from; i < to; i++) {
        const ws = WS.test(raw[i]);
        if (ws && space) continue;
        space = ws;
        out += ws ? ' ' : raw[i];
        map.push(i);
      }
      if (out === '') return;
      this.flushBreak();
      const identity = map.length === to - from;
      this.push(node, raw, out, identity ? null : Int32Array.from(map), from);
      this.space = space;
    }

    push(node, raw, out, map, from) {
      this.segments.push({ node, raw, start: this.length, len: out.length, map, from });
      this.parts.push(out);
      this.length += out.length;
    }

    result() {
      return { text: this.parts.join('').replace(/\s+$/, ''), segments: this.segments };
    }
  }

  // walk appends the readable text under el, in document order.
  function walk(el, b, opts) {
    const { live, root, range } = opts;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        let from = 0;
        let to = n.data.length;
        if (range) {
          if (!range.intersectsNode(n)) continue;
          if (n === range.startContainer) from = range.startOffset;
          if (n === range.endContainer) to = range.endOffset;
        }
        b.text(n, from, to, opts.pre > 0);
        continue;
      }
      if (n.nodeType !== 1) continue;
      const tag = n.localName;
      if (SKIP.has(tag)) continue;
      if (tag === 'br') {
        b.brk('\n');
        continue;
      }
      if (range && !range.intersectsNode(n)) continue;
      const cs = style(n, live);
      if (isHidden(n, cs)) continue;
      if (!range && isFurniture(n, cs, root)) continue;
      let block;
      if (cs) block = !(cs.display.startsWith('inline') || cs.display === 'contents' || cs.display === 'ruby');
      else block = BLOCK.has(tag);
      const sep = LINE.has(tag) ? '\n' : '\n\n';
      const pre = tag === 'pre' || (cs && cs.whiteSpace.startsWith('pre'));
      if (block) b.brk(sep);
      if (pre) opts.pre++;
      walk(n, b, opts);
      if (pre) opts.pre--;
      if (block) b.brk(sep);
    }
  }

  // extract returns the main text of doc and the segments mapping it back to
  // text nodes. opts.live: doc is rendered (use computed styles).
  // opts.range: extract only the text inside this Range (a selection).
  function extract(doc, opts = {}) {
    const live = !!opts.live;
    const b = new Builder();
    if (opts.range) {
      const r = opts.range;
      let start = r.commonAncestorContainer;
      if (start.nodeType === 3) {
        b.text(start, r.startOffset, r.endOffset, false);
        return b.result();
      }
      walk(start, b, { live, root: start, range: r, pre: 0 });
      return b.result();
    }
    const root = mainRoot(doc);
    walk(root, b, { live, root, range: null, pre: 0 });
    const res = b.result();
    res.root = root;
    return res;
  }

  // rawOffset maps offset i (0 <= i < seg.len) of a segment to the node offset.
  function rawOffset(seg, i) {
    return seg.map ? seg.map[i] : seg.from + i;
  }

  // locate maps a [start, end) range of the extracted text to pieces of text
  // nodes: [{node, from, to}] in document order. Separators between blocks
  // map to nothing.
  function locate(segments, start, end) {
    const out = [];
    if (!(end > start)) return out;
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) { // first segment ending after start
      const mid = (lo + hi) >> 1;
      if (segments[mid].start + segments[mid].len <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < segments.length && segments[i].start < end; i++) {
      const s = segments[i];
      const a = Math.max(start, s.start) - s.start;
      const z = Math.min(end, s.start + s.len) - s.start;
      if (z <= a) continue;
      out.push({ node: s.node, from: rawOffset(s, a), to: rawOffset(s, z - 1) + 1 });
    }
    return out;
  }

  const POLICY_TEXT = /privacy\s*(policy|notice|statement|center|centre)|data\s*(protection|privacy)|datenschutz|protection des donn|pol[ií]tica de privacidad|informativa (sulla )?privacy|privacy/i;
  const NOT_POLICY = /settings|choices|preferences|do not sell|opt[- ]?out|manage|request|cookie settings/i;
  const POLICY_HREF = /privacy|data-?protection|datenschutz|datenschutzerklaerung/i;

  function site(host) {
    return host.replace(/^www\./i, '').toLowerCase();
  }

  // policyLinks finds links to the site's privacy policy, best first. Only
  // http(s) links on the same site (the host, ignoring a leading "www.") are
  // returned, never the page itself.
  function policyLinks(doc, pageURL) {
    let page;
    let base;
    try {
      page = new URL(pageURL);
      // Relative links resolve against the page (and its <base>), also for a
      // parsed document whose own base URL is the extension's.
      const b = doc.querySelector('base[href]');
      base = new URL(b ? b.getAttribute('href') : pageURL, pageURL);
    } catch { return []; }
    const here = page.href.replace(/#.*$/, '');
    const seen = new Map();
    for (const a of doc.querySelectorAll('a[href]')) {
      let u;
      try { u = new URL(a.getAttribute('href'), base); } catch { continue; }
      if (u.protocol !== 'https:' && u.protocol !== 'http:') continue;
      if (site(u.hostname) !== site(page.hostname)) continue;
      u.hash = '';
      if (u.href === here) continue;
      const label = (a.textContent || a.getAttribute('aria-label') || a.title || '').replace(/\s+/g, ' ').trim();
      let score = 0;
      if (POLICY_TEXT.test(label)) score += /policy|notice|statement|protection|datenschutz/i.test(label) ? 4 : 2;
      if (POLICY_HREF.test(u.pathname)) score += 1;
      if (NOT_POLICY.test(label)) score -= 3;
      if (score < 2) continue;
      const prev = seen.get(u.href);
      if (!prev || prev.score < score) seen.set(u.href, { url: u.href, text: label.slice(0, 80), score });
    }
    return [...seen.values()].sort((x, y) => y.score - x.score).slice(0, 3);
  }

  // looksLikePolicy tells whether a page presents itself as a privacy
  // policy: its title, its first heading or its address says so. The popup
  // then offers to analyse the page itself first; otherwise the site's
  // policy, when the page links to one.
  function looksLikePolicy(doc, pageURL) {
    const says = (s) => POLICY_TEXT.test(s || '') && /polic|notice|statement|protection|datenschutz|privacidad|privacy$/i.test(s || '') && !NOT_POLICY.test(s || '');
    const h1 = doc.querySelector('h1');
    let path = '';
    try { path = new URL(pageURL).pathname; } catch { /* not a URL */ }
    return says(doc.title) || says(h1 && h1.textContent.replace(/\s+/g, ' ').trim()) || POLICY_HREF.test(path);
  }

  globalThis.PolicyLensExtract = { extract, locate, policyLinks, looksLikePolicy };
})();
