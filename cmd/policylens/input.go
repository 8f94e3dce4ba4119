package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/internal/decimal"
)

// inputError is an input that cannot be analysed, with the exit code it
// earns: exitRead when it could not be read, exitRejected when it was read
// but is not a policy we can analyse.
type inputError struct {
	code int
	msg  string
}

func (e *inputError) Error() string { return e.msg }

func rejected(format string, args ...any) error {
	return &inputError{exitRejected, fmt.Sprintf(format, args...)}
}

// limitText describes analyzer.MaxInputBytes for messages.
var limitText = fmt.Sprintf("the %d MiB limit (%s bytes)", analyzer.MaxInputBytes>>20, decimal.Thousands(analyzer.MaxInputBytes))

// readPolicy reads one policy from the named file, or from stdin for "-".
// It never holds more than analyzer.MaxInputBytes+1 bytes.
func readPolicy(name string, stdin io.Reader) (text string, notices []analyzer.Notice, err error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", nil, &inputError{exitRead, "cannot read " + name + ": " + reason(err)}
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, analyzer.MaxInputBytes+1))
	if err != nil {
		return "", nil, &inputError{exitRead, "cannot read " + displayName(name) + ": " + reason(err)}
	}
	if len(data) > analyzer.MaxInputBytes {
		return "", nil, rejected("%s is larger than %s; split it or keep only the policy text", displayName(name), limitText)
	}
	text, notices, err = decodeText(data)
	if err != nil {
		return "", nil, rejected("%s %v", displayName(name), err)
	}
	if strings.TrimSpace(text) == "" {
		return "", nil, rejected("%s is empty: there is no text to analyse", displayName(name))
	}
	return text, notices, nil
}

// decodeText turns file bytes into the text to analyse: UTF-16 with a byte
// order mark is converted to UTF-8 (with a notice), and binary data is
// refused. Invalid UTF-8 is kept: the analyzer copes with it.
func decodeText(data []byte) (string, []analyzer.Notice, error) {
	var notices []analyzer.Notice
	if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
		data = decodeUTF16(data)
		notices = append(notices, analyzer.Notice{ID: "utf16-converted", Level: "info",
			Message: "The file is UTF-16 text; it was converted to UTF-8 before analysis, so offsets refer to the converted text."})
	}
	if why := binaryReason(data); why != "" {
		return "", nil, fmt.Errorf("looks like a binary file (%s), not text: save the policy as plain text (.txt) and try again", why)
	}
	return string(data), notices, nil
}

// decodeUTF16 converts UTF-16 with a byte order mark to UTF-8 without the
// mark; an odd trailing byte becomes U+FFFD.
func decodeUTF16(data []byte) []byte {
	big := data[0] == 0xFE
	data = data[2:]
	units := make([]uint16, 0, len(data)/2)
	for i := 0; i+1 < len(data); i += 2 {
		if big {
			units = append(units, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			units = append(units, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	out := make([]byte, 0, len(data))
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	if len(data)%2 == 1 {
		out = utf8.AppendRune(out, utf8.RuneError)
	}
	return out
}

// binarySample is how much of the input the control-character heuristic reads.
const binarySample = 64 << 10

// binaryReason says why data does not look like text, or returns "" when it
// does. Binary means: a NUL byte anywhere, a file signature that is not text
// (PDF, images, archives, ...) as net/http.DetectContentType knows them, or
// more than 5% control characters in the first 64 KiB. Legacy 8-bit
// encodings and invalid UTF-8 count as text.
func binaryReason(data []byte) string {
	return binaryReasonOf(data[:min(len(data), binarySample)], bytes.IndexByte(data, 0) >= 0)
}

// textBinaryReason is binaryReason of a string, which it does not copy.
func textBinaryReason(text string) string {
	return binaryReasonOf(text[:min(len(text), binarySample)], strings.IndexByte(text, 0) >= 0)
}

// sniffBytes is how much of its input net/http.DetectContentType reads.
const sniffBytes = 512

// binaryReasonOf is binaryReason of input whose first binarySample bytes are
// sample, and that holds a NUL byte or not.
func binaryReasonOf[T string | []byte](sample T, nul bool) string {
	return binaryReasonCounted(sample, nul, controls(sample))
}

// binaryReasonCounted is binaryReasonOf of a sample that holds ctrl control
// characters (controls).
func binaryReasonCounted[T string | []byte](sample T, nul bool, ctrl int) string {
	ct := http.DetectContentType([]byte(sample[:min(len(sample), sniffBytes)]))
	if mt, _, err := mime.ParseMediaType(ct); err == nil && ct != "application/octet-stream" && !isTextType(mt) {
		return mt
	}
	if nul {
		if looksUTF16(sample) {
			return "it looks like UTF-16 text without a byte order mark; save it as UTF-8"
		}
		return "it contains NUL bytes"
	}
	if ctrl*20 > len(sample) {
		return fmt.Sprintf("%d%% of its first bytes are control characters", ctrl*100/len(sample))
	}
	return ""
}

// controls counts the control characters of sample that binaryReasonOf
// counts (controlByte).
func controls[T string | []byte](sample T) int {
	ctrl, i := 0, 0
	for ; i+8 <= len(sample); i += 8 {
		g := sample[i : i+8]
		if anyControl8(uint64(g[0]) | uint64(g[1])<<8 | uint64(g[2])<<16 | uint64(g[3])<<24 |
			uint64(g[4])<<32 | uint64(g[5])<<40 | uint64(g[6])<<48 | uint64(g[7])<<56) {
			for k := range 8 { // a line break, mostly, which counts as text
				ctrl += int(controlByte[g[k]])
			}
		}
	}
	for ; i < len(sample); i++ {
		ctrl += int(controlByte[sample[i]])
	}
	return ctrl
}

// controlByte is 1 for the control characters that binaryReasonOf counts:
// not tab, line feed, carriage return, form feed, vertical tab or escape
// (text and terminal output hold those), and DEL.
var controlByte = func() (t [256]uint8) {
	for c := range 0x20 {
		switch c {
		case '\t', '\n', '\r', '\f', '\v', 0x1b:
		default:
			t[c] = 1
		}
	}
	t[0x7f] = 1
	return t
}()

// anyControl8 reports whether the eight bytes of x (little-endian) hold a
// byte below ' ' or DEL (0x7f), of which controlByte counts most. The test
// is exact for each byte: no carry crosses from one byte to the next.
func anyControl8(x uint64) bool {
	const lo7, hi = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	below := ^(x&lo7 + 0x6060606060606060) &^ x // high bit: the byte is below 0x20
	del := x ^ 0x7f7f7f7f7f7f7f7f
	del = ^(del&lo7 + lo7 | del) // high bit: the byte is 0x7f
	return (below|del)&hi != 0
}

// looksUTF16 reports whether NUL bytes sit mostly at odd or mostly at even
// positions in the first bytes, as in UTF-16 text of Latin script.
func looksUTF16[T string | []byte](data T) bool {
	var nul [2]int
	sample := data[:min(len(data), binarySample)]
	for i := range len(sample) {
		if sample[i] == 0 {
			nul[i%2]++
		}
	}
	return max(nul[0], nul[1]) > len(sample)/4 && min(nul[0], nul[1]) < max(nul[0], nul[1])/20
}

func isTextType(mt string) bool {
	return len(mt) > 5 && mt[:5] == "text/"
}

// reason is the part of an error a user needs: "no such file or directory"
// rather than "open x: no such file or directory" (the path is already said).
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return err.Error()
}

func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}
