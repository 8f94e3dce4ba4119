//go:build js && wasm

// Command worker is the PolicyLens Cloudflare Worker: it stores encrypted
// shareable reports in Workers KV and redirects short links /r/{id} to the
// page; the static site itself is served by Workers static assets from the
// same deploy.
//
// This file only binds the Cloudflare runtime (the REPORTS KV namespace and
// the UPLOADS_PER_MINUTE variable) to package api, where all the logic lives
// and is tested natively. Each request runs in a fresh Go
// instance, so nothing here is shared between requests.
package main

import (
	"context"
	"log"
	"strconv"
	"time"

	"github.com/syumai/workers"
	"github.com/syumai/workers/cloudflare"
	"github.com/syumai/workers/cloudflare/kv"

	"github.com/policylens/policylens/wasm/worker/api"
)

func main() {
	h := &api.Handler{Logf: log.Printf}
	if ns, err := kv.NewNamespace("REPORTS"); err == nil {
		h.Store = kvStore{ns}
	} else {
		h.Store = missingStore{err}
	}
	if n, err := strconv.Atoi(cloudflare.Getenv("UPLOADS_PER_MINUTE")); err == nil {
		h.UploadsPerMinute = n
	}
	workers.Serve(h)
}

// kvStore is api.Store on a Workers KV namespace.
type kvStore struct{ ns *kv.Namespace }

func (s kvStore) Get(_ context.Context, key string) (string, bool, error) {
	v, err := s.ns.GetString(key, nil)
	if err != nil {
		return "", false, err
	}
	if v == api.KVMissing { // GetString's answer for a missing key
		return "", false, nil
	}
	return v, true, nil
}

func (s kvStore) Put(_ context.Context, key, value string, ttl time.Duration) error {
	return s.ns.PutString(key, value, &kv.PutOptions{ExpirationTTL: int(max(ttl, api.MinTTL) / time.Second)})
}

func (s kvStore) Delete(_ context.Context, key string) error { return s.ns.Delete(key) }

// missingStore answers every call with the binding error, so a Worker
// deployed without its KV namespace says so instead of crashing.
type missingStore struct{ err error }

func (s missingStore) Get(context.Context, string) (string, bool, error) { return "", false, s.err }
func (s missingStore) Put(context.Context, string, string, time.Duration) error {
	return s.err
}
func (s missingStore) Delete(context.Context, string) error { return s.err }
