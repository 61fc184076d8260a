#!/usr/bin/env bash
# Checks the printed files of every example document with real tools. Renders each document in
# examples/documents with the built launcher (cli/target/srm render --format pdf and docx; a
# learning document also in --layout seven-minute), then:
#
#   PDF (poppler-utils)   pdfinfo: tagged, A4 pages, a title, PDF/UA-1 named in the XMP metadata;
#                         pdffonts: every font embedded; pdfinfo -struct: a structure tree with
#                         one H1; pdfinfo -struct-text: every paragraph of the Word file (every
#                         heading, list item, table cell) is in the text of the structure tree,
#                         what a screen reader reads, in the same order (pdftotext's text is not
#                         compared: it follows the order things are drawn in, and openhtmltopdf
#                         draws the second line of a link after the rest of its line);
#   PDF/UA (veraPDF)      veraPDF, the reference checker, with its PDF/UA-1 profile, must pass every
#                         PDF: the verapdf command (on the PATH, or VERAPDF=/path/to/verapdf), or
#                         else veraPDF's command line from Maven Central (org.verapdf.apps:
#                         greenfield-apps, fetched by mvn into the local Maven repository, or the
#                         one SRM_MAVEN_REPO names); without either, the script says what is left;
#   Word (LibreOffice)    soffice --headless converts the .docx to PDF without an error, and
#                         pdftotext finds every paragraph of the Word file in that PDF, in order.
#
# Paragraphs are compared with all whitespace removed, since a PDF breaks lines where it likes, and
# with the running header and the page numbers taken out of the text they are looked for in.
# The seven-minute briefing example must fit on two pages in srm's PDF and in LibreOffice's.
# The files, texts and logs are left in cli/target/print. The Java tests of render-print (in
# mvn verify) make the same text checks with Apache PDFBox and Apache POI on the structure tree.
#
# Not part of mvn verify or CI (LibreOffice is large and slow). Build first, then run from anywhere:
#
#   mvn -B -q -pl cli -am -DskipTests package
#   scripts/check-print.sh                  # check every example
#   scripts/check-print.sh --update-images  # and write the README's page images to docs/images
#
# The tools are Debian packages: when one is missing and this runs as root, the script installs it
# (apt-get install -y poppler-utils libreoffice-writer-nogui); otherwise it says how.
# Exit status: 0 every file passed, 1 a file failed, 2 the launcher or a tool is missing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SRM="$ROOT/cli/target/srm"
OUT="$ROOT/cli/target/print"
IMAGES="$ROOT/docs/images"
BRIEFING=exampleshire-seven-minute-briefing
A4='595.2[0-9]* x 841.8[0-9]* pts'

# shellcheck source=scripts/check-lib.sh
source "$ROOT/scripts/check-lib.sh"
read_update_images_option check-print "$@"
require_launcher check-print "$SRM"
install_missing check-print pdftotext poppler-utils pdfinfo poppler-utils pdffonts poppler-utils \
  pdftoppm poppler-utils soffice libreoffice-writer-nogui python3 python3

VERAPDF_VERSION=1.28.2

# The command that runs veraPDF's command line, or nothing: the verapdf command, or its Maven
# Central artifact on a class path Maven resolves (a small POM in the output folder names it).
verapdf_command() {
  local verapdf=${VERAPDF:-$(command -v verapdf || true)}
  if [ -n "$verapdf" ]; then
    echo "$verapdf"
    return
  fi
  command -v mvn > /dev/null || return 0
  mkdir -p "$OUT/verapdf"
  cat > "$OUT/verapdf/pom.xml" << EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.check-print</groupId>
  <artifactId>verapdf</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>org.verapdf.apps</groupId>
      <artifactId>greenfield-apps</artifactId>
      <version>$VERAPDF_VERSION</version>
    </dependency>
  </dependencies>
</project>
EOF
  if mvn -B -q -f "$OUT/verapdf/pom.xml" ${SRM_MAVEN_REPO:+-Dmaven.repo.local="$SRM_MAVEN_REPO"} \
      dependency:build-classpath -Dmdep.outputFile="$OUT/verapdf/classpath.txt" > "$OUT/verapdf/maven.log" 2>&1; then
    echo "java -cp $(cat "$OUT/verapdf/classpath.txt") org.verapdf.apps.GreenfieldCliWrapper"
  fi
}

# The paragraphs of a Word file's body (-b) or header (-h), one a line, as Word shows them (runs
# joined, tabs and breaks as spaces), read with Python's zip and XML libraries.
word_paragraphs() {
  python3 - "$1" "$2" << 'EOF'
import re, sys, zipfile, xml.etree.ElementTree as ET
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
with zipfile.ZipFile(sys.argv[2]) as docx:
    names = ['word/document.xml'] if sys.argv[1] == '-b' else [n for n in docx.namelist() if re.match(r'word/header\d*\.xml$', n)]
    for name in names:
        for paragraph in ET.fromstring(docx.read(name)).iter(W + 'p'):
            text = ''.join(node.text or '' if node.tag == W + 't' else ' '
                           for node in paragraph.iter() if node.tag in (W + 't', W + 'tab', W + 'br'))
            if text.strip():
                print(text)
EOF
}

# Why the paragraphs (file $1) are not all in the text (file $2) in order, or nothing: each is
# looked for, whitespace removed, after the one before; one not found at all, or found only
# earlier, is named with its number. Lines of the text that are a running header (file $3) or
# a page number ("Page 2 of 5") are taken out first.
not_in_order() {
  python3 - "$1" "$2" "$3" << 'EOF'
import re, sys
squeeze = lambda s: re.sub(r'\s+', '', s)
lines = lambda name: [line for line in open(name, encoding='utf-8').read().split('\n') if line.strip()]
running = {squeeze(line) for line in lines(sys.argv[3])}
paragraphs = lines(sys.argv[1])
text = ''.join(squeeze(line) for line in lines(sys.argv[2])
               if squeeze(line) not in running and not re.fullmatch(r'Page\d+of\d+', squeeze(line)))
position, problems = 0, []
for number, paragraph in enumerate(paragraphs, 1):
    wanted = squeeze(paragraph)
    at = text.find(wanted, position)
    if at >= 0:
        position = at + len(wanted)
    elif wanted in text:
        problems.append('paragraph %d is out of order: %.60s' % (number, paragraph))
    else:
        problems.append('paragraph %d is missing: %.60s' % (number, paragraph))
print('\n'.join(problems[:5] + (['... %d more' % (len(problems) - 5)] if len(problems) > 5 else [])))
EOF
}

# Why srm's PDF is not tagged, A4, titled, PDF/UA-1 with embedded fonts and one H1, or nothing.
pdf_problems() {
  local pdf=$1 info
  info=$(pdfinfo "$pdf")
  grep -q '^Tagged: *yes' <<< "$info" || echo "the PDF is not tagged"
  grep -q '^Title: *[^ ]' <<< "$info" || echo "the PDF has no title"
  grep -Eq "^Page size: *$A4" <<< "$info" || echo "the PDF's pages are not A4"
  pdfinfo -meta "$pdf" | grep -q '<pdfuaid:part>1</pdfuaid:part>' || echo "the XMP metadata does not name PDF/UA-1"
  pdffonts "$pdf" | tail -n +3 | awk '$(NF-4) != "yes" { print "a font is not embedded: " $1 }'
  local h1
  h1=$(pdfinfo -struct "$pdf" | grep -c '^ *H1\b' || true)
  [ "$h1" = 1 ] || echo "the structure tree has $h1 H1 elements, not 1"
}

pages() {
  pdfinfo "$1" | awk '/^Pages:/ { print $2 }'
}

mkdir -p "$OUT"
rm -rf "${OUT:?}"/*
failures=0
checked=0
for document in "$ROOT"/examples/documents/*.json; do
  name=$(basename "$document" .json)
  layouts=(document)
  grep -q '"documentType": *"LearningSummary"' "$document" && layouts+=(seven-minute)
  for layout in "${layouts[@]}"; do
    base="$OUT/$name.$layout"
    problems=()
    if ! "$SRM" render "$document" --format pdf --layout "$layout" -o "$base.pdf" 2> "$base.srm.log" \
        || ! "$SRM" render "$document" --format docx --layout "$layout" -o "$base.docx" 2>> "$base.srm.log"; then
      problems+=("srm render failed: $(head -1 "$base.srm.log")")
    else
      while IFS= read -r problem; do problems+=("$problem"); done < <(pdf_problems "$base.pdf")
      word_paragraphs -b "$base.docx" > "$base.paragraphs.txt"
      word_paragraphs -h "$base.docx" > "$base.header.txt"
      pdfinfo -struct-text "$base.pdf" | sed -n 's/^ *"\(.*\)"$/\1/p' > "$base.pdf.tagged.txt"
      reason=$(not_in_order "$base.paragraphs.txt" "$base.pdf.tagged.txt" "$base.header.txt")
      [ -z "$reason" ] || problems+=("srm's PDF, its structure tree: $reason")
      mkdir -p "$base.libreoffice"
      if ! timeout 180 soffice --headless --norestore -env:UserInstallation="file://$OUT/libreoffice-profile" \
          --convert-to pdf --outdir "$base.libreoffice" "$base.docx" > "$base.libreoffice.log" 2>&1; then
        problems+=("LibreOffice failed to convert the Word file (see $(basename "$base").libreoffice.log)")
      elif grep -qi 'error' "$base.libreoffice.log" || [ ! -s "$base.libreoffice/$name.$layout.pdf" ]; then
        problems+=("LibreOffice reported: $(grep -i 'error' "$base.libreoffice.log" | head -1)")
      else
        pdftotext -raw -enc UTF-8 "$base.libreoffice/$name.$layout.pdf" "$base.libreoffice.txt"
        reason=$(not_in_order "$base.paragraphs.txt" "$base.libreoffice.txt" "$base.header.txt")
        [ -z "$reason" ] || problems+=("LibreOffice's PDF of the Word file: $reason")
      fi
      if [ "$name" = "$BRIEFING" ] && [ "$layout" = seven-minute ]; then
        [ "$(pages "$base.pdf")" -le 2 ] || problems+=("the briefing takes $(pages "$base.pdf") pages in srm's PDF")
        [ ! -s "$base.libreoffice/$name.$layout.pdf" ] || [ "$(pages "$base.libreoffice/$name.$layout.pdf")" -le 2 ] \
          || problems+=("the briefing takes $(pages "$base.libreoffice/$name.$layout.pdf") pages in Word (LibreOffice)")
      fi
    fi
    checked=$((checked + 1))
    if [ ${#problems[@]} -eq 0 ]; then
      echo "ok   $name ($layout): PDF $(pages "$base.pdf") pages, Word $(pages "$base.libreoffice/$name.$layout.pdf") pages in LibreOffice, $(wc -l < "$base.paragraphs.txt") paragraphs found in both"
    else
      failures=$((failures + 1))
      for problem in "${problems[@]}"; do
        echo "FAIL $name ($layout): $problem"
      done
    fi
  done
done

# veraPDF, once for all of srm's PDFs: a file is one line, PASS or FAIL, then what failed.
verapdf=$(verapdf_command)
verapdf_failures=0
if [ -n "$verapdf" ]; then
  # shellcheck disable=SC2086 # the command is words: java, its class path and the main class
  $verapdf --flavour ua1 --format text "$OUT"/*.pdf > "$OUT/verapdf.log" 2>&1 || true
  for pdf in "$OUT"/*.pdf; do
    if ! grep -q "^PASS $pdf ua1" "$OUT/verapdf.log"; then
      verapdf_failures=$((verapdf_failures + 1))
      echo "FAIL $(basename "$pdf"): veraPDF PDF/UA-1 did not pass it (see verapdf.log)"
    fi
  done
  echo "veraPDF $VERAPDF_VERSION (PDF/UA-1 profile): $(grep -c '^PASS' "$OUT/verapdf.log") of $(ls "$OUT"/*.pdf | wc -l) PDFs passed"
else
  echo "veraPDF is neither installed nor to be had from Maven Central here: the PDF/UA-1 checks made are the tags, language, title, PDF/UA identification, embedded fonts and structure tree above and in the Java tests; veraPDF's machine checks of PDF/UA-1 (the Matterhorn Protocol's) remain for a run with VERAPDF=/path/to/verapdf, and the checks no machine can make (reading order that makes sense, headings that say what follows) for a person"
fi
echo "$checked files checked with $(pdftotext -v 2>&1 | head -1) and $(soffice --version 2> /dev/null | head -1): $((checked - failures)) passed, $failures failed"

# The README's page images: the seven-minute briefing's page in srm's PDF, and the first page of a
# rapid review under the Panel's headings as Word lays it out (LibreOffice's PDF of the Word file).
if $update_images && [ "$failures" -eq 0 ] && [ "$verapdf_failures" -eq 0 ]; then
  mkdir -p "$IMAGES"
  pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$OUT/$BRIEFING.seven-minute.pdf" "$IMAGES/print-pdf-seven-minute-briefing"
  pdftoppm -png -r 70 -f 1 -l 1 -singlefile \
    "$OUT/exampleshire-rapid-review.document.libreoffice/exampleshire-rapid-review.document.pdf" "$IMAGES/print-docx-rapid-review"
  for image in print-pdf-seven-minute-briefing print-docx-rapid-review; do
    if command -v pngquant > /dev/null; then
      pngquant --force --strip --quality=70-95 --output "$IMAGES/$image.png" "$IMAGES/$image.png"
    fi
    echo "updated docs/images/$image.png ($(wc -c < "$IMAGES/$image.png") bytes)"
  done
fi
[ "$failures" -eq 0 ] && [ "$verapdf_failures" -eq 0 ]
