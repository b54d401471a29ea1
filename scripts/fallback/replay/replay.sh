#!/bin/sh
# replay.sh COMMIT WAVE.jsonl OUT.jsonl: decode the wave's pastes with the rules of COMMIT,
# which never saw them, and read their words with fallback tables learned at COMMIT (its
# tune split and catalog). Run from the repository's root by main.go (go run
# ./scripts/fallback/replay): a worktree of COMMIT gets main.go.txt and words.go.txt (the
# word split as today's decoder has it, which COMMIT may lack) and the learner's own files.
set -eu
commit=$1 wave=$(realpath "$2") out=$(realpath "$3")
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
dir=$tmp/wt
git worktree add --detach -q "$dir" "$commit"
trap 'git worktree remove --force "$dir"; rm -rf "$tmp"' EXIT
mkdir -p "$dir/cmd/replay"
cp "$here/main.go.txt" "$dir/cmd/replay/main.go"
cp "$here/words.go.txt" "$dir/cmd/replay/words.go"
for f in learn.go crossval.go; do
	sed -e 's/decoder\.FallbackWords(/fallbackWords(/' -e 's/decoder\.FallbackStatusWord(/fallbackStatusWord(/' \
		"$here/../$f" > "$dir/cmd/replay/$f"
done
(cd "$dir" && go run ./cmd/replay) < "$wave" > "$out"
