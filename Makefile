# errlens — see README.md. `make serve` and `make test` are the two commands.
GO      ?= go
PORT    ?= 8080
PUBLIC  ?= public
# BASE_PATH: where the site is served from (/errlens on GitHub Pages); only 404.html uses it.
BASE_PATH ?=
GOROOT  := $(shell $(GO) env GOROOT)
# Go 1.24 moved wasm_exec.js to lib/wasm; older trees keep it in misc/wasm.
WASM_EXEC := $(firstword $(wildcard $(GOROOT)/lib/wasm/wasm_exec.js $(GOROOT)/misc/wasm/wasm_exec.js))
WASM_PATH := $(GOROOT)/lib/wasm:$(GOROOT)/misc/wasm:$(PATH)
CHROMIUM ?= /usr/bin/chromium
SCREENS ?= $(CURDIR)/public-test/screenshots

.PHONY: all test test-go test-wasm test-browser vet fmt-check bench fuzz fuzz-long clean \
	site wasm serve size size-check measure chromium npm cli wasm-size catalog eval lighthouse fallback fallback-cv fallback-replay

all: test

## test: every test: formatting, vet, Go unit/golden/corpus tests, a short fuzz run, the
## decoder and adapter under WebAssembly (Node), and the site in headless Chromium.
test: fmt-check vet test-go fuzz test-wasm test-browser size-check

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

## vet: host vet skips js-only packages, so the wasm adapter is vetted for GOOS=js too.
vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/ ./decoder/ ./redact/

test-go:
	$(GO) test -count=1 ./...

## test-wasm: the adapter's JS surface and the decoder's and redact's own tests, compiled
## to wasm, run under Node by go_js_wasm_exec.
test-wasm:
	PATH="$(WASM_PATH)" GOOS=js GOARCH=wasm $(GO) test -count=1 ./wasm/ ./decoder/ ./redact/

# Fuzz targets as package:Target:budget. Budgets are execution counts, sized to a few seconds
# each on the 2-core machine (measured 6,000-14,000 execs/s per target): a count has no
# wall-clock deadline, so Go's coordinator race at a -fuzztime deadline (golang/go#75804,
# fixed in Go 1.27) cannot fail the run. scripts/fuzzrun fails only on a real finding.
FUZZ_TARGETS = ./decoder:FuzzDecode:40000x ./decoder:FuzzParseObjects:60000x \
	./decoder:FuzzScanHead:30000x ./decoder:FuzzScanExceptions:50000x ./retry:FuzzClassify:20000x \
	./redact:FuzzText:20000x ./decoder:FuzzResetValues:20000x
FUZZTIME ?=

## fuzz: a short run of every fuzz target (its budget above; `make fuzz FUZZTIME=5m` for
## longer). It fails on a finding only: a failing input written to testdata/fuzz (kept there
## and replayed by every `go test`), a panic or another test failure; a bare "context
## deadline exceeded" with no input written is Go's coordinator race, run once more.
fuzz:
	$(GO) run ./scripts/fuzzrun $(if $(FUZZTIME),-fuzztime $(FUZZTIME)) $(FUZZ_TARGETS)

## fuzz-long: every fuzz target for 3 minutes (about 15 minutes); not part of `make test`.
fuzz-long:
	$(MAKE) --no-print-directory fuzz FUZZTIME=3m

## eval: the decoder scored on its labelled corpus (decoder/testdata/corpus): per-field accuracy,
## rows per provider and per form, the category confusion, the tune split's misses, and last
## the one-line summary of each split. Rules are written from tune; eval is never mined.
eval:
	@$(GO) run ./scripts/eval

## bench: decode time and allocations per input size beside json.Unmarshal (Go), instruction
## counts for the same (callgrind, when valgrind is installed: they repeat exactly), the same
## benchmarks native and under WebAssembly (Node) with their ratio, then the
## WebAssembly build in headless Chromium: ready time, decode per input, keystroke to result.
bench: chromium npm bin/serve
	$(GO) test ./decoder -run '^$$' -bench . -benchmem
	GO=$(GO) sh scripts/bench-instructions.sh
	GO=$(GO) sh scripts/bench-wasm.sh
	$(MAKE) --no-print-directory site BASE_PATH=/errlens
	CHROMIUM=$(CHROMIUM) SERVE=$(CURDIR)/bin/serve PUBLIC=$(CURDIR)/$(PUBLIC) node scripts/bench.mjs

## catalog: compile decoder/catalog/*.json, and the fallback's table decoder/fallback.txt, into
## decoder/catalog.bin, which the decoder embeds (so it holds no parser of the table's text):
## the go:generate line in decoder/catalog.go runs decoder/internal/gencatalog.
## TestCompiledCatalogIsCurrent (in `make test`) fails when it is out of date. `make wasm`
## and `make site` recompile it only when the JSON, the decoder's or the compiler's code is newer.
catalog:
	$(GO) generate ./decoder

decoder/catalog.bin: $(wildcard decoder/catalog/*.json) decoder/fallback.txt \
		$(filter-out %_test.go,$(wildcard decoder/*.go decoder/internal/*/*.go))
	$(GO) generate ./decoder

## fallback: learn decoder/fallback.txt, the words' lean per category the decoder falls back
## on when nothing else places a paste, from the tune split and the catalog (scripts/fallback;
## never eval), then recompile catalog.bin, which holds it. TestCommittedTableIsCurrent fails
## when a corpus or catalog change left it stale.
fallback: decoder/catalog.bin
	$(GO) run ./scripts/fallback
	$(GO) generate ./decoder

## fallback-cv: the decoder cross-validated on tune by thread (5 folds, each decoded with a
## table learned without it): the table alone, naive Bayes with and without the status word and
## the regression (learn.go) at each L2 penalty with its margin curve; category and retryable
## with each learner's table, and the grid the overrule margin is chosen from.
fallback-cv: decoder/catalog.bin
	$(GO) run ./scripts/fallback -cv

## fallback-replay: the rules as they were before each wave of tune pastes, on that wave
## (pastes they had not seen), and what the fallback's table adds there (a few minutes).
fallback-replay: decoder/catalog.bin
	$(GO) run ./scripts/fallback/replay

## wasm: the decoder for the browser, and the wasm_exec.js of the same Go.
wasm: decoder/catalog.bin
	@mkdir -p $(PUBLIC)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" -o $(PUBLIC)/errlens.wasm ./wasm
	@test -n "$(WASM_EXEC)" || { echo "wasm_exec.js not found under $(GOROOT)"; exit 1; }
	cp "$(WASM_EXEC)" $(PUBLIC)/wasm_exec.js

## site: the whole static site in $(PUBLIC)/ (pages, assets, wasm), ready for any host.
## The wasm comes first: the service worker the pages' build writes hashes it into its version.
site: decoder/catalog.bin
	rm -rf $(PUBLIC)
	$(MAKE) --no-print-directory wasm
	$(GO) run ./site/cmd/build -content content -out $(PUBLIC) -base "$(BASE_PATH)"

## serve: build the site and serve it on http://127.0.0.1:$(PORT)/ (`make serve PORT=9000`).
## It serves at the root, so 404.html links from "/".
serve:
	$(MAKE) --no-print-directory site BASE_PATH=$(or $(BASE_PATH),/)
	$(GO) run ./site/cmd/serve -dir $(PUBLIC) -port $(PORT)

bin/serve: $(wildcard site/cmd/serve/*.go)
	$(GO) build -o $@ ./site/cmd/serve

## chromium: Debian's Chromium for the browser tests, installed only when missing (as root).
chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
		echo "installing chromium with apt-get"; \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
	fi

## npm: playwright-core (no browser download: it drives the Chromium above). Lighthouse, an
## optional dependency in the same lockfile, is left out here: only `make lighthouse` needs it.
npm:
	@if [ ! -d scripts/node_modules/playwright-core ]; then npm ci --prefix scripts --no-audit --no-fund; fi

## lighthouse: Lighthouse's four scores for the front page and a reference page (phone and
## desktop), in the same Chromium, offline against the test server (scripts/lighthouse/run.mjs, its own package);
## fails when a score is under 100. Not part of `make test`: a run takes about a minute.
lighthouse: chromium npm bin/serve
	@if [ ! -d scripts/lighthouse/node_modules/lighthouse ]; then npm ci --prefix scripts/lighthouse --no-audit --no-fund; fi
	$(MAKE) --no-print-directory site BASE_PATH=/errlens
	CHROMIUM=$(CHROMIUM) SERVE=$(CURDIR)/bin/serve PUBLIC=$(CURDIR)/$(PUBLIC) node scripts/lighthouse/run.mjs

## test-browser: the built site under /errlens/ in headless Chromium. Screenshots go to
## $(SCREENS).
## The site is built for /errlens/, where the test server mounts it, as Pages would.
test-browser: chromium npm bin/serve
	$(MAKE) --no-print-directory site BASE_PATH=/errlens
	@mkdir -p $(SCREENS)
	CHROMIUM=$(CHROMIUM) SERVE=$(CURDIR)/bin/serve PUBLIC=$(CURDIR)/$(PUBLIC) SCREENS=$(SCREENS) \
		node --test scripts/
	@echo "screenshots: $(SCREENS)"

## size: what a first visit downloads, raw and gzip -9.
size: site
	@sh scripts/size.sh $(PUBLIC)

# Size budgets, gzipped bytes (see README, "Size and speed"): the Go runtime alone is
# 540 KB of an empty program's wasm, so these hold what the decoder, its catalog and redact
# (share-link masking) add, with about 1 % headroom over what was measured on 2026-12-06:
# 1,136,418 B (wasm) and 1,179,152 B (first load). README, "What the sizes are made of",
# says what each part costs. Issue 12's reshape (functions of one screen: 34 more of them,
# each with the wasm backend's own prologue) raised both by the 4,864 B it measured. Issue
# 13's rules (2026-12-07), merged onto it, grew the wasm by 16,417 B, and issue 14's second
# pass (the SDK's names, the later wording, the quoted code, 6 entries) by 3,995 B: both
# budgets were raised by those. Issue 16's spans raised the wasm's by the 10,638 B and the
# first load's by the 15,525 B (the wasm, marks.js, the marks' CSS in every page) they measured;
# issue 13's second round of rules by its 4,667 B and the speed work by its 3,304 B;
# issue 15's third timing pass (resets stated as dated instants, reset headers of more
# Issue 13's status rule (h-status) raised both by the 3,719 B it measured.
# The size pass of issues 13/14 (h-size: cold helpers not inlined, parser.ar's dead nil
# test) lowered both to what it measured (1,235,905 B and 1,286,212 B, -10,925 B each)
# plus the same slack as before. Session 4's merged work (issues 13-15: h-rules10..19,
# h-timing7, h-perf5, h-perf6, h-nonai2, h-nonai3: 23 new general catalogs among them; README
# rows) was re-measured together on main: 1,307,916 B and 1,358,680 B, and both budgets set to
# that plus the same slack. h-rules20 (issue 13, last misses by family): +2,074 B on both (README row).
# Re-measured once more on main after the last wave (h-rules20's TLS codes, h-size2's cuts):
# 1,305,350 B and 1,356,114 B, plus the same slack. h-perf8 (issue 13's seventh speed pass):
# +2,659 B on both (README row). h-rules21 (issue 13, the none-w* rows' misses by family):
# +7,275 B on both (README row). h-timing8 (issue 15, the *-x* rows): +4,020 B on both. h-spans2
# (spans through text decoded in place): +2,582 B on both. h-rules23 (the *-v* rows): +1,284 B on both.
# h-rules22 (issue 14, the *-tt* rows): +3,278 B on both.
# h-rules24 (issue 13, the *-u* rows: gRPC, HTML, CloudFront): +8,420 B on both.
# h-size3 (code bytes: cold helpers out of line; the automaton's 16-bit cap lifted) merged, then
# re-measured on main: 1,329,897 B and 1,380,676 B, plus the same slack (2,692 B and 496 B).
# h-status2 (issue 13, the tune split's status misses by family): +6,316 B on both (README row).
# h-rules25 (issues 13/14, the *-z* rows: local servers and apps): +5,029 B on both.
# h-fallback (issue 13, the learned fallback: decoder/fallback.txt 7,075 B, its code 12,500 B): +19,575 B on both.
# h-rules26 (issue 13, the *-y* rows: clients in Java, Go, .NET, Rust, PHP, Ruby, Dart): +6,852 B on both.
# h-size4 (this session's inlined copies: escapeString, addGRPC, digitsAt, windowSpanMS; strings.ToUpper dropped): -1,850 B on both.
# h-perf9 (issue 13's eighth speed pass, the digit runs): +689 B on both against a758bb2 (README row).
# h-size5 (the fallback's inlined copies) merged, then every branch of the fifth session
# re-measured on main: 1,363,363 B and 1,414,157 B, plus the same slack (2,692 B and 496 B).
# h-size6 (issues 13/14: the fallback's table compiled into catalog.bin, no text parser in the
# decoder; the word split's own line and digit helpers dropped): -3,025 B on both (README row).
# The review: AWS operation statuses moved from Go code (awsops.go) to the aws catalog: +1,522 B.
# h-statusforms (issue 13: the status as client libraries print it, statusforms.go): +3,401 B on both.
# h-tools2 (issue 14: the tools' print formats from their own code, signal sources in catalog.bin): +6,915 B on both.
# h-rules27 (issue 14's *-ya* rows: api-clients.json, route and frame signals, a wrapper's class is no code): +1,159 B on both (README row).
# h-fallback2 (issue 13, the fallback's status word and second opinion): +3,104 B on both (README row).
# h-timing9 (issue 15, the *-yb* rows' waits, windows and resets): +5,531 B on both (README row).
# h-rules28 (issue 13, the *-yc* rows and where the request went: requesthost.go, eventframe.go, azurecore.go, relay signals): +5,290 B on both (README row).
# h-rules29 (issue 13, the none-yd* rows: curl exit codes, registry codes, HashiCorp log prefixes, Hugging Face Hub, Squid): +8,015 B on both (README row).
# h-rules30 (issue 13, the *-ye* rows: google-api-core frames, reason= codes, gRPC Connect Failed): +131 B on both (README row).
# h-perf10 (issue 13's ninth speed pass: sourceFile, retryWord, grpcSet): +818 B on both.
# h-status4 (issue 13: a status implied only when documented for what matched, status_worded in the catalog; stream errors without their 200 shown imply none): +1,426 B on both (README row).
# h-size7 (issues 13/14: signal sources out of catalog.bin, status forms' sources as comments, itoa): -2,797 B on both (README row).
# h-rules32 (issue 13, tune's category misses: Cloudflare 52x, Anthropic's Overloaded, GatedRepoError by status, Kubernetes ServerTimeout): +661 B on both (README row).
# h-rules31 (issue 13, tune's status misses: prawcore, DevLake, aws-sdk-js v2 and Vercel CLI print forms, TDLib's codes no status; 18 labels by the status rule): +916 B on both (README row).
# Session 6 (2026-12-07): every branch merged, then re-measured on main (c161c03, with the engine's
# one-status table): 1,401,178 B and 1,452,025 B, plus the same slack as before (2,692 B and 496 B);
# the per-branch sums above drifted from the merged whole (gzip of the whole file does not add up
# branch by branch: h-size7 measured cuts of raw bytes that gzip -9 counted as growth).
# h-general (generic.json's wording families from API documentation, testdata/general): +2,756 B on both
# (errlens.wasm 1,401,133 -> 1,403,889 B gzipped, built from b2afef5 and from this branch).
# h-perf11 (issue 13's tenth speed pass: retryWord, the scan's kinds and marker bits, the
# match and identity read through pointers): +1,612 B on both against b2afef5.
# h-rules33 (issue 14, the *-za* local-server rows: llama-server's error shape, a self-hosted server's access-log status, llama.cpp/vLLM/Ollama entries): +4,475 B on both, measured against 4913e0b built the same way (1,402,971 -> 1,407,446 B; first load 1,453,818 -> 1,458,293 B); the first load was already 1,297 B over its budget at 4913e0b (the corpus commit), which this adds too.
# h-timing10 (issue 15, the *-zd* rows: 89 more IANA zones, numeric offsets, printed header
# objects, the .NET RequestError form, TimeSpan waits): +4,298 B wasm and +4,299 B first load,
# measured against 4913e0b built the same way (1,402,971 -> 1,407,269 B; the first load was
# already 1,297 B over its budget there, which this does not cover).
# Re-measured on main once every branch of 2026-12-07's seventh session was merged (the per-branch
# figures above do not add up: each was measured against its own base): 1,426,156 B and
# 1,477,004 B, plus the same slack as before (2,692 B and 496 B).
# h-rules37 (tune's category/wrapper misses: a paste of only access records takes the served
# status, Gemini CLI's early '✕ API Error: ... (Status: X)' print, Claude Code's print of a stream
# error event): +1,420 B on both, measured against 50966fb built the same way (1,426,156 ->
# 1,427,576 B gzipped); at 50966fb errlens.wasm was already 9,145 B and the first load 10,044 B
# over their budgets only because the re-measured budgets above came after its base.
# The status evidence cut where characters start (status.go): +513 B on both (1,427,576 ->
# 1,428,089 B gzipped; gzip's layout, as the change is a few instructions).
# h-rules39 (issue 14, the *-zh* rows: vLLM's log format and engine errors, NVCF's problem details,
# Zhipu's bracketed codes, Ollama Cloud, gh models, MiniMax's name, Codex's url part): +3,978 B
# wasm and +3,977 B first load, measured against f80b700 built the same way (1,427,995 ->
# 1,431,973 B and 1,478,843 -> 1,482,820 B gzipped).
# h-status6 (+6,650 B on both, its comment above) merged with h-rules39: the two summed.
# h-provider7 (issue 13, provider identification from catalog knowledge: model families, cloud
# wording for also_calls, SDK user agents and module names, request-id prefixes, ~190 signals):
# +5,573 B on both, measured against 5d78be4 built the same way (1,427,962 -> 1,433,535 B gzipped).
# Summed on the merge.
# h-rules40 (issue 13: transport classes no code, curl_cffi's CURLcode, HTTP/2 stream codes,
# registry codes beyond the daemon, bracketed Discord and Firestore codes): +3,782 B on both,
# measured by make size-check against its base f80b700 (1,427,995 -> 1,431,777 B gzipped).
# h-status7 (issue 13: Alamofire's and egit-in-Maven's status forms, httr's RFC-named reasons,
# four status_worded flags): +132 B on both, measured by make size-check against its base
# 49ac5b5 (1,452,312 -> 1,452,444 B and 1,503,171 -> 1,503,303 B gzipped). The base was already
# over its budget (1,548 B on the wasm, 3,756 B on the first load), and stays so.
# Session 8's end: every branch merged (h-timing11, h-rules38 and h-fallback3 raised no budget;
# h-perf12 −484 B, h-perf13 −109 B) and re-measured on main: errlens.wasm 1,452,735 B, first
# load 1,503,594 B gzipped (+24,770 B over the session's start, 1,427,965 B; `catalog.bin`
# 266,870 -> 270,967 B gzipped, +4,097 B of knowledge, the rest code). Budgets: the measure
# plus the slack kept since 2026-12-07's morning (2,692 B wasm, 496 B first load).
# h-fallback4 (issue 13: the fallback's words the same for a paste and its rewrites, prefix
# layers, escapes, a record inside another unwrapped, a guess from two pieces; the regression's
# table): +2,649 B on both, measured by make size-check against its base e9cbc2a
# (1,452,735 -> 1,455,384 B wasm, 1,503,594 -> 1,506,243 B first load; catalog.bin 270,967 ->
# 270,209 B gzipped, so the growth is code).
# h-size8 (issues 13/14, the eighth size pass): -3,866 B on both, measured by make size against
# its base a96e78f (1,454,007 -> 1,450,141 B wasm, 1,504,866 -> 1,501,000 B first load; no
# catalog change): the catalog writer not linked in wasm, setOf's groups, three helpers out of line.
# Session 9's end: every branch merged (h-fallback4 +2,649 B; h-size8 -3,866 B; h-perf14,
# h-perf15 and the rules branches raised no budget) and re-measured on main: errlens.wasm
# 1,462,219 B, first load 1,513,115 B gzipped (+9,484 B over the session's start, 1,452,735 B;
# `catalog.bin` 270,967 -> 274,654 B gzipped, +3,687 B of knowledge, the rest code). Budgets:
# the measure plus the slack kept since 2026-12-07's morning (2,692 B wasm, 496 B first load).
# h-size9 (issues 13/14, the ninth size pass): -8,706 B on the wasm, -8,708 B on the first load,
# measured by make size against its base 24a6748 (1,462,219 -> 1,453,513 B wasm, 1,513,115 ->
# 1,504,407 B first load; no catalog change): eight map literals built in init as lists, marker
# sets by number, the summer-time rules as a table, closures and helpers copied into several
# callers out of line, the wasm adapter's failure answer as JSON.
# h-rules47 (issue 13, the *-xc* rate limits: openai-python 0.x's classes, an overload's
# status from its SDK's class, a status before a quoted message, a code in parentheses
# mid-line, Qianfan's rate acronyms, DashScope's and OpenRouter's windows): +1,705 B wasm, +1,704 B first load,
# measured by make size-check against its base cf047e4 (1,461,686 -> 1,463,391 B wasm,
# 1,512,582 -> 1,514,286 B first load; catalog.bin 274,602 -> 274,682 B gzip -9). Merged after
# h-size9: the wasm stays within its budget; the first load's is raised by the 1,208 B it goes over.
# h-timing13 (issue 15's windows and resets: rate acronyms, more languages' window words, reset
# instants in prose, HTTP-date reset headers, the RateLimit field's t, cut bodies' retry_after,
# GPT Pilot's buffered wait): +4,595 B wasm measured (1,461,685 -> 1,466,280 B gzipped, cf047e4
# -> a56d527, both by the Makefile's `go build` flags; catalog.bin +21 B); both budgets by that (merged
# after h-size9 and h-rules47: 1,456,205 + 4,595 and 1,506,111 + 4,595).
# h-breadth1 (issue 13: the documented error tables of the APIs beside the AI APIs, 11 new
# catalogs and 12 completed; no code): +21,062 B wasm, +21,183 B first load, measured by
# scripts/size.sh against its base 92d9687 (1,462,220 -> 1,483,282 B; 1,513,116 -> 1,534,299 B);
# catalog.bin 274,661 -> 298,685 B gzipped, so the growth is knowledge. Merged
# after h-size9, h-rules47 and h-timing13: 1,460,800 + 21,062 and 1,510,706 + 21,183.
# h-size10 (issues 13/14, the tenth size pass): -2,549 B on the wasm and on the first load,
# measured by make size against its base adce495 (1,494,657 -> 1,492,108 B wasm, 1,545,674 ->
# 1,543,125 B first load; no catalog change): resetWait's instants read through instantValue,
# sync.Once for the catalog's load, signals.gate out of line, and four smaller cuts
# (docs/size-history.md). Both budgets lowered by the same 2,549 B.
# Session 10's end: every branch merged and re-measured on main (the budgets summed from each
# branch's own delta missed the growth of branches that stayed within the slack alone):
# errlens.wasm 1,492,965 B, first load 1,543,982 B gzipped (+30,746 B over the session's start,
# 1,462,219 B; `catalog.bin` 274,654 -> 301,163 B gzipped, +26,509 B of knowledge, most of it
# h-breadth1's documented tables; the rest, +4,237 B, code). Budgets: the measure plus the slack
# kept since 2026-12-07's morning (2,692 B wasm, 496 B first load).
# The eleventh size pass (h-size11): both lowered by the 1,509 B make size measured against
# c4c87ed (the window tables: three maps and two derived lists no longer built in init).
# h-status9 (issue 13, statuses known from documented wording and stream events): first load
# +879 B gzipped, measured by make size against its base 7a195b4 (1,542,130 -> 1,543,009 B;
# the wasm 1,491,113 -> 1,491,992 B, within its budget). The first-load budget raised by 879 B.
# Session 11's end: every branch merged and re-measured on main: errlens.wasm 1,512,376 B,
# first load 1,563,408 B gzipped (+19,798 B over the session's start, 1,492,578 B;
# `catalog.bin` 301,163 -> 307,557 B gzipped, +6,394 B of knowledge; the rest, about +13.4 KB,
# code: the rules of h-relay1, h-rules48..52, h-status9 and h-timing14, scripts/wasmsyms puts
# +8.6 KB gzipped in the decoder's functions, spread over some 30 readers of 400-850 B each,
# and the issue's size target is not met). Budgets: the measure plus the slack.
WASM_BUDGET ?= 1515068
LOAD_BUDGET ?= 1563904

## size-check: fail when the wasm or the first load outgrows its budget (part of make test).
size-check:
	@test -f $(PUBLIC)/errlens.wasm || $(MAKE) --no-print-directory site
	@WASM_BUDGET=$(WASM_BUDGET) LOAD_BUDGET=$(LOAD_BUDGET) sh scripts/size.sh $(PUBLIC)

## measure: only the ready-time part of `make bench`: navigation to decoder-ready in headless
## Chromium, three settings, median of 10 each, with the phase breakdown.
measure: chromium npm bin/serve
	$(MAKE) --no-print-directory site BASE_PATH=/errlens
	CHROMIUM=$(CHROMIUM) SERVE=$(CURDIR)/bin/serve PUBLIC=$(CURDIR)/$(PUBLIC) node scripts/bench.mjs 10 ready

## cli: build the command-line decoder into bin/errlens (or: go install ./cmd/errlens).
cli:
	$(GO) build -trimpath -o bin/errlens ./cmd/errlens

## wasm-size: what importing retry (net/http) would add to a GOOS=js build, raw and gzipped.
wasm-size:
	./scripts/wasm-size.sh

clean:
	rm -rf public bin public-test
