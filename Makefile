# errlens — see README.md. `make serve` and `make test` are the two commands.
GO      ?= go
FUZZTIME ?= 8s

.PHONY: all test test-go vet fmt-check bench fuzz fuzz-long clean

all: test

## test: every test: formatting, vet, Go unit/golden/corpus tests, a short fuzz run.
test: fmt-check vet test-go fuzz

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

test-go:
	$(GO) test -count=1 ./...

FUZZ_TARGETS = FuzzDecode FuzzParseObjects FuzzScanHead FuzzScanExceptions

## fuzz: a short run of every fuzz target (FUZZTIME each); `make fuzz FUZZTIME=5m` for longer.
## Crashers are kept in decoder/testdata/fuzz and replayed by every `go test`.
fuzz:
	@for t in $(FUZZ_TARGETS); do \
	  echo "fuzz $$t for $(FUZZTIME)"; \
	  $(GO) test ./decoder -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) || exit 1; \
	done

## bench: decode time and allocations per input size, beside json.Unmarshal.
bench:
	$(GO) test ./decoder -run '^$$' -bench . -benchmem

clean:
	rm -rf public bin

.PHONY: cli wasm-size

## cli: build the command-line decoder into bin/errlens (or: go install ./cmd/errlens).
cli:
	$(GO) build -trimpath -o bin/errlens ./cmd/errlens

## wasm-size: what importing retry (net/http) would add to a GOOS=js build, raw and gzipped.
wasm-size:
	./scripts/wasm-size.sh
