//go:build js && wasm

package main

import (
	"context"
	"errors"
	"syscall/js"
	"time"

	"github.com/policylens/policylens/wasm/worker/api"
)

// kvStore is api.Store on a Workers KV namespace binding.
type kvStore struct{ ns js.Value }

// errNoKV answers every call when the REPORTS binding is missing, so a
// Worker deployed without its KV namespace says so instead of crashing.
var errNoKV = errors.New("the REPORTS KV namespace is not bound (see wrangler.toml)")

func newKVStore(ns js.Value) api.Store { return kvStore{ns} }

func (s kvStore) call(method string, args ...any) (js.Value, error) {
	if s.ns.Type() != js.TypeObject {
		return js.Undefined(), errNoKV
	}
	return await(s.ns.Call(method, args...))
}

// Get reads a text value; KV answers null for a missing key.
func (s kvStore) Get(_ context.Context, key string) (string, bool, error) {
	v, err := s.call("get", key)
	if err != nil || v.Type() != js.TypeString {
		return "", false, err
	}
	return v.String(), true, nil
}

// Put stores a text value with a TTL of at least KV's minimum.
func (s kvStore) Put(_ context.Context, key, value string, ttl time.Duration) error {
	_, err := s.call("put", key, value, map[string]any{"expirationTtl": int(max(ttl, api.MinTTL) / time.Second)})
	return err
}

// Delete removes a key.
func (s kvStore) Delete(_ context.Context, key string) error {
	_, err := s.call("delete", key)
	return err
}

// Count lists at most max keys under prefix and returns how many there are.
func (s kvStore) Count(_ context.Context, prefix string, max int) (int, error) {
	v, err := s.call("list", map[string]any{"prefix": prefix, "limit": max})
	if err != nil {
		return 0, err
	}
	return v.Get("keys").Length(), nil
}

// await waits for a JavaScript promise; it must run outside a JavaScript
// callback (in a goroutine of its own).
func await(p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	ok := js.FuncOf(func(_ js.Value, a []js.Value) any {
		v := js.Undefined()
		if len(a) > 0 {
			v = a[0]
		}
		ch <- result{v: v}
		return nil
	})
	fail := js.FuncOf(func(_ js.Value, a []js.Value) any {
		msg := "JavaScript error"
		if len(a) > 0 {
			msg = a[0].Call("toString").String()
		}
		ch <- result{err: errors.New(msg)}
		return nil
	})
	defer ok.Release()
	defer fail.Release()
	p.Call("then", ok, fail)
	r := <-ch
	return r.v, r.err
}
