package analyzer

import (
	"errors"
	"strconv"
	"strings"
)

// The outline cue asset: the cue files of rules/outline without their
// detect words and comments, one text that the web page loads beside its
// WebAssembly (outline.txt; scripts/build) and that a native build holds
// (OutlineAsset). Telling a text's language needs only each file's
// language line and detect words, which every build holds
// (outlineDetectFiles, a few KB); reading a text in outline needs its
// file's cues, 200 KB of text, which a WebAssembly build leaves to the
// asset (SetOutline): the page's download is smaller, and a reader of an
// English policy never needs them.
//
// The asset's first line is outlineAssetHeader; then each file is a line
// "@ <name>" and its lines, with the line numbers of rules/outline: a
// comment and a detect line are empty lines, so that a load error names
// the file's line. No line of a cue file begins with "@". Its last line is
// outlineAssetEnd, so that an asset cut short is not read.

// outlineAssetHeader and outlineAssetEnd are the first and the last line
// of the outline cue asset.
const (
	outlineAssetHeader = "# PolicyLens outline cues, version 1"
	outlineAssetEnd    = "# end of the outline cues"
)

// splitCueFile splits the text of a cue file, its comments emptied, into
// what detection needs, the language line and the detect lines (the other
// lines empty, and no empty lines at its end), and the rest, the cues (the
// detect lines empty; the language line in both, to check that they are
// of one file).
func splitCueFile(text string) (detect, cues string) {
	lines := strings.Split(text, "\n")
	d := make([]string, len(lines))
	c := make([]string, len(lines))
	language := true
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case language:
			d[i], c[i], language = l, l, false
		case isDetectLine(t):
			d[i] = l
		default:
			c[i] = l
		}
	}
	return strings.TrimRight(strings.Join(d, "\n"), "\n"), strings.TrimRight(strings.Join(c, "\n"), "\n")
}

// isDetectLine reports whether the line (trimmed) is a "detect:" line.
func isDetectLine(line string) bool {
	head, _, ok := strings.Cut(line, ":")
	return ok && strings.TrimSpace(head) == "detect"
}

// writeOutlineAsset writes the asset of the cue parts of the files named
// (splitCueFile), in their order.
func writeOutlineAsset(names, cues []string) string {
	var b strings.Builder
	b.WriteString(outlineAssetHeader + "\n")
	for i, n := range names {
		b.WriteString("@ " + n + "\n" + cues[i] + "\n")
	}
	return b.String() + outlineAssetEnd + "\n"
}

// readOutlineAsset reads asset against the detect parts of detect, the
// files a build holds, and returns each file's text, its detect lines and
// cues together, in the order of detect. The asset must hold the same
// files in the same order, each with the same language line and no line
// where its detect part has one: an asset of another version of the
// cue files is refused, not read with detect words it does not match.
func readOutlineAsset(asset string, detect []cueFile) ([]string, error) {
	rest, ok := strings.CutPrefix(asset, outlineAssetHeader+"\n")
	if !ok {
		first, _, _ := strings.Cut(asset, "\n")
		if len(first) > 40 {
			first = first[:40] + "..."
		}
		return nil, errors.New("not PolicyLens outline cues: it begins \"" + first + "\"")
	}
	if rest, ok = strings.CutSuffix(rest, outlineAssetEnd+"\n"); !ok {
		return nil, errors.New("outline cues cut short: no end line")
	}
	out := make([]string, len(detect))
	for i, f := range detect {
		if rest, ok = strings.CutPrefix(rest, "@ "+f.name+"\n"); !ok {
			return nil, errors.New("outline cues of other files: " + f.name + " is not where this analyzer reads it")
		}
		end := strings.Index(rest, "\n@ ")
		if end < 0 {
			end = len(rest)
		}
		var b strings.Builder
		d, c := f.data, rest[:end]
		for n := 1; d != "" || c != ""; n++ {
			var dl, cl string
			dl, d, _ = strings.Cut(d, "\n")
			cl, c, _ = strings.Cut(c, "\n")
			switch {
			case dl == "":
				b.WriteString(cl)
			case cl == dl, cl == "" && isDetectLine(strings.TrimSpace(dl)):
				b.WriteString(dl)
			default:
				return nil, errors.New(f.name + ":" + strconv.Itoa(n) + ": the outline cues are of another version of the file")
			}
			b.WriteByte('\n')
		}
		out[i] = b.String()
		rest = rest[min(end+1, len(rest)):]
	}
	if rest != "" {
		return nil, errors.New("outline cues of other files: more than this analyzer reads")
	}
	return out, nil
}

// cueFile is a cue file of rules/outline: its name, and its text or a part
// of it.
type cueFile struct{ name, data string }
