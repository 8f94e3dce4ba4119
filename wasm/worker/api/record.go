package api

import (
	"encoding/base64"
	"errors"
	"strconv"
	"strings"
	"time"
)

// A stored report is one KV text value:
//
//	r1.<expires, unix seconds>.<base64url SHA-256 of the delete token>.<base64url envelope>
//
// The expiry is kept in the value as well as set as the KV TTL, so a report is
// never served after it expires even if KV removes it late. Text (not binary)
// keeps the value readable through KV's "text" type, and no valid record can
// equal the "<null>" string the Workers library returns for a missing key.
type record struct {
	Expires   time.Time
	TokenHash []byte
	Envelope  []byte
}

const recordPrefix = "r1"

var b64 = base64.RawURLEncoding.Strict()

func (r record) encode() string {
	return strings.Join([]string{
		recordPrefix,
		strconv.FormatInt(r.Expires.Unix(), 10),
		b64.EncodeToString(r.TokenHash),
		b64.EncodeToString(r.Envelope),
	}, ".")
}

var errBadRecord = errors.New("stored report is corrupt")

func decodeRecord(s string) (record, error) {
	if strings.ContainsAny(s, "\r\n") { // base64 decoding would skip them
		return record{}, errBadRecord
	}
	parts := strings.Split(s, ".")
	if len(parts) != 4 || parts[0] != recordPrefix {
		return record{}, errBadRecord
	}
	exp, err := strconv.ParseInt(parts[1], 10, 64)
	if err != nil || exp <= 0 || strconv.FormatInt(exp, 10) != parts[1] {
		return record{}, errBadRecord
	}
	hash, err := b64.DecodeString(parts[2])
	if err != nil || len(hash) != 32 {
		return record{}, errBadRecord
	}
	env, err := b64.DecodeString(parts[3])
	if err != nil || len(env) == 0 {
		return record{}, errBadRecord
	}
	return record{Expires: time.Unix(exp, 0).UTC(), TokenHash: hash, Envelope: env}, nil
}
