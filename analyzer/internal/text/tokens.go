package text

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word or number of the input, normalised for matching.
type Token struct {
	Start, End int32 // byte span in the input
	ID         int32 // vocabulary id of the normalised form; 0 when not in any rule, or in an e-mail address or a site's top-level domain or path (AddressLen)
	Num        int32 // value for a number token, -1 otherwise
	Flags      uint8 // tokFlag*
	SepBefore  uint8 // the strongest separator between the previous token and this one
	// WordHash is the sentence model's hash of the word (Tokenizer.WordHash
	// of its normalised form) when Flags has TokModelWord; any value
	// otherwise.
	WordHash uint32
}

const (
	TokUpper     uint8 = 1 << iota // first letter is upper case
	TokAllCaps                     // every letter is upper case
	TokLineStart                   // first token of its line (after bullets and spaces) or of the text
	// TokModelWord marks a token that the sentence model reads as one word
	// of its own, whose hash WordHash holds: a plain run of ASCII letters
	// or digits, not joined to more by an apostrophe or hyphen, with no
	// letter or digit between it and the token before (no web address,
	// tag or code was skipped there). Set only when the Tokenizer has a
	// WordHash.
	TokModelWord
	// TokOwnName marks a token that is the policy's name for itself
	// ("Acme" of 'Acme Inc. ("we", "us")'), whose ID the reading set to
	// that of "we", "us" or "our" (see sentence.Doc.NamesAsWe).
	TokOwnName
	// TokExact marks a token whose word, its ASCII capitals made lower
	// case, is its stem as the vocabulary spells it: the word the ID
	// stands for, as written (see lexicon.Tables.Exact). Set only for
	// some such tokens (plain ASCII words of eight bytes or fewer).
	TokExact
)

// Separators between tokens, in increasing strength.
const (
	SepSpace  uint8 = iota
	SepComma        // , ( )
	SepClause       // ; : — –
	SepStop         // . ! ?
)

// Tokenizer turns text into tokens. It keeps a scratch buffer so that
// normalising a word allocates nothing. One Tokenizer may tokenize many
// texts in turn: the ids it remembers depend on the words and Words alone.
type Tokenizer struct {
	Words *VocabTable
	// WordHash, when not nil, gives the sentence model's hash of a word
	// as the tokenizer normalised it (lower case, before Stem); it is
	// asked once for each word the id slots remember, and the tokens
	// the model reads as words carry its answer (Token.WordHash).
	WordHash func(w []byte) uint32
	// Uncached looks each word up anew instead of keeping the ids of
	// words met before (see id): for a few words, such as a period's,
	// whose tables (hundreds of KB) would cost more than they save. Its
	// tokens carry no TokExact.
	Uncached bool
	Buf      []byte
	tags     tagScan
	// skipped is TokModelWord's opposite for the next token: letters
	// were skipped since the last token (in a field, not a variable:
	// Tokenize's loop has no register to spare).
	skipped bool
	// out is the tokens Tokenize appends to, in a field for the same
	// reason: as a variable, the loop stored its three words to the stack
	// at every byte it read between words.
	out []Token
	// brace and equals: the first '{' and the first '=' of the text from
	// where codeLine last looked (len(text) when there is none), which
	// rule out most lines for CodeLine without reading each line for them.
	brace, equals int
	// mark is the first of brace and equals when codeLine last looked,
	// and markLine where its line starts.
	mark, markLine int
	// addrEnd is where the last e-mail address or top-level domain that
	// AddressLen found in the text ends: the words before it match no rule.
	addrEnd int
	ids     []shortID // the ids of short words met before (see id), made at the first
	long    []longID  // the same for words of nine to sixteen bytes
}

// longID is a word of nine to sixteen bytes, as read, and its vocabulary id:
// its first eight bytes, the rest (zero-padded) and its length, 0 in an
// empty slot.
type longID struct {
	head, tail uint64
	n, id      int32
	hash       uint32 // WordHash of the word
}

// longIDs is how many longer words' ids a Tokenizer remembers (160 KB of
// slots; with 1,024, one in five of the words of nine to sixteen bytes of
// 150 TOSBack policies missed, with 4,096 one in eleven).
const longIDs = 4096

// shortID is a word of eight bytes or fewer, as read (before Stem), and its
// vocabulary id; n is 0 in an empty slot.
type shortID struct {
	head  uint64
	n     int32
	id    int32
	hash  uint32 // WordHash of the word
	exact uint8  // TokExact when the word is its stem
}

// shortIDs is how many short words' ids a Tokenizer remembers: a text's
// common words, most of its tokens, fit (384 KB of slots; with 4,096, one
// in sixteen of the short words of 150 TOSBack policies missed, with
// 16,384 one in thirty-two).
const shortIDs = 16384

// apostrophe reports whether r joins two parts of a word ("don't", "don’t").
func apostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == '`' || r == 'ʼ' }

// ApostropheLen returns the length in bytes of what a word joins its parts
// with at the start of s, as Tokenize reads it within a word ("don't",
// "don’t", "donâ€™t", "donât"): an apostrophe, its mojibake, or the lone
// "â" left of it; 0 when there is none.
func ApostropheLen(s string) int {
	if m, r := mojibake(s); m > 0 {
		if r == '’' {
			return m
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s)
	if apostrophe(r) || r == 'â' {
		return n
	}
	return 0
}

// mojibake reports the length in bytes of a UTF-8-read-as-Windows-1252
// sequence at s (such as "â€™" or "â\u0080\u0099" for ’), and the rune it
// stands for; 0 when there is none.
func mojibake(s string) (int, rune) {
	if len(s) < 2 {
		return 0, 0
	}
	r0, n0 := utf8.DecodeRuneInString(s)
	switch r0 {
	case 'Â': // C2 xx: a Latin-1 supplement char such as NBSP or ©
		r1, n1 := utf8.DecodeRuneInString(s[n0:])
		if r1 >= 0x80 && r1 <= 0xBF {
			return n0 + n1, ' '
		}
	case 'â': // E2 80 xx: punctuation such as ’ “ ” – — •
		r1, n1 := utf8.DecodeRuneInString(s[n0:])
		if !cp1252Cont(r1) {
			return 0, 0
		}
		r2, n2 := utf8.DecodeRuneInString(s[n0+n1:])
		if !cp1252Cont(r2) {
			return 0, 0
		}
		switch r2 {
		case '˜', '™', 0x98, 0x99:
			return n0 + n1 + n2, '’'
		case '“', 0x93, '”', 0x94:
			return n0 + n1 + n2, '—'
		default:
			return n0 + n1 + n2, '"'
		}
	}
	return 0, 0
}

// cp1252Cont reports whether r is what a UTF-8 continuation byte becomes when
// read as Windows-1252 (or Latin-1).
func cp1252Cont(r rune) bool {
	if r >= 0x80 && r <= 0xBF {
		return true
	}
	switch r {
	case '€', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 'Ž', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 'ž', 'Ÿ':
		return true
	}
	return false
}

// separator classifies a non-word rune.
func separator(r rune) uint8 {
	switch r {
	case '.', '!', '?', '。', '！', '？':
		return SepStop
	case ';', ':', '—', '–':
		return SepClause
	case ',', '(', ')':
		return SepComma // quotes and brackets are not: 'stop "selling" it', '[Do Not Track](url) signals'
	}
	return SepSpace
}

// Tokenize appends the tokens of text to dst.
func (tz *Tokenizer) Tokenize(text string, dst []Token) []Token {
	tz.tags = tagScan{} // what it found in the text before
	sep := SepStop
	line := true // no token yet since the last newline
	tz.brace, tz.equals, tz.mark = -1, -1, -1
	tz.addrEnd = 0
	i := tz.codeLine(text, 0) // script left in the text is not words
	if i > 0 {
		sep = SepStop
	}
	tz.skipped = i > 0
	tz.out = dst
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf && c != '\n' && c != '<' && i >= tz.addrEnd {
			// The commonest text, in a loop of its own.
			from := len(tz.out)
			i, sep = tz.plainRun(text, i, sep)
			if from < len(tz.out) {
				if line {
					tz.out[from].Flags |= TokLineStart
					line = false
				}
				if tz.skipped {
					tz.out[from].Flags &^= TokModelWord
					tz.skipped = false
				}
			}
			if i == len(text) {
				break
			}
			c = text[i]
		}
		if c == '<' {
			if n, s := tz.tags.at(text, i); n > 0 {
				if s > sep {
					sep = s
				}
				i += n
				tz.skipped = true
				continue
			}
		}
		if c < utf8.RuneSelf {
			if c == ' ' {
				i++ // the commonest byte: a plain space changes nothing
				continue
			}
			if !IsASCIIAlnum(c) {
				if c == '\n' {
					line = true
					i++
					if n := tz.codeLine(text, i); n > 0 {
						i += n
						sep = SepStop
						tz.skipped = true
					}
					continue // a line break is no separator
				}
				if c == '(' && i > 0 && text[i-1] == ']' {
					if n := LinkTarget(text[i:]); n > 0 {
						i += n // a Markdown link target is not words
						tz.skipped = true
						continue
					}
				}
				if dst := tz.out; c == '-' && len(dst) > 0 && int(dst[len(dst)-1].End) == i {
					dst[len(dst)-1].Flags &^= TokModelWord // the model may join what follows to it
				}
				if s := separator(rune(c)); s > sep {
					// "e.g." and "3.5" do not end a sentence: a dot followed
					// directly by a letter or digit is not a stop.
					// But "ad frequency capping.The app does not" runs two
					// sentences together with no space (gluedStop).
					if !(c == '.' && i+1 < len(text) && IsASCIIAlnum(text[i+1])) || gluedStop(text, i) {
						sep = s
					}
				}
				i++
				continue
			}
			// An ASCII letter or digit: a word (or a web address) starts.
			// (Its first byte before mayBeURL's slice of the text: most
			// words start with neither h nor w.)
			if (c|0x20 == 'h' || c|0x20 == 'w') && mayBeURL(text[i:]) {
				if n := URLLen(text[i:]); n > 0 {
					i += n // a web address is not words to match
					sep = SepSpace
					tz.skipped = true
					continue
				}
			}
		} else {
			r, n := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && n <= 1 {
				i++ // invalid byte: a plain separator
				tz.skipped = true
				continue
			}
			if m, mr := mojibake(text[i:]); m > 0 {
				if s := separator(mr); s > sep {
					sep = s
				}
				i += m
				tz.skipped = true
				continue
			}
			if r == 'â' {
				if r2, _ := utf8.DecodeRuneInString(text[i+n:]); !unicode.IsLower(r2) {
					i += n // a mojibake quote mark: like quotes, no separator
					tz.skipped = true
					continue
				}
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				if s := separator(r); s > sep {
					sep = s
				}
				i += n
				if r == '’' {
					tz.skipped = true // the model joins words by it
				}
				continue
			}
		}
		start := i
		// Word's commonest case, here rather than in a call (every word
		// made one): a run of ASCII letters, or of digits alone, that
		// nothing joins to more.
		var end int
		var flags uint8
		var head uint64 // the word's bytes in lower case when it is eight bytes or fewer, read at once; 0 otherwise
		n, seen := asciiWord(text[i:])
		if (i+n+1 < len(text) && addressGate[text[i+n]] && (text[i+n] != '.' || IsASCIIAlnum(text[i+n+1])) || i > 0 && text[i-1] == '.') && n > 0 && i >= tz.addrEnd {
			// (A word that ends a sentence, a dot and no letter or digit
			// after it, starts no address: AddressLen's host stops before
			// that dot, and no '@' follows.)
			if m := AddressLen(text, i); m > 0 {
				tz.addrEnd = i + m
			}
		}
		if notPlain(text, i+n, seen) {
			end, flags = tz.wordSlow(text, i)
		} else {
			end, flags = i+n, plainFlags(seen, text[i])
			if n <= 8 && i+8 <= len(text) && cap(tz.Buf) >= 8 {
				t := text[i : i+8]
				head = uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
					uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
				head |= 0x2020202020202020 // lower case (Buf's bytes past the word are not part of it)
				binary.LittleEndian.PutUint64(tz.Buf[:8], head)
				tz.Buf = tz.Buf[:n]
				head &= lowBytes[n]
			} else {
				tz.lowerCopy(text[i:end], seen)
			}
		}
		i = end
		if line {
			flags |= TokLineStart
			line = false
		}
		if tz.skipped {
			flags &^= TokModelWord
			tz.skipped = false
		}
		// The word's id, hash and value first, then its token, each field
		// written once in place: not appended zeroed and its slot looked
		// up again after each call, nor built apart and copied (a Token
		// so copied is read back just after it was written field by
		// field, which stalls the processor). Here rather than in a
		// call: a call costs most in WebAssembly, and every word would
		// make one.
		var id int32
		var hash uint32
		if tz.Words != nil {
			// id's commonest case, without the call: a word of eight
			// bytes or fewer met before. (Its length needs no test: a
			// word has no zero byte, so that its head holds as many
			// bytes other than 0 as it has, and a slot's head is that
			// of a word of its length.)
			if head != 0 && tz.ids != nil {
				if e := &tz.ids[shortHash(head)>>18]; e.head == head {
					id, hash = e.id, e.hash
					flags |= e.exact // tz.Buf is the word in lower case
				} else {
					id, hash = tz.id(tz.Buf)
				}
			} else {
				id, hash = tz.id(tz.Buf)
			}
		}
		if start < tz.addrEnd {
			// A word of an e-mail address or of a site's top-level
			// domain or path matches no rule (the sentence model still
			// reads it).
			id = 0
			flags &^= TokExact
		}
		num := int32(-1)
		if seen == bitDigit { // digits alone, or digits that wordSlow read on from (a word that starts beyond ASCII has no bits)
			if n, ok := atoi(tz.Buf); ok {
				num = n
			}
		}
		out := tz.out
		if len(out) == cap(out) {
			out = slices.Grow(out, 1)
		}
		out = out[:len(out)+1]
		t := &out[len(out)-1]
		t.Start, t.End, t.ID, t.Num, t.Flags, t.SepBefore, t.WordHash = int32(start), int32(end), id, num, flags, sep, hash
		tz.out = out
		sep = SepSpace
		// The space after the word, here: the loop's head stores what
		// it keeps to the stack at every pass (calls below need them
		// there), and a plain space changes nothing. (Only one: a loop
		// here cost more than the rare second space's pass of the head.)
		if i < len(text) && text[i] == ' ' {
			i++
		}
	}
	dst, tz.out = tz.out, nil
	if tz.WordHash == nil || tz.Words == nil {
		for k := range dst {
			dst[k].Flags &^= TokModelWord // no hashes to read
		}
	}
	return dst
}

// gluedStop reports whether the dot at text[i], followed directly by a
// letter, ends a sentence all the same: a word of two or more lower-case
// ASCII letters after a space or a line's start before it, and after it a
// capital and a word of lower-case letters that ends at a space or a mark
// other than a dot, a bracket or an underscore ("capping.The app", "our
// other rights.We may transfer"). Not a web address or a file's name
// ("example.Com/page", "site.Example.org"), code ("window.ImageLoader",
// "(window.Cookies)", "ab.User.prototype"), initials ("e.g.The", "U.S.The")
// nor a name in capitals run on ("Inc.NASDAQ").
func gluedStop(text string, i int) bool {
	if i+2 >= len(text) || asciiKind[text[i+1]] != kindUpper || asciiKind[text[i+2]] != kindLower {
		return false
	}
	b := i
	for b > 0 && asciiKind[text[b-1]] == kindLower {
		b--
	}
	if i-b < 2 || b > 0 && text[b-1] != ' ' && text[b-1] != '\n' {
		return false
	}
	e := i + 2
	for e < len(text) && asciiKind[text[e]] == kindLower {
		e++
	}
	if e == len(text) {
		return true
	}
	switch c := text[e]; c {
	case '.', '(', ')', '[', ']', '{', '_', '/', '\\', '=', '@', '-':
		return false
	default:
		return asciiKind[c] == 0
	}
}

// IsASCIIAlnum reports whether c is an ASCII letter or digit.
func IsASCIIAlnum(c byte) bool { return asciiKind[c] != 0 }

// IsASCIILetter reports whether c is an ASCII letter.
func IsASCIILetter(c byte) bool { return asciiKind[c] >= kindLower }

// Kinds of ASCII letters and digits; 0 for any other byte.
const (
	kindDigit = 1 + iota
	kindLower
	kindUpper
)

var asciiKind = func() (k [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		k[c] = kindDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		k[c], k[c-'a'+'A'] = kindLower, kindUpper
	}
	return k
}()

// Word scans a word starting at i: letters and digits, joined by apostrophes
// (also mojibake ones). It fills tz.buf with the lower-case letters without
// apostrophes and returns the end offset and case flags, with TokModelWord
// for a plain run of ASCII letters or digits.
func (tz *Tokenizer) Word(text string, i int) (int, uint8) {
	// Most words are ASCII letters (or digits alone) up to a space or
	// punctuation: find where the run ends, then copy it and lower it at
	// once. Any other word is read byte by byte by wordSlow. (Tokenize
	// reads the common case itself, as here.)
	n, seen := asciiWord(text[i:])
	if notPlain(text, i+n, seen) {
		return tz.wordSlow(text, i)
	}
	tz.lowerCopy(text[i:i+n], seen)
	return i + n, plainFlags(seen, text[i])
}

// asciiWord returns the length of the run of ASCII letters and digits that
// t starts with, and the kindBits of its bytes, ORed.
func asciiWord(t string) (n int, seen uint8) {
	for n < len(t) {
		b := kindBits[t[n]]
		if b == 0 {
			break
		}
		seen |= b
		n++
	}
	return n, seen
}

// notPlain reports whether a word whose run of ASCII letters and digits
// ends at text[end] (the kindBits of its bytes ORed are seen) is for
// wordSlow: it may go on (an apostrophe, or a byte beyond ASCII, follows;
// a word that starts beyond ASCII has an empty run), or its first letter
// is after digits.
func notPlain(text string, end int, seen uint8) bool {
	return end < len(text) && (text[end] == '\'' || text[end] >= utf8.RuneSelf) || seen&bitDigit != 0 && seen != bitDigit
}

// plainFlags returns the flags of a plain run of ASCII letters or digits
// whose bytes' kindBits ORed are seen and whose first byte is first:
// TokModelWord (Tokenize clears it when a hyphen joins more) and the case
// flags.
func plainFlags(seen, first uint8) uint8 {
	flags := TokModelWord
	if seen&bitUpper != 0 {
		if seen&bitLower == 0 {
			flags |= TokAllCaps
		}
		if kindBits[first] == bitUpper {
			flags |= TokUpper
		}
	}
	return flags
}

// lowerCopy sets Buf to w, a run of ASCII letters and digits whose bytes'
// kindBits ORed are seen, in lower case: setting 0x20 lowers a capital and
// leaves the others as they are.
func (tz *Tokenizer) lowerCopy(w string, seen uint8) {
	buf := append(tz.Buf[:0], w...)
	if seen&bitUpper != 0 {
		for k := range buf {
			buf[k] |= 0x20
		}
	}
	tz.Buf = buf
}

// lowBytes[n] keeps the low n bytes of a number (n is 0 to 8): a load
// rather than a shift, which Go tests for 64.
var lowBytes = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, 0xffffffffffffffff}

// kindBits maps an ASCII letter or digit to its bit (bitDigit, bitLower,
// bitUpper), and every other byte to 0.
var kindBits = func() (t [256]uint8) {
	for c, k := range asciiKind {
		if k != 0 {
			t[c] = 1 << (k - kindDigit)
		}
	}
	return t
}()

const (
	bitDigit = 1 << iota
	bitLower
	bitUpper
)

// wordSlow is Word for any word.
func (tz *Tokenizer) wordSlow(text string, i int) (int, uint8) {
	tz.Buf = tz.Buf[:0]
	var flags uint8 = TokAllCaps
	letters := 0
	end := i
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiKind[c] != 0 {
				i, tz.Buf, letters, flags = asciiRun(text, i, tz.Buf, letters, flags)
				end = i
				continue
			}
			if c == '\'' && i+1 < len(text) && IsASCIIAlnum(text[i+1]) && len(tz.Buf) > 0 {
				i++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if m, mr := mojibake(text[i:]); m > 0 {
			if mr == '’' && i+m < len(text) && len(tz.Buf) > 0 {
				if r2, _ := utf8.DecodeRuneInString(text[i+m:]); unicode.IsLetter(r2) {
					i += m
					continue
				}
			}
			break
		}
		if r == 'â' && len(tz.Buf) > 0 {
			// A lone "â" is what is left of ’ or “ after some mojibake
			// round trips: "donât", "âCompanyâ".
			if apostropheSuffix(text[i+n:]) {
				i += n
				continue
			}
			if r2, _ := utf8.DecodeRuneInString(text[i+n:]); !unicode.IsLower(r2) {
				break
			}
		}
		if apostrophe(r) && i+n < len(text) && len(tz.Buf) > 0 {
			if r2, _ := utf8.DecodeRuneInString(text[i+n:]); unicode.IsLetter(r2) {
				i += n
				continue
			}
			break
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		if unicode.IsUpper(r) {
			if letters == 0 {
				flags |= TokUpper
			}
		} else if unicode.IsLetter(r) {
			flags &^= TokAllCaps
		}
		if unicode.IsLetter(r) {
			letters++
		}
		tz.Buf = utf8.AppendRune(tz.Buf, unicode.ToLower(r))
		i += n
		end = i
	}
	if letters == 0 {
		flags &^= TokAllCaps
	}
	return end, flags
}

// asciiRun appends the ASCII letters and digits at text[i:] to buf, lower
// case, counting letters and updating the case flags. It is the common case
// of word, kept small so that its loop runs in registers.
func asciiRun(text string, i int, buf []byte, letters int, flags uint8) (int, []byte, int, uint8) {
	for i < len(text) {
		c := text[i]
		switch asciiKind[c] {
		case 0:
			return i, buf, letters, flags
		case kindLower:
			flags &^= TokAllCaps
			letters++
		case kindUpper:
			if letters == 0 {
				flags |= TokUpper
			}
			c += 'a' - 'A'
			letters++
		}
		buf = append(buf, c)
		i++
	}
	return i, buf, letters, flags
}

// id returns the vocabulary id of word w's stem, Words.Lookup(Stem(w)), and
// WordHash(w) (0 without WordHash). A word of sixteen bytes or fewer met
// before takes both from a small direct-mapped table by the word as read
// (its bytes and length), skipping Stem, the vocabulary's look-up and the
// hash: they depend on the word alone.
func (tz *Tokenizer) id(w []byte) (int32, uint32) {
	if len(w) > 8 {
		return tz.longID(w)
	}
	if len(w) == 0 || tz.Uncached {
		h := tz.wordHash(w)
		return tz.Words.Lookup(Stem(w)), h
	}
	if tz.ids == nil {
		tz.ids = make([]shortID, shortIDs)
	}
	head := load8(w)
	e := &tz.ids[shortHash(head)>>18]
	if e.head == head && int(e.n) == len(w) {
		return e.id, e.hash
	}
	h := tz.wordHash(w)
	stem := Stem(w) // it rewrites w: head and the hash are read before
	id := tz.Words.Lookup(stem)
	*e = shortID{head: head, n: int32(len(w)), id: id, hash: h}
	if len(stem) == len(w) && load8(stem) == head {
		e.exact = TokExact
	}
	return id, h
}

// longID is id for a word of more than eight bytes.
func (tz *Tokenizer) longID(w []byte) (int32, uint32) {
	if len(w) > 16 || tz.Uncached {
		h := tz.wordHash(w)
		return tz.Words.Lookup(Stem(w)), h
	}
	if tz.long == nil {
		tz.long = make([]longID, longIDs)
	}
	head, tail := load8(w), load8(w[8:])
	e := &tz.long[shortHash(head^tail*0x9E3779B97F4A7C15)>>20]
	if e.head == head && e.tail == tail && int(e.n) == len(w) {
		return e.id, e.hash
	}
	h := tz.wordHash(w)
	id := tz.Words.Lookup(Stem(w))
	*e = longID{head: head, tail: tail, n: int32(len(w)), id: id, hash: h}
	return id, h
}

// wordHash is WordHash(w), 0 without WordHash.
func (tz *Tokenizer) wordHash(w []byte) uint32 {
	if tz.WordHash == nil {
		return 0
	}
	return tz.WordHash(w)
}

// atoi parses a short all-digit word.
func atoi(b []byte) (int32, bool) {
	if len(b) == 0 || len(b) > 6 {
		return 0, false
	}
	var n int32
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int32(c-'0')
	}
	return n, true
}

// mayBeURL reports whether s may start with "http" or "www." (in any case),
// ruling out in one look the words that start with h or w ("we", "how").
func mayBeURL(s string) bool {
	if len(s) < 4 {
		return false
	}
	switch s[0] | 0x20 {
	case 'h':
		return s[1]|0x20 == 't'
	case 'w':
		return s[1]|0x20 == 'w'
	}
	return false
}

// URLLen returns the length of a web address at the start of s, or 0.
func URLLen(s string) int {
	if !(HasPrefixFoldASCII(s, "http://") || HasPrefixFoldASCII(s, "https://") || HasPrefixFoldASCII(s, "www.")) {
		return 0
	}
	return pathLen(s)
}

// AddressLen returns the length of an e-mail address ("privacy@x.de") at
// text[i], the start of a word; or, at a word right after a dot that follows
// a letter or digit, the length of the top-level domain it starts ("eu" of
// "SpaceOddities.eu", "co.uk" of "x.co.uk") with the path after it
// ("com/privacy/cookies" of "x.com/privacy/cookies"); 0 otherwise. Their
// words match no rule (Tokenize gives them no ID): a domain's "eu" is no
// region, a path's "cookies" no practice, the "gdpr" of "gdpr@x.com" no
// law. The words of a site's name are read: "Booking.com collects" names
// the company, which may be the policy's own, "optout.example.org" a place
// to opt out. (Web addresses that start with "http" or "www." are no words
// at all: URLLen.) The top-level domains are topLevelDomains.
func AddressLen(text string, i int) int {
	s := text[i:]
	n, _, _ := hostRun(s)
	if n < len(s) && s[n] == '@' {
		m, l, last := hostRun(s[n+1:])
		if l >= 2 && m-last >= 2 && ASCIILetters(s[n+1+last:n+1+m]) {
			return n + 1 + m
		}
		return 0
	}
	if i < 2 || text[i-1] != '.' || !IsASCIIAlnum(text[i-2]) {
		return 0
	}
	for d := s[:n]; d != ""; {
		k := strings.IndexByte(d, '.')
		if k < 0 {
			k = len(d)
		}
		if !topLevelDomain(d[:k]) {
			return 0
		}
		d = d[min(k+1, len(d)):]
	}
	if n < len(s) && s[n] == '/' {
		return n + pathLen(s[n:])
	}
	return n
}

// addressGate is true of the bytes after a run of letters and digits at
// which Tokenize asks AddressLen: '.', '@' and '-'.
var addressGate = [256]bool{'.': true, '@': true, '-': true}

// hostRun returns the length of the host name (or e-mail address's local
// part) at the start of s: runs of ASCII letters, digits and hyphens joined
// by single dots; how many runs it has and where its last starts.
func hostRun(s string) (n, labels, last int) {
	for {
		k := n
		for k < len(s) && (IsASCIIAlnum(s[k]) || s[k] == '-') {
			k++
		}
		if k == n {
			return n, labels, last
		}
		labels, last, n = labels+1, n, k
		if n+1 >= len(s) || s[n] != '.' || !IsASCIIAlnum(s[n+1]) {
			return n, labels, last
		}
		n++
	}
}

// pathLen returns the length of the web address or path at the start of s:
// its bytes up to the first that no address holds, or a ")" that closes no
// "(" of its own (a Markdown link's target ends there:
// "[page](https://x.example/a)and ..."; the "(" of "](" opens a link's
// target, not the address's own: "[https://x.example](https://x.example)"
// runs on to its target but for that ")"), less those that end a sentence
// rather than the address (urlByte). An invisible character between two
// bytes of the address is part of it ("example.org/\u200bchoices": a page
// saved with zero-width spaces in its links); one at its end is not.
func pathLen(s string) int {
	n, open := 0, 0
	for n < len(s) {
		// One look-up a byte says both whether the address holds it
		// and whether it is a bracket, which most bytes are not.
		b := urlByte[s[n]]
		if b&urlIn == 0 {
			if k := InvisibleLen(s[n:]); k > 0 && n+k < len(s) && urlByte[s[n+k]]&urlIn != 0 {
				n += k
				continue
			}
			break
		}
		if b&urlParen != 0 {
			if s[n] == ')' {
				if open == 0 {
					break
				}
				open--
			} else if n == 0 || s[n-1] != ']' {
				open++
			}
		}
		n++
	}
	for n > 0 {
		if urlByte[s[n-1]]&urlTrail != 0 {
			n--
		} else if k := invisibleBefore(s[:n]); k > 0 {
			n -= k
		} else {
			break
		}
	}
	return n
}

// InvisibleLen returns the length in bytes of the invisible character that
// s starts with, 0 when there is none: a zero-width space, non-joiner or
// joiner (U+200B-U+200D), a word joiner (U+2060), a byte order mark
// (U+FEFF) or a soft hyphen (U+00AD), which a page's text keeps where its
// author or editor broke or joined words unseen.
func InvisibleLen(s string) int {
	if len(s) >= 2 && s[0] == 0xC2 && s[1] == 0xAD {
		return 2
	}
	if len(s) >= 3 && (s[0] == 0xE2 && (s[1] == 0x80 && s[2] >= 0x8B && s[2] <= 0x8D || s[1] == 0x81 && s[2] == 0xA0) ||
		s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
		return 3
	}
	return 0
}

// invisibleBefore returns the length of the invisible character (see
// InvisibleLen) that s ends with, 0 when there is none.
func invisibleBefore(s string) int {
	for _, k := range [...]int{2, 3} {
		if len(s) >= k && InvisibleLen(s[len(s)-k:]) == k {
			return k
		}
	}
	return 0
}

// ASCIILetters reports whether s is ASCII letters alone.
func ASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !IsASCIILetter(s[i]) {
			return false
		}
	}
	return true
}

// topLevelDomains are the top-level domains AddressLen knows, those of
// sites' names in policies, but for those that are English words ("in",
// "it", "us", "no": "...about you.It may...", a sentence written onto the
// last without a space).
var topLevelDomains = map[string]bool{}

func init() {
	for _, d := range strings.Fields("com org net edu gov io info biz eu uk de fr es nl ch dk se fi ie pl cz ca au nz jp cn ru br mx ly fm tv ai gg app dev media tech me co") {
		topLevelDomains[d] = true
	}
}

// topLevelDomain reports whether w is one of topLevelDomains, in any case.
func topLevelDomain(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	var b [5]byte
	for i := 0; i < len(w); i++ {
		b[i] = w[i] | 0x20
	}
	return topLevelDomains[string(b[:len(w)])]
}

// urlByte says of each byte whether a web address holds it (urlIn: the
// printable ASCII bytes but '<', '>' and '"') and whether URLLen leaves it
// off the address's end (urlTrail: ".,;:]'*_"; a ")" that ends one closes
// a "(" of its own, see pathLen), a table rather than a test a byte:
// addresses run to hundreds of bytes.
var urlByte = func() (t [256]uint8) {
	for c := '!'; c < 0x7f; c++ {
		if c != '<' && c != '>' && c != '"' {
			t[c] |= urlIn
		}
	}
	for _, c := range []byte(".,;:]'*_") {
		t[c] |= urlTrail
	}
	t['('] |= urlParen
	t[')'] |= urlParen
	return t
}()

const (
	urlIn    = 1 << iota // a web address holds the byte
	urlTrail             // URLLen leaves it off an address's end
	urlParen             // a bracket, "(" or ")", which pathLen pairs
)

// HasPrefixFoldASCII is strings.HasPrefix ignoring case, as
// strings.EqualFold compares, for a prefix of ASCII bytes, its letters in
// lower case, without strings.EqualFold's call: s can only match it
// with as many ASCII bytes (the runes beyond ASCII that fold to an ASCII
// letter, K and ſ, are longer than one byte).
func HasPrefixFoldASCII(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if c, p := s[i], prefix[i]; c != p && (c|0x20 != p || p < 'a' || p > 'z') {
			return false
		}
	}
	return true
}

// CodeLine returns the length of the line at the start of s when it is
// program code (JavaScript a page's text was saved with: "var SB = {...}",
// "$(document).on(...)"), else 0. A line counts as code when it holds a
// construct English does not use and at least one code symbol ({ } ; = ( ))
// in 30 bytes.
func CodeLine(s string) int {
	n := strings.IndexByte(s, '\n')
	if n < 0 {
		n = len(s)
	}
	line := s[:n]
	if n == 0 || strings.IndexByte(line, '{') < 0 && strings.IndexByte(line, '=') < 0 {
		return 0 // prose, almost always: no need to count
	}
	if jsonObject(line) {
		return n
	}
	// The symbols counted by a table, without a branch a byte: a line
	// that gets here may be a long paragraph.
	symbols := 0
	for i := 0; i < len(line); i++ {
		symbols += int(codeSymbol[line[i]])
	}
	if symbols < 4 || symbols*30 < len(line) {
		return 0
	}
	for _, k := range codeMarks {
		if strings.Contains(line, k) {
			return n
		}
	}
	return 0
}

// codeLine is CodeLine(text[i:]) for a Tokenize that asks it at the starts
// i of lines, which only grow: a line without '{' or '=' is no code, and
// rather than read each line for them it keeps where the next of each is
// in the text (tz.brace, tz.equals; -1 before the first call), found again
// only once passed, and where the line of the first of them starts
// (tz.markLine, for tz.mark; -1 before the first).
func (tz *Tokenizer) codeLine(text string, i int) int {
	if tz.brace < i {
		tz.brace = len(text)
		if k := strings.IndexByte(text[i:], '{'); k >= 0 {
			tz.brace = i + k
		}
	}
	if tz.equals < i {
		tz.equals = len(text)
		if k := strings.IndexByte(text[i:], '='); k >= 0 {
			tz.equals = i + k
		}
	}
	// The line holds one when it is the line of the first of them; none
	// is left in the text after the last of both.
	m := min(tz.brace, tz.equals)
	if m == len(text) {
		return 0 // as CodeLine says of a line with neither
	}
	if m != tz.mark {
		tz.mark, tz.markLine = m, strings.LastIndexByte(text[:m], '\n')+1
	}
	if tz.markLine != i {
		return 0 // the same: a line break comes before the first of them
	}
	return CodeLine(text[i:])
}

// codeSymbol is 1 for the symbols of code that CodeLine counts.
var codeSymbol = [256]uint8{'{': 1, '}': 1, ';': 1, '=': 1, '(': 1, ')': 1}

// jsonObject reports whether line is a JSON object, such as the structured
// data a page's text was saved with ({ "@context": "http://schema.org",
// "@type": "Organization", ... }): it opens with "{" and a quoted key,
// closes with "}" and holds at least three quoted keys, in at most 1,000
// bytes (a page saved as one long JSON line may hold the policy itself).
func jsonObject(line string) bool {
	t := strings.TrimSpace(line)
	return len(t) > 2 && len(t) <= 1000 && t[0] == '{' && t[len(t)-1] == '}' && strings.HasPrefix(strings.TrimLeft(t[1:], " \t"), `"`) && strings.Count(t, `":`) >= 3
}

// codeMarks are constructs of JavaScript (and CSS) that prose does not use.
var codeMarks = []string{"function(", "function (", "=>", "$(", "document.", "window.", "var ", "});", "){", ") {", "!important"}

// LinkTarget returns the length of the target of a Markdown link or image at
// the start of s ("(https://x.example/a.png "title")" after "]"), or 0 when
// there is none on this line within 2 KB.
func LinkTarget(s string) int {
	// Three byte searches rather than a test a byte: targets run to
	// hundreds of bytes.
	if len(s) < 2 {
		return 0
	}
	s = s[1:min(len(s), 2048)]
	k := strings.IndexByte(s, ')')
	if k < 0 || strings.IndexByte(s[:k], '\n') >= 0 || strings.IndexByte(s[:k], '(') >= 0 {
		return 0
	}
	return k + 2
}

// HasSuffixFold is strings.HasSuffix ignoring case.
func HasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// tagScan finds HTML tags in linear time: it remembers where the next ">"
// and "<" are, and where no closing </script> or </style> exists, so that
// input such as "<a<a<a..." does not make every "<" rescan the text.
type tagScan struct {
	gt, lt            int  // next ">" and "<" at or after the last search start; -1 for none
	gtKnown, ltKnown  bool // gt, lt hold a search result
	noScript, noStyle int  // no closing tag at or after this position (0: unknown)
}

// findByte returns the position of the first c at or after from. Searches only
// move forward, so a remembered answer stays right until from passes it.
func findByte(text string, from int, c byte, pos *int, known *bool) int {
	if *known && (*pos == -1 || *pos >= from) {
		return *pos
	}
	*known = true
	if k := strings.IndexByte(text[from:], c); k >= 0 {
		*pos = from + k
	} else {
		*pos = -1
	}
	return *pos
}

// at returns the length of an HTML tag (or comment) at text[i] and the
// separator it stands for; for <script> and <style> the length runs to the
// end of the element, whose contents are not words. It returns 0 when there
// is no tag at i.
func (ts *tagScan) at(text string, i int) (int, uint8) {
	s := text[i:]
	if len(s) < 3 {
		return 0, 0
	}
	c := s[1]
	if !(c == '/' || c == '!' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return 0, 0
	}
	gt := findByte(text, i+1, '>', &ts.gt, &ts.gtKnown)
	if gt < 0 || gt-i > 2000 {
		return 0, 0
	}
	if lt := findByte(text, i+1, '<', &ts.lt, &ts.ltKnown); lt >= 0 && lt < gt {
		return 0, 0
	}
	end := gt - i
	if strings.HasPrefix(s, "<!--") {
		if k := strings.Index(s[:end+1], "-->"); k >= 0 {
			return k + 3, SepComma
		}
		return end + 1, SepComma
	}
	name := s[1:end]
	if k := strings.IndexAny(name, " \t\n/>"); k > 0 {
		name = name[:k]
	}
	name = strings.ToLower(strings.TrimPrefix(name, "/"))
	switch name {
	case "script", "style":
		if s[1] == '/' {
			return end + 1, SepStop
		}
		no := &ts.noScript
		if name == "style" {
			no = &ts.noStyle
		}
		if *no > 0 && i >= *no {
			return end + 1, SepStop
		}
		if k := IndexFold(s[end:], "</"+name); k >= 0 {
			if e := strings.IndexByte(s[end+k:], '>'); e >= 0 {
				return end + k + e + 1, SepStop
			}
		}
		*no = i + 1
		return end + 1, SepStop
	case "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "section", "article", "header", "footer", "nav", "hr", "blockquote", "dt", "dd":
		return end + 1, SepStop
	}
	return end + 1, SepSpace
}

// IndexFold is strings.Index ignoring case, for an ASCII lower-case needle.
func IndexFold(s, needle string) int {
	lo, up := needle[0], needle[0]
	if lo >= 'a' && lo <= 'z' {
		up -= 'a' - 'A'
	}
	for i := 0; i+len(needle) <= len(s); i++ {
		if lo == up { // jump to the next candidate
			k := strings.IndexByte(s[i:], lo)
			if k < 0 {
				return -1
			}
			i += k
			if i+len(needle) > len(s) {
				return -1
			}
		} else if s[i] != lo && s[i] != up {
			continue
		}
		if strings.EqualFold(s[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

// IsASCII reports whether s is all ASCII bytes.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
