// Command policylens reads privacy policies and reports what they say: what
// data is collected, who it is shared with or sold to, the reader's rights,
// retention, security and what the policy leaves out. See doc.go.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
