#!/usr/bin/env bash
# Runs the property-based and fuzz tests (every test class whose QuickTheories properties draw a
# random seed) once per random seed, and prints each seed that fails with the classes that failed.
#
#   scripts/property-seeds.sh [RUNS]        RUNS defaults to 30
#
# A failing seed replays with the same tests and -DQT_SEED=<seed>, as the output says. Logs of
# failing runs are kept in target/property-seeds/. Exit status: 0 when every seed passed, 1 when
# any failed. It takes a while (about a minute per seed on two cores): run it with nice.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-30}"
logs=target/property-seeds
rm -rf "$logs"
mkdir -p "$logs"

# Test classes with a property whose seed is random (qt() without withFixedSeed), found in the
# sources so that new property tests are included without editing this script.
classes=$(grep -rlP 'qt\(\)(?!\s*\.withFixedSeed)|Fuzzing\.check\(' --include='*Test.java' ./*/src/test/java \
  | xargs -n1 basename | sed 's/\.java$//' | sort -u)
modules=$(grep -rlP 'qt\(\)(?!\s*\.withFixedSeed)|Fuzzing\.check\(' --include='*Test.java' ./*/src/test/java \
  | cut -d/ -f2 | sort -u | paste -sd, -)
tests=$(echo "$classes" | paste -sd, -)
echo "Property and fuzz tests: ${tests//,/, } (modules ${modules})"

mvn_test() {
  mvn -B -q -pl "$modules" -am -Denforcer.skip=true -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest="$tests" "$@" test
}

echo "Compiling once..."
mvn -B -q -pl "$modules" -am -Denforcer.skip=true -DskipTests test-compile

failed=()
for ((i = 1; i <= runs; i++)); do
  seed=$(( (RANDOM << 45 | RANDOM << 30 | RANDOM << 15 | RANDOM) & 0x7fffffffffff ))
  log="$logs/seed-$seed.log"
  start=$SECONDS
  if mvn_test -DQT_SEED="$seed" >"$log" 2>&1; then
    echo "run $i/$runs seed $seed: passed ($((SECONDS - start)) s)"
    rm -f "$log"
  else
    failures=$(grep -lE 'FAILURE|ERROR' ./*/target/surefire-reports/*.txt 2>/dev/null \
      | xargs -r -n1 basename | sed 's/\.txt$//' | paste -sd' ' -)
    echo "run $i/$runs seed $seed: FAILED in ${failures:-(see log)}; log $log"
    failed+=("$seed")
  fi
done

echo
if ((${#failed[@]} == 0)); then
  echo "All $runs seeds passed."
else
  echo "${#failed[@]} of $runs seeds failed: ${failed[*]}"
  echo "Replay one with: mvn -B -pl $modules -am -Dsurefire.failIfNoSpecifiedTests=false -Dtest='$tests' -DQT_SEED=<seed> test"
  exit 1
fi
