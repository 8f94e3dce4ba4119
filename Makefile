# PolicyLens. `make serve` runs the product; `make test` runs every test.
GO      ?= go
ADDR    ?= 127.0.0.1:8080
CORPUS  ?= ../shared/corpus
export CGO_ENABLED ?= 0

.PHONY: all test vet unit e2e eval bench fuzz site serve size extension worker worker-dev clean

all: site

## ---- analyzer and CLI -------------------------------------------------------

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/...

# test: vet, unit tests, then the browser end-to-end tests against fresh builds.
test: vet site
	$(GO) test -count=1 ./...

eval:
	$(GO) run ./scripts/eval -corpus $(CORPUS)

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./analyzer/

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzAnalyze -fuzztime 60s ./analyzer/

## ---- web page (issue: the web page) -----------------------------------------

## ---- extension ---------------------------------------------------------------

## ---- worker ------------------------------------------------------------------

WRANGLER    := node_modules/.bin/wrangler
WORKER_PORT ?= 8787

# worker: the Cloudflare Worker (dist/worker: JS shim + app.wasm) and the
# site's security headers (dist/site/_headers), ready for wrangler.
worker: site
	rm -rf dist/worker
	$(GO) run github.com/syumai/workers/cmd/workers-assets-gen -mode=go -o dist/worker
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" -o dist/worker/app.wasm ./wasm/worker
	cp wasm/worker/api/_headers dist/site/_headers

$(WRANGLER): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# worker-dev: the whole product (site + API, local KV) on http://127.0.0.1:8787.
worker-dev: worker $(WRANGLER)
	WRANGLER_SEND_METRICS=false $(WRANGLER) dev --ip 127.0.0.1 --port $(WORKER_PORT) --persist-to .wrangler/state

clean:
	rm -rf dist
