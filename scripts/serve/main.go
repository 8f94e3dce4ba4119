// Command serve serves the built web page (dist/site) on a local address
// with the production headers: `make serve` runs `go run ./scripts/serve`.
//
//	go run ./scripts/serve [-dir dist/site] [-addr 127.0.0.1:8080]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"github.com/policylens/policylens/scripts/serve/sitesrv"
)

func main() {
	dir := flag.String("dir", "dist/site", "the built site (go run ./scripts/build writes it)")
	addr := flag.String("addr", "127.0.0.1:8080", "host:port to listen on")
	flag.Parse()
	if _, err := os.Stat(filepath.Join(*dir, "index.html")); err != nil {
		log.Fatalf("serve: %s has no index.html; build it first with `make site`", *dir)
	}
	srv := &http.Server{
		Addr:              *addr,
		Handler:           sitesrv.Handler(*dir),
		ReadHeaderTimeout: 10 * time.Second,
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	fmt.Printf("PolicyLens is served on http://%s/ (from %s). Press Ctrl+C to stop.\n", *addr, *dir)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Fatalf("serve: %v", err)
	}
}
