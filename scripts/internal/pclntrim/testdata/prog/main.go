// Command prog exercises what a trimmed js/wasm binary must still do: the
// GC scanning deep stacks, stacks growing and moving, goroutines, panics
// recovered (of every kind the runtime raises itself, and through
// panicwrap, which reads function names), defers, reflect.MakeFunc (whose
// stub's frames the GC finds by name). It prints what it computed; with
// the argument "panic" it panics unrecovered, for the traceback.
package main

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"sort"
	"strings"
)

type node struct {
	val         int
	left, right *node
	name        string
}

func build(depth, val int) *node {
	if depth == 0 {
		return &node{val: val, name: fmt.Sprint("leaf", val)}
	}
	return &node{val: val, left: build(depth-1, 2*val), right: build(depth-1, 2*val+1), name: strings.Repeat("n", depth)}
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + len(n.name) + n.left.sum() + n.right.sum()
}

// deep recurses with live pointers in every frame, grows the stack, and
// collects garbage at the bottom, when the stack is deepest.
func deep(n int, keep *node, junk [][]byte) int {
	local := &node{val: n, name: "deep"}
	junk = append(junk, make([]byte, 64))
	if n == 0 {
		runtime.GC()
		for range 1000 {
			_ = build(3, 1) // garbage
		}
		runtime.GC()
		return keep.sum() + len(junk)
	}
	r := deep(n-1, keep, junk)
	return r + local.val + len(local.name)
}

type T struct{ x int }

func (t T) Value() int {
	runtime.GC()
	return t.x
}

type valuer interface{ Value() int }

func catch(what string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: recovered %v\n", what, r)
	}()
	f()
}

var sink any

var valuers = []valuer{(*T)(nil), T{1}}

func deferLoop(n int) (out []int) {
	for i := range n {
		defer func() { out = append(out, i) }()
	}
	return nil
}

func openCoded(fail bool) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("open-coded recovered ", r)
		}
	}()
	defer func() { s += "+second" }()
	if fail {
		panic("inside")
	}
	return "fine"
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "panic" {
		var m map[string]int
		m["boom"]++ // assignment to entry in nil map
		return
	}
	tree := build(10, 1)
	fmt.Println("tree", tree.sum())
	fmt.Println("deep", deep(2000, tree, nil))

	results := make(chan int)
	for g := range 8 {
		go func() {
			t := build(6, g)
			runtime.Gosched()
			results <- deep(100*(g+1), t, nil)
		}()
	}
	var got []int
	for range 8 {
		got = append(got, <-results)
	}
	sort.Ints(got)
	fmt.Println("goroutines", got)

	catch("explicit", func() { panic(errors.New("boom")) })
	catch("nil map", func() { var m map[int]int; m[1] = 2 })
	catch("index", func() { s := []int{1}; i := len(os.Args) + 5; sink = s[i] })
	catch("slice", func() { s := []int{1}; i := len(os.Args) + 5; sink = s[1:i] })
	catch("nil pointer", func() { var p *node; sink = p.val })
	catch("divide", func() { z := len(os.Args) - len(os.Args); sink = 1 / z })
	catch("type assertion", func() { var v any = 1; sink = v.(string) })
	catch("panicwrap", func() { sink = valuers[len(os.Args)-1].Value() })
	catch("nested", func() {
		defer func() { panic(fmt.Sprint("again after ", recover())) }()
		panic("first")
	})
	fmt.Println("defer loop", deferLoop(5))
	fmt.Println(openCoded(false), "/", openCoded(true))

	swap := func(in []reflect.Value) []reflect.Value {
		runtime.GC() // scans the frame of reflect.makeFuncStub
		return []reflect.Value{in[1], in[0]}
	}
	var f func(*node, string) (string, *node)
	reflect.ValueOf(&f).Elem().Set(reflect.MakeFunc(reflect.TypeOf(f), swap))
	s, n := f(build(4, 3), "x")
	fmt.Println("makefunc", s, n.sum())
	value := reflect.ValueOf(T{7}).Method(0).Interface().(func() int) // through reflect.methodValueCall
	fmt.Println("method value", value())
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("gc ran", ms.NumGC > 0)
}
