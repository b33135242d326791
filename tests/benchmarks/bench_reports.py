"""Documents on the large demo: `report dossier --all` (25 dossiers in one call) against plain ReportLab
writing the same number of pages in one process with no logic, the largest municipality's dossier and
network map alone, and peak memory. Figures are printed, not asserted (issue #10: goal ratio <= 1.5,
memory < 300 MB).

Fair to both sides: each side runs as its own process from a cold start, with the same Python, the
same fonts and ReportLab's default compression, and with compiled bytecode (as an installed app has
it: the checkout runs with PYTHONDONTWRITEBYTECODE, which would recompile our modules on every start
and not ReportLab's, whose bytecode came with the wheel). Both are timed alternately, several rounds,
and reported as medians of wall-clock and of CPU time (user + system): on a shared machine the CPU time
is the steadier figure. "ReportLab alone on our stories" is the in-process time ReportLab spends laying
out and writing the 25 dossiers' flowables once they are made: the part no logic of ours can remove.

`report --all` reads and lays the documents out in forked worker processes (``reports/batch.py``,
min(cores, 4)), each taking a share of the municipalities: its CPU time counts every worker, and its
critical path (the parent until the fork, the busiest worker, the parent after) is given in CPU seconds. It is also timed in one process (``VOPI_REPORT_WORKERS=1``), and its
memory is given for the largest process and for the whole process tree: the sum of RSS (an upper bound:
pages the forked workers share with the parent counted in each) and of PSS (shared pages divided among
their sharers, also other Python processes on the machine: a lower figure).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = 9  # a shared machine's runs differ by ±10 %: nine rounds steady the median

# The baseline: the same fonts, a page of text and a 36-row table per page, nothing read, nothing computed.
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
# Our stories made first (reads and logic untimed), then only ReportLab's build of them, in CPU seconds.
REPORTLAB_SHARE = r"""
import sys, time
from pathlib import Path
from vopi_desktop.config import load_config
from vopi_desktop.reports import template
from vopi_desktop.reports.kinds import KINDS, _no_lonely_headings
from vopi_desktop.reports.sections.common import Ctx
from vopi_desktop.store.report_data import gather_many
from vopi_desktop.store.workspace import Workspace
ws = Workspace.open(load_config(Path(sys.argv[1]), None), who="bench")
places = ws.municipalities.list()
ctx, spec = Ctx(), KINDS["dossier"]
items = gather_many(ws, [m.id for m in places], spec.parts)
stories = [_no_lonely_headings(spec.story([d], ctx)) for d in items]
start = time.process_time()
for n, (m, story) in enumerate(zip(places, stories)):
    template.build(story, Path(sys.argv[2]) / f"{n}.pdf", template.DocMeta("Dossier", m.name, "Dossier", ctx.today))
print(time.process_time() - start)
"""
# The critical path of `report --all` in CPU seconds, steady under load where wall-clock is not: the
# parent's CPU until it forks, the busiest worker's CPU (each worker reads and lays out its share), and
# the parent's CPU after the workers are done. On a machine with a free core per worker, this is the
# wall-clock time less waiting for the disk.
CRITICAL = r"""
import os, sys, time
from vopi_desktop import cli
from vopi_desktop.reports import run
real, box = run.run_forked, {}
def timed(work, shares, processes, child_start=None):
    box["fork"] = time.process_time()
    read, write = os.pipe()
    def measured(*share):
        paths = work(*share)
        os.write(write, f"{time.process_time()} ".encode())  # a forked child's CPU starts at the fork
        return paths
    done = real(measured, shares, processes, child_start)
    os.close(write)
    box["workers"] = [float(x) for x in os.read(read, 65536).split()]
    box["joined"] = time.process_time()
    return done
run.run_forked = timed
sys.argv = ["vopi-desktop", *sys.argv[1:]]
assert cli.main() == 0  # as the console script calls it: the process ends with the command
print(box["fork"], max(box["workers"]), time.process_time() - box["joined"], len(box["workers"]))
"""
PEAK_RSS = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""
# The sum of PSS over the process and its workers, sampled every 20 ms (Linux: /proc; else nothing).
TREE_PSS = r"""
import os, subprocess, sys, time
def tree(pid):
    found = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                found += [p for c in f.read().split() for p in tree(int(c))]
    except OSError:
        pass
    return found
def rss_pss(pid):
    found = {}
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith(("Rss:", "Pss:")):
                    found[line[:3]] = int(line.split()[1])
    except OSError:
        pass
    return found.get("Rss", 0), found.get("Pss", 0)
proc, peak_rss, peak_pss = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL), 0, 0
while proc.poll() is None:
    both = [rss_pss(p) for p in tree(proc.pid)]
    peak_rss = max(peak_rss, sum(r for r, _ in both))
    peak_pss = max(peak_pss, sum(p for _, p in both))
    time.sleep(0.02)
print(peak_rss, peak_pss)
"""


def _env(cache: Path) -> dict[str, str]:
    """Bytecode written to (and read from) a cache outside the checkout, for both sides alike."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": str(cache)}


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


def _timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one run of ``cmd`` in a process of its own."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def run() -> dict[str, float | str]:
    from vopi_desktop.config import load_config
    from vopi_desktop.reports.run import make
    from vopi_desktop.store.demo import fill_demo
    from vopi_desktop.store.workspace import Workspace

    results: dict[str, float | str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        data, plain = Path(tmp) / "large", Path(tmp) / "plain"
        plain.mkdir()
        env = _env(Path(tmp) / "pycache")
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
                wall, _cpu = _timed([*cmd, str(folder)], env)
                results[f"report dossier --all (25 dossiers, one process), {label}"] = f"{wall:.1f} s"
                if label.startswith("maps never"):
                    _place_every_map(ws)
        finally:
            ws.close()
        pages = _pages(folder)
        baseline = [sys.executable, "-c", PLAIN, ",".join(map(str, pages)), str(plain)]
        _timed(baseline, env)  # compiles the bytecode of the baseline's modules once
        from vopi_desktop.reports.batch import workers

        one = {**env, "VOPI_REPORT_WORKERS": "1"}
        ours, alone, base, loads = [], [], [], []
        for n in range(ROUNDS):  # alternately, so all sides meet the same load
            loads.append(os.getloadavg()[0])
            ours.append(_timed([*cmd, str(Path(tmp) / f"again-{n}")], env))
            alone.append(_timed([*cmd, str(Path(tmp) / f"alone-{n}")], one))
            base.append(_timed(baseline, env))
        ours_wall, ours_cpu = (statistics.median(x) for x in zip(*ours, strict=True))
        alone_wall, alone_cpu = (statistics.median(x) for x in zip(*alone, strict=True))
        base_wall, base_cpu = (statistics.median(x) for x in zip(*base, strict=True))
        results["pages written by report dossier --all"] = str(sum(pages))
        results["load average (1 min) at each round"] = ", ".join(f"{x:.1f}" for x in loads)
        results[f"report dossier --all, maps saved, {workers(25, False)} worker(s), median of {ROUNDS}"] = (
            f"{ours_wall:.2f} s wall, {ours_cpu:.2f} s CPU"
        )
        results[f"the same in one process (VOPI_REPORT_WORKERS=1), median of {ROUNDS}"] = (
            f"{alone_wall:.2f} s wall, {alone_cpu:.2f} s CPU"
        )
        results[f"plain ReportLab, the same pages, one process, median of {ROUNDS}"] = (
            f"{base_wall:.2f} s wall, {base_cpu:.2f} s CPU"
        )
        results["ratio to plain ReportLab (goal <= 1.5)"] = (
            f"{ours_wall / base_wall:.2f} wall, {ours_cpu / base_cpu:.2f} CPU"
        )
        each = sorted(o[0] / b[0] for o, b in zip(ours, base, strict=True))
        results["ratio in each round (ours and plain in the same minute), wall"] = (
            f"lowest {each[0]:.2f}, median {statistics.median(each):.2f}, highest {each[-1]:.2f}"
        )
        results["ratio, one process"] = f"{alone_wall / base_wall:.2f} wall, {alone_cpu / base_cpu:.2f} CPU"
        paths = []
        for n in range(ROUNDS):
            out = subprocess.run(
                [sys.executable, "-c", CRITICAL, *cmd[3:], str(Path(tmp) / f"critical-{n}")],
                check=True, capture_output=True, text=True, env=env,
            ).stdout.split()  # fmt: skip
            paths.append([float(x) for x in out[-4:-1]])
        parent, worker, after = (statistics.median(x) for x in zip(*paths, strict=True))
        path = parent + worker + after
        results[f"critical path of report dossier --all, CPU, median of {ROUNDS}"] = (
            f"{path:.2f} s = parent until the fork {parent:.2f} s + busiest worker {worker:.2f} s"
            f" + parent after {after:.2f} s ({int(out[-1])} workers)"
        )
        results["critical path to plain ReportLab's CPU (goal <= 1.5)"] = f"{path / base_cpu:.2f}"
        share = Path(tmp) / "share"
        share.mkdir()
        out = subprocess.run(
            [sys.executable, "-c", REPORTLAB_SHARE, str(data), str(share)],
            check=True, capture_output=True, text=True, env=env,
        ).stdout  # fmt: skip
        results["ReportLab alone laying out and writing our 25 stories (CPU)"] = (
            f"{float(out.split()[-1]):.2f} s"
        )
        rss = subprocess.run(
            [sys.executable, "-c", PEAK_RSS, *cmd, str(Path(tmp) / "rss")],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        ).stdout
        results["peak RSS of the largest process, report dossier --all"] = (
            f"{int(rss.split()[-1]) / 1024:.0f} MB"
        )
        if Path("/proc/self/smaps_rollup").exists():
            tree = subprocess.run(
                [sys.executable, "-c", TREE_PSS, *cmd, str(Path(tmp) / "pss")],
                check=True, capture_output=True, text=True, env=env,
            ).stdout  # fmt: skip
            rss_sum, pss_sum = (int(x) / 1024 for x in tree.split()[-2:])
            results["peak memory of all its processes (goal < 300 MB)"] = (
                f"{rss_sum:.0f} MB RSS summed (shared pages counted in each), {pss_sum:.0f} MB PSS summed"
            )
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
