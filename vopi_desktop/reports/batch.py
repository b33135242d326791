"""Making many documents at once (``report KIND --all``): the garbage collector paused while they are
made, and the documents laid out in several processes where that is safe.

Laying out a document allocates hundreds of thousands of small objects (fragments, lines, table cells,
path points) that are freed by reference counting; the cycle collector only walks them again and again
(about a fifth of the CPU time of 25 dossiers). It is paused for the run and started again afterwards.

Several processes: the municipalities are shared out by a rough size before anything is read; each
forked worker reads its share over connections of its own (the reads are a fifth of the work, so they
run side by side too) and writes whole documents (temporary file, then renamed, as one process does).
Nothing is pickled but the written paths and the characters the fonts lacked. Only when
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

from .fonts import note_lacking, register_fonts, take_lacking
from .styles import styles

MAX_WORKERS = 4  # memory: each worker holds its share of the data plus one document's layout

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


def other_threads() -> bool:
    """Whether the process runs threads besides this one: Python's, and on Linux also those of
    libraries (Qt's), as Python counts them when it warns that a fork may deadlock."""
    if threading.active_count() > 1:
        return True
    try:
        return len(os.listdir("/proc/self/task")) > 1
    except OSError:  # not Linux: Python's own threads are what we know
        return False


def workers(count: int, interactive: bool) -> int:
    """How many processes lay out ``count`` documents: 1 unless forking is available and safe.
    ``VOPI_REPORT_WORKERS`` sets a lower limit (1: one process, e.g. on a machine short of memory)."""
    if interactive or count < 2 or other_threads():
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


# What the forked workers inherit: the shares of the current run (set before the pool starts).
Work = Callable[..., list[Path]]
_shares: list[tuple] = []
_work: Work | None = None


def _one(index: int) -> tuple[list[str], list[str]]:
    """A share's written paths, and the characters its documents printed as "�" (fonts.py: the
    worker's record never reaches the parent otherwise)."""
    assert _work is not None
    paths = [str(path) for path in _work(*_shares[index])]
    return paths, take_lacking()


def run_forked(
    work: Work, shares: Sequence[tuple], processes: int, child_start: Callable[[], None] | None = None
) -> list[list[Path]]:
    """``work(*share)`` for each share in one of ``processes`` forked workers; the written paths of
    each share, in the shares' order. ``child_start`` runs first in every worker (fresh database
    connections: a connection must not be shared with the parent). An error in any share stops the
    rest and is raised here, as in one process."""
    global _shares, _work
    _shares, _work = list(shares), work
    register_fonts()  # once here rather than in every worker
    styles()
    fork = multiprocessing.get_context("fork")
    try:
        with ProcessPoolExecutor(processes, mp_context=fork, initializer=child_start) as pool:
            futures = [pool.submit(_one, i) for i in range(len(_shares))]
            try:
                done = [future.result() for future in futures]
                for _paths, lacking in done:
                    note_lacking(lacking)
                return [[Path(p) for p in paths] for paths, _lacking in done]
            except BaseException:
                pool.shutdown(wait=True, cancel_futures=True)
                raise
    finally:
        _shares, _work = [], None


def balanced(sizes: dict[str, int], count: int) -> list[list[str]]:
    """The keys in ``count`` shares of about equal total size, each share in the keys' order: the
    biggest first, each to the share with the least so far (the longest-processing-time rule)."""
    totals = [0] * count
    chosen: list[list[str]] = [[] for _ in range(count)]
    for key in sorted(sizes, key=lambda k: -sizes[k]):
        least = totals.index(min(totals))
        totals[least] += sizes[key] + 1
        chosen[least].append(key)
    rank = {key: n for n, key in enumerate(sizes)}
    return [sorted(share, key=rank.__getitem__) for share in chosen if share]
