#!/usr/bin/env bash
# The load test of issue 27's goals: POST /v1/validate of the medium example document (the Essex
# learning summary, about 10 KB) to srm serve, with wrk on 64 connections kept alive, measuring
# documents per second, latency percentiles, errors and the service's peak resident memory; then,
# side by side on the same document, ajv-cli run once per document (the schema alone, as a CI step
# without the service would run it), srm validate run once per document, and Python's jsonschema
# in one process (the schema alone), with the ratios. Results go to benchmarks/results/DAY-serve.txt
# with the commands that made them.
#
#   benchmarks/serve-load.sh [SECONDS] [WARM_UP_SECONDS]      defaults 120 and 20
#
# Needs Java 17+, Maven, Node.js 18+ with npm, Python 3; installs wrk (and, when Python has no
# jsonschema, python3-jsonschema) from Debian with apt-get when missing, and ajv-cli from npm into
# target/. The service runs on $JAVA_HOME's java (or the one on the PATH) with a fixed heap
# (SRM_SERVE_JAVA_OPTS, default -Xms128m -Xmx128m); Java 21 and later give it virtual threads.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
warm_up=${2:-20}
java_opts=${SRM_SERVE_JAVA_OPTS:--Xms128m -Xmx128m}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
document=examples/documents/essex-learning-summary-child-hh-cc.json
schemas=json-schema/src/main/resources/schemas/v1
work=target/serve-load
day=$(date -u +%Y-%m-%d)
results=benchmarks/results/$day-serve.txt
port=${SRM_SERVE_PORT:-18700}
mkdir -p "$work"

apt_install() {
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    sudo apt-get update -qq >/dev/null && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}
command -v wrk >/dev/null || apt_install wrk
python3 -c 'import jsonschema' 2>/dev/null || apt_install python3-jsonschema
[ -f cli/target/srm.jar ] || mvn -B -q -DskipTests package
[ -x "$work/node_modules/.bin/ajv" ] || npm install --prefix "$work" --no-save --no-audit --no-fund --silent ajv-cli@5 ajv-formats@3 >/dev/null

exec > >(tee "$results") 2>&1
echo "# srm serve under load, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# java: $("$java" -version 2>&1 | head -1); wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); node: $(node --version)"
echo "# document: $document ($(stat -c %s "$document") bytes)"
echo

# The service, alone in its process; its log is kept to show that it stayed quiet.
"$java" $java_opts -jar cli/target/srm.jar serve --port "$port" 2> "$work/serve.log" > /dev/null &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 60); do grep -q 'listening' "$work/serve.log" 2>/dev/null && break; sleep 1; done
url=http://127.0.0.1:$port/v1/validate
echo "\$ $java $java_opts -jar cli/target/srm.jar serve --port $port"
echo "\$ curl -s -D - -H 'Content-Type: application/json' --data-binary @$document $url"
curl -s -D - -H 'Content-Type: application/json' --data-binary @"$document" "$url" | tr -d '\r' | grep -E '^(HTTP|SRM-Valid)|^\['
echo

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status"; }
echo "resident memory after start: $(( $(rss_kb) / 1024 )) MB"
echo "\$ SRM_DOCUMENT=$document wrk -t2 -c64 -d${warm_up}s -s benchmarks/serve-load.lua $url   # warm-up, not counted"
SRM_DOCUMENT=$document wrk -t2 -c64 -d"${warm_up}s" -s benchmarks/serve-load.lua "$url" | grep -E 'Requests/sec|Non-2xx|errors' || true
echo

# Peak resident memory over the measured run, sampled every second.
peak=0
( while kill -0 $pid 2>/dev/null; do rss_kb; sleep 1; done ) > "$work/rss.txt" &
sampler=$!
echo "\$ SRM_DOCUMENT=$document wrk -t2 -c64 -d${seconds}s --latency -s benchmarks/serve-load.lua $url"
SRM_DOCUMENT=$document wrk -t2 -c64 -d"${seconds}s" --latency -s benchmarks/serve-load.lua "$url" | tee "$work/wrk.txt"
kill $sampler 2>/dev/null || true
peak=$(sort -n "$work/rss.txt" | tail -1)
echo "resident memory, peak over the measured run: $(( peak / 1024 )) MB (sampled every second from /proc/$pid/status)"
rate=$(awk '/Requests\/sec/ { print $2 }' "$work/wrk.txt")
p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")
non2xx=$(awk '/Non-2xx/ { print $NF }' "$work/wrk.txt")
socket_errors=$(awk -F'Socket errors: ' '/Socket errors/ { print $2 }' "$work/wrk.txt")
echo "service log: $(wc -l < "$work/serve.log") line(s): $(head -c 200 "$work/serve.log" | tr '\n' ' ')"
kill $pid
wait $pid 2>/dev/null || true
trap - EXIT
echo

# Side by side: ajv-cli and srm validate, one process per document, as a CI step runs them.
runs=20
ajv=("$work/node_modules/.bin/ajv" validate --spec=draft2020 --strict=false -c ajv-formats -s "$schemas/learning-summary.schema.json" -r "$schemas/definitions.schema.json" -d "$document")
echo "\$ ${ajv[*]}   # $runs times, one after another"
start=$(date +%s.%N)
for _ in $(seq $runs); do NODE_PATH="$work/node_modules" "${ajv[@]}" > /dev/null 2>&1 || { echo "ajv-cli failed:"; NODE_PATH="$work/node_modules" "${ajv[@]}" || true; break; }; done
end=$(date +%s.%N)
ajv_rate=$(awk -v n=$runs -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", n / (b - a) }')
echo "ajv-cli, a process per document: $ajv_rate documents/s"
echo "\$ cli/target/srm validate $document   # $runs times, one after another"
start=$(date +%s.%N)
for _ in $(seq $runs); do cli/target/srm validate "$document" > /dev/null; done
end=$(date +%s.%N)
cli_rate=$(awk -v n=$runs -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", n / (b - a) }')
echo "srm validate, a process per document: $cli_rate documents/s"
echo "\$ python3 benchmarks/serve-jsonschema.py $schemas $document 20"
python_line=$(python3 benchmarks/serve-jsonschema.py "$schemas" "$document" 20)
echo "$python_line"
python_rate=$(echo "$python_line" | sed -E 's/.*: ([0-9.]+) documents\/s.*/\1/')
echo

echo "## summary (goals: >= 5000 documents/s, p99 <= 20 ms, 0 errors, resident memory <= 300 MB)"
echo "srm serve, 64 connections kept alive: $rate documents/s, p99 $p99, non-2xx ${non2xx:-0}, socket errors: ${socket_errors:-none}, peak resident $(( peak / 1024 )) MB, over ${seconds} s after ${warm_up} s of warm-up"
echo "srm serve / ajv-cli per document:      $(awk -v a="$rate" -v b="$ajv_rate" 'BEGIN { printf "%.0f", a / b }') x"
echo "srm serve / srm validate per document: $(awk -v a="$rate" -v b="$cli_rate" 'BEGIN { printf "%.0f", a / b }') x"
echo "srm serve / Python jsonschema in process (one core): $(awk -v a="$rate" -v b="$python_rate" 'BEGIN { printf "%.0f", a / b }') x"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
