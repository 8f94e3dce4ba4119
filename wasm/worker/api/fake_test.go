package api

import (
	"context"
	"errors"
	"sync"
	"time"
)

// fakeKV is an in-memory Store with TTLs on a controllable clock; it records
// the TTL of every Put so tests can check what KV would be told.
type fakeKV struct {
	mu      sync.Mutex
	now     func() time.Time
	data    map[string]fakeEntry
	lastTTL map[string]time.Duration
	fail    error // returned by every call when set
}

type fakeEntry struct {
	value   string
	expires time.Time
}

func newFakeKV(now func() time.Time) *fakeKV {
	return &fakeKV{now: now, data: map[string]fakeEntry{}, lastTTL: map[string]time.Duration{}}
}

func (f *fakeKV) Get(_ context.Context, key string) (string, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return "", false, f.fail
	}
	e, ok := f.data[key]
	if !ok || !f.now().Before(e.expires) {
		return "", false, nil
	}
	return e.value, true, nil
}

func (f *fakeKV) Put(_ context.Context, key, value string, ttl time.Duration) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return f.fail
	}
	if ttl < MinTTL {
		return errors.New("fakeKV: ttl under KV's 60 s minimum")
	}
	f.data[key] = fakeEntry{value, f.now().Add(ttl)}
	f.lastTTL[key] = ttl
	return nil
}

func (f *fakeKV) Delete(_ context.Context, key string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return f.fail
	}
	delete(f.data, key)
	return nil
}
