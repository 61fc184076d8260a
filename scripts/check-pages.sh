#!/usr/bin/env bash
# Checks the HTML pages of every example document in a real browser. Renders each document in
# examples/documents with the built launcher (cli/target/srm render --format html), opens the page in
# headless Chromium, prints it to PDF and takes a screenshot (PNG), and fails if Chromium fails, if
# a PDF or PNG is empty or not what it says it is, or if Chromium's log has a console message (a
# resource the page's Content-Security-Policy blocked, a script error, a failed load). The pages,
# PDFs, PNGs and Chromium's logs are left in cli/target/pages.
#
# Not part of mvn verify or CI (which have no browser). Build first, then run from anywhere:
#
#   mvn -B -q -pl cli -am -DskipTests package
#   scripts/check-pages.sh                  # check every example
#   scripts/check-pages.sh --update-images  # and copy the README's screenshots to docs/images
#                                           # (made smaller with pngquant when it is installed)
#
# Chromium is the Debian package: when it is missing and this runs as root, the script installs it
# (apt-get install -y chromium); otherwise it says how. Chromium runs without network access of its
# own (no background networking, component updates or sync) and with a fresh profile each time.
# Exit status: 0 every page passed, 1 a page failed, 2 the launcher or Chromium is missing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SRM="$ROOT/cli/target/srm"
OUT="$ROOT/cli/target/pages"
IMAGES="$ROOT/docs/images"
WINDOW=900,1200
# The examples whose screenshots the README shows: the two seeds, a corpus document, a rapid review.
README_IMAGES=(essex-learning-summary-child-hh-cc temporary-accommodation-audit-briefing solihull-multi-agency-case-audit-2016-17 exampleshire-rapid-review)

# shellcheck source=scripts/check-lib.sh
source "$ROOT/scripts/check-lib.sh"
read_update_images_option check-pages "$@"
require_launcher check-pages "$SRM"
install_missing check-pages chromium chromium
chromium=$(command -v chromium)

# Runs headless Chromium on a page with the flags a machine without a display or network needs.
browse() {
  local log=$1
  shift
  local profile
  profile=$(mktemp -d)
  local status=0
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --enable-logging=stderr --v=0 "$@" > "$log" 2>&1 || status=$?
  rm -rf "$profile"
  return "$status"
}

# The bytes of a file from an offset, as lower-case hexadecimal without spaces.
hex() {
  od -An -tx1 -j "$2" -N "$3" "$1" | tr -d ' \n'
}

# Why a file is not a PDF, or nothing.
not_pdf() {
  [ -s "$1" ] || { echo "the PDF is missing or empty"; return; }
  [ "$(head -c 5 "$1")" = "%PDF-" ] || { echo "the PDF does not start with %PDF-"; return; }
  tail -c 64 "$1" | grep -q '%%EOF' || echo "the PDF does not end with %%EOF"
}

# Why a file is not a PNG image with a size, or nothing.
not_png() {
  [ -s "$1" ] || { echo "the PNG is missing or empty"; return; }
  [ "$(hex "$1" 0 8)" = "89504e470d0a1a0a" ] || { echo "the PNG has no PNG signature"; return; }
  [ "$(head -c 16 "$1" | tail -c 4)" = "IHDR" ] || { echo "the PNG has no IHDR chunk first"; return; }
  local width=$((16#$(hex "$1" 16 4))) height=$((16#$(hex "$1" 20 4)))
  [ "$width" -gt 0 ] && [ "$height" -gt 0 ] || { echo "the PNG is $width by $height pixels"; return; }
  [ "$(tail -c 8 "$1" | head -c 4)" = "IEND" ] || echo "the PNG does not end with an IEND chunk"
}

# Console messages in Chromium's log: anything the page itself caused (blocked resources, script
# errors, failed loads), as opposed to the machine's own complaints (no D-Bus, no GPU).
console_messages() {
  grep -E ':CONSOLE|Content Security Policy|net::ERR_|Failed to load|Uncaught' "$1" || true
}

mkdir -p "$OUT"
rm -f "$OUT"/*
failures=0
checked=0
for document in "$ROOT"/examples/documents/*.json; do
  name=$(basename "$document" .json)
  page="$OUT/$name.html"
  problems=()
  if ! "$SRM" render "$document" --format html -o "$page" 2> "$OUT/$name.srm.log"; then
    problems+=("srm render failed: $(head -1 "$OUT/$name.srm.log")")
  else
    browse "$OUT/$name.pdf.log" --no-pdf-header-footer --print-to-pdf="$OUT/$name.pdf" "file://$page" \
      || problems+=("Chromium failed to print the PDF (see $name.pdf.log)")
    browse "$OUT/$name.png.log" --hide-scrollbars --window-size="$WINDOW" --screenshot="$OUT/$name.png" "file://$page" \
      || problems+=("Chromium failed to take the screenshot (see $name.png.log)")
    reason=$(not_pdf "$OUT/$name.pdf"); [ -z "$reason" ] || problems+=("$reason")
    reason=$(not_png "$OUT/$name.png"); [ -z "$reason" ] || problems+=("$reason")
    for log in "$OUT/$name.pdf.log" "$OUT/$name.png.log"; do
      messages=$(console_messages "$log")
      [ -z "$messages" ] || problems+=("the browser reported: $messages")
    done
  fi
  checked=$((checked + 1))
  if [ ${#problems[@]} -eq 0 ]; then
    echo "ok   $name: page $(wc -c < "$page") bytes, PDF $(wc -c < "$OUT/$name.pdf") bytes, PNG $(wc -c < "$OUT/$name.png") bytes"
  else
    failures=$((failures + 1))
    for problem in "${problems[@]}"; do
      echo "FAIL $name: $problem"
    done
  fi
done

echo "$checked pages checked in Chromium ($("$chromium" --version 2> /dev/null | head -1)): $((checked - failures)) passed, $failures failed"

# The README's screenshots, made smaller with pngquant (Debian package pngquant) when it is there.
if $update_images && [ "$failures" -eq 0 ]; then
  mkdir -p "$IMAGES"
  for name in "${README_IMAGES[@]}"; do
    if command -v pngquant > /dev/null; then
      pngquant --force --strip --quality=70-95 --output "$IMAGES/$name.png" "$OUT/$name.png"
    else
      cp "$OUT/$name.png" "$IMAGES/$name.png"
    fi
    echo "updated docs/images/$name.png ($(wc -c < "$IMAGES/$name.png") bytes)"
  done
fi
[ "$failures" -eq 0 ]
