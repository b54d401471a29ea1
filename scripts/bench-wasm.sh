#!/bin/sh
# Decode time per input, native Go beside the same benchmarks compiled to WebAssembly and
# run under Node (go_js_wasm_exec), as a markdown table with the wasm/native ratio.
# The budget (README, "Size and speed") is a ratio of at most 3 on every input.
#
# Usage: scripts/bench-wasm.sh [rounds]   (default 3)
# Each round runs the native and then the wasm test binary once, each timing every input
# COUNT times (default 3). The first timing of each input in a process is a warm-up and is
# dropped (V8 compiles hot wasm functions a second time, optimised, while they run); the
# table shows the median of the rest.
# Environment: GO (default go), BENCH (default 'BenchmarkDecode$'), BENCHTIME (default 1s),
# COUNT (default 3), GOGC (default 400: the setting the page's worker runs the decoder with,
# site/static/worker.js; both binaries get it). In wasm the collector runs on the one thread
# the decoder has, marking the catalog's heap in between decodes; natively it runs on
# another core.
set -eu
GO=${GO:-go}
GOGC=${GOGC:-400}
export GOGC
BENCH=${BENCH:-'BenchmarkDecode$'}
BENCHTIME=${BENCHTIME:-1s}
rounds=${1:-3}
COUNT=${COUNT:-3}
cd "$(dirname "$0")/.."

goroot=$($GO env GOROOT)
# Go 1.24 moved go_js_wasm_exec to lib/wasm; older trees keep it in misc/wasm.
PATH="$goroot/lib/wasm:$goroot/misc/wasm:$PATH"
export PATH
if ! command -v go_js_wasm_exec >/dev/null 2>&1; then
	echo "go_js_wasm_exec not found under $goroot" >&2
	exit 1
fi
if ! command -v node >/dev/null 2>&1; then
	echo "node not found: the wasm benchmarks run under Node" >&2
	exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# Both test binaries are built first and then run in turns, one round each at a time, so
# a busy machine slows both alike instead of skewing the ratio.
echo "building the native and wasm test binaries..." >&2
"$GO" test -c -o "$tmp/native.test" ./decoder
GOOS=js GOARCH=wasm "$GO" test -c -o "$tmp/wasm.test" ./decoder
args="-test.run ^\$ -test.bench $BENCH -test.benchmem -test.benchtime $BENCHTIME -test.count $COUNT"
: >"$tmp/native"
: >"$tmp/wasm"
i=0
while [ "$i" -lt "$rounds" ]; do
	i=$((i + 1))
	echo "round $i of $rounds" >&2
	# A test binary runs in its package's directory, where testdata/bench is.
	(cd decoder && "$tmp/native.test" $args) >>"$tmp/native" 2>&1 || { cat "$tmp/native" >&2; exit 1; }
	(cd decoder && go_js_wasm_exec "$tmp/wasm.test" $args) >>"$tmp/wasm" 2>&1 || { cat "$tmp/wasm" >&2; exit 1; }
done

# Median ns/op and allocs/op per benchmark name (the -N GOMAXPROCS suffix dropped),
# leaving out each process's first timing of each name ("goos:" opens a process's output).
medians() {
	awk '/^goos:/ { delete warm }
	/^Benchmark/ && / ns\/op/ {
		name = $1; sub(/-[0-9]+$/, "", name)
		if (!(name in warm)) { warm[name] = 1; next }
		for (i = 2; i <= NF; i++) {
			if ($(i+1) == "ns/op") ns[name] = ns[name] " " $i
			if ($(i+1) == "allocs/op") al[name] = $i
		}
		if (!(name in seen)) { seen[name] = 1; order[++n] = name }
	}
	END {
		for (k = 1; k <= n; k++) {
			name = order[k]
			m = split(substr(ns[name], 2), v, " ")
			for (i = 2; i <= m; i++) { x = v[i]; j = i - 1; while (j > 0 && v[j] + 0 > x + 0) { v[j+1] = v[j]; j-- }; v[j+1] = x }
			med = (m % 2) ? v[(m+1)/2] : (v[m/2] + v[m/2+1]) / 2
			print name, med, al[name]
		}
	}' "$1"
}

medians "$tmp/native" >"$tmp/native.med"
medians "$tmp/wasm" >"$tmp/wasm.med"

echo
echo "GOGC=$GOGC for both"
echo "| input | native | wasm (Node) | wasm / native | allocs/op |"
echo "|---|---:|---:|---:|---:|"
awk '
function human(ns) {
	if (ns >= 1e6) return sprintf("%.2f ms", ns / 1e6)
	if (ns >= 1e3) return sprintf("%.1f µs", ns / 1e3)
	return sprintf("%d ns", ns)
}
NR == FNR { w[$1] = $2; next }
{
	name = $1; sub(/^Benchmark/, "", name)
	if (!($1 in w)) { printf "| %s | %s | – | – | %s |\n", name, human($2), $3; next }
	printf "| %s | %s | %s | %.1f× | %s |\n", name, human($2), human(w[$1]), w[$1] / $2, $3
}' "$tmp/wasm.med" "$tmp/native.med"
