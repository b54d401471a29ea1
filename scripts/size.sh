#!/bin/sh
# Print what a first visit to the front page downloads, raw and gzip -9 (what a host that
# compresses would send). Usage: scripts/size.sh public
set -eu
dir=${1:-public}
# The front page's first load: the page, its stylesheet, its scripts, the worker, Go's
# loader and the decoder. Reference pages are separate visits.
files="index.html style.css app.js card.js share.js mask.js worker.js wasm_exec.js errlens.wasm"
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
