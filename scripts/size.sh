#!/bin/sh
# Print what a first visit to the front page downloads, raw and gzip -9 (what a host that
# compresses would send). Usage: scripts/size.sh public
# With WASM_BUDGET and LOAD_BUDGET (bytes, gzipped) set, fail when either is exceeded: sizes
# are deterministic for a given Go, so `make test` can hold them.
set -eu
dir=${1:-public}
# The front page's first load: the page, every stylesheet and script it references (read from
# index.html, so a new file is counted without editing this list), then what the worker
# loads: Go's loader and the decoder. Reference pages are separate visits.
refs=$(grep -oE '(src|href)="\./[^"]+\.(js|css)"' "$dir/index.html" | sed -E 's/^[a-z]+="\.\///; s/"$//' | sort -u)
files="index.html $refs worker.js wasm_exec.js errlens.wasm"
printf '%-16s %12s %12s\n' file raw gzip-9
total_raw=0
total_gz=0
for f in $files; do
	raw=$(wc -c <"$dir/$f")
	gz=$(gzip -9 -c "$dir/$f" | wc -c)
	total_raw=$((total_raw + raw))
	total_gz=$((total_gz + gz))
	printf '%-16s %12d %12d\n' "$f" "$raw" "$gz"
done
printf '%-16s %12d %12d\n' "first load" "$total_raw" "$total_gz"

fail=0
if [ -n "${WASM_BUDGET:-}" ]; then
	wasm_gz=$(gzip -9 -c "$dir/errlens.wasm" | wc -c)
	if [ "$wasm_gz" -gt "$WASM_BUDGET" ]; then
		echo "errlens.wasm is $wasm_gz bytes gzipped, over its budget of $WASM_BUDGET"; fail=1
	else
		echo "errlens.wasm within budget: $wasm_gz <= $WASM_BUDGET bytes gzipped"
	fi
fi
if [ -n "${LOAD_BUDGET:-}" ]; then
	if [ "$total_gz" -gt "$LOAD_BUDGET" ]; then
		echo "the first load is $total_gz bytes gzipped, over its budget of $LOAD_BUDGET"; fail=1
	else
		echo "first load within budget: $total_gz <= $LOAD_BUDGET bytes gzipped"
	fi
fi
exit $fail
