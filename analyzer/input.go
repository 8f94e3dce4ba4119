package analyzer

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/outline"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// checkInput adds notices about the input as a whole and reports whether it
// is worth analysing at all.
func checkInput(text string, r *Report) bool {
	if len(text) > MaxInputBytes {
		r.Notices = append(r.Notices, Notice{ID: "too-large", Level: "error",
			Message: "The text is " + sizeString(len(text)) + "; PolicyLens reads at most " + sizeString(MaxInputBytes) + "."})
		return false
	}
	if strings.TrimSpace(text) == "" {
		r.Notices = append(r.Notices, Notice{ID: "empty", Level: "error", Message: "There is no text to analyse: paste a privacy policy."})
		return false
	}
	sample := text
	if len(sample) > 64<<10 {
		sample = sample[:64<<10]
	}
	bad, ctrl, total := 0, 0, 0
	invalid := false // any byte of the sample is not valid UTF-8 (or a rune is cut at its end)
	for i := 0; i < len(sample); {
		if plainByte[sample[i]] {
			j := plainRun(sample, i+1)
			total += j - i
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(sample[i:])
		if r == utf8.RuneError && n <= 1 {
			invalid = true
			if i+utf8.UTFMax <= len(sample) || utf8.FullRuneInString(sample[i:]) {
				bad++
			}
		} else if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' || r == 0x7f {
			ctrl++
		}
		total++
		i += n
	}
	if (bad+ctrl)*10 > total {
		r.Language = "unknown"
		r.Notices = append(r.Notices, Notice{ID: "binary", Level: "error",
			Message: "This looks like a binary file, not text: open the policy in a browser or editor and paste its text."})
		return false
	}
	// A sample that is the whole text was read rune by rune already.
	if len(sample) < len(text) && !utf8.ValidString(text) || len(sample) == len(text) && invalid {
		r.Notices = append(r.Notices, Notice{ID: "invalid-utf8", Level: "warning",
			Message: "The text contains bytes that are not valid UTF-8; they were skipped."})
	}
	if looksLikeHTML(sample) {
		r.Notices = append(r.Notices, Notice{ID: "html", Level: "info",
			Message: "The text contains HTML markup; tags were ignored and only the words were read."})
	}
	return true
}

// plainByte marks the bytes of plain ASCII text: printable characters and
// line breaks and tabs.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = true
	}
	t['\n'], t['\r'], t['\t'] = true, true, true
	return t
}()

// plainRun returns where the run of plain bytes (plainByte) of s from i
// on ends. It reads eight bytes at a time while they are all printable
// ASCII, the commonest case.
func plainRun(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for {
		// Sixteen bytes a step while the text is plain, the same test on
		// both words at once: half the loop's own instructions.
		for ; i+16 <= len(s); i += 16 {
			w := s[i : i+16]
			x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			y := uint64(w[8]) | uint64(w[9])<<8 | uint64(w[10])<<16 | uint64(w[11])<<24 |
				uint64(w[12])<<32 | uint64(w[13])<<40 | uint64(w[14])<<48 | uint64(w[15])<<56
			if (x|y|(x+ones)|(y+ones)|(x-' '*ones)|(y-' '*ones))&highs != 0 {
				break
			}
		}
		for ; i+8 <= len(s); i += 8 {
			w := s[i : i+8]
			x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			// A byte beyond ASCII, one below ' ' (x-' ' borrows), or DEL
			// (0x7f: x+1 carries into the high bit; a byte below it does
			// not carry at all): one test of the high bits. A borrow or a
			// carry may mark a plain byte above the first that is not,
			// which the loop below then reads.
			if (x|(x+ones)|(x-' '*ones))&highs != 0 {
				break
			}
		}
		// Eight bytes one by one: a line break is plain, and the run goes on.
		end := min(i+8, len(s))
		for i < end && plainByte[s[i]] {
			i++
		}
		if i < end || i == len(s) {
			return i
		}
	}
}

// htmlTags are the openings of HTML tags that mark pasted markup.
var htmlTags = []string{"<p>", "<p ", "<div", "<br", "<li", "<a href", "<span", "<html", "<body", "<h1", "<h2", "<td", "<script"}

// looksLikeHTML reports whether the text holds several HTML tags.
func looksLikeHTML(s string) bool {
	n := 0
	for i := strings.IndexByte(s, '<'); i >= 0; {
		for _, tag := range htmlTags {
			if strings.HasPrefix(s[i:], tag) {
				if n++; n >= 3 {
					return true
				}
				break
			}
		}
		k := strings.IndexByte(s[i+1:], '<')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

func sizeString(n int) string {
	switch {
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
	case n >= 1<<10:
		return strconv.FormatFloat(float64(n)/(1<<10), 'f', 1, 64) + " KB"
	}
	return strconv.Itoa(n) + " bytes"
}

// checkLanguage tells English from other text by the share of common
// English words among the tokens. A short text may have none ("Privacy
// Policy Notice / Effective: June 12, 2020"): there the words of policies
// count too.
//
// A text that is not English is read in outline when it is clearly in a
// language of rules/outline (detectOutline): then the language is returned
// (and false), or nil with a notice when its cues are missing (readIn).
func checkLanguage(input string, toks []text.Token, lx *lexicon.Lexicon, r *Report) (bool, *outline.Lang) {
	n, en, vocab, foreign, script, accented := 0, 0, 0, 0, 0, 0
	for _, t := range toks {
		if t.Num >= 0 {
			continue
		}
		n++
		if lx.InSet(t.ID, lexicon.WordsEnglish) {
			en++
		} else if n < 40 && lx.InSet(t.ID, lexicon.WordsPolicy) {
			vocab++
		} else if n < 40 {
			if lx.InSet(t.ID, lexicon.WordsForeign) {
				foreign++
			}
			if w := input[t.Start:t.End]; otherScript(w) {
				script++
			} else if !text.IsASCII(w) {
				accented++ // "informações", "données", "Löschung"
			}
		}
		if n >= 5000 {
			break
		}
		// English enough whatever follows: n stops at 5,000 and en never
		// falls, so en*100 >= n*12 holds at the end (and from 40 words on
		// the vocabulary is not counted).
		if en >= 600 && n >= 40 {
			return true, nil
		}
	}
	// A short text in another language may borrow the words of policies
	// ("La technologie utilisée est le cookie", "Les données « web
	// analytics » sont collectées ... par Google Analytics"): two of
	// another language's function words or more, and more of them than of
	// English's, tell it apart however short it is; so does a short text
	// written mostly in another script ("Пользователем сайта ...", or
	// "我们收集...", where a sentence without spaces is one token).
	notEnglish := n < 40 && (foreign >= 2 && foreign > en || script*2 > n)
	// So does a short text clearly in a language of rules/outline, with
	// more of its detect words than English words ("Non vendiamo i tuoi
	// dati personali", "Puede retirar su consentimiento en cualquier
	// momento"): the foreign function words above are few for each. A
	// short text with none of them, no letter outside ASCII
	// ("Compartilhamos informações ...") and some English function words
	// ("Utilizamos cookies de seguridad" has none) is English without
	// asking the cue files, which are compiled on their first use: the
	// page's first analysis ("We collect your email address.") would
	// compile all seven (about 40 ms in WebAssembly) before it is ready.
	var detected *outline.Lang // detectOutline's answer, once asked
	asked := false
	if n < 40 && !notEnglish && (foreign+script+accented > 0 || en == 0) {
		detected, asked = detectOutline(input), true
		if detected != nil && detected.Detect(outline.Words(input, 0, nil)) > en {
			return false, readIn(detected, r)
		}
	}
	if n < 8 && !notEnglish {
		return true, nil // too short to tell; analyse what is there
	}
	if n < 40 {
		en += vocab
	}
	if notEnglish || en*100 < n*12 {
		if !asked {
			detected = detectOutline(input)
		}
		if detected != nil {
			return false, readIn(detected, r)
		}
		r.Language = "unknown"
		r.Notices = append(r.Notices, Notice{ID: "not-english", Level: "error",
			Message: "This does not look like a privacy policy in a language PolicyLens reads: " + readLanguages() + "."})
		return false, nil
	}
	return true, nil
}

// readIn returns language l, detected, with its cues compiled, or, when
// they are missing (a WebAssembly build not given the asset, or given a
// broken one: SetOutline), nil, with r's language unknown and a notice
// that says why the text was not read.
func readIn(l *outline.Lang, r *Report) *outline.Lang {
	full, err := outlineCues(l)
	if err != nil {
		r.Language = "unknown"
		r.Notices = append(r.Notices, outlineUnavailable(l, err))
		return nil
	}
	return full
}

// otherScript reports whether word begins with a letter of a script other
// than Latin (Cyrillic, Greek, Arabic, Han, ...), which no English word
// does. Latin letters with accents ("données", "Straße") are Latin.
func otherScript(word string) bool {
	c, _ := utf8.DecodeRuneInString(word)
	return c >= 0x250 && !(c >= 0x1E00 && c <= 0x1EFF) && unicode.IsLetter(c)
}

// readLanguages names the languages the analyzer reads, for the notice of
// a text in none of them: "English, and in outline French, German, ...".
func readLanguages() string {
	out := "English"
	langs := outlineLanguages()
	for i, l := range langs {
		switch {
		case i == 0:
			out += ", and in outline " + l.Name
		case i == len(langs)-1:
			out += " and " + l.Name
		default:
			out += ", " + l.Name
		}
	}
	return out
}
