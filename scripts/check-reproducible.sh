#!/usr/bin/env bash
# Shows that the build is reproducible and that building again without clean changes nothing:
#   1. mvn clean package, twice: every jar the build makes, and the conformance suite's zip, is
#      the same, byte for byte;
#   2. mvn package once more, without clean: the same jars again (srm.jar and benchmarks.jar are
#      not shaded twice), and no warning that a build from clean does not give.
# Tests are skipped (-DskipTests): they do not change the jars. Logs and checksums are kept in a
# temporary folder, named at the end. Exit status 0 when both hold, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
status=0

build() { # name, then Maven arguments
  local name=$1
  shift
  echo "mvn $* ($name)"
  mvn -B -DskipTests "$@" > "$work/$name.log" 2>&1 || { echo "The build failed; see $work/$name.log"; exit 1; }
  # Every jar directly in a module's target folder, and the conformance suite, with its SHA-256.
  find . \( -path '*/target/*.jar' -o -path '*/target/srm-conformance-*.zip' \) -not -path '*/target/*/*' -print0 | sort -z | xargs -0 sha256sum > "$work/$name.sha256"
  grep '^\[WARNING\]' "$work/$name.log" | sed -E 's/[0-9]+(\.[0-9]+)? s(ec)?\b//' > "$work/$name.warnings" || true
  echo "  $(wc -l < "$work/$name.sha256") jars and zips, $(wc -l < "$work/$name.warnings") warning lines"
}

build first clean package
build second clean package
build again package

if diff -u "$work/first.sha256" "$work/second.sha256"; then
  echo "Two builds from clean: every jar and zip is byte-for-byte the same."
else
  echo "Two builds from clean made different jars or zips (above)."
  status=1
fi
if diff -u "$work/second.sha256" "$work/again.sha256"; then
  echo "A build without clean: every jar and zip is the same as from clean."
else
  echo "A build without clean made different jars or zips (above)."
  status=1
fi
# Javadoc and javac skip what is up to date, so a build without clean may warn less, never more.
new_warnings=$(comm -13 <(sort -u "$work/second.warnings") <(sort -u "$work/again.warnings"))
if [[ -z "$new_warnings" ]]; then
  echo "A build without clean gives no warning that a build from clean does not" \
    "($(wc -l < "$work/again.warnings") warning lines against $(wc -l < "$work/second.warnings"))."
else
  echo "A build without clean gives warnings that a build from clean does not:"
  echo "$new_warnings"
  status=1
fi
echo "Logs and checksums: $work"
exit $status
