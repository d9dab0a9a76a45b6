#!/usr/bin/env bash
# Scores blind sets again on the commit each was first scored on, at other decision thresholds:
# how the threshold does on questions the bot had never seen (docs/answer-quality.md).
#   tests/tools/firstLookSweep.sh "038e2a1:48,49 089e96b:50,51" "0.53 0.56 0.59" > sweep.tsv
# Prints commit, round, threshold, German right, English right, declined (of 65, 65, 44).
set -euo pipefail
pairs=$1
thresholds=${2:-"0.53 0.56 0.59"}
root=$(git rev-parse --show-toplevel)
score=${SCORE:-$root/../shared/eval/score.mjs}
work=$(mktemp -d)
trap 'for wt in "$work"/*; do git -C "$root" worktree remove --force "$wt" 2>/dev/null || true; done; rm -rf "$work"' EXIT
for pair in $pairs; do
  commit=${pair%%:*}
  wt=$work/$commit
  git -C "$root" worktree add -q --detach "$wt" "$commit"
  ln -s "$root/node_modules" "$wt/node_modules"
  for t in $thresholds; do
    sed -i -E "s/threshold: [0-9.]+,/threshold: $t,/" "$wt/src/answering/decide/decideWeights.ts"
    rounds=${pair#*:}
    for round in ${rounds//,/ }; do
      line=$(cd "$wt" && node "$score" --set "$root/tests/answering/D$round.jsonl" | tr '\n' ' ')
      de=$(grep -oE 'de [0-9]+/' <<<"$line" | head -1 | tr -dc 0-9)
      en=$(grep -oE 'en [0-9]+/' <<<"$line" | head -1 | tr -dc 0-9)
      declined=$(grep -oE 'abstained [0-9]+/' <<<"$line" | tr -dc 0-9)
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$commit" "$round" "$t" "$de" "$en" "$declined"
    done
  done
done
