#!/bin/sh
# Instructions per call, counted by valgrind's callgrind: Decode of each benchmark input beside
# json.Unmarshal of the 400-byte body. Unlike a stopwatch, the counts repeat exactly from run
# to run whatever else the machine does, so they show the effect of a change to the decoder
# even on a busy machine. (They are not time: a cache miss counts as one instruction.)
#
# Usage: scripts/bench-instructions.sh        Environment: GO (default go), N (default 2000)
# Skipped, with a note, when valgrind is not installed.
set -eu
GO=${GO:-go}
N=${N:-2000}
cd "$(dirname "$0")/.."

if ! command -v valgrind >/dev/null 2>&1; then
	echo "valgrind not installed: instruction counts skipped (Debian: apt-get install valgrind)" >&2
	exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
"$GO" test -c -o "$tmp/native.test" ./decoder

# count FUNCTION BENCH: instructions inside FUNCTION (and what it calls) per call, over N
# timed iterations plus the one b.Loop runs first. One P and no asynchronous preemption keep
# the scheduler's own work out of the count.
count() {
	(cd decoder && GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 valgrind --tool=callgrind \
		--callgrind-out-file=/dev/null "--toggle-collect=$1" "$tmp/native.test" \
		-test.run '^$' -test.bench "$2" -test.benchtime "${N}x") 2>&1 |
		awk -v n="$N" '/I +refs:/ { gsub(",", "", $4); printf "%d\n", $4 / (n + 1) }'
}

json=$(count 'encoding/json.Unmarshal' '^BenchmarkJSONUnmarshal$')
echo
echo "| input | Decode, instructions | json.Unmarshal of the 400 B body | ratio |"
echo "|---|---:|---:|---:|"
for input in json-400B traceback-3KB; do
	d=$(count 'github.com/errlens/errlens/decoder.(*Decoder).Decode' "^BenchmarkDecode\$/^$input\$")
	if [ "$input" = json-400B ]; then
		echo "$input $d $json" | awk '{ printf "| %s | %d | %d | %.2f× |\n", $1, $2, $3, $2 / $3 }'
	else
		echo "| $input | $d | – | – |"
	fi
done
