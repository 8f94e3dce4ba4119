package api

import (
	"context"
	"time"
)

// Store is the key-value storage the Worker needs: Workers KV in production,
// a map in tests. Values are text.
type Store interface {
	// Get returns the value for key, or found == false when there is none.
	Get(ctx context.Context, key string) (value string, found bool, err error)
	// Put stores value under key; the store drops it after ttl.
	Put(ctx context.Context, key, value string, ttl time.Duration) error
	// Delete removes key; deleting a missing key is not an error.
	Delete(ctx context.Context, key string) error
	// Count returns how many keys start with prefix, counting no further
	// than max.
	Count(ctx context.Context, prefix string, max int) (int, error)
}

// MinTTL is the shortest expiry Workers KV accepts.
const MinTTL = 60 * time.Second

// KVMissing is what the Workers library's kv.Namespace.GetString returns for
// a missing key: it stringifies JavaScript's null instead of returning an
// error. A Store on Workers KV must report it as not found; no value this
// package stores can equal it (reports start with "r1.", rate-limit marks are "1").
const KVMissing = "<null>"
