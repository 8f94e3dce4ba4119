package segments

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoad reads a segment file, and names the file when a line is not
// JSON.
func TestLoad(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	os.WriteFile(good, []byte(`{"policy":"p1","segment":3,"text":"We collect your email.","categories":["first-party-collection"],"dataTypes":["contact"]}`+"\n"+
		`{"policy":"p2","segment":0,"text":"Hello."}`+"\n"), 0o644)
	segs, err := Load(good)
	if err != nil || len(segs) != 2 || segs[0].Policy != "p1" || segs[0].Segment != 3 || segs[0].DataTypes[0] != "contact" || segs[1].Categories != nil {
		t.Fatalf("Load = %+v, %v", segs, err)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(`{"policy":"p1"}`+"\nnot json\n"), 0o644)
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), "bad.jsonl") {
		t.Errorf("a bad line: err %v, want one naming the file", err)
	}
	if _, err := Load(filepath.Join(dir, "missing.jsonl")); err == nil {
		t.Error("a missing file: no error")
	}
}
