//go:build js && wasm

package main

import (
	"strconv"
	"syscall/js"
	"unicode/utf8"
	"unsafe"
)

// tree describes elements to create, and build makes them all in one call
// into JavaScript (site/view.js): a call from Go into JavaScript costs about
// a microsecond and a copy of its strings, and a summary is hundreds of
// elements. Text is only ever set as text, never as HTML.
type tree struct {
	anchors []any    // existing elements the tree adds to: nodes 0..len-1
	ops     []int32  // view.js's operations
	strs    []byte   // every string, back to back
	spans   []int32  // per string, its [start, end) in strs in UTF-16 units
	ends    []int32  // per string, its end in strs in bytes (replay)
	units   int32    // UTF-16 length of strs
	nodes   int32    // nodes so far, anchors included
	made    js.Value // after build: every node, anchors first
}

// spare holds the buffers of the last tree built, for the next one: a
// summary is thousands of strings and operations, and growing the buffers
// anew for every report cost more than filling them.
var spare struct {
	ops, spans, ends []int32
	strs             []byte
}

// names are the strings that elements share, tags, classes, attribute
// names and a few fixed values, each kept as one JavaScript string across trees (view.js's
// build keeps them): a string the browser has seen before costs it no
// conversion, where a fresh copy of "li" or "aria-label" costs as much as
// a short text (a summary's build took a third longer). An operation names
// names.list[k] by -2-k. They are a few dozen, from the page's own code.
var names struct {
	list  []string
	index map[string]int32
	sent  int // how many of list view.js has
	// by where a string's bytes are: a literal, as most names are, is
	// found without hashing it.
	slot [256]struct {
		p *byte
		n int
		k int32
	}
}

// name returns the operand of s as a shared name.
func name(s string) int32 {
	p := unsafe.StringData(s)
	e := &names.slot[(uintptr(unsafe.Pointer(p))>>3^uintptr(len(s)))&255]
	if e.p == p && e.n == len(s) && names.list[e.k] == s { // the bytes may be another string's now
		return -2 - e.k
	}
	k, ok := names.index[s]
	if !ok {
		if names.index == nil {
			names.index = map[string]int32{}
		}
		k = int32(len(names.list))
		names.list = append(names.list, s)
		names.index[s] = k
	}
	e.p, e.n, e.k = p, len(s), k
	return -2 - k
}

// node is an element of a tree: an anchor or one the tree creates.
type node int32

// noParent leaves an element detached.
const noParent node = -1

// newTree starts a tree that adds to the anchors, nodes 0, 1, ...
func newTree(anchors ...js.Value) *tree {
	t := &tree{nodes: int32(len(anchors)), ops: spare.ops[:0], strs: spare.strs[:0], spans: spare.spans[:0], ends: spare.ends[:0]}
	spare.ops, spare.strs, spare.spans, spare.ends = nil, nil, nil, nil // a tree made meanwhile gets its own
	for _, a := range anchors {
		t.anchors = append(t.anchors, a)
	}
	return t
}

// str adds s to the strings and returns its index.
func (t *tree) str(s string) int32 {
	t.add(s)
	return t.end()
}

// add appends s to the string being made; end closes it. A string made of
// parts this way costs no concatenation.
func (t *tree) add(s string) {
	n := int32(0)
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			n, i = n+1, i+1
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if n++; r >= 0x10000 {
			n++
		}
		i += size
	}
	t.strs = append(t.strs, s...)
	t.units += n
}

// addInts appends indices as data-ev has them: "3 7 12". They are ASCII,
// a unit a byte.
func (t *tree) addInts(xs []int) {
	from := len(t.strs)
	for i, x := range xs {
		if i > 0 {
			t.strs = append(t.strs, ' ')
		}
		t.strs = strconv.AppendInt(t.strs, int64(x), 10)
	}
	t.units += int32(len(t.strs) - from)
}

// end closes the string that add made since the last one and returns its
// index.
func (t *tree) end() int32 {
	from := int32(0)
	if n := len(t.spans); n > 0 {
		from = t.spans[n-1]
	}
	t.spans = append(t.spans, from, t.units)
	t.ends = append(t.ends, int32(len(t.strs)))
	return int32(len(t.spans)/2 - 1)
}

// opt is str, or -1 for the empty string.
func (t *tree) opt(s string) int32 {
	if s == "" {
		return -1
	}
	return t.str(s)
}

// put adds an element with a class and text to parent. Its tag and class
// are names.
func (t *tree) put(parent node, tag, class, text string) node {
	c := int32(-1)
	if class != "" {
		c = name(class)
	}
	t.ops = append(t.ops, 0, int32(parent), name(tag), c, t.opt(text))
	t.nodes++
	return node(t.nodes - 1)
}

// attr sets an attribute of n; its name is a name.
func (t *tree) attr(n node, attr, value string) {
	t.ops = append(t.ops, 1, int32(n), name(attr), t.str(value))
}

// putFixed is put whose text is one of a few the page's code holds (a
// tone's words), kept as a name.
func (t *tree) putFixed(parent node, tag, class, text string) node {
	n := t.put(parent, tag, class, "")
	if text != "" {
		t.ops[len(t.ops)-1] = name(text)
	}
	return n
}

// attrFixed is attr whose value is one of a few the page's code holds
// (type="button"), kept as a name.
func (t *tree) attrFixed(n node, attr, value string) {
	t.ops = append(t.ops, 1, int32(n), name(attr), name(value))
}

// attrOf sets an attribute of n to the string made by add since the last
// one.
func (t *tree) attrOf(n node, attr string) {
	t.ops = append(t.ops, 1, int32(n), name(attr), t.end())
}

// text adds text to n.
func (t *tree) text(n node, s string) {
	t.ops = append(t.ops, 2, int32(n), t.str(s))
}

// build creates the tree's elements.
func (t *tree) build() {
	if b := api.Get("_build"); b.Type() == js.TypeFunction {
		// The strings cross as one JavaScript string, copied from strs
		// during the call; names view.js does not have yet as another,
		// NUL between them.
		var fresh []byte
		for _, s := range names.list[names.sent:] {
			fresh = append(append(fresh, s...), 0)
		}
		names.sent = len(names.list)
		t.made = b.Invoke(t.anchors, int32s(t.ops), unsafe.String(unsafe.SliceData(t.strs), len(t.strs)), int32s(t.spans), string(fresh))
	} else {
		t.made = t.replay()
	}
	t.discard()
}

// discard drops the tree unbuilt, its buffers kept for the next one.
func (t *tree) discard() {
	spare.ops, spare.strs, spare.spans, spare.ends = t.ops[:0], t.strs[:0], t.spans[:0], t.ends[:0]
	t.ops, t.strs, t.spans, t.ends = nil, nil, nil, nil
}

// replay builds the tree call by call, where view.js is not loaded (the
// bare API, such as the extension's popup asking for a verdict card).
func (t *tree) replay() js.Value {
	doc := js.Global().Get("document")
	nodes := js.Global().Get("Array").New()
	for _, a := range t.anchors {
		nodes.Call("push", a)
	}
	str := func(i int32) string {
		if i < -1 {
			return names.list[-2-i]
		}
		from := int32(0)
		if i > 0 {
			from = t.ends[i-1]
		}
		return string(t.strs[from:t.ends[i]])
	}
	for k := 0; k < len(t.ops); {
		switch t.ops[k] {
		case 0:
			e := doc.Call("createElement", str(t.ops[k+2]))
			if c := t.ops[k+3]; c != -1 { // a name (< -1) or a string
				e.Set("className", str(c))
			}
			if s := t.ops[k+4]; s != -1 {
				e.Set("textContent", str(s))
			}
			if p := t.ops[k+1]; p >= 0 {
				nodes.Index(int(p)).Call("append", e)
			}
			nodes.Call("push", e)
			k += 5
		case 1:
			nodes.Index(int(t.ops[k+1])).Call("setAttribute", str(t.ops[k+2]), str(t.ops[k+3]))
			k += 4
		default:
			nodes.Index(int(t.ops[k+1])).Call("append", str(t.ops[k+2]))
			k += 3
		}
	}
	return nodes
}

// el is node n's element, once built.
func (t *tree) el(n node) js.Value { return t.made.Index(int(n)) }

// int32Array and uint8Array are JavaScript's constructors, looked up once.
var int32Array, uint8Array = js.Global().Get("Int32Array"), js.Global().Get("Uint8Array")

// int32s copies xs into a new Int32Array.
func int32s(xs []int32) js.Value {
	a := int32Array.New(len(xs))
	if len(xs) > 0 {
		js.CopyBytesToJS(uint8Array.New(a.Get("buffer")), unsafe.Slice((*byte)(unsafe.Pointer(&xs[0])), 4*len(xs)))
	}
	return a
}
