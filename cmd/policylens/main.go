// Command policylens reads privacy policies and reports what they say: what
// data is collected, who it is shared with or sold to, the reader's rights,
// retention, security and what the policy leaves out. See doc.go.
package main

import (
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// A reader that stops early (policylens analyze --jsonl | head) closes
	// the pipe: writes then fail with EPIPE, and the program stops quietly
	// with exit code 1 (see writeFailed) instead of dying of SIGPIPE.
	signal.Ignore(syscall.SIGPIPE)
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
