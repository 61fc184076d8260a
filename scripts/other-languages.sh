#!/usr/bin/env bash
# Runs what docs/other-languages.md shows, on the schemas in this checkout:
#   - TypeScript: types generated with json-schema-to-typescript, with no numbered duplicate
#     types and themes typed as the catalogue's codes or a local:CODE; a small program and every
#     example document type-checked against them (tsc --noEmit --strict);
#   - Ajv 8 (draft 2020-12, strict mode, formats asserted): the example documents and the valid
#     fixtures pass, the invalid fixtures a schema can find fail;
#   - Python's jsonschema with a local registry (referencing): the same, when Python can import
#     jsonschema 4.18 or later, or pip can install it; otherwise it says so and skips Python.
# Prints a summary and exits 1 on any problem. Not part of mvn verify: it needs Node.js 18+ with
# npm (it installs its packages from the npm registry into target/other-languages).
#
#   scripts/other-languages.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
schemas=$root/json-schema/src/main/resources/schemas/v1
work=$root/target/other-languages
mkdir -p "$work/types"
problems=0
problem() { echo "PROBLEM: $*"; problems=$((problems + 1)); }

echo "== npm packages, into $work"
npm install --prefix "$work" --no-save --no-audit --no-fund --silent \
  json-schema-to-typescript@15.0.4 typescript@5.9.3 ajv@8.17.1 ajv-formats@3.0.1 >/dev/null
cp scripts/other-languages/* "$work/"

echo "== TypeScript types (json-schema-to-typescript)"
for schema in rapid-review learning-summary; do
  "$work/node_modules/.bin/json2ts" -i "$schemas/$schema.schema.json" -o "$work/types/$schema.d.ts" --cwd "$schemas"
  # JSON Schema's pattern has no TypeScript form; a local theme's is a template literal type.
  sed -i 's/^export type LocalTheme = string;$/export type LocalTheme = `local:${string}`;/' "$work/types/$schema.d.ts"
done
types_summary=""
for file in "$work"/types/*.d.ts; do
  names=$(grep -oE '^export (type|interface) [A-Za-z0-9_]+' "$file" | awk '{print $3}' | sort)
  # A numbered duplicate is a name that is another name followed by digits (PartialDate1).
  numbered=$(echo "$names" | awk '{ seen[$0] = 1; name[NR] = $0 }
    END { for (i = 1; i <= NR; i++) { base = name[i]; sub(/[0-9]+$/, "", base); if (base != name[i] && seen[base]) printf "%s ", name[i] } }')
  count=$(echo "$names" | wc -l)
  [ -z "$numbered" ] || problem "$(basename "$file") has numbered duplicate types: $numbered"
  grep -q '^export type Theme = LearningTheme | LocalTheme;$' "$file" || problem "$(basename "$file"): Theme is not LearningTheme | LocalTheme"
  grep -q '^export type LocalTheme = `local:${string}`;$' "$file" || problem "$(basename "$file"): LocalTheme is not a template literal type"
  ! grep -q '\[k: string\]: unknown' "$file" || problem "$(basename "$file") has untyped objects ([k: string]: unknown)"
  types_summary="$types_summary $(basename "$file") $count types, $(echo -n "$numbered" | wc -w) numbered duplicates;"
done
echo "$types_summary"

echo "== tsc --noEmit: usage.ts and every example document as a typed constant"
node "$work/examples-as-typescript.mjs" "$work/examples.ts" examples/documents/*.json
examples=$(ls examples/documents/*.json | wc -l)
if (cd "$work" && node_modules/.bin/tsc -p tsconfig.json); then
  tsc_summary="usage.ts and $examples example documents type-check; 6 deliberate mistakes rejected"
else
  problem "tsc found type errors"
  tsc_summary="type errors"
fi
echo "$tsc_summary"

echo "== Ajv (draft 2020-12, strict, formats)"
fixtures=$(cd "$work" && node fixtures.mjs "$root/json-schema/src/test/resources/v1" "$root/examples/documents")
echo "$fixtures"
ajv_summary=$(cd "$work" && node validate-with-ajv.mjs "$schemas" valid.txt invalid.txt) || problem "Ajv disagrees"
echo "$ajv_summary"

echo "== Python jsonschema (local registry, formats)"
python_summary=""
python=$(command -v python3 || true)
has_jsonschema() { "$python" -c 'import jsonschema, referencing' 2>/dev/null; }
if [ -n "$python" ] && ! has_jsonschema; then
  echo "jsonschema 4.18+ is not importable; trying pip into $work/python"
  if "$python" -m pip install --quiet --disable-pip-version-check --timeout 15 --retries 0 \
      --target "$work/python" 'jsonschema>=4.18' >/dev/null 2>&1; then
    export PYTHONPATH="$work/python${PYTHONPATH:+:$PYTHONPATH}"
  fi
fi
if [ -n "$python" ] && has_jsonschema; then
  python_summary=$(cd "$work" && "$python" validate_with_jsonschema.py "$schemas" valid.txt invalid.txt) || problem "jsonschema disagrees"
else
  python_summary="skipped: no Python with jsonschema 4.18+ and referencing, and pip could not install it (is PyPI reachable?); Debian's python3-jsonschema (apt-get install python3-jsonschema) is 4.10, before referencing"
fi
echo "$python_summary"

echo
echo "== Summary"
echo "TypeScript types:$types_summary"
echo "tsc --noEmit:     $tsc_summary"
echo "Ajv:              $ajv_summary"
echo "Python:           $python_summary"
if [ "$problems" -gt 0 ]; then
  echo "FAILED: $problems problem(s)"
  exit 1
fi
echo "OK"
