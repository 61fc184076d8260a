#!/usr/bin/env bash
# Makes the picture of srm stats for the README, docs/images/stats-chart.png: the statistics page
# of the example documents (srm stats --format html), opened by headless Chromium, with its
# charts of learning themes and agencies at the top. Not part of mvn verify.
#   scripts/stats-chart.sh [OUT.png]
# Installs Debian's chromium when it is missing (as root, with apt-get), and builds the runnable
# jar when cli/target/srm.jar is not there. The page is kept beside the picture's temporary folder,
# named at the end. Exit status 0 when the picture was written.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-docs/images/stats-chart.png}
work=$(mktemp -d)

if ! command -v chromium > /dev/null; then
  echo "Installing chromium"
  apt-get update -qq
  apt-get install -y -qq chromium > "$work/apt.log"
fi

if [ ! -f cli/target/srm.jar ]; then
  echo "Building cli/target/srm.jar"
  mvn -B -q -DskipTests -pl cli -am package
fi

java -jar cli/target/srm.jar stats --format html -o "$work/statistics.html" examples/documents

# The window is as tall as the heading and both charts of the example documents.
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$(mktemp -d)" \
  --window-size=900,1680 --screenshot="$work/stats-chart.png" "file://$work/statistics.html" 2> "$work/chromium.log"
test -s "$work/stats-chart.png" || { echo "Chromium wrote no picture; see $work/chromium.log"; exit 1; }
mkdir -p "$(dirname "$out")"
cp "$work/stats-chart.png" "$out"
echo "Wrote $out from $work/statistics.html"
