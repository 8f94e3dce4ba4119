package e2e

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"
)

// workerSizeLimit is the Worker's size budget, gzip (issue #17; Cloudflare's
// free plan allows 3 MB): a smaller Worker starts faster on every request.
// The build with its symbol tables trimmed is about 637 KB and without the
// trim 823 KB, so a build that lost `make worker`'s trim step fails here.
const workerSizeLimit = 750_000

// TestWorkerSize keeps the built Worker (shim and WASM) within its budget.
func TestWorkerSize(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "dist", "worker")
	var raw int64
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	for _, name := range []string{"app.wasm", "worker.mjs", "runtime.mjs", "wasm_exec.js"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("the Worker is not built: run `make worker` (make test does): %v", err)
		}
		raw += int64(len(b))
		zw.Write(b)
	}
	zw.Close()
	t.Logf("Worker: %d bytes raw, %d gzip (limit %d)", raw, gz.Len(), workerSizeLimit)
	if gz.Len() > workerSizeLimit {
		t.Fatalf("the Worker is %d bytes gzip, over its budget of %d", gz.Len(), workerSizeLimit)
	}
}
