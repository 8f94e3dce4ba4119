package training

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/policylens/policylens/analyzer/model"
)

func TestLabelHeads(t *testing.T) {
	l := Label{Statement: "practice", Categories: []string{"third-party-sharing"}, DataTypes: []string{"contact"},
		Rights: []string{"deletion"}, Recipients: []string{"advertisers"}, Purposes: []string{"marketing"}, Sources: []string{"public"}, Sale: "does-not-sell"}
	want := []string{"stmt:practice", "cat:third-party-sharing", "dt:contact", "right:deletion", "rec:advertisers", "purpose:marketing", "source:public", "sale:does-not-sell"}
	if got := l.Heads(); !slices.Equal(got, want) {
		t.Errorf("Heads() = %v, want %v", got, want)
	}
	// "other" is no head of the model: Load leaves out what the model does not learn.
	if got := (&Label{Statement: "heading", Categories: []string{"other"}}).Heads(); !slices.Equal(got, []string{"cat:other"}) || slices.Contains(model.Labels(), got[0]) {
		t.Errorf("a heading labelled other has heads %v", got)
	}
	all := model.Labels()
	for _, h := range Shipped() {
		if !slices.Contains(all, h) {
			t.Errorf("shipped head %s is not a model label", h)
		}
	}
}

func TestNameKeyAndFamilies(t *testing.T) {
	for in, want := range map[string]string{"123-greetings.md": "123greetings", "Foo_Bar.MD": "foobar", "x.y": "xy"} {
		if got := NameKey(in); got != want {
			t.Errorf("NameKey(%q) = %q, want %q", in, got, want)
		}
	}
	dir := t.TempDir()
	tb := filepath.Join(dir, "tosback")
	os.Mkdir(tb, 0o755)
	shared := "We collect your email address when you sign up for our newsletter service. We keep your data for as long as your account stays open with us. We share your data with our payment processors to take your money. "
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(tb, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a-b.md", "Alpha policy text that is about nothing much at all, really not at all.")
	write("ab.md", "A different text, but the same name once punctuation goes, so one family.")
	write("c.md", shared+"C has one more sentence of its own, which is long enough to count too.")
	write("d.md", shared+"D has another sentence of its own, which is long enough to count too.")
	write("e.md", "E shares nothing with anyone and is a family of its own, long enough.")
	files := []string{"a-b.md", "ab.md", "c.md", "d.md", "e.md"}
	g, err := Families(dir, files)
	if err != nil {
		t.Fatal(err)
	}
	if g["a-b.md"] != g["ab.md"] || g["c.md"] != g["d.md"] || g["a-b.md"] == g["c.md"] || g["e.md"] == g["c.md"] || g["e.md"] == g["a-b.md"] {
		t.Errorf("families %v: want {a-b, ab}, {c, d}, {e}", g)
	}
	// Numbered by their first file, whatever the order of unions: the
	// folds are the same on every run.
	for i := 0; i < 20; i++ {
		again, _ := Families(dir, files)
		for f := range g {
			if again[f] != g[f] {
				t.Fatalf("run %d: family of %s %d, was %d", i, f, again[f], g[f])
			}
		}
	}
	if g["a-b.md"] != 0 || g["c.md"] != 2 || g["e.md"] != 4 {
		t.Errorf("families %v are not numbered by their first file", g)
	}
}

func TestTune(t *testing.T) {
	// One category head. Sentences 0-5 are the category, 6-11 are not; the
	// rules found it in 0-2 and, wrongly, in 6-7.
	d := &Data{Heads: []string{model.Category + "data-retention"}}
	p := make([][]float64, 12)
	for i := range 12 {
		s := Sentence{}
		if i < 6 {
			s.Yes = []int{0}
		}
		if i < 3 || i == 6 || i == 7 {
			s.Rules = []string{model.Category + "data-retention"}
		}
		d.Sentences = append(d.Sentences, s)
	}
	// The model is sure of 3-5 (which the rules missed), unsure of 0-2,
	// and sure 6-7 are not the category.
	for i, x := range []float64{0.4, 0.4, 0.4, 0.9, 0.9, 0.9, 0.01, 0.01, 0.2, 0.2, 0.2, 0.2} {
		p[i] = []float64{x}
	}
	old := DropPrecision
	DropPrecision = 0 // this data's one drop is right: no constraint binds
	defer func() { DropPrecision = old }()
	th := d.Tune(p, nil)
	if th.F1[0] != 1 {
		t.Errorf("tuned F1 %.3f (yes %.2f, floor %.2f), want 1: keep the rules' 0-2, drop 6-7, add 3-5", th.F1[0], th.Yes[0], th.Floor[0])
	}
	if th.Floor[0] <= 0.01 || th.Floor[0] > 0.4 || th.Yes[0] <= 0.2 || th.Yes[0] > 0.9 {
		t.Errorf("thresholds yes %.2f floor %.2f: want floor in (0.01, 0.4], yes in (0.2, 0.9]", th.Yes[0], th.Floor[0])
	}
	// A head whose additions would be right less often than AddPrecision
	// adds nothing.
	d2 := &Data{Heads: d.Heads, Sentences: d.Sentences[:4]}
	d2.Sentences = append(append([]Sentence{}, d.Sentences[:4]...), Sentence{}, Sentence{}, Sentence{})
	p2 := [][]float64{{0.9}, {0.9}, {0.9}, {0.9}, {0.9}, {0.9}, {0.9}}
	if th := d2.Tune(p2, nil); th.Yes[0] <= 0.9 && th.F1[0] > 0 {
		t.Errorf("with additions right 1 time in 4 the head says yes from %.2f", th.Yes[0])
	}
}

func TestTuneDropsOnlyWhenSure(t *testing.T) {
	// The rules found the category in all four sentences; two are right.
	// The model is unsure of all four alike, so dropping any is right half
	// of the time: below DropPrecision, the floor must keep them all.
	d := &Data{Heads: []string{model.Category + "user-choice"}}
	for i := range 4 {
		s := Sentence{Rules: []string{model.Category + "user-choice"}}
		if i < 2 {
			s.Yes = []int{0}
		}
		d.Sentences = append(d.Sentences, s)
	}
	p := [][]float64{{0.1}, {0.1}, {0.1}, {0.1}}
	if th := d.Tune(p, nil); th.Floor[0] > 0.1 {
		t.Errorf("floor %.2f drops findings that are right half the time", th.Floor[0])
	}
}

func TestModelLeavesOutHeadsThatNeverDecide(t *testing.T) {
	heads := []string{model.Category + "data-retention", model.Recipient + "public", model.Purpose + "marketing"}
	d := &Data{Heads: heads}
	for i := range 12 {
		s := Sentence{Hashes: []uint32{uint32(i % 3), 99}}
		s.Yes = []int{i % 3}
		d.Sentences = append(d.Sentences, s)
	}
	// The category adds, the recipient only drops, the purpose neither.
	th := Thresholds{Yes: []float64{0.5, 1.01, 1.01}, Floor: []float64{0, 0.1, 0}}
	m := d.Model(nil, th)
	if want := heads[:2]; !slices.Equal(m.Heads, want) {
		t.Errorf("model heads %v, want %v: a head that never adds nor drops is left out", m.Heads, want)
	}
}

func TestItemsAddOnlyWhenSurer(t *testing.T) {
	// Additions right 4 times in 5 are enough for a category (AddPrecision)
	// but not for a recipient (ItemAddPrecision).
	for _, c := range []struct {
		head string
		adds bool
	}{{model.Category + "data-retention", true}, {model.Recipient + "public", false}} {
		d := &Data{Heads: []string{c.head}}
		var p [][]float64
		for i := range 10 {
			s := Sentence{}
			if i < 4 || i >= 5 && i < 9 {
				s.Yes = []int{0}
			}
			d.Sentences = append(d.Sentences, s)
			p = append(p, []float64{0.9})
		}
		th := d.Tune(p, nil)
		if adds := th.Yes[0] <= 0.9; adds != c.adds {
			t.Errorf("%s: yes from %.2f; want it to add: %v", c.head, th.Yes[0], c.adds)
		}
	}
}

// oneWrongOfThousand returns 1,000 sentences in which the rules found the
// user-choice category, 999 of them rightly, and the model's probabilities:
// 0.9 for each right one, 0.1 for the wrong one.
func oneWrongOfThousand() (*Data, [][]float64) {
	d := &Data{Heads: []string{model.Category + "user-choice"}}
	p := make([][]float64, 1000)
	for i := range 1000 {
		s := Sentence{Rules: []string{model.Category + "user-choice"}}
		if i > 0 {
			s.Yes = []int{0}
		}
		d.Sentences = append(d.Sentences, s)
		p[i] = []float64{0.9}
		if i == 0 {
			p[i] = []float64{0.1}
		}
	}
	return d, p
}

func TestTunePrefersTheLowerFloorWithinSlack(t *testing.T) {
	// The rules found the category in all 1,000 sentences; 999 are right.
	// The model is unsure (0.1) of the wrong one only: dropping it (a floor
	// above 0.1) takes F1 from 0.9995 to 1, a gain smaller than
	// FloorSlack, so the floor stays at 0.
	d, p := oneWrongOfThousand()
	old := DropPrecision
	DropPrecision = 0
	defer func() { DropPrecision = old }()
	if th := d.Tune(p, nil); th.Floor[0] != 0 {
		t.Errorf("floor %.2f: a floor that changes F1 by less than FloorSlack should not be chosen", th.Floor[0])
	}
	FloorSlack = 0
	defer func() { FloorSlack = 0.002 }()
	if th := d.Tune(p, nil); th.Floor[0] == 0 {
		t.Errorf("without slack the floor that gains F1 should be chosen")
	}
}

func TestTuneKeepsThePreviousPairWithinSlack(t *testing.T) {
	// The rules found the category in all 1,000 sentences; 999 are right.
	// Floor 0 keeps them all (F1 0.9995); a floor above 0.1 drops the wrong
	// one (F1 1), a gain within FloorSlack. The yes thresholds add nothing:
	// the rules found every sentence. Among the ties, the previous pair
	// stays if it is one of them; otherwise the lowest floor wins.
	d, p := oneWrongOfThousand()
	old := DropPrecision
	DropPrecision = 0
	defer func() { DropPrecision = old }()
	name := d.Heads[0]
	for _, c := range []struct {
		about     string
		prev      map[string]Pair
		wantFloor float64
	}{
		{"no previous pair: the lowest floor", nil, 0},
		{"previous pair of another head", map[string]Pair{"cat:other": {Yes: 1.01, Floor: 0.2}}, 0},
		{"previous floor within slack stays", map[string]Pair{name: {Yes: 1.01, Floor: 0.2}}, 0.2},
		{"previous floor 0 stays", map[string]Pair{name: {Yes: 1.01, Floor: 0}}, 0},
		{"previous yes below CategoryAddFrom, never tried: the lowest floor", map[string]Pair{name: {Yes: 0.5, Floor: 0.2}}, 0},
		{"previous floor not on the grid: the lowest floor", map[string]Pair{name: {Yes: 1.01, Floor: 0.25}}, 0},
	} {
		th := d.Tune(p, c.prev)
		if th.Floor[0] != c.wantFloor {
			t.Errorf("%s: floor %.2f (yes %.2f), want %.2f", c.about, th.Floor[0], th.Yes[0], c.wantFloor)
		}
	}
	// A previous pair beyond the slack of the best F1 moves.
	FloorSlack = 0
	defer func() { FloorSlack = 0.002 }()
	if th := d.Tune(p, map[string]Pair{name: {Yes: 1.01, Floor: 0}}); th.Floor[0] == 0 {
		t.Errorf("a previous floor worse than the best by more than the slack stays")
	}
}

func TestNested(t *testing.T) {
	// Forty sentences of twenty families: the even ones are the category,
	// and the model is sure of each alike in every fold. Each is counted
	// once, on the fold left out, and every fold's pick holds there.
	d := &Data{Heads: []string{model.Category + "policy-change"}}
	var p [][]float64
	for i := range 40 {
		s, x := Sentence{Group: i / 2}, 0.1
		if i%2 == 0 {
			s.Yes, x = []int{0}, 0.95
		}
		d.Sentences, p = append(d.Sentences, s), append(p, []float64{x})
	}
	c := d.Nested(p, 5, nil)[0]
	if c.TP != 20 || c.FP != 0 || c.FN != 0 || c.AddTP != 20 || c.F1 != 1 || !c.OK {
		t.Errorf("nested %+v: want the 20 sentences of the category added, none else", c)
	}
}

func TestTuneKeepsAPreviousPairNearItsConstraints(t *testing.T) {
	// 100 sentences the model is sure of (0.9) and no rule found: right
	// ones the category, the rest not. Its additions fall short of
	// AddPrecision (75%): chosen afresh, the head adds nothing. A previous
	// pair that adds them stays while the shortfall is within one standard
	// error (73 right: 4.3 points allowed), not beyond it (65 right).
	for _, c := range []struct {
		right    int
		prev     map[string]Pair
		wantAdds bool
		about    string
	}{
		{73, nil, false, "no previous pair, 73% right"},
		{73, map[string]Pair{model.Category + "data-retention": {Yes: 0.7, Floor: 0}}, true, "previous pair, 73% right"},
		{65, map[string]Pair{model.Category + "data-retention": {Yes: 0.7, Floor: 0}}, false, "previous pair, 65% right"},
	} {
		d := &Data{Heads: []string{model.Category + "data-retention"}}
		var p [][]float64
		for i := range 100 {
			s := Sentence{}
			if i < c.right {
				s.Yes = []int{0}
			}
			d.Sentences = append(d.Sentences, s)
			p = append(p, []float64{0.9})
		}
		th := d.Tune(p, c.prev)
		if adds := th.Yes[0] <= 0.9; adds != c.wantAdds {
			t.Errorf("%s: yes from %.2f; want it to add: %v", c.about, th.Yes[0], c.wantAdds)
		}
	}
}
