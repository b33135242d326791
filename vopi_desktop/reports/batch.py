"""Making many documents at once (``report KIND --all``): the garbage collector paused while they are
made, and the documents laid out in several processes where that is safe.

Laying out a document allocates hundreds of thousands of small objects (fragments, lines, table cells,
path points) that are freed by reference counting; the cycle collector only walks them again and again
(about a fifth of the CPU time of 25 dossiers). It is paused for the run and started again afterwards.

Several processes: the data is read once, then ``fork`` gives each worker a copy of it without pickling,
and each worker writes whole documents (temporary file, then renamed, as one process does). Only when
the caller neither follows progress nor may cancel (the CLI) and the process has no other thread (a
fork of a process with threads, e.g. the app with Qt, may deadlock) and the system forks safely (not
macOS, not Windows); otherwise one process does it all.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .fonts import register_fonts
from .sections.common import Ctx
from .styles import styles

if TYPE_CHECKING:
    from ..store.report_data import ReportData

MAX_WORKERS = 4  # memory: each worker holds its copy of the data plus one document's layout
Render = Callable[[str, "ReportData", Path, Ctx], Path]

_lock = threading.Lock()
_paused = 0  # nested or concurrent runs: the collector starts again after the last one
_was_enabled = True


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cycle collector off while the block runs (reference counting still frees nearly everything)."""
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()


def workers(count: int, interactive: bool) -> int:
    """How many processes lay out ``count`` documents: 1 unless forking is available and safe.
    ``VOPI_REPORT_WORKERS`` sets a lower limit (1: one process, e.g. on a machine short of memory)."""
    if interactive or count < 2 or threading.active_count() > 1:
        return 1
    # macOS has fork, but its system libraries may run threads of their own: unsafe there (Python's
    # default on macOS is spawn for that reason); Windows has no fork
    if sys.platform == "darwin" or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    limit = MAX_WORKERS
    wanted = os.environ.get("VOPI_REPORT_WORKERS", "").strip()
    if wanted.isdigit():
        limit = min(limit, max(int(wanted), 1))
    return max(1, min(os.cpu_count() or 1, limit, count))


# What the forked workers inherit: the jobs of the current run (set before the pool starts).
_jobs: list[tuple[str, ReportData, Path, Ctx]] = []
_render: Render | None = None


def _one(index: int) -> str:
    kind, item, out, ctx = _jobs[index]
    assert _render is not None
    return str(_render(kind, item, out, ctx))


def render_forked(
    render: Render, jobs: Sequence[tuple[str, ReportData, Path, Ctx]], processes: int
) -> list[Path]:
    """Each job ``(kind, item, out, ctx)`` laid out by one of ``processes`` forked workers; the paths in
    the jobs' order. The biggest documents go first, so no worker is left with the longest at the end.
    An error in any document stops the rest and is raised here, as in one process."""
    global _jobs, _render
    _jobs, _render = list(jobs), render
    register_fonts()  # once here rather than in every worker
    styles()
    order = sorted(range(len(jobs)), key=lambda i: -_size(jobs[i][1]))
    try:
        with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("fork")) as pool:
            futures = {i: pool.submit(_one, i) for i in order}
            try:
                return [Path(futures[i].result()) for i in range(len(jobs))]
            except BaseException:
                pool.shutdown(wait=True, cancel_futures=True)
                raise
    finally:
        _jobs, _render = [], None


def _size(item: ReportData) -> int:
    """A rough measure of a document's work: its network's links and actors, its measures and events."""
    graph = item.graph
    links = len(graph.links) + len(graph.nodes) if graph is not None else len(item.actors)
    return links + 20 * (len(item.measures or ()) + len(item.events or ()))
