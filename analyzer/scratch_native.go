//go:build !js

package analyzer

import "sync"

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// getScratch returns buffers for an analysis: a pooled scratch or a new one.
func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// putScratch gives back the buffers of an analysis for the next.
func putScratch(s *scratch) { scratchPool.Put(s) }
