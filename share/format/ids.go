package format

const (
	// IDBytes is the number of random bytes in a report id (128 bits).
	IDBytes = 16
	// TokenBytes is the number of random bytes in a delete token (256 bits).
	TokenBytes = 32
	// IDLen is the length of a report id in base64url characters.
	IDLen = (IDBytes*8 + 5) / 6
	// TokenLen is the length of a delete token in base64url characters.
	TokenLen = (TokenBytes*8 + 5) / 6
)

// ValidID reports whether s has the exact form of a report id: IDBytes
// random bytes, unpadded base64url.
func ValidID(s string) bool { return canonical(s, IDLen, IDBytes) }

// ValidToken reports whether s has the exact form of a delete token:
// TokenBytes random bytes, unpadded base64url.
func ValidToken(s string) bool { return canonical(s, TokenLen, TokenBytes) }

// EncodeRandom writes random bytes (an id's, a token's) as unpadded base64url.
func EncodeRandom(b []byte) string { return b64.EncodeToString(b) }

func canonical(s string, length, size int) bool {
	if len(s) != length {
		return false
	}
	b, err := b64.DecodeString(s)
	return err == nil && len(b) == size
}
