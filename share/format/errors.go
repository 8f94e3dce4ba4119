package format

import (
	"errors"
	"strconv"
)

// The kinds of error the decoders return; test for them with errors.Is. The
// error's own message says, for a person, what is wrong with the link.
var (
	// ErrMalformed reports input that is not something this package produced.
	ErrMalformed = errors.New("share: malformed")
	// ErrTooLarge reports a payload, fragment or envelope over its size limit.
	ErrTooLarge = errors.New("share: too large")
	// ErrDecrypt reports an envelope that does not open with the given key:
	// the wrong key, or data that was altered.
	ErrDecrypt = errors.New("share: cannot decrypt: wrong key or damaged report")
	// ErrNewerVersion reports a link or envelope made by a newer PolicyLens;
	// it is also ErrMalformed.
	ErrNewerVersion = errors.New("share: newer version")
)

// Error is a decoder's error: Msg is for a person, kinds for errors.Is.
type Error struct {
	Msg   string
	kinds []error
}

func (e *Error) Error() string   { return e.Msg }
func (e *Error) Unwrap() []error { return e.kinds }

// fail is an Error of the kinds given. It is not inlined: its sixteen calls
// would each build it (2 KiB brotli of the page's WASM).
//
//go:noinline
func fail(msg string, kinds ...error) error { return &Error{Msg: msg, kinds: kinds} }

// versionError describes an unknown version byte of what ("link" or
// "report"): a higher one is a newer PolicyLens's, any other is damage.
func versionError(what string, v byte, current byte) error {
	if v > current {
		return fail("the "+what+" was made by a newer version of PolicyLens (format "+strconv.Itoa(int(v))+
			"); open it with an up-to-date PolicyLens", ErrMalformed, ErrNewerVersion)
	}
	return fail("the "+what+" is damaged: it does not start the way a PolicyLens "+what+" does", ErrMalformed)
}

// sizeText writes n bytes for a person: "512 KiB", "16 MiB", "1234 bytes".
func sizeText(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.Itoa(n>>20) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.Itoa(n>>10) + " KiB"
	}
	return strconv.Itoa(n) + " bytes"
}
