package jsonw

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
	"unicode/utf8"
)

func TestAppendString(t *testing.T) {
	for _, s := range []string{"", "plain", `a "quoted" \ back`, "<b>&amp;</b>", "tab\tnl\ncr\rbs\bff\f\x00\x1f\x7f",
		"\u2028\u2029", "bad \xff utf-8 \xc3", "é ’ 日本 😀", "mixed \xe2\x80 end"} {
		want, _ := json.Marshal(s)
		if got := AppendString(nil, s); string(got) != string(want) {
			t.Errorf("AppendString(%q) = %s, want %s", s, got, want)
		}
	}
}

// TestWriterString writes strings several times over, among them strings
// of the same length and last byte (the same slot of the plain strings a
// Writer remembers) that need escapes or not: each must come out as
// encoding/json writes it.
func TestWriterString(t *testing.T) {
	list := []string{"", "practice", "practicE", `practic"`, "rule.name", "rule\nam", "same", "bad\xff", "bad\xfe", "<>&x", "abcx"}
	for i := range 600 {
		list = append(list, strconv.Itoa(i))
	}
	var w Writer
	var want []byte
	for range 3 {
		for i, s := range list {
			w.String(s)
			m, _ := json.Marshal(s)
			want = append(want, m...)
			if i%7 == 0 { // the same string again, right away
				w.String(s)
				want = append(want, m...)
			}
		}
	}
	if string(w.B) != string(want) {
		t.Errorf("Writer.String wrote %d bytes unlike encoding/json's %d", len(w.B), len(want))
	}
}

// TestAppendStringEveryByte puts every byte at every place of a run of plain
// bytes: AppendString must write what encoding/json writes.
func TestAppendStringEveryByte(t *testing.T) {
	for c := range 256 {
		for at := range 24 {
			b := bytes.Repeat([]byte("Plain text"), 3)[:24]
			b[at] = byte(c)
			s := string(b)
			want, _ := json.Marshal(s)
			if got := AppendString(nil, s); string(got) != string(want) {
				t.Errorf("AppendString(%q) = %s, want %s", s, got, want)
			}
		}
	}
}

func FuzzAppendString(f *testing.F) {
	f.Add("a<b>\xff\u2028")
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := AppendString(nil, s); string(got) != string(want) {
			t.Errorf("AppendString(%q) = %s, want %s", s, got, want)
		}
	})
}

func TestAppendFloat(t *testing.T) {
	for _, f := range []float64{0, 1, -1, 6.5, 0.1, 1e-7, 1.5e-7, 1e20, 1e21, 1.25e21, -3e-9, 123456789.125, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		want, _ := json.Marshal(f)
		got, err := AppendFloat(nil, f)
		if err != nil || string(got) != string(want) {
			t.Errorf("AppendFloat(%v) = %s, %v; want %s", f, got, err, want)
		}
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, err := AppendFloat(nil, f); err == nil {
			t.Errorf("AppendFloat(%v): no error", f)
		}
	}
}

func TestIndent(t *testing.T) {
	for _, s := range []string{`null`, `{}`, `[]`, `{"a":[],"b":{},"c":[1,{"d":"x,y:{[\"\\"}]}`, `[[[]],[{}],"\u2028"]`, `"s"`, `{"a":null}`} {
		var want bytes.Buffer
		if err := json.Indent(&want, []byte(s), "> ", "\t"); err != nil {
			t.Fatal(err)
		}
		if got := Indent([]byte("x"), []byte(s), "> ", "\t"); string(got) != "x"+want.String() {
			t.Errorf("Indent(%s) = %s, want %s", s, got[1:], want.Bytes())
		}
	}
}

// TestQuoteByte holds quoteByte to strconv.QuoteRune on every byte.
func TestQuoteByte(t *testing.T) {
	for c := range 256 {
		if got, want := quoteByte(byte(c)), strconv.QuoteRune(rune(c)); got != want {
			t.Errorf("quoteByte(%#x) = %s, want %s", c, got, want)
		}
	}
}

// TestParseFloat holds parseFloat to strconv.ParseFloat on JSON numbers;
// run with GOOS=js GOARCH=wasm, it tests the browser's (JavaScript's Number)
// under Node.
func TestParseFloat(t *testing.T) {
	for _, s := range []string{"0", "-0", "1", "-1", "7.5", "10", "0.1", "0.3", "1e-7", "1.5e-7", "1E+21", "123456789.125",
		"9007199254740993", "9007199254740992.5", "2.2250738585072011e-308", "2.2250738585072012e-308", "4.9e-324", "2.4e-324",
		"1e-400", "-1e-400", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "-1e400",
		"0.1000000000000000055511151231257827021181583404541015625", "0.10000000000000000555111512312578270211815834045410156250001",
		"123456789012345678901234567890e-10", "1.00000000000000011102230246251565404236316680908203125"} {
		want, err := strconv.ParseFloat(s, 64)
		got, ok := parseFloat(s)
		if ok != (err == nil) || ok && math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("parseFloat(%s) = %v, %v; strconv.ParseFloat: %v, %v", s, got, ok, want, err)
		}
	}
}

// TestWriterInt: Int, and KeyInt after its key, write what strconv writes,
// after what B holds and whatever room it has.
func TestWriterInt(t *testing.T) {
	ns := []int{0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 12345, 99999, 100000, 123456, 999999999, 1e9, 1234567890, -1, -123, math.MaxInt, math.MinInt}
	for p := 1; p < 1e9; p *= 10 {
		ns = append(ns, p-1, p, p+1, 7*p+3)
	}
	for p := 1; p < 1e9; p *= 2 {
		ns = append(ns, p-1, p, p+1)
	}
	ns = append(ns, 1e8-1, 1e8, 1e8+1, 12345678, 10000001, 99990000, 10203040)
	for _, n := range ns {
		for _, room := range []int{0, 1, 5, 7, 8, 9, 15, 16, 17, 20, 40} {
			w := Writer{B: make([]byte, 2, 2+room)}
			w.B[0], w.B[1] = 'x', ','
			w.Int(n)
			if want := "x," + strconv.Itoa(n); string(w.B) != want {
				t.Errorf("Int(%d) with room %d: %q, want %q", n, room, w.B, want)
			}
			w = Writer{B: make([]byte, 2, 2+room)}
			w.B[0], w.B[1] = 'x', ','
			w.KeyInt(`"offset":`, n)
			if want := `x,"offset":` + strconv.Itoa(n); string(w.B) != want {
				t.Errorf("KeyInt(%d) with room %d: %q, want %q", n, room, w.B, want)
			}
		}
	}
}

// TestWriterIntAll: Int writes what strconv writes for every number below
// 10^6 and every 97th one below 10^8 (its digits side by side).
func TestWriterIntAll(t *testing.T) {
	var w Writer
	var want []byte
	for n := 0; n < 1e8; n++ {
		if n >= 1e6 && n%97 != 0 {
			continue
		}
		w.B = w.B[:0]
		w.Int(n)
		if want = strconv.AppendInt(want[:0], int64(n), 10); string(w.B) != string(want) {
			t.Fatalf("Int(%d) = %q, want %q", n, w.B, want)
		}
	}
}

// TestPlainPrefix compares plainPrefix with a byte-by-byte count, for every
// byte at every place of runs of several lengths, after another byte to
// look at or not, and for random strings of few kinds of bytes.
func TestPlainPrefix(t *testing.T) {
	want := func(s string) int {
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf || !safe[s[i]] {
				return i
			}
		}
		return len(s)
	}
	for _, n := range []int{1, 7, 8, 9, 15, 16, 17, 24} {
		for c := range 256 {
			for at := range n {
				for _, later := range []byte{'a', 0x01, '<', 0xe2, '"'} {
					b := bytes.Repeat([]byte("Plain text"), 3)[:n]
					if at+1 < n {
						b[n-1] = later
					}
					b[at] = byte(c)
					if got, want := plainPrefix(string(b)), want(string(b)); got != want {
						t.Fatalf("plainPrefix(%q) = %d, want %d", b, got, want)
					}
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	kinds := []byte("ab \x00\x1f \"&<>\\\x7f\x80\xe2\xff")
	for range 200000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			if r.IntN(4) == 0 {
				b[i] = kinds[r.IntN(len(kinds))]
			} else {
				b[i] = 'a' + byte(r.IntN(26))
			}
		}
		if got, want := plainPrefix(string(b)), want(string(b)); got != want {
			t.Fatalf("plainPrefix(%q) = %d, want %d", b, got, want)
		}
		js, _ := json.Marshal(string(b))
		if got := AppendString(nil, string(b)); string(got) != string(js) {
			t.Fatalf("AppendString(%q) = %s, want %s", b, got, js)
		}
	}
}
