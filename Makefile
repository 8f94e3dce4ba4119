# PolicyLens. `make serve` runs the product; `make test` runs every test.
GO      ?= go
ADDR    ?= 127.0.0.1:8080
CORPUS  ?= ../shared/corpus
export CGO_ENABLED ?= 0
WRANGLER := node_modules/.bin/wrangler

.PHONY: all test rules vet unit e2e eval bench bench-instructions wasm-bench fuzz site serve size extension worker worker-dev clean model samereports cases shots

all: site

## ---- analyzer and CLI -------------------------------------------------------

# rules: compile the rule files ahead (analyzer/rules_en.go and rules_en_tables.go, see
# analyzer/rules.go); run after editing anything under analyzer/rules/.
rules:
	$(GO) generate ./analyzer

vet: rules
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/...

# test: vet, then every test (unit, fuzz seeds, corpus robustness, and the
# headless Chromium and Firefox and local-Worker end-to-end tests) against
# fresh builds. Without the corpus (a fresh clone) it says so in one line.
test: vet site extension worker $(WRANGLER)
	@test -d $(CORPUS) || echo "make test: no corpus in $(CORPUS): corpus tests skip; browser and Worker tests use testdata/policies"
	$(GO) test -count=1 -timeout 30m ./...

eval: rules
	$(GO) run ./scripts/eval -corpus $(CORPUS)

# bench: on one core, the analyzer in process and `policylens analyze --jsonl`
# over the TOSBack policies against gzip -6 on the same bytes, in one run
# (MB/s, the ratio to gzip, allocations per KB, the first Analyze after
# start); then the Go benchmarks of the analyzer.
bench: rules
	$(GO) run ./scripts/bench -corpus $(CORPUS)
	$(GO) test -run '^$$' -bench . -benchmem ./analyzer/

# bench-instructions: the instructions of one pass over the seeds, counted by
# valgrind's callgrind: repeatable where timings are noisy.
bench-instructions:
	$(GO) run ./scripts/bench -corpus $(CORPUS) -instructions

# samereports: the analyzer's reports on every corpus text at BASE and in the
# working tree must be byte for byte the same (a refactoring changes nothing).
BASE ?= main
samereports: rules
	$(GO) run ./scripts/samereports -base $(BASE) -corpus $(CORPUS)

# cases: the rule cases of analyzer/testdata/cases (one file per rule class);
# UPDATE=1 rewrites their findings from what the analyzer gives now.
cases: rules
	$(GO) test -count=1 -run '^TestCases$$' ./analyzer/ $(if $(UPDATE),-args -update-cases)

# fuzz: every fuzz target (FUZZTIME each, default 30s); the seed corpora
# also run as plain tests in `make test`.
FUZZTIME ?= 30s
fuzz:
	@set -e; grep -rl --include='*_test.go' '^func Fuzz' . | grep -v node_modules | xargs -n1 dirname | sort -u | \
	while read -r dir; do \
		for f in $$(grep -h '^func Fuzz' $$dir/*_test.go | sed 's/func \(Fuzz[A-Za-z0-9_]*\).*/\1/'); do \
			echo "== $$dir $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$dir; \
		done; \
	done

## ---- web page (issue: the web page) -----------------------------------------

# site: compile the WASM page app, minify, fingerprint and compress into dist/site.
site: rules
	$(GO) run ./scripts/build -out dist/site

# serve: build, then serve dist/site with the production headers (ADDR=host:port).
serve: site
	$(GO) run ./scripts/serve -dir dist/site -addr $(ADDR)

# size: WASM and asset sizes, raw / gzip / brotli, and where the page's WASM
# goes: the code of each package and the data section (so that growth shows
# in review).
size: site
	$(GO) run ./scripts/build -report dist/site

# wasm-bench: ms per analysis of TOSBack's arlo.md (51 KB) by the analyzer
# built for js/wasm as the page builds it, under Node with GOGC=400 as the
# page runs it (scripts/wasmbench: wall and CPU, three rounds).
# VS=rev1,rev2 times those revisions in turns with the working tree;
# INSTRUCTIONS=1 counts instructions under valgrind instead (minutes a build);
# PROFILE=file.cpuprofile profiles the working tree's WASM under node --cpu-prof
# and prints the functions with the most time of their own.
VS ?=
wasm-bench:
	$(GO) run ./scripts/wasmbench -corpus $(CORPUS) $(if $(VS),-base $(VS)) $(if $(INSTRUCTIONS),-instructions) $(if $(PROFILE),-profile $(PROFILE))

# page-bench: in-browser figures (ready time; analyse + render per seed and 1 MB).
page-bench: site
	$(GO) test -run '^$$' -bench Page -benchtime 1x -timeout 30m ./e2e/

# shots: the README's screenshots (docs/screenshots), taken by the browser
# tests of the project's example policy; a plain test run writes them to
# e2e/artifacts instead.
shots: site extension
	POLICYLENS_SHOTS=1 $(GO) test -count=1 -run 'DocScreenshot|TestExtensionAnalysesPages' ./e2e/

## ---- extension ---------------------------------------------------------------

# extension: the browser extension, unpacked in dist/extension and zipped for
# the stores (dist/policylens-extension.zip, -firefox.zip). Bundles dist/site.
extension: site
	$(GO) run ./scripts/extension -src site/extension -site dist/site -out dist

## ---- worker ------------------------------------------------------------------

WORKER_PORT ?= 8787

# worker: the Cloudflare Worker in dist/worker (syumai/workers' JS shim and
# app.wasm, its symbol tables trimmed as the page's are: each request
# instantiates it afresh); wrangler.toml serves it together with dist/site
# (`make site`).
worker:
	rm -rf dist/worker
	$(GO) run github.com/syumai/workers/cmd/workers-assets-gen -mode=go -o dist/worker
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" -o dist/worker/app.wasm ./wasm/worker
	$(GO) run ./scripts/build -trim dist/worker/app.wasm

$(WRANGLER): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# worker-dev: the whole product (site + API, local KV) on http://127.0.0.1:8787.
worker-dev: site worker $(WRANGLER)
	WRANGLER_SEND_METRICS=false $(WRANGLER) dev --ip 127.0.0.1 --port $(WORKER_PORT) --persist-to .wrangler/state

clean:
	rm -rf dist

## ---- sentence model ------------------------------------------------------------

# model: train the sentence model on the project's annotations (annotations/)
# and the TOSBack texts of CORPUS; writes analyzer/weights/en.bin and its
# manifest en.json. Deterministic: the same inputs give the same bytes.
model:
	$(GO) run ./scripts/model -corpus $(CORPUS)
