package share

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"

	"github.com/policylens/policylens/share/format"
)

// NewID returns a fresh random report id: 128 bits, unpadded base64url.
func NewID() string { return randomString(IDBytes) }

// NewToken returns a fresh random delete token: 256 bits, unpadded base64url.
func NewToken() string { return randomString(TokenBytes) }

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
	return format.EncodeRandom(b)
}
