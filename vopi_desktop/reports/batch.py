"""Making many documents at once (``report KIND --all``): the garbage collector paused while they are
made, and the documents laid out in several processes where that is safe.

Laying out a document allocates hundreds of thousands of small objects (fragments, lines, table cells,
path points) that are freed by reference counting; the cycle collector only walks them again and again
(about a fifth of the CPU time of 25 dossiers). It is paused for the run and started again afterwards.

Several processes: the municipalities are shared out by a rough size before anything is read; each
forked worker reads its share over connections of its own (the reads are a fifth of the work, so they
run side by side too) and writes whole documents (temporary file, then renamed, as one process does).
The smallest few are left as a tail that whichever worker is free first takes (``Claims``): a size
is only an estimate, and on a shared machine one core may run slower than the other for a while.
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
from typing import Any

from .fonts import note_lacking, register_fonts, take_lacking
from .styles import styles

MAX_WORKERS = 4  # memory: each worker holds its share of the data plus one document's layout
TAIL = 2  # per worker: the smallest documents left to whichever worker is free first

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
Work = Callable[..., list[Any]]
_shares: list[tuple] = []
_work: Work | None = None


def _one(index: int) -> tuple[list[Any], list[str]]:
    """A share's result (what it wrote), and the characters its documents printed as "�" (fonts.py:
    the worker's record never reaches the parent otherwise)."""
    assert _work is not None
    return _work(*_shares[index]), take_lacking()


def run_forked(
    work: Work, shares: Sequence[tuple], processes: int, child_start: Callable[[], None] | None = None
) -> list[list[Any]]:
    """``work(*share)`` for each share in one of ``processes`` forked workers; the written paths of
    each share, in the shares' order. ``child_start`` runs first in every worker (fresh database
    connections: a connection must not be shared with the parent). An error in any share stops the
    shares not yet begun and is raised here, as in one process."""
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
                return [result for result, _lacking in done]
            except BaseException:
                pool.shutdown(wait=True, cancel_futures=True)
                raise
    finally:
        _shares, _work = [], None


def balanced(sizes: dict[str, int], count: int) -> list[list[str]]:
    """The keys in ``count`` shares of about equal total size, each share in the keys' order: the
    biggest first, each to the share with the least so far (the longest-processing-time rule), then
    single keys moved or pairs swapped between the fullest and the emptiest share while that brings
    them closer (the rule alone can leave them a whole small key apart)."""
    totals = [0] * count
    chosen: list[list[str]] = [[] for _ in range(count)]
    for key in sorted(sizes, key=lambda k: -sizes[k]):
        least = totals.index(min(totals))
        totals[least] += sizes[key] + 1
        chosen[least].append(key)
    for _ in range(len(sizes)):  # each step narrows the gap: a bound, not a count of steps needed
        full, empty = totals.index(max(totals)), totals.index(min(totals))
        gap = totals[full] - totals[empty]
        best, move = gap, None
        for a in chosen[full]:
            for b in [None, *chosen[empty]]:
                shift = sizes[a] + 1 - (sizes[b] + 1 if b is not None else 0)  # what moves to the emptier
                if abs(gap - 2 * shift) < best:
                    best, move = abs(gap - 2 * shift), (a, b, shift)
        if move is None:
            break
        a, b, shift = move
        chosen[full].remove(a)
        chosen[empty].append(a)
        if b is not None:
            chosen[empty].remove(b)
            chosen[full].append(b)
        totals[full] -= shift
        totals[empty] += shift
    rank = {key: n for n, key in enumerate(sizes)}
    return [sorted(share, key=rank.__getitem__) for share in chosen if share]


def plan(sizes: dict[str, int], count: int) -> tuple[list[list[str]], list[str]]:
    """``count`` shares of about equal size (``balanced``), and a tail of the smallest keys, up to
    ``TAIL`` per worker, that the workers take as each gets free (``Claims``); every worker keeps at
    least one key of its own while there are enough."""
    size = min(TAIL * count, max(len(sizes) - count, 0)) if count > 1 else 0
    smallest = set(sorted(sizes, key=sizes.__getitem__)[:size])  # sorted() keeps ties in order
    tail = [key for key in sizes if key in smallest]
    return balanced({k: v for k, v in sizes.items() if k not in smallest}, count), tail


class Claims:
    """The tail's items, each taken once by whichever worker asks first: one byte per item in a pipe
    filled and closed for writing before the fork. A one-byte read from a pipe is atomic, so no two
    workers get the same item; the empty pipe then reads as its end."""

    def __init__(self, count: int) -> None:
        if count > 255:
            raise ValueError("at most 255 items")
        self._read, write = os.pipe()
        try:
            os.write(write, bytes(range(count)))  # far less than a pipe holds: never blocks
        finally:
            os.close(write)

    def __iter__(self) -> Iterator[int]:
        while taken := os.read(self._read, 1):
            yield taken[0]

    def close(self) -> None:
        os.close(self._read)
