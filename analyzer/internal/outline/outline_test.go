package outline

import (
	"strconv"
	"strings"
	"testing"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Données":   "donnees",
		"Löschung":  "loschung",
		"Straße":    "strasse",
		"ÉLÈVE":     "eleve",
		"Œuvre":     "oeuvre",
		"Ещё":       "еще",
		"ДАННЫХ":    "данных",
		"e-mail":    "e-mail",
		"coração":   "coracao",
		"Łódź":      "lodz",
		"plain":     "plain",
		"Ñandú":     "nandu",
		"Ærø":       "aero",
		"Privatsph": "privatsph",
		// Turkish: İ (whose lower case is "i" with a combining dot in full
		// case mapping), ı and I all fold to "i"
		"İLETİŞİM":    "iletisim",
		"KİŞİSEL":     "kisisel",
		"i\u0307leti": "ileti",
		"ışık":        "isik",
		"IŞIK":        "isik",
		"Çağrı":       "cagri",
		"Öğrenme":     "ogrenme",
		"GÜNCELLEME":  "guncelleme",
		// full-width forms of ASCII
		"ＡＢＣ１２３": "abc123",
		"ＩＰ":     "ip",
		"Ｃｏｏｋｉｅ": "cookie",
		"個人情報":   "個人情報",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWords(t *testing.T) {
	s := "L'adresse e-mail, n’est pas -- 13 mois (opt-out)."
	var got []string
	for _, w := range Words(s, 0, nil) {
		if s[w.Start:w.End] == "" {
			t.Fatalf("empty word at %d", w.Start)
		}
		got = append(got, w.Fold)
	}
	want := "l adresse e-mail n est pas 13 mois opt-out"
	if strings.Join(got, " ") != want {
		t.Errorf("Words: %q, want %q", strings.Join(got, " "), want)
	}
}

// TestWordsCJK: a character of Han, Hiragana or Katakana is a word of
// its own, a run of Latin letters or digits among them one word, and
// full-width forms fold to ASCII; digits glued to Hangul split.
func TestWordsCJK(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"当社は個人情報を取得します。", "当 社 は 個 人 情 報 を 取 得 し ま す"},
		{"Cookie（クッキー）を使用", "cookie ク ッ キ ー を 使 用"},
		{"ＩＰアドレス、ＡＢＣ１２３", "ip ア ド レ ス abc123"},
		{"保存期間は3年間です", "保 存 期 間 は 3 年 間 で す"},
		{"我们收集您的个人信息", "我 们 收 集 您 的 个 人 信 息"},
		{"各々の目的", "各 々 の 目 的"},
		{"e-mailアドレス", "e-mail ア ド レ ス"},
		// Korean: words of Hangul, digits glued to them split
		{"개인정보를 제3자에게 5년간", "개인정보를 제 3 자에게 5 년간"},
		{"만14세, IP주소, mp3 파일, 2024년3월", "만 14 세 ip주소 mp3 파일 2024 년 3 월"},
	} {
		var got []string
		for _, w := range Words(c.in, 0, nil) {
			if c.in[w.Start:w.End] == "" {
				t.Fatalf("%q: empty word", c.in)
			}
			got = append(got, w.Fold)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("Words(%q) = %q, want %q", c.in, g, c.want)
		}
	}
}

func TestMatch(t *testing.T) {
	l, err := Parse("xx.txt", `language xx Test
detect: le la
data email: adresse* e-mail | courriel*
data personal-info: données | données personnelles
data ip-address: adresse ? ip
verb collect: collect*
negate: ne ? pas
negate-after: nicht
data personal-info: 個人情報
verb sell: 販売
negate-after: ません
`)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"Nous collectons vos adresses e-mail", "verb/collect[1,2) data/email[3,5)"},
		{"les courriels", "data/email[1,2)"},
		{"les données personnelles", "data/personal-info[1,3)"},
		{"une adresse de protocole ip", ""},
		{"une adresse internet ip", "data/ip-address[1,4)"},
		{"nous ne collectons pas", "negate[1,4) verb/collect[2,3)"},
		{"collectif", "verb/collect[0,1)"},
		{"wir collect nicht", "verb/collect[1,2) negate-after[2,3)"},
		// characters in a row, with no spaces
		{"当社は個人情報を販売しません。", "data/personal-info[3,7) verb/sell[8,10) negate-after[11,14)"},
		{"個人情", ""},
		{"個 人 情 報", "data/personal-info[0,4)"},
	} {
		ws := Words(c.text, 0, nil)
		var got []string
		for _, m := range l.Match(ws, nil) {
			cue := l.Cues[m.Cue]
			s := cue.Kind.String()
			if cue.ID != "" {
				s += "/" + cue.ID
			}
			got = append(got, s+"["+strconv.Itoa(m.From)+","+strconv.Itoa(m.To)+")")
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: %q, want %q", c.text, strings.Join(got, " "), c.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{"detect: le\n", "xx.txt:1: the first line"},
		{"language xx X\ndetect: le\ndata emial: courriel\n", "xx.txt:3: unknown data id \"emial\""},
		{"language xx X\ndetect: le\nfoo: bar\n", "xx.txt:3: unknown kind \"foo\""},
		{"language xx X\ndetect: le\nchange email: bar\n", "xx.txt:3: kind change takes no id"},
		{"language xx X\ndetect: le\nright: bar\n", "xx.txt:3: kind right needs an id"},
		{"language xx X\ndetect: le\nverb collect: a || b\n", "xx.txt:3: an empty phrase"},
		{"language xx X\ndetect: le\nverb collect: ? a\n", "xx.txt:3: phrase \"? a\" must start with a word"},
		{"language xx X\ndetect: le\nverb collect without colon\n", "xx.txt:3: a line is"},
		{"language xx X\ndata email: courriel\n", "xx.txt: no \"detect:\" words"},
		{"language xx X\ndetect: le\nexcept before: und\n", "xx.txt:3: kind except takes no id"},
	} {
		_, err := Parse("xx.txt", c.file)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.file, err, c.want)
		}
	}
}

// TestParseDetect: ParseDetect reads the language and its detect words
// and skips the cues (a bad one included), which Parse compiles and checks.
func TestParseDetect(t *testing.T) {
	const file = "language xx Test\ndetect: le la\nverb collect: collect*\nbogus: x\n"
	l, err := ParseDetect("xx.txt", file)
	if err != nil || l.Code != "xx" || l.Name != "Test" || len(l.Cues) != 0 || l.Detect(Words("le chat la", 0, nil)) != 2 {
		t.Fatalf("ParseDetect = %+v, %v", l, err)
	}
	if _, err := Parse("xx.txt", file); err == nil || !strings.Contains(err.Error(), "xx.txt:4") {
		t.Fatalf("Parse error = %v, want one at xx.txt:4", err)
	}
}

// TestExpandGroups holds the bars and groups of a line's body.
func TestExpandGroups(t *testing.T) {
	for _, c := range []struct {
		body, want, msg string
	}{
		{"a | b c", "a/b c", ""},
		{"{提供|開示}{しません|しない}", "提供しません/提供しない/開示しません/開示しない", ""},
		{"x | {sat|kirala}m{ıyoruz|ayız} | y", "x/satmıyoruz/satmayız/kiralamıyoruz/kiralamayız/y", ""},
		{"提供{を|}行いません", "提供を行いません/提供行いません", ""},
		{"{a|b} c*", "a c*/b c*", ""},
		{"a |", "", "an empty phrase"},
		{"| a", "", "an empty phrase"},
		{"", "", "an empty phrase"},
		{"{a|b", "", "not closed"},
		{"a}", "", "closes no group"},
		{"{a|{b}}", "", "a group in a group"},
		{"{|}", "", "leave its phrase empty"},
	} {
		got, msg := ExpandGroups(c.body)
		if c.msg != "" {
			if !strings.Contains(msg, c.msg) {
				t.Errorf("%q: error %q, want one saying %q", c.body, msg, c.msg)
			}
			continue
		}
		if msg != "" || strings.Join(got, "/") != c.want {
			t.Errorf("%q: %q (%s), want %q", c.body, strings.Join(got, "/"), msg, c.want)
		}
	}
}
