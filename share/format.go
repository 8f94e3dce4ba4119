package share

import "github.com/policylens/policylens/share/format"

// The format's definitions (share/format), under the names the Worker and
// the tests use.
const (
	MaxPayloadBytes  = format.MaxPayloadBytes
	MaxFragmentLen   = format.MaxFragmentLen
	EnvelopeVersion  = format.EnvelopeVersion
	NonceSize        = format.NonceSize
	TagSize          = format.TagSize
	KeySize          = format.KeySize
	MinEnvelopeBytes = format.MinEnvelopeBytes
	MaxEnvelopeBytes = format.MaxEnvelopeBytes
	IDBytes          = format.IDBytes
	TokenBytes       = format.TokenBytes
	IDLen            = format.IDLen
	TokenLen         = format.TokenLen
)

var (
	ErrMalformed    = format.ErrMalformed
	ErrTooLarge     = format.ErrTooLarge
	ErrDecrypt      = format.ErrDecrypt
	ErrNewerVersion = format.ErrNewerVersion
)

// Error is a decoder's error: Msg is for a person, its kinds for errors.Is.
type Error = format.Error

// ValidateEnvelope checks an envelope's structure without a key: its length
// and version byte. The Worker calls it on every upload.
func ValidateEnvelope(envelope []byte) error { return format.ValidateEnvelope(envelope) }

// ValidID reports whether s has the exact form of an id made by NewID.
func ValidID(s string) bool { return format.ValidID(s) }

// ValidToken reports whether s has the exact form of a token made by NewToken.
func ValidToken(s string) bool { return format.ValidToken(s) }
