"""Documents on the large demo: `report dossier --all` (25 dossiers in one call) against plain ReportLab
writing the same number of pages in one process with no logic, the largest municipality's dossier and
network map alone, and peak memory. Figures are printed, not asserted (issue #10: goal ratio <= 1.5,
memory < 300 MB)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The baseline: the same fonts, a page of text and a 40-row table per page, nothing read, nothing computed.
PLAIN = r"""
import sys, time
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table
from vopi_desktop.resources import resource_path
pdfmetrics.registerFont(TTFont("S", str(resource_path("fonts", "NotoSans-Regular.ttf"))))
style = ParagraphStyle("b", fontName="S", fontSize=9.5, leading=13)
pages, out = [int(x) for x in sys.argv[1].split(",")], sys.argv[2]
start = time.perf_counter()
for n, count in enumerate(pages):
    story = []
    for p in range(count):
        story.append(Paragraph("Ein Absatz Text für die Seite. " * 12, style))
        story.append(Table([[f"Zeile {r}", "Verein", "Kultur, Bildung", "de, tr", str(r)] for r in range(36)],
                           style=[("FONTNAME", (0, 0), (-1, -1), "S")]))
        story.append(PageBreak())
    SimpleDocTemplate(f"{out}/{n}.pdf", pagesize=A4, initialFontName="S").build(story)
"""
PEAK_RSS = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _pages(folder: Path) -> list[int]:
    from pypdf import PdfReader

    return [len(PdfReader(p).pages) for p in sorted(folder.glob("*.pdf"))]


def _place_every_map(ws) -> None:
    """What the network page does when a map is first opened: lay it out and save the positions."""
    from vopi_desktop.analysis.network import force_layout

    for m in ws.municipalities.list():
        graph = ws.network.graph(m.id)
        edges = [(link.source, link.target, float(link.strength)) for link in graph.links]
        ws.network.save_positions(m.id, force_layout([n.id for n in graph.nodes], edges, seed=7))


def _timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def run() -> dict[str, float | str]:
    from vopi_desktop.config import load_config
    from vopi_desktop.reports.run import make
    from vopi_desktop.store.demo import fill_demo
    from vopi_desktop.store.workspace import Workspace

    results: dict[str, float | str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        data, plain = Path(tmp) / "large", Path(tmp) / "plain"
        plain.mkdir()
        config = load_config(data, None)
        config.ensure_dirs()
        cmd = [
            sys.executable,
            "-m",
            "vopi_desktop",
            "--data-dir",
            str(data),
            "report",
            "dossier",
            "--all",
            "--out",
        ]
        ws = Workspace.open(config, who="bench")
        try:
            fill_demo(ws, "large")
            biggest = max(ws.municipalities.list(), key=lambda m: len(ws.actors.list(m.id)))
            size = len(ws.actors.list(biggest.id))
            for label in ("maps never opened: layout included", "maps laid out and saved"):
                for kind in ("dossier", "network"):
                    start = time.perf_counter()
                    make(ws, kind, Path(tmp) / f"{kind}.pdf", biggest.id)
                    results[f"{kind}, largest municipality ({size} actors), {label}"] = (
                        f"{time.perf_counter() - start:.2f} s"
                    )
                folder = Path(tmp) / label.split(":")[0].replace(" ", "-")
                results[f"report dossier --all (25 dossiers, one process), {label}"] = (
                    f"{_timed([*cmd, str(folder)]):.1f} s"
                )
                if label.startswith("maps never"):
                    _place_every_map(ws)
        finally:
            ws.close()
        pages = _pages(folder)
        base = _timed([sys.executable, "-c", PLAIN, ",".join(map(str, pages)), str(plain)])
        ours = _timed([*cmd, str(Path(tmp) / "again")])
        results["pages written by report dossier --all"] = str(sum(pages))
        results["plain ReportLab, the same pages, one process"] = f"{base:.1f} s"
        results["report dossier --all, maps saved, again"] = f"{ours:.1f} s"
        results["ratio to plain ReportLab (goal <= 1.5)"] = f"{ours / base:.2f}"
        rss = subprocess.run(
            [sys.executable, "-c", PEAK_RSS, *cmd, str(Path(tmp) / "rss")],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        results["peak RSS, report dossier --all (goal < 300 MB)"] = f"{int(rss.split()[-1]) / 1024:.0f} MB"
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
