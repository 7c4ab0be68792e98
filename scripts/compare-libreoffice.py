#!/usr/bin/env python3
"""What an officer would otherwise do: a word-processor document of the same size turned into PDF by LibreOffice.

Writes an HTML document with the text of a built lkjip PDF (pdftotext, paragraph by paragraph) and, as real tables,
the budget lines of the project's anggaran.csv (one row per line, the report's ten budget columns), then times
`libreoffice --headless --convert-to pdf` on it. Usage:

    scripts/compare-libreoffice.py PROJECT REPORT.pdf OUTDIR

Prints: seconds, peak RSS (MiB, of the LibreOffice process tree via GNU time) and pages of LibreOffice's PDF.
Needs: pdftotext, pdfinfo (poppler-utils), libreoffice (Debian: libreoffice-writer-nogui), /usr/bin/time.
"""
import csv
import html
import os
import subprocess
import sys


def main() -> None:
    project, pdf, out = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(out, exist_ok=True)
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    paras = [p.strip().replace("\n", " ") for p in text.split("\n\n") if p.strip()]
    year = next(d for d in sorted(os.listdir(os.path.join(project, "data")), reverse=True) if d.isdigit())
    with open(os.path.join(project, "data", year, "anggaran.csv"), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    cols = ["kode", "uraian", "indikator", "target", "pagu", "realisasi", "sisa", "persen", "fisik", "sumber_dana"]
    parts = ["<html><head><meta charset='utf-8'><style>body{font-family:'Liberation Serif';font-size:12pt}"
             "table{border-collapse:collapse;font-size:9pt}td,th{border:1px solid #000;padding:2px}</style>"
             "</head><body>"]
    parts += [f"<p>{html.escape(p)}</p>" for p in paras]
    parts.append("<table><tr>" + "".join(f"<th>{c}</th>" for c in cols) + "</tr>")
    for r in rows:
        parts.append("<tr>" + "".join(f"<td>{html.escape(r.get(c) or '')}</td>" for c in cols) + "</tr>")
    parts.append("</table></body></html>")
    doc = os.path.join(out, "laporan.html")
    with open(doc, "w", encoding="utf-8") as f:
        f.write("\n".join(parts))
    timing = os.path.join(out, "time.txt")
    # The first run creates LibreOffice's profile; the second, timed, is a warm start like an officer's.
    for _ in range(2):
        subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", timing, "libreoffice", "--headless",
                        f"-env:UserInstallation=file://{os.path.abspath(out)}/lo-profile",
                        "--convert-to", "pdf", "--outdir", out, doc],
                       capture_output=True, check=True)
    secs, rss = open(timing).read().split()
    info = subprocess.run(["pdfinfo", os.path.join(out, "laporan.pdf")], capture_output=True, text=True).stdout
    pages = next((l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")), "?")
    print(f"{secs} s, {int(rss) // 1024} MiB, {pages} halaman ({len(paras)} paragraf, {len(rows)} baris anggaran)")


if __name__ == "__main__":
    main()
