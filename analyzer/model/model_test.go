package model

import (
	"bytes"

	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"We don't sell your data.", []string{"we", "dont", "sell", "your", "data"}},
		{"Opt-out of third parties' cookies", []string{"optout", "of", "third", "party", "cooky"}},
		{"under 13, 2024 and 123456", []string{"under", "13", "0", "and", "0"}},
		{"Données — ÉTÉ", []string{"donnée", "été"}},
		{"", nil},
		{"- * ...", nil},
		{"a-1 x'", []string{"a", "1", "x"}},
	}
	for _, tt := range tests {
		var got []string
		for s, e := nextWord(tt.in, 0); s >= 0; s, e = nextWord(tt.in, e) {
			got = append(got, string(norm(tt.in[s:e], nil)))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFeatures(t *testing.T) {
	in := &Input{Text: "We do not sell it?", Heading: "Sale", Intro: "", Block: "paragraph", Rules: []string{"sale.sale", "cue.negation"}}
	fs := Features(in, nil)
	names := map[string]bool{}
	for _, f := range fs {
		names[f.Name(in)] = true
	}
	for _, want := range []string{"We", "do not", "not sell", "it", "heading: Sale", "rule sale.sale", "ends=?", "len<6", "bias", "block=paragraph"} {
		if !names[want] {
			t.Errorf("no feature %q in %v", want, names)
		}
	}
	// The same words give the same hashes whatever their case or place.
	a := Features(&Input{Text: "We sell data."}, nil)
	b := Features(&Input{Text: "we SELL Data"}, nil)
	ha, hb := hashes(a), hashes(b)
	slices.Sort(ha)
	slices.Sort(hb)
	if !slices.Equal(ha, hb) {
		t.Errorf("features differ by case or final stop: %v vs %v", ha, hb)
	}
}

// TestHashesAreFeatures checks that Hashes gives the hashes of Features, in
// order: training reads Features, the analyzer scores with Hashes.
func TestHashesAreFeatures(t *testing.T) {
	for _, in := range []*Input{
		{Text: "We don't sell your data, ever?", Heading: "## Sale of data", Intro: "", Block: "heading", Rules: []string{"sale.sale", "negated"}},
		{Text: "- service providers;", Heading: "Sharing", Intro: "We share it with:", Block: "list-item"},
		{Text: "", Block: "paragraph"},
		{Text: "Données — été, 2024: opt-out.", Heading: "É", Intro: "x", Block: "paragraph"},
	} {
		if got, want := Hashes(in, nil), hashes(Features(in, nil)); !slices.Equal(got, want) {
			t.Errorf("Hashes(%+v) = %v, want %v", in, got, want)
		}
	}
}

func hashes(fs []Feature) []uint32 {
	var out []uint32
	for _, f := range fs {
		out = append(out, f.Hash)
	}
	return out
}

// toy is a small learnable task: "sell" means the sale head, "delete" the
// deletion head.
func toy() ([]string, []Example) {
	heads := []string{"sale:sells", "right:deletion"}
	texts := []struct {
		s   string
		yes []int
	}{
		{"We sell your personal information to partners.", []int{0}},
		{"We may sell data about you.", []int{0}},
		{"You can delete your account.", []int{1}},
		{"You may ask us to delete your data.", []int{1}},
		{"We use cookies to remember you.", nil},
		{"This policy was updated in May.", nil},
		{"We sell products and you can delete them.", []int{0, 1}},
	}
	var exs []Example
	for i := 0; i < 20; i++ {
		for _, x := range texts {
			exs = append(exs, Example{Features: hashes(Features(&Input{Text: x.s}, nil)), Yes: x.yes})
		}
	}
	return heads, exs
}

func TestTrainQuantizeRoundTrip(t *testing.T) {
	heads, exs := toy()
	opt := DefaultTrainOptions
	opt.L1 = 0.1
	tr := Train(heads, exs, opt)
	again := Train(heads, exs, opt)
	if !slices.Equal(tr.Bias, again.Bias) || len(tr.Weights) != len(again.Weights) {
		t.Fatal("training is not deterministic")
	}
	m := tr.Quantize(nil, nil)
	m2, b := reloaded(t, m)
	b2, _ := m2.MarshalBinary()
	if !bytes.Equal(b, b2) {
		t.Fatal("Load(MarshalBinary(m)) encodes differently")
	}
	cases := []struct {
		text       string
		sale, dele bool
	}{
		{"We will sell your information.", true, false},
		{"You can delete your data at any time.", false, true},
		{"We use cookies.", false, false},
	}
	for _, c := range cases {
		fs := Features(&Input{Text: c.text}, nil)
		s := m2.Scores(Hashes(&Input{Text: c.text}, nil), nil)
		if got := m2.Yes(0, s[0]); got != c.sale {
			t.Errorf("%q sale = %v (p %.2f), want %v", c.text, got, m2.Probability(s[0]), c.sale)
		}
		if got := m2.Yes(1, s[1]); got != c.dele {
			t.Errorf("%q deletion = %v, want %v", c.text, got, c.dele)
		}
		// The float model and the integer one agree.
		p := tr.Predict(hashes(fs))
		for i := range heads {
			if (p[i] >= 0.5) != m2.Yes(i, s[i]) {
				t.Errorf("%q head %s: float p=%.3f, integer says %v", c.text, heads[i], p[i], m2.Yes(i, s[i]))
			}
		}
	}
	const sell = "We will sell your information."
	hs, _, spans := TextHashesAt(sell, nil, nil)
	ex := m2.Explain(0, hs, spans, len(sell), true, 2, nil)
	if len(ex) == 0 || ex[0].Feature.Name(&Input{Text: sell}) != "sell" {
		t.Errorf("Explain = %+v, want 'sell' first", ex)
	}
	if m2.Head("right:deletion") != 1 || m2.Head("nope") != -1 {
		t.Error("Head does not find heads by name")
	}
}

func TestLoadRejects(t *testing.T) {
	heads, exs := toy()
	good, _ := Train(heads, exs, DefaultTrainOptions).Quantize(nil, nil).MarshalBinary()
	for name, b := range map[string][]byte{
		"empty":     nil,
		"magic":     []byte("PLSM\x03rest"),
		"version 2": []byte("PLSM\x02rest"),
		"truncated": good[:len(good)-3],
		"trailing":  append(slices.Clone(good), 0),
	} {
		if _, err := Load(b); err == nil {
			t.Errorf("Load(%s) succeeded", name)
		}
	}
}

func FuzzLoad(f *testing.F) {
	heads, exs := toy()
	good, _ := Train(heads, exs, DefaultTrainOptions).Quantize(nil, nil).MarshalBinary()
	f.Add(good)
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Load(b)
		if err != nil {
			return
		}
		s := m.Scores(Hashes(&Input{Text: "We sell data"}, nil), nil)
		if len(s) != len(m.Heads) {
			t.Fatal("scores for the wrong number of heads")
		}
	})
}

func BenchmarkFeaturesScores(b *testing.B) {
	heads, exs := toy()
	m := Train(heads, exs, DefaultTrainOptions).Quantize(nil, nil)
	in := &Input{Text: "We may share your personal information, such as your name and email address, with our service providers who help us run the Services.", Heading: "How we share information", Block: "paragraph", Rules: []string{"cue.share", "datatype.name", "datatype.email", "recipient.service-providers"}}
	var hs []uint32
	var s []int32
	b.SetBytes(int64(len(in.Text)))
	for b.Loop() {
		hs = Hashes(in, hs[:0])
		s = m.Scores(hs, s)
	}
}

// textHashesRef is TextHashes word by word, through nextWord and norm: what
// the fast path of nextWordHash must give.
func textHashesRef(text string, dst []uint32) ([]uint32, int) {
	var buf [maxWord]byte
	prev, n := startHash, 0
	for s, e := nextWord(text, 0); s >= 0; s, e = nextWord(text, e) {
		h := hashOf(KindWord, norm(text[s:e], buf[:0]))
		dst = append(dst, h, pairHash(prev, h))
		prev = h
		n++
	}
	if n > 0 {
		dst = append(dst, pairHash(prev, endHash))
	}
	return dst, n
}

func sameTextHashes(t *testing.T, text string) {
	t.Helper()
	got, n := TextHashes(text, nil)
	want, wn := textHashesRef(text, nil)
	if n != wn || !slices.Equal(got, want) {
		t.Fatalf("TextHashes(%q) = %d words %v, want %d words %v", text, n, got, wn, want)
	}
	// TextHashesAt gives the same hashes, and with its spans WordFeatures
	// gives the words and pairs that Features gives first.
	gotAt, nAt, spans := TextHashesAt(text, nil, nil)
	if nAt != n || !slices.Equal(gotAt, got) || len(spans) != 2*n {
		t.Fatalf("TextHashesAt(%q) = %d words %v, want %d words %v", text, nAt, gotAt, n, got)
	}
	all := Features(&Input{Text: text}, nil)
	if wf := WordFeatures(text, gotAt, spans, nil); len(wf) > len(all) || !slices.Equal(wf, all[:len(wf)]) || len(all) > len(wf) && (all[len(wf)].Kind == KindWord || all[len(wf)].Kind == KindPair) {
		t.Fatalf("WordFeatures(%q) = %v, Features %v", text, wf, all)
	}
	// The words of Features: their spans and hashes, in the sentence and
	// as a heading.
	var buf [maxWord]byte
	var wantF []Feature
	for s, e := nextWord(text, 0); s >= 0; s, e = nextWord(text, e) {
		wantF = append(wantF, Feature{hashOf(KindHeading, norm(text[s:e], buf[:0])), KindHeading, int32(s), int32(e)})
	}
	var gotF []Feature
	for _, f := range Features(&Input{Heading: text}, nil) {
		if f.Kind == KindHeading {
			gotF = append(gotF, f)
		}
	}
	if !slices.Equal(gotF, wantF) {
		t.Fatalf("Features(heading %q) = %v, want %v", text, gotF, wantF)
	}
}

// TestTextHashes checks the fast path of the word hashes against nextWord
// and norm, on every line of the TOSBack policies (when the corpus is
// beside the repository) and on words at its edges.
func TestTextHashes(t *testing.T) {
	for _, s := range []string{"", "Don't opt-out", "x-", "it's", "a'b'c d-1 e-f", "12345 123 parties ies bus",
		strings.Repeat("a", 24) + " " + strings.Repeat("b", 25) + " " + strings.Repeat("1", 30),
		"naïve café — ’tis don’t", "A–B", "end'", "end-", "x'é", "x-é", "aaaaaaaaaaaaaaaaaaaaaa-b", "aaaaaaaaaaaaaaaaaaaaaaa'bc",
		// words of more than 24 bytes: the 25th letter or digit is read for
		// the number, not kept; a plural at the cut.
		strings.Repeat("1", 24) + "a", strings.Repeat("1", 24) + "-ab", strings.Repeat("1", 25) + "-ab", "a-b-c-d-e-f-g-h-i-j-k-l-m-n",
		strings.Repeat("x", 20) + "ies’ab-cd", strings.Repeat("z", 21) + "bus-a", "Individual-Representatives", "what-do-i-need-to-know-about-cookies"} {
		sameTextHashes(t, s)
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "tosback", "*.md"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			sameTextHashes(t, line)
		}
	}
}

func FuzzTextHashes(f *testing.F) {
	f.Add("We don't sell your opt-out data: 12345 parties’ naïve")
	f.Fuzz(func(t *testing.T, s string) { sameTextHashes(t, s) })
}

// shippedModel loads the language's model the analyzer ships, or skips
// the test when there is none.
func shippedModel(t *testing.T) *Model {
	t.Helper()
	b, err := os.ReadFile("../weights/en.bin")
	if err != nil {
		t.Skip("no model:", err)
	}
	m, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestFillCommonFirst checks fill's layout of the shipped model: the dense
// rows in order of their features' count of weights, most first, and each
// feature at the first slot from its home that was free when it went in
// after all features of more weights (so the slots between its home and
// its own hold features of as many weights or more).
func TestFillCommonFirst(t *testing.T) {
	m := shippedModel(t)
	count := func(s slot) int { return len(m.weightsOf(s)) }
	rowCount := make([]int, len(m.dense.sparse))
	mask := uint32(len(m.table) - 1)
	for i, s := range m.table {
		if s.empty() {
			continue
		}
		if r, ok := s.row(); ok {
			rowCount[r] = count(s)
		}
		for j := s.hash & mask; j != uint32(i); j = (j + 1) & mask {
			if o := m.table[j]; o.empty() || count(o) < count(s) {
				t.Fatalf("feature %08x (%d weights) at slot %d, past slot %d (%d weights)", s.hash, count(s), i, j, count(o))
			}
		}
	}
	for r := 2; r < len(rowCount); r++ {
		if rowCount[r] > rowCount[r-1] {
			t.Fatalf("row %d of %d weights after row %d of %d", r, rowCount[r], r-1, rowCount[r-1])
		}
	}
}

// TestScoresDenseRows checks that the dense rows (pack) give the scores of
// the weights added one by one, on the language's model, for sentences of
// its own features (a few said many times) and of unknown ones, and when a
// sentence has too many features for the rows to be summed in threes.
func TestScoresDenseRows(t *testing.T) {
	m := shippedModel(t)
	if len(m.dense.sparse) <= 1 { // row 0 is no feature's
		t.Fatal("no dense rows")
	}
	// Each row is packRow of its feature's weights, head by head.
	for r := 1; r < len(m.dense.rows); r++ {
		row, want := make([]int32, 3*fewPacked), make([]int64, fewPacked)
		s := slot{ref: m.dense.sparse[r]}
		for _, w := range m.weights[s.off():s.end()] {
			row[w.head] += int32(w.w)
		}
		if packRow(want, row); !slices.Equal(m.dense.rows[r][:], want) {
			t.Fatalf("row %d = %v, want %v", r, m.dense.rows[r], want)
		}
	}
	var known []uint32
	for _, s := range m.table {
		if !s.empty() {
			known = append(known, s.hash)
		}
	}
	want := func(hs []uint32) []int32 { return scoresSparse(m, hs) }
	x := uint32(1)
	next := func() uint32 { x ^= x << 13; x ^= x >> 17; x ^= x << 5; return x }
	for n := range 200 {
		var hs []uint32
		for range n {
			if next()%5 == 0 {
				hs = append(hs, next())
			} else {
				hs = append(hs, known[next()%uint32(len(known))])
			}
		}
		if got := m.Scores(hs, nil); !slices.Equal(got, want(hs)) {
			t.Fatalf("Scores of %d features = %v, want %v", n, got, want(hs))
		}
		checkSums(t, m, hs, n/3)
		// The features as the words and pairs of a text of (n-1)/2 words,
		// each three bytes on from the last: a word and the pair after it
		// start at one place, and tie there when they weigh the same.
		words := max(n-1, 0) / 2
		spans := make([]int32, 2*words)
		for k := range words {
			spans[2*k], spans[2*k+1] = int32(3*k), int32(3*k+2)
		}
		size := 3 * words
		fs := WordFeatures(strings.Repeat("x", size), hs, spans, nil)
		for head := range m.Heads {
			for _, yes := range []bool{true, false} {
				for _, top := range []int{1, 3, 8} {
					want := explainSparse(m, head, fs, yes, len(fs)) // all of them, in order: the first top are the top
					if got, want := m.Explain(head, hs, spans, size, yes, top, nil), want[:min(top, len(want))]; !slices.Equal(got, want) {
						t.Fatalf("Explain(%d, %v, %d) of %d features = %v, want %v", head, yes, top, n, got, want)
					}
				}
			}
		}
	}
	m.dense.maxFeatures = 3 // long sentences, summed in parts
	hs := known[:50]
	if got := m.Scores(hs, nil); !slices.Equal(got, want(hs)) {
		t.Fatalf("Scores beyond maxFeatures = %v, want %v", got, want(hs))
	}
	checkSums(t, m, hs, 20)
	stride := m.dense.stride
	m.dense.stride = 0 // the scores one by one
	checkSums(t, m, hs, 20)
	m.dense.stride = stride
	// Packed lanes come apart exactly wherever each head's sum stays in its lane.
	const lim = 1<<(laneBits-1) - 1
	for _, c := range [][3]int32{{-1, -1, -1}, {lim, -lim - 1, lim}, {-lim - 1, lim, -lim - 1}, {0, -1, 1}, {-1, 0, lim}} {
		if a, b, x := unpack(pack3(c[0], c[1], c[2])); [3]int32{a, b, x} != c {
			t.Errorf("unpack(pack3(%v)) = %d, %d, %d", c, a, b, x)
		}
	}
	// ... and from a sum whose lanes overflowed on the way.
	if a, b, c := unpack(pack3(lim, -lim-1, 5) + pack3(lim, -lim-1, 5) + pack3(-lim, lim+1, -3)); a != lim || b != -lim-1 || c != 7 {
		t.Errorf("unpack of a sum = %d, %d, %d", a, b, c)
	}
}

// checkSums checks that ScoresWith of hs[:k] and the Sums of hs[k:] is
// Scores of hs, as the model pass scores a sentence with its heading's sums.
func checkSums(t *testing.T, m *Model, hs []uint32, k int) {
	t.Helper()
	if got, want := m.ScoresWith(hs[:k], m.Sums(hs[k:], nil), nil), scoresSparse(m, hs); !slices.Equal(got, want) {
		t.Fatalf("ScoresWith %d features and the Sums of %d = %v, want %v", k, len(hs)-k, got, want)
	}
}

// explainSparse is Model.Explain over the weights one by one.
func explainSparse(m *Model, i int, fs []Feature, yes bool, n int) []Contribution {
	var dst []Contribution
	for _, f := range fs {
		for _, w := range m.lookup(f.Hash) {
			if int(w.head) == i {
				dst = rank(dst, 0, n, yes, Contribution{f, int32(w.w)})
			}
		}
	}
	return dst
}

// scoresSparse is Model.Scores over the weights one by one.
func scoresSparse(m *Model, hs []uint32) []int32 {
	s := slices.Clone(m.Bias)
	for _, h := range hs {
		for _, w := range m.lookup(h) {
			s[w.head] += int32(w.w)
		}
	}
	return s
}

// TestScoresOddHeads checks the scores summed in threes for a model with
// three heads, and for one with four, whose last three have one; and for
// one with more heads than sumFew adds (the whole rows).
func TestScoresOddHeads(t *testing.T) {
	heads, exs := toy()
	var many []string
	for i := range 3*fewPacked + 1 - len(heads) {
		many = append(many, "more"+strconv.Itoa(i))
	}
	for _, more := range [][]string{{"third"}, {"third", "fourth"}, many} {
		m := Train(append(slices.Clone(heads), more...), exs, DefaultTrainOptions).Quantize(nil, nil)
		stride := fewPacked
		if len(m.Heads) > 3*fewPacked {
			stride = maxPacked
		}
		if len(m.Heads) != 2+len(more) || m.dense.stride != stride {
			t.Fatalf("%d heads, stride %d", len(m.Heads), m.dense.stride)
		}
		for _, txt := range []string{"We sell your personal information to partners.", "You may ask us to delete your data.", "", "Nothing here."} {
			hs := Hashes(&Input{Text: txt}, nil)
			if got, want := m.Scores(hs, nil), scoresSparse(m, hs); !slices.Equal(got, want) {
				t.Errorf("%d heads: Scores(%q) = %v, want %v", len(m.Heads), txt, got, want)
			}
			checkSums(t, m, hs, len(hs)/2)
		}
	}
}

// TestScoresTooLarge checks a model whose weights do not fit the packed
// lanes (a bias beyond a lane's half): pack leaves its dense rows out, and
// the table's slots give the features' own weights, to Scores, Explain and
// MarshalBinary alike.
func TestScoresTooLarge(t *testing.T) {
	heads, exs := toy()
	m := Train(heads, exs, DefaultTrainOptions).Quantize(nil, nil)
	if len(m.dense.sparse) <= 1 { // row 0 is no feature's
		t.Fatal("the toy model has no dense rows")
	}
	m.Bias[0] = 1 << (laneBits - 1)
	big, b := reloaded(t, m)
	if big.dense.stride != 0 || big.dense.sparse != nil {
		t.Fatalf("dense rows for weights beyond the lanes: stride %d", big.dense.stride)
	}
	for _, txt := range []string{"We sell your personal information to partners.", "You may ask us to delete your data.", "We sell products and you can delete them."} {
		hs := Hashes(&Input{Text: txt}, nil)
		want := scoresSparse(m, hs)
		if got := big.Scores(hs, nil); !slices.Equal(got, want) {
			t.Errorf("Scores(%q) = %v, want %v", txt, got, want)
		}
		hs, _, spans := TextHashesAt(txt, nil, nil)
		for head := range heads {
			if got, want := big.Explain(head, hs, spans, len(txt), true, 3, nil), m.Explain(head, hs, spans, len(txt), true, 3, nil); !slices.Equal(got, want) {
				t.Errorf("Explain(%d, %q) = %v, want %v", head, txt, got, want)
			}
		}
	}
	if again, _ := big.MarshalBinary(); !slices.Equal(again, b) {
		t.Error("MarshalBinary of the loaded model differs")
	}
}

// BenchmarkTextHashes hashes the words of the TOSBack policies line by line
// (when the corpus is beside the repository), as the model pass does.
func BenchmarkTextHashes(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "tosback", "*.md"))
	if len(files) == 0 {
		b.Skip("no corpus beside the repository")
	}
	var lines []string
	total := 0
	for _, p := range files[:min(len(files), 40)] {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			lines = append(lines, line)
			total += len(line)
		}
	}
	var hs []uint32
	b.SetBytes(int64(total))
	for b.Loop() {
		for _, line := range lines {
			hs, _ = TextHashes(line, hs[:0])
		}
	}
}

func TestTrainedOnly(t *testing.T) {
	heads, exs := toy()
	opt := DefaultTrainOptions
	opt.L1 = 0.1
	tr := Train(heads, exs, opt)
	one := tr.Only([]int{1})
	if !slices.Equal(one.Heads, []string{"right:deletion"}) || !slices.Equal(one.Bias, tr.Bias[1:]) {
		t.Fatalf("Only(1): heads %v bias %v, want right:deletion with bias %v", one.Heads, one.Bias, tr.Bias[1:])
	}
	for _, ex := range exs[:7] {
		if got, want := one.Predict(ex.Features)[0], tr.Predict(ex.Features)[1]; got != want {
			t.Errorf("Only(1) predicts %v, the whole model %v", got, want)
		}
	}
	for f, ws := range one.Weights {
		if len(ws) != 1 || ws[0] == 0 {
			t.Errorf("feature %x: weights %v, want the one head's, non-zero", f, ws)
		}
	}
}

// TestYesHeads compares YesHeads with Yes asked of each head, and checks
// that a model of more than 64 heads gets all bits.
func TestYesHeads(t *testing.T) {
	for _, n := range []int{0, 1, 26, 64} {
		m := &Model{Threshold: make([]int32, n)}
		scores := make([]int32, n)
		for i := range n {
			m.Threshold[i] = int32(i*37%11 - 5)
			scores[i] = int32(i*53%13 - 6)
		}
		yes := m.YesHeads(scores)
		for i := range 64 {
			if want := i < n && m.Yes(i, scores[i]); (yes&(1<<i) != 0) != want {
				t.Errorf("%d heads: head %d: YesHeads says %v, Yes %v", n, i, !want, want)
			}
		}
	}
	m := &Model{Threshold: make([]int32, 65)}
	if yes := m.YesHeads(make([]int32, 65)); yes != ^uint64(0) {
		t.Errorf("65 heads: YesHeads = %#x, want all bits", yes)
	}
}

// reloaded returns model m written by MarshalBinary and read back by Load,
// and the bytes written.
func reloaded(t *testing.T, m *Model) (*Model, []byte) {
	t.Helper()
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	return m2, b
}
