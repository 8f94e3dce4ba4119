package text

import "math/bits"

// plainRun is Tokenize's loop for the commonest text: plain ASCII words of
// sixteen bytes or fewer whose ids the Tokenizer remembers, between spaces
// and punctuation. It appends their tokens to tz.out and returns where it
// stopped, at the first byte it leaves to Tokenize's own loop (a line
// break, a tag, a byte beyond ASCII, a dot before a letter or digit, a
// word that may start a web or e-mail address, is joined to more or is
// new, or a full tz.out), with the separator there. Its tokens are those
// Tokenize's loop makes, but for the flags that loop's line and tz.skipped
// give the first (Tokenize sets them after), in fewer steps: it makes no
// call, so that its values stay in registers, and it reads a word's bytes
// eight at a time. It stops eighteen bytes before the text's end, so that
// every word it reads has sixteen bytes to load and two after. It is only
// called at or after tz.addrEnd.
func (tz *Tokenizer) plainRun(text string, i int, sep uint8) (int, uint8) {
	if !plainRuns || len(tz.ids) != shortIDs || len(tz.long) != longIDs || cap(tz.Buf) < 8 || tz.Words == nil ||
		i > 0 && text[i-1] == '.' {
		return i, sep // no ids met yet, or a word after a dot (an address's gate)
	}
	ids, long := (*[shortIDs]shortID)(tz.ids), (*[longIDs]longID)(tz.long)
	out := tz.out
loop:
	for i+18 <= len(text) {
		c := text[i]
		switch k := runClass[c]; {
		case k == rcWord: // the commonest first
		case k == rcSpace:
			i++
			continue
		case k >= rcSep:
			if s := k - rcSep; s > sep {
				sep = s
			}
			i++
			continue
		case k == rcHW:
			if mayBeURL(text[i:]) {
				break loop
			}
		case k == rcDot:
			if asciiKind[text[i+1]] != 0 {
				break loop // "e.g.", "3.5", "capping.The" (gluedStop), a site's name
			}
			sep = SepStop
			i++
			continue
		case k == rcDash:
			if len(out) > 0 && int(out[len(out)-1].End) == i {
				out[len(out)-1].Flags &^= TokModelWord // the model may join what follows to it
			}
			i++ // no separator
			continue
		case k == rcParen:
			if i > 0 && text[i-1] == ']' {
				break loop // a link's target
			}
			sep = max(sep, SepComma)
			i++
			continue
		default:
			break loop
		}
		// A word. The commonest, lower case but maybe for the first
		// letter, in a few steps; any other run of letters and digits
		// (capitals after the first, digits) in more.
		x := load8s(text, i)
		x1 := x | 0x20
		n := lowerRun(x1)
		head, tail := x1&lowBytes[n], uint64(0)
		if n == 8 {
			y := load8s(text, i+8)
			m := lowerRun(y)
			tail = y & lowBytes[m]
			n += m
		}
		flags, num := TokModelWord|uint8(^x>>5&1), int32(-1) // TokUpper: 0x20 clear
		if n == 1 {
			flags |= (flags & TokUpper) << 1 // "I", "A": TokAllCaps too
		}
		e := wordEnd[text[i+n]]
		if e == endAlnum || n == 0 {
			letters, upper, n1 := wordMasks(x)
			lower, digits := letters^upper, hiBytes&lowBytes[n1]&^letters
			head, tail, n = (x|0x2020202020202020)&lowBytes[n1], 0, n1
			if n == 8 {
				y := load8s(text, i+8)
				l, u, m := wordMasks(y)
				if m == 8 {
					break // sixteen bytes or more
				}
				// (Its marks a byte on, so that the first byte's stay
				// apart: the eighth is past the word.)
				letters, upper, lower, digits = letters|l<<8, upper|u<<8, lower|(l^u)<<8, digits|(hiBytes&lowBytes[m]&^l)<<8
				tail = (y | 0x2020202020202020) & lowBytes[m]
				n += m
			}
			if letters != 0 && digits != 0 {
				break // wordSlow's
			}
			flags = TokModelWord // plainFlags
			if upper != 0 {
				if lower == 0 {
					flags |= TokAllCaps
				}
				if upper&0x80 != 0 {
					flags |= TokUpper
				}
			}
			if letters == 0 && n <= 6 {
				num = 0
				for k := i; k < i+n; k++ {
					num = num*10 + int32(text[k]-'0')
				}
			}
			e = wordEnd[text[i+n]]
		}
		if e != 0 && (e != endDot || asciiKind[text[i+n+1]] != 0) {
			break // joined to more (wordSlow's), sixteen bytes or more, or an address's gate
		}
		var id int32
		var hash uint32
		if n <= 8 {
			e := &ids[shortHash(head)>>18]
			if e.head != head {
				break // not met before (Tokenize's loop asks id)
			}
			id, hash, flags = e.id, e.hash, flags|e.exact
		} else {
			e := &long[shortHash(head^tail*0x9E3779B97F4A7C15)>>20]
			if e.head != head || e.tail != tail || int(e.n) != n {
				break
			}
			id, hash = e.id, e.hash
		}
		if len(out) == cap(out) {
			break
		}
		out = out[:len(out)+1]
		t := &out[len(out)-1]
		t.Start, t.End, t.ID, t.Num, t.Flags, t.SepBefore, t.WordHash = int32(i), int32(i+n), id, num, flags, sep, hash
		sep = SepSpace
		i += n
		if text[i] == ' ' {
			i++
		}
	}
	tz.out = out
	return i, sep
}

// plainRuns is false in tests that compare plainRun's tokens with those of
// Tokenize's own loop.
var plainRuns = true

// Classes of bytes for plainRun: runClass.
const (
	rcWord  = iota // an ASCII letter or digit but h and w
	rcHW           // h, w, H, W: maybe a web address
	rcSpace        // ' '
	rcDot          // '.'
	rcDash         // '-'
	rcParen        // '('
	rcOther        // a byte plainRun leaves to Tokenize's loop: '<', '\n', bytes beyond ASCII
	rcSep          // rcSep+s: any other byte, a separator s
)

// runClass is the class of each byte for plainRun (rcWord, ...).
var runClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= 0x80 || c == '<' || c == '\n':
			t[c] = rcOther
		case c|0x20 == 'h' || c|0x20 == 'w':
			t[c] = rcHW
		case asciiKind[c] != 0:
			t[c] = rcWord
		case c == ' ':
			t[c] = rcSpace
		case c == '.':
			t[c] = rcDot
		case c == '-':
			t[c] = rcDash
		case c == '(':
			t[c] = rcParen
		default:
			t[c] = rcSep + separator(rune(c))
		}
	}
	return t
}()

// What the byte after a word's run says of it, for plainRun: wordEnd.
const (
	endPlain = iota // the word ends
	endAlnum        // a letter or digit: the run of lower-case letters ends, not the word
	endDot          // a dot: an address's gate when a letter or digit follows
	endMore         // '\'', a byte beyond ASCII (wordSlow reads on), '@' or '-' (an address's gate)
)

// wordEnd is what each byte after a word's run says of it (endPlain, ...).
var wordEnd = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case asciiKind[c] != 0:
			t[c] = endAlnum
		case c == '.':
			t[c] = endDot
		case c == '\'' || c >= 0x80 || c == '@' || c == '-':
			t[c] = endMore
		}
	}
	return t
}()

// hiBytes is the high bit of each byte of a uint64.
const hiBytes = 0x8080808080808080

// lowerRun returns how many of the eight bytes of x (a text's bytes in
// little-endian order) are, from the first, lower-case ASCII letters, 8
// when all are. A range test a byte, all at once: a byte b below 0x80 plus
// 0x80-lo has its high bit set when b >= lo, with no carry into the next
// byte; a byte from 0x80 on has the high bit of both sums set, or of
// neither. (It may carry into the next byte, which is past the run.)
func lowerRun(x uint64) int {
	lower := (x + 0x1f1f1f1f1f1f1f1f) &^ (x + 0x0505050505050505) // 'a' <= x <= 'z'
	return bits.TrailingZeros64(^lower&hiBytes) >> 3
}

// wordMasks reads the eight bytes of x as lowerRun does: n is how many of
// them, from the first, are ASCII letters or digits, and of those, letters
// has the high bit set of each letter and upper of each upper-case letter.
func wordMasks(x uint64) (letters, upper uint64, n int) {
	low := x | 0x2020202020202020
	letters = (low + 0x1f1f1f1f1f1f1f1f) &^ (low + 0x0505050505050505) // 'a' <= low <= 'z'
	digits := (x + 0x5050505050505050) &^ (x + 0x4646464646464646)     // '0' <= x <= '9'
	n = bits.TrailingZeros64((^(letters|digits)|x)&hiBytes) >> 3
	letters &= hiBytes & lowBytes[n]
	upper = letters &^ (x << 2) // 0x20 clear: upper case
	return letters, upper, n
}

// load8s returns text[i:i+8] as a little-endian number.
func load8s(text string, i int) uint64 {
	t := text[i : i+8]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}
