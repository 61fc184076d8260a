#!/usr/bin/env bash
# Validates one NDJSON batch, made of the three original example documents (the Essex learning
# summary, the temporary accommodation audit briefing and the Exampleshire rapid review) in turn,
# each line with an id of its own, with srm (the full pipeline, on 1 and on 2 threads, with a
# 128 MB heap, run as the README says) and with Ajv 8 (draft 2020-12, formats asserted, the schema
# alone), side by side, and prints each one's throughput and their ratio.
#
#   scripts/compare-ajv.sh [SIZE_MB]      default 400
#
# Needs Java 17+, Maven and Node.js 18+ with npm; installs Ajv from npm into target/.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-400}
work=target/ajv-comparison
mkdir -p "$work"

[ -f cli/target/srm.jar ] || mvn -B -q -DskipTests package
[ -d "$work/node_modules/ajv" ] || npm install --prefix "$work" --no-save --no-audit --no-fund --silent ajv@8 ajv-formats@3 >/dev/null
# Node resolves packages from the script's folder upwards; make the installed ones visible there.
ln -sfn "$(pwd)/$work/node_modules" scripts/ajv/node_modules

batch="$work/batch.ndjson"
node scripts/ajv/make-batch.mjs "$batch" "$size" \
  examples/documents/essex-learning-summary-child-hh-cc.json \
  examples/documents/temporary-accommodation-audit-briefing.json \
  examples/documents/exampleshire-rapid-review.json
bytes=$(stat -c %s "$batch")
cat "$batch" > /dev/null   # into the file cache, for both tools alike

srm_run() {
  local threads=$1 start end
  start=$(date +%s.%N)
  JAVA_OPTS=-Xmx128m cli/target/srm validate --ndjson --threads "$threads" "$batch" | tail -1 >&2
  end=$(date +%s.%N)
  echo "$start $end" | awk -v b="$bytes" '{ printf "%.1f", b / 1e6 / ($2 - $1) }'
}

echo "srm, 1 thread:" >&2
srm1=$(srm_run 1)
echo "srm, 2 threads:" >&2
srm2=$(srm_run 2)
ajv_line=$(node scripts/ajv/validate-ndjson.mjs json-schema/src/main/resources/schemas/v1 "$batch")
echo "$ajv_line" >&2
ajv=$(echo "$ajv_line" | sed -E 's/.* ([0-9.]+) MB\/s$/\1/')

echo
echo "batch: $batch, $bytes bytes"
echo "srm validate --ndjson, 1 thread:  $srm1 MB/s"
echo "srm validate --ndjson, 2 threads: $srm2 MB/s ($(awk -v a="$srm2" -v b="$srm1" 'BEGIN { printf "%.2f", a / b }') x 1 thread)"
echo "ajv (schema only):                $ajv MB/s"
echo "ajv / srm on 1 thread:            $(awk -v a="$ajv" -v b="$srm1" 'BEGIN { printf "%.2f", a / b }')"
echo "ajv / srm on 2 threads:           $(awk -v a="$ajv" -v b="$srm2" 'BEGIN { printf "%.2f", a / b }')"
