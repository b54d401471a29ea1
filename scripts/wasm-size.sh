#!/usr/bin/env bash
# Builds two tiny GOOS=js programs — one importing only decoder, one importing decoder and
# retry — and prints their sizes, raw and gzipped: what the retry package (net/http) would
# cost the page if the WebAssembly build ever imported it. `make wasm-size` runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
tmp=$(mktemp -d ./.wasm-size.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/decoderonly" "$tmp/withretry"
cat >"$tmp/decoderonly/main.go" <<'GO'
package main

import "github.com/errlens/errlens/decoder"

func main() { println(string(decoder.Decode("HTTP/1.1 429 Too Many Requests").Category)) }
GO
cat >"$tmp/withretry/main.go" <<'GO'
package main

import (
	"github.com/errlens/errlens/decoder"
	"github.com/errlens/errlens/retry"
)

func main() {
	r := decoder.Decode("HTTP/1.1 429 Too Many Requests")
	println(string(r.Category), retry.Decide(r, 1).Retry, retry.Classify(nil).Provider)
}
GO
printf '%-28s %12s %12s\n' program bytes gzipped
for p in decoderonly withretry; do
	GOOS=js GOARCH=wasm "$GO" build -trimpath -ldflags='-s -w' -o "$tmp/$p.wasm" "./$tmp/$p"
	raw=$(wc -c <"$tmp/$p.wasm")
	gz=$(gzip -9 -c "$tmp/$p.wasm" | wc -c)
	printf '%-28s %12d %12d\n' "$p" "$raw" "$gz"
done
