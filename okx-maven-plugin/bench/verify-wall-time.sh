#!/usr/bin/env bash
# How long okx:verify's built-in suite takes against the embedded simulator, as a user meets it: a fresh
# `mvn okx:verify` (new JVM, cold classes) on the invoker sample project, built-in checks only.
#
#   mvn -B -pl okx-maven-plugin -am verify -DskipTests     # builds the plugin and target/local-repo
#   okx-maven-plugin/bench/verify-wall-time.sh [rounds]    # default 5
#
# Prints the plugin's own "suite wall time" (starting the simulator, every check, stopping it) per round
# and the median; the whole `mvn` process time is shown for context. Measure on an otherwise idle machine.
set -euo pipefail
module="$(cd "$(dirname "$0")/.." && pwd)"
project="$module/target/it/verify-passes-on-sample-project"
repo="$module/target/local-repo"
rounds="${1:-5}"
[[ -d "$project" && -d "$repo" ]] || { echo "run 'mvn -pl okx-maven-plugin -am verify -DskipTests' first" >&2; exit 2; }

suite=()
for ((i = 1; i <= rounds; i++)); do
  start=$(date +%s%N)
  out=$(cd "$project" && mvn -B -o -Dmaven.repo.local="$repo" -Dokx.signer= -Dokx.contracts=none okx:verify 2>&1) \
    || { echo "$out" >&2; exit 1; }
  total=$(( ($(date +%s%N) - start) / 1000000 ))
  s=$(sed -n 's/.*okx:verify suite wall time: \([0-9.]*\) s.*/\1/p' <<<"$out")
  checks=$(sed -n 's/.*): \([0-9]* checks: [^)]*\) in .*/\1/p' <<<"$out")
  printf 'round %d: suite %s s (%s); mvn process %d ms\n' "$i" "$s" "$checks" "$total"
  suite+=("$s")
done
median=$(printf '%s\n' "${suite[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
echo "median suite wall time over $rounds rounds: $median s (budget 5 s); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
