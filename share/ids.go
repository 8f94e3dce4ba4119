package share

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
)

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

// NewID returns a fresh random report id: 128 bits, unpadded base64url.
func NewID() string { return randomString(IDBytes) }

// NewToken returns a fresh random delete token: 256 bits, unpadded base64url.
func NewToken() string { return randomString(TokenBytes) }

// ValidID reports whether s has the exact form of an id made by NewID.
func ValidID(s string) bool { return canonical(s, IDLen, IDBytes) }

// ValidToken reports whether s has the exact form of a token made by NewToken.
func ValidToken(s string) bool { return canonical(s, TokenLen, TokenBytes) }

// HashToken returns the SHA-256 digest of a delete token: what the Worker
// stores instead of the token. A fast hash suffices because tokens carry 256
// random bits; there is nothing to brute-force.
func HashToken(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}

// TokenMatches reports, in constant time, whether token hashes to hash.
func TokenMatches(token string, hash []byte) bool {
	return subtle.ConstantTimeCompare(HashToken(token), hash) == 1
}

func randomString(n int) string {
	b := make([]byte, n)
	rand.Read(b) // crypto/rand.Read never fails (Go 1.24+)
	return b64.EncodeToString(b)
}

func canonical(s string, length, size int) bool {
	if len(s) != length {
		return false
	}
	b, err := b64.DecodeString(s)
	return err == nil && len(b) == size
}
