package main

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// cands makes candidates from "file:margin" pairs, named by their place.
func cands(specs ...string) []candidate {
	var out []candidate
	for i, s := range specs {
		var m float64
		file, num, _ := strings.Cut(s, ":")
		fmt.Sscan(num, &m)
		out = append(out, candidate{work: work{ID: fmt.Sprint(i), File: file}, margin: m})
	}
	return out
}

func ids(cs []candidate) string {
	var s []string
	for _, c := range cs {
		s = append(s, c.ID)
	}
	return strings.Join(s, " ")
}

func TestDrawUncertainOrder(t *testing.T) {
	tests := []struct {
		name   string
		cands  []candidate
		n      int
		maxPer int
		want   string
	}{
		{"nearest first", cands("a:0.9", "b:0.1", "c:2.5", "d:0.4"), 3, 2, "1 3 0"},
		{"all when n is large", cands("a:0.9", "b:0.1"), 5, 2, "1 0"},
		{"at most maxPer a policy", cands("a:0.1", "a:0.2", "a:0.3", "b:0.5"), 3, 2, "0 1 3"},
		{"one a policy", cands("a:0.1", "a:0.2", "b:0.3", "c:0.9", "b:0.05"), 5, 1, "4 0 3"},
		{"none", nil, 3, 2, ""},
	}
	for _, tt := range tests {
		got := ids(drawUncertain(tt.cands, tt.n, 0, tt.maxPer, rand.New(rand.NewPCG(1, 2))))
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestDrawUncertainShare(t *testing.T) {
	var specs []string
	for i := range 30 {
		specs = append(specs, fmt.Sprintf("p%d:%d", i, i)) // margin i: the nearest are 0, 1, 2, ...
	}
	cs := cands(specs...)
	draw := func(seed uint64) []candidate { return drawUncertain(cs, 9, 1.0/3, 1, rand.New(rand.NewPCG(seed, 2))) }
	got := draw(5)
	if len(got) != 9 {
		t.Fatalf("got %d, want 9", len(got))
	}
	if !reflect.DeepEqual(got, draw(5)) {
		t.Errorf("the same seed drew differently")
	}
	if reflect.DeepEqual(got, draw(6)) {
		t.Errorf("another seed drew the same")
	}
	// After the 3 random picks come the 6 nearest of the rest, nearest first.
	random := map[string]bool{}
	for _, c := range got[:3] {
		random[c.ID] = true
	}
	var want []string
	for i := 0; len(want) < 6; i++ {
		if id := fmt.Sprint(i); !random[id] {
			want = append(want, id)
		}
	}
	if g := ids(got[3:]); g != strings.Join(want, " ") {
		t.Errorf("uncertain picks %q, want %q", g, strings.Join(want, " "))
	}
}
