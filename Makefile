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

clean:
	rm -rf dist
