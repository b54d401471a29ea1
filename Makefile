# errlens — see README.md. `make serve` and `make test` are the two commands.
GO      ?= go
FUZZTIME ?= 10s

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

## fuzz: a short run of every fuzz target (FUZZTIME each); `make fuzz FUZZTIME=5m` for longer.
fuzz:
	$(GO) test ./decoder -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME)

## bench: decode time and allocations per input size, beside json.Unmarshal.
bench:
	$(GO) test ./decoder -run '^$$' -bench . -benchmem

clean:
	rm -rf public bin
