#!/bin/sh
# Retakes docs/screenshots/export-bulletin-docx.png (page 1 of the example bulletin exported as DOCX,
# opened by LibreOffice and printed to PDF) and export-progress-pdf.png (page 1 of the progress report
# exported as PDF), both from the built product in Chinese (LANG=zh_CN.UTF-8).
# Needs: the product built (./mvnw verify or ./podium), LibreOffice (releng/scripts/ensure-tools.sh
# office), pdftoppm (poppler-utils) or Ghostscript, and fonts-wqy-zenhei.
#   docs/screenshots/take-export-screenshots.sh [OUTPUT-DIR]
# PODIUM_PRODUCT=DIR takes the product from another build.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PRODUCT="${PODIUM_PRODUCT:-$ROOT/releng/podium.repository/target/products/podium.product/linux/gtk/x86_64/podium}"
OUT=$(realpath -m "${1:-$ROOT/docs/screenshots}")
[ -x "$PRODUCT/podium" ] || { echo "no product at $PRODUCT; build it first" >&2; exit 2; }
command -v soffice >/dev/null || { echo "missing soffice (releng/scripts/ensure-tools.sh office)" >&2; exit 2; }

SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT

# page 1 of a PDF as a PNG at 100 dpi
page1() {
  if command -v pdftoppm >/dev/null; then
    pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$1" "${2%.png}"
  elif command -v gs >/dev/null; then
    gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=png16m -r100 -dTextAlphaBits=4 -dGraphicsAlphaBits=4 \
      -dFirstPage=1 -dLastPage=1 -sOutputFile="$2" "$1"
  else
    echo "missing pdftoppm or gs (apt-get install poppler-utils)" >&2; exit 2
  fi
}

export LANG=zh_CN.UTF-8 PODIUM_CONFIG_DIR="$SCRATCH/configuration"
"$PRODUCT/podium" report bulletin --plan "$ROOT/examples" --format docx --out "$SCRATCH/bulletin.docx" 2>/dev/null || true
"$PRODUCT/podium" report progress --plan "$ROOT/examples" --format pdf --out "$SCRATCH/progress.pdf" 2>/dev/null || true
[ -s "$SCRATCH/bulletin.docx" ] && [ -s "$SCRATCH/progress.pdf" ] || { echo "the exports failed" >&2; exit 3; }
timeout 180 soffice -env:UserInstallation="file://$SCRATCH/profile" --headless --norestore \
  --convert-to pdf --outdir "$SCRATCH" "$SCRATCH/bulletin.docx" > "$SCRATCH/soffice.log" 2>&1
mkdir -p "$OUT"
page1 "$SCRATCH/bulletin.pdf" "$OUT/export-bulletin-docx.png"
page1 "$SCRATCH/progress.pdf" "$OUT/export-progress-pdf.png"
echo "wrote $OUT/export-bulletin-docx.png and $OUT/export-progress-pdf.png" >&2
