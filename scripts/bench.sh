#!/usr/bin/env bash
# Benchmarks lkjip check / compute / build on synthetic projects scaled from examples/sumsel-2023.
# Reports, per size: wall time (hyperfine mean ± σ), peak RSS (/usr/bin/time -v) and, for build, the Typst
# compile/export share as `lkjip build` itself reports it (LKJIP_TIMINGS=1 when supported).
#
# Usage: scripts/bench.sh [OUT.md]   (needs: hyperfine, GNU time; release build in $CARGO_TARGET_DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/lkjip-target}"
cargo build --release --bins >&2
BIN="$CARGO_TARGET_DIR/release/lkjip"
GEN="$CARGO_TARGET_DIR/release/lkjip-gen"
WORK="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$WORK"
OUT="${1:-/dev/stdout}"
RUNS="${BENCH_RUNS:-5}"

sizes=("1x:--kali 1" "10x:--kali 10" "100x:--kali 100" "5000-baris:--baris-anggaran 5000" "20000-baris:--baris-anggaran 20000")

{
  echo "| ukuran | indikator | baris anggaran | perintah | waktu (rata-rata ± σ) | RSS puncak | catatan |"
  echo "|---|---|---|---|---|---|---|"
} > "$WORK/table.md"

for entry in "${sizes[@]}"; do
  name="${entry%%:*}"; args="${entry#*:}"
  proj="$WORK/$name"
  # shellcheck disable=SC2086
  "$GEN" --dari examples/sumsel-2023 --ke "$proj" $args 2>/dev/null
  inds=$(grep -c '^\[\[indikator\]\]' "$proj/data/2023/pk.toml")
  lines=$(($(grep -c '' "$proj/data/2023/anggaran.csv") - 1))
  for cmd in check compute build; do
    extra=""; [ "$cmd" = compute ] && extra="--format json"
    full="$BIN -C $proj --color never --quiet $cmd 2023 $extra"
    hyperfine --warmup 1 --runs "$RUNS" --export-json "$WORK/h.json" --output null "$full" >/dev/null 2>&1 || true
    mean=$(python3 -c "import json;r=json.load(open('$WORK/h.json'))['results'][0];print(f\"{r['mean']*1000:.0f} ms ± {r['stddev']*1000:.0f}\")" 2>/dev/null || echo "gagal")
    /usr/bin/time -v $full >/dev/null 2>"$WORK/time.txt" || true
    rss=$(awk -F: '/Maximum resident set size/ {printf "%.0f MiB", $2/1024}' "$WORK/time.txt")
    note=""
    if [ "$cmd" = build ]; then
      note=$(LKJIP_TIMINGS=1 $full 2>&1 >/dev/null | grep 'waktu:' | sed 's/^waktu: //' || true)
    fi
    echo "| $name | $inds | $lines | $cmd | $mean | $rss | $note |" >> "$WORK/table.md"
  done
done

{
  echo "Mesin: $(nproc) inti, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "lkjip $(git rev-parse --short HEAD), $(rustc --version), hyperfine $(hyperfine --version | cut -d' ' -f2), $RUNS putaran + 1 pemanasan"
  echo
  cat "$WORK/table.md"
} > "$OUT"
