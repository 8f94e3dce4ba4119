package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestMain lets a test run the real program (main, with its signal
// handling) by starting this test binary with POLICYLENS_TEST_MAIN=1.
func TestMain(m *testing.M) {
	if os.Getenv("POLICYLENS_TEST_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// TestClosedPipe writes into a pipe whose reader has gone (as with
// `policylens analyze --jsonl | head -1`): the program stops quietly with
// exit code 1 instead of dying of SIGPIPE (exit 141 in a shell).
func TestClosedPipe(t *testing.T) {
	policy := filepathOfPolicy(t)
	lines := strings.Repeat(`{"id":1,"text":"We collect your email address."}`+"\n", 200)
	for _, args := range [][]string{{"analyze", "--jsonl"}, {"analyze", policy}, {"analyze", "--format", "json", policy}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			r.Close() // the reader is gone before the first write
			cmd := exec.Command(os.Args[0], args...)
			cmd.Env = append(os.Environ(), "POLICYLENS_TEST_MAIN=1")
			cmd.Stdin = strings.NewReader(lines)
			cmd.Stdout = w
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err = cmd.Run()
			w.Close()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != exitOutput {
				t.Fatalf("exit %v (%v), want exit code %d; stderr %q", err, cmd.ProcessState, exitOutput, stderr.String())
			}
			if stderr.Len() != 0 {
				t.Errorf("a closed pipe is not worth a message, got %q", stderr.String())
			}
		})
	}
}

// filepathOfPolicy writes a short policy to a temporary file.
func filepathOfPolicy(t *testing.T) string {
	t.Helper()
	p := t.TempDir() + "/policy.txt"
	if err := os.WriteFile(p, []byte("We collect your email address and share it with advertisers."), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
