#!/usr/bin/env bash
# Scaling benchmark of lkjip on synthetic projects scaled from examples/sumsel-2023, one input dimension at a time.
#
# For each dimension (budget lines, indicators, narrative length, statistics rows) it builds the report at a size N
# and at 4N and prints wall time, peak RSS, pages and the ratio t(4N)/t(N). Linear cost gives a ratio near 4; the
# bound is 2.2² ≈ 4.84 (doubling an input may at most multiply the build time by 2.2). The script exits 1 when a
# ratio exceeds the bound, so that a super-linear step cannot land unnoticed.
#
# Usage: scripts/bench.sh [--quick] [OUT.md]
#   --quick   small sizes (about a minute): run it before committing a change to templates, report model or loaders
#   (full)    the sizes of docs/performance.md, plus `check` at 20,000 indicators and the template-override path
# Needs: GNU time (/usr/bin/time); a release build (made here) in $CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/lkjip-target}"
QUICK=0
OUT=/dev/stdout
for a in "$@"; do
  case "$a" in
    --quick) QUICK=1 ;;
    -h|--help) sed -n 2,12p "$0"; exit 0 ;;
    *) OUT="$a" ;;
  esac
done
cargo build --release --bins >&2
BIN="$CARGO_TARGET_DIR/release/lkjip"
GEN="$CARGO_TARGET_DIR/release/lkjip-gen"
WORK="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$WORK"
BOUND=4.84
FAILED=0

# dimension | generator options at N | at 4N
if [ "$QUICK" = 1 ]; then
  RUNS=1
  dims=(
    "baris anggaran|--baris-anggaran 500|--baris-anggaran 2000"
    "indikator|--kali-indikator 4|--kali-indikator 16"
    "panjang narasi|--kali-narasi 4|--kali-narasi 16"
    "baris statistik|--baris-statistik 100|--baris-statistik 400"
  )
else
  RUNS=3
  dims=(
    "baris anggaran|--baris-anggaran 1250|--baris-anggaran 5000"
    "baris anggaran|--baris-anggaran 5000|--baris-anggaran 20000"
    "indikator|--kali-indikator 32|--kali-indikator 125"
    "panjang narasi|--kali-narasi 10|--kali-narasi 40"
    "baris statistik|--baris-statistik 500|--baris-statistik 2000"
  )
fi

# Runs `lkjip build` RUNS times on a project; prints "best-seconds max-rss-MiB pages".
measure() {
  local proj="$1" best="" rss=0 pages=0
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$BIN" -C "$proj" --color never build 2023 -o "$WORK/out.pdf" \
      >/dev/null 2>"$WORK/err.txt" || { cat "$WORK/err.txt" >&2; echo "0 0 0"; return; }
    read -r t m < "$WORK/time.txt"
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best="$t"; fi
    [ "$m" -gt "$rss" ] && rss="$m"
    pages=$(grep -o 'disusun: [0-9]* halaman' "$WORK/err.txt" | grep -o '[0-9]*' || echo 0)
  done
  echo "$best $((rss / 1024)) $pages"
}

{
  echo "Mesin: $(nproc) vCPU, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); lkjip $(git rev-parse --short HEAD)$(git diff --quiet || echo '+perubahan'); $(rustc --version)"
  echo
  echo "| dimensi | ukuran N | t(N) | RSS(N) | halaman | ukuran 4N | t(4N) | RSS(4N) | halaman | t(4N)/t(N) |"
  echo "|---|---|---:|---:|---:|---|---:|---:|---:|---:|"
} > "$WORK/table.md"

for d in "${dims[@]}"; do
  IFS='|' read -r name small large <<< "$d"
  # shellcheck disable=SC2086
  "$GEN" --dari examples/sumsel-2023 --ke "$WORK/n" $small 2>/dev/null
  # shellcheck disable=SC2086
  "$GEN" --dari examples/sumsel-2023 --ke "$WORK/4n" $large 2>/dev/null
  read -r t1 m1 p1 <<< "$(measure "$WORK/n")"
  read -r t4 m4 p4 <<< "$(measure "$WORK/4n")"
  ratio=$(awk "BEGIN{ if ($t1 > 0) printf \"%.2f\", $t4 / $t1; else print \"gagal\" }")
  flag=""
  if [ "$ratio" = gagal ] || awk "BEGIN{exit !($ratio > $BOUND)}"; then flag=" **melebihi $BOUND**"; FAILED=1; fi
  echo "| $name | \`$small\` | ${t1} s | ${m1} MiB | $p1 | \`$large\` | ${t4} s | ${m4} MiB | $p4 | ${ratio}${flag} |" >> "$WORK/table.md"
done

if [ "$QUICK" = 0 ]; then
  echo >> "$WORK/table.md"
  "$GEN" --dari examples/sumsel-2023 --ke "$WORK/ind20k" --kali-indikator 2500 2>/dev/null
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$BIN" -C "$WORK/ind20k" --quiet check 2023 >/dev/null 2>&1 || true
  read -r t m < "$WORK/time.txt"
  echo "- \`check\` pada 20.000 indikator (\`--kali-indikator 2500\`): ${t} s, $((m / 1024)) MiB (target ≤ 1 s)" >> "$WORK/table.md"
  # The template-override path: an unmodified copy of the embedded templates.
  cp -r examples/sumsel-2023 "$WORK/override"
  rm -rf "$WORK/override/out"
  cp -r report-templates "$WORK/override/templat"
  rm -rf "$WORK/override/templat/fonts"
  printf '\n[tampilan]\ntemplat = "templat"\n' >> "$WORK/override/lkjip.toml"
  if grep -q '^\[tampilan\]' examples/sumsel-2023/lkjip.toml; then
    # The example has a [tampilan] table already: put the key into it instead of a second table.
    cp examples/sumsel-2023/lkjip.toml "$WORK/override/lkjip.toml"
    sed -i 's/^\[tampilan\]/[tampilan]\ntemplat = "templat"/' "$WORK/override/lkjip.toml"
  fi
  read -r te _ _ <<< "$(measure examples/sumsel-2023)"
  read -r to _ _ <<< "$(measure "$WORK/override")"
  echo "- contoh, templat bawaan: ${te} s; templat salinan di proyek (\`[tampilan] templat\`): ${to} s" >> "$WORK/table.md"
fi

cat "$WORK/table.md" > "$OUT"
if [ "$FAILED" = 1 ]; then
  echo "bench: rasio t(4N)/t(N) melebihi $BOUND: ada langkah yang tumbuh lebih cepat daripada linear" >&2
  exit 1
fi
