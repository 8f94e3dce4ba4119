package analyzer

import (
	"errors"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/internal/outline"
)

// TestOutlineAsset checks that the asset and the detect parts give back
// each cue file as rules/outline holds it (comments emptied), and that a
// split and a merge of a file are the file.
func TestOutlineAsset(t *testing.T) {
	texts, err := readOutlineAsset(outlineAsset, outlineDetectFiles[:])
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) != len(outlineDetectFiles) || len(texts) == 0 {
		t.Fatalf("%d texts of %d files", len(texts), len(outlineDetectFiles))
	}
	for i, text := range texts {
		d, c := splitCueFile(text)
		if d != outlineDetectFiles[i].data {
			t.Errorf("%s: its detect part is not outline_detect.go's", outlineDetectFiles[i].name)
		}
		if strings.Contains(c, "detect:") || !strings.Contains(d, "detect:") || !strings.Contains(c, "language ") {
			t.Errorf("%s: split wrongly", outlineDetectFiles[i].name)
		}
	}
	if !strings.Contains(outlineDetectFiles[0].data, "\ndetect:") || strings.Contains(outlineDetectFiles[0].data, "\ndata ") {
		t.Errorf("outline_detect.go holds other lines than detection needs")
	}
}

// TestOutlineAssetErrors checks that an asset that is not one, or of other
// cue files, is refused with an error that says so.
func TestOutlineAssetErrors(t *testing.T) {
	files := []cueFile{{"xx.txt", "language xx Test\ndetect: wir ihre"}, {"yy.txt", "\nlanguage yy Other\n\ndetect: foo"}}
	good := writeOutlineAsset([]string{"xx.txt", "yy.txt"}, []string{"language xx Test\n\nverb share: geben", "\nlanguage yy Other\n\n\nverb share: bar"})
	texts, err := readOutlineAsset(good, files)
	if err != nil {
		t.Fatal(err)
	}
	if want := "language xx Test\ndetect: wir ihre\nverb share: geben\n"; texts[0] != want {
		t.Errorf("merged %q, want %q", texts[0], want)
	}
	for _, c := range []struct{ name, asset, want string }{
		{"empty", "", `not PolicyLens outline cues: it begins ""`},
		{"html", "<!doctype html><html><head><title>Not found</title></head><body>gone</body></html>", `not PolicyLens outline cues: it begins "<!doctype html><html><head><title>Not fo..."`},
		{"a model", "PLSM\x00\x01\x02", "not PolicyLens outline cues"},
		{"text before", strings.Replace(good, "@ xx.txt", "stray\n@ xx.txt", 1), "outline cues of other files: xx.txt is not where this analyzer reads it"},
		{"a file missing", writeOutlineAsset([]string{"xx.txt"}, []string{"language xx Test"}), "outline cues of other files: yy.txt is not"},
		{"a file more", writeOutlineAsset([]string{"xx.txt", "yy.txt", "zz.txt"}, []string{"language xx Test", "\nlanguage yy Other", "language zz Z"}), "outline cues of other files: more than this analyzer reads"},
		{"another language", strings.Replace(good, "language yy Other", "language zz Other", 1), "yy.txt:2: the outline cues are of another version of the file"},
		{"a cue on a detect line", strings.Replace(good, "\n\nverb share: geben", "\nverb share: geben", 1), "xx.txt:2: the outline cues are of another version"},
		{"a language line missing", strings.Replace(good, "\nlanguage yy Other", "\n", 1), "yy.txt:2: the outline cues are of another version"},
		{"cut short", good[:len(good)-20], "outline cues cut short: no end line"},
	} {
		_, err := readOutlineAsset(c.asset, files)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
}

// TestOutlineUnavailable checks the report of a French text when the cues
// are missing, as in the page before the asset arrives or after it failed:
// no findings, language unknown, a notice that says why; with the cues
// back, the French reading.
func TestOutlineUnavailable(t *testing.T) {
	const fr = "Nous collectons votre adresse e-mail lorsque vous créez un compte. Vos données personnelles ne sont jamais vendues à des tiers."
	want := analyzeRules(fr)
	if want.Language != "fr" || len(want.Findings) == 0 {
		t.Fatalf("the French text reads as %q with %d findings", want.Language, len(want.Findings))
	}
	defer setOutline(outlineAsset, nil)
	for _, c := range []struct {
		name  string
		set   func()
		words string
	}{
		{"pending", func() { outlineSrc.Store(nil) }, "has not arrived yet"},
		{"failed", func() { setOutline("", errors.New("HTTP 404")) }, "could not be loaded (HTTP 404)"},
		{"broken", func() { setOutline("<html>", nil) }, `could not be loaded (not PolicyLens outline cues: it begins "<html>")`},
		{"a file that does not compile", func() {
			before, fr, _ := strings.Cut(outlineAsset, "\n@ fr.txt\n")
			setOutline(before+"\n@ fr.txt\n"+strings.Replace(fr, "\ndata email:", "\ndata e-mail:", 1), nil)
		}, `unknown data id "e-mail"`},
	} {
		c.set()
		r := analyzeRules(fr)
		if r.Language != "unknown" || len(r.Findings) != 0 || len(r.Notices) != 1 {
			t.Errorf("%s: language %q, %d findings, notices %+v", c.name, r.Language, len(r.Findings), r.Notices)
			continue
		}
		if n := r.Notices[0]; n.ID != "outline-unavailable" || n.Level != "error" || !strings.Contains(n.Message, "French") || !strings.Contains(n.Message, c.words) {
			t.Errorf("%s: notice %+v, want one that says %q", c.name, n, c.words)
		}
		if en := analyzeRules("We collect your email address when you create an account."); en.Language != "en" || len(en.Findings) == 0 {
			t.Errorf("%s: an English text reads as %q with %d findings", c.name, en.Language, len(en.Findings))
		}
	}
	setOutline(outlineAsset, nil)
	if r := analyzeRules(fr); r.Language != "fr" || len(r.Findings) != len(want.Findings) {
		t.Errorf("the cues back: language %q, %d findings, want fr and %d", r.Language, len(r.Findings), len(want.Findings))
	}
}

// FuzzOutlineAsset reads mutations of the outline cue asset, which a page
// fetches over the network: readOutlineAsset and the cue parser must return
// texts or an error, never panic, and an asset they accept must compile to
// languages or say why not.
func FuzzOutlineAsset(f *testing.F) {
	f.Add(outlineAsset)
	f.Add(outlineAssetHeader + "\n" + outlineAssetEnd + "\n")
	f.Add(outlineAsset[:len(outlineAsset)/2])
	f.Add("<!doctype html><title>404</title>")
	f.Fuzz(func(t *testing.T, asset string) {
		texts, err := readOutlineAsset(asset, outlineDetectFiles[:])
		if err != nil {
			if texts != nil {
				t.Fatalf("texts and an error: %v", err)
			}
			return
		}
		if len(texts) != len(outlineDetectFiles) {
			t.Fatalf("%d texts of %d files", len(texts), len(outlineDetectFiles))
		}
		for i, text := range texts {
			if l, err := outline.Parse(outlineDetectFiles[i].name, text); (l == nil) == (err == nil) {
				t.Fatalf("%s: language %v, error %v", outlineDetectFiles[i].name, l != nil, err)
			}
		}
	})
}
