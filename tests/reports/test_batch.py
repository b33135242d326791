"""``make_all`` without progress or cancel (the CLI) reads and lays the documents out in forked
processes: the same files with the same text as one process makes them, an error in one document
raised with no partial file left, the parent's database connections left working, and the cycle
collector paused only while the documents are made.

The forking runs in a Python process of its own, as the CLI's: a test process that ran the app's
pages before keeps their idle threads, and a process with threads does not fork (``batch.workers``).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import random
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from vopi_desktop.config import load_config
from vopi_desktop.reports import batch, run
from vopi_desktop.store.db import make_engine
from vopi_desktop.store.demo import SEED, _Loader
from vopi_desktop.store.demo_generated import generated
from vopi_desktop.store.demo_place import Rows
from vopi_desktop.store.demo_town import musterstadt
from vopi_desktop.store.workspace import Workspace

from .conftest import text_of

FORK = (
    sys.platform != "darwin"
    and "fork" in multiprocessing.get_all_start_methods()
    and (os.cpu_count() or 1) > 1
)
needs_fork = pytest.mark.skipif(not FORK, reason="needs fork and more than one core")

# make_all in a process of its own: argv = database URL, output folder, and optionally the name of a
# document that fails ("disk full") in whichever worker lays it out
FORKED = r"""
import sys
from pathlib import Path
from vopi_desktop.reports import batch, run
from vopi_desktop.store.db import make_engine
from vopi_desktop.store.workspace import Workspace
url, out, bad = sys.argv[1], Path(sys.argv[2]), (sys.argv[3:] or [""])[0]
ws = Workspace(make_engine(url), who="test")
names = [m.name for m in ws.municipalities.list()]
assert batch.workers(len(names), interactive=False) > 1
real = run.render
def render(kind, items, path, ctx, progress=None):
    if path.name == bad:
        raise OSError("disk full")
    return real(kind, items, path, ctx, progress)
run.render = render  # inherited by the forked workers
try:
    paths = run.make_all(ws, "dossier", out)
except OSError as exc:
    print("raised", exc)
    raise SystemExit(0)
assert [m.name for m in ws.municipalities.list()] == names  # the parent's connections still work
again = run.make_all(ws, "dossier", out.with_name(out.name + "-again"))
assert [p.read_bytes()[:4] for p in again] == [b"%PDF"] * len(names)
print("\n".join(str(p) for p in paths))
"""


def _forked(url: str, out: Path, *bad: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", FORKED, url, str(out), *bad], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.fixture
def ws(several: tuple[Path, list[str]]):
    workspace = Workspace.open(load_config(several[0], None), who="test")
    yield workspace
    workspace.close()


@needs_fork
def test_forked_documents_equal_those_of_one_process(ws: Workspace, tmp_path: Path) -> None:
    assert batch.workers(4, interactive=True) == 1  # the app follows progress and may cancel
    forked = [Path(p) for p in _forked(str(ws.engine.url), tmp_path / "forked")]
    steps: list[tuple[int, int]] = []
    alone = run.make_all(ws, "dossier", tmp_path / "alone", progress=lambda d, t: steps.append((d, t)))
    assert steps[-1] == (4, 4)
    assert [p.name for p in forked] == [p.name for p in alone]
    assert [p.parent for p in forked] == [tmp_path / "forked"] * 4
    for one, other in zip(forked, alone, strict=True):
        assert text_of(one) == text_of(other)
    assert sorted(p.name for p in (tmp_path / "forked").iterdir()) == sorted(p.name for p in forked)


@needs_fork
def test_an_error_in_one_forked_document_is_raised_and_leaves_no_partial_file(
    ws: Workspace, tmp_path: Path, several: tuple[Path, list[str]]
) -> None:
    bad = run.file_name("dossier", several[1][1])
    assert _forked(str(ws.engine.url), tmp_path / "out", bad) == ["raised disk full"]
    left = [p.name for p in (tmp_path / "out").iterdir()]
    assert bad not in left
    assert not [n for n in left if n.endswith(".part")]


def test_the_collector_is_paused_while_documents_are_made_and_started_again(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = run.render
    seen: list[bool] = []

    def render(kind, items, out, ctx, progress=None):
        seen.append(gc.isenabled())
        return real(kind, items, out, ctx, progress)

    monkeypatch.setattr(run, "render", render)
    assert gc.isenabled()
    run.make_all(ws, "dossier", tmp_path / "out", progress=lambda d, t: None)
    with batch.gc_paused():
        with batch.gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer run is still making documents
    assert seen == [False] * 4
    assert gc.isenabled()


def test_the_number_of_workers_follows_cores_and_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    monkeypatch.setattr(batch, "other_threads", lambda: False)  # as in the CLI (this process may have more)
    monkeypatch.delenv("VOPI_REPORT_WORKERS", raising=False)
    expected = batch.MAX_WORKERS if FORK else 1
    assert batch.workers(25, interactive=False) == expected
    assert batch.workers(1, interactive=False) == 1
    monkeypatch.setenv("VOPI_REPORT_WORKERS", "1")
    assert batch.workers(25, interactive=False) == 1
    monkeypatch.setenv("VOPI_REPORT_WORKERS", "3")
    assert batch.workers(25, interactive=False) == (3 if FORK else 1)
    monkeypatch.setenv("VOPI_REPORT_WORKERS", "many")  # not a number: the default
    assert batch.workers(25, interactive=False) == expected
    monkeypatch.setattr(batch, "other_threads", lambda: True)  # the app: Qt's and the lanes' threads
    assert batch.workers(25, interactive=False) == 1
    monkeypatch.undo()
    monkeypatch.setattr(threading, "active_count", lambda: 3)  # a Python thread of ours
    assert batch.other_threads()


@needs_fork
def test_forked_documents_on_either_backend_leave_the_parents_connections_working(
    migrated_db_url: str, tmp_path: Path
) -> None:
    """The workers inherit the parent's open database connections (SQLite file, PostgreSQL socket) and
    leave them alone, reading over their own: after the run the parent reads on, and the documents
    are complete."""
    ws = Workspace(make_engine(migrated_db_url), who="test")
    try:
        rng = random.Random(SEED)
        rows = Rows()
        places = [musterstadt(rows, rng), generated(rows, rng, "Testdorf", "gemeinde", "BY", 40)]
        _Loader(ws.context).save(rows, places)
        names = [m.name for m in ws.municipalities.list()]
    finally:
        ws.close()
    paths = [Path(p) for p in _forked(migrated_db_url, tmp_path / "out")]
    assert [p.name for p in paths] == [run.file_name("dossier", n) for n in names]
    for path, name in zip(paths, names, strict=True):
        assert name in text_of(path)


def test_balanced_shares_hold_every_document_once_and_about_equal_work() -> None:
    sizes = {f"m{i}": size for i, size in enumerate([90, 10, 40, 40, 30, 20, 20, 10, 5])}
    shares = batch.balanced(sizes, 2)
    assert sorted(k for share in shares for k in share) == sorted(sizes)
    totals = [sum(sizes[k] for k in share) for share in shares]
    assert abs(totals[0] - totals[1]) <= 5  # 133 each but one document's worth
    for share in shares:  # each share in the given order
        assert share == sorted(share, key=list(sizes).index)
    assert batch.balanced({"only": 7}, 3) == [["only"]]  # no empty share


def test_balanced_shares_come_closer_than_the_biggest_first_rule_alone() -> None:
    """Biggest first, each to the emptier share, leaves 3+2+2 against 3+2 here; moving or swapping
    single keys between the two brings them to one apart."""
    sizes = {"a": 30, "b": 30, "c": 20, "d": 20, "e": 20}
    shares = batch.balanced(sizes, 2)
    assert sorted(k for share in shares for k in share) == sorted(sizes)
    totals = sorted(sum(sizes[k] + 1 for k in share) for share in shares)
    assert totals == [62, 63]  # the rule alone: 73 and 52
    many = {f"m{i}": (i * 37) % 101 + 50 for i in range(25)}
    thirds = [sum(many[k] + 1 for k in share) for share in batch.balanced(many, 3)]
    assert max(thirds) - min(thirds) <= 10


def test_plan_leaves_the_smallest_as_a_tail_and_each_worker_one_of_its_own() -> None:
    sizes = {"a": 90, "b": 10, "c": 40, "d": 40, "e": 30, "f": 20, "g": 20, "h": 12, "i": 5}
    shares, tail = batch.plan(sizes, 2)
    assert batch.TAIL * 2 == 4
    assert tail == ["b", "f", "h", "i"]  # the four smallest in the given order, the first of a tie
    assert sorted([*tail, *(k for share in shares for k in share)]) == sorted(sizes)
    assert all(share for share in shares) and len(shares) == 2
    few, none = batch.plan({"x": 5, "y": 9}, 2)  # no more documents than workers: no tail
    assert sorted(few) == [["x"], ["y"]] and none == []
    assert batch.plan({"x": 5, "y": 9, "z": 1}, 2)[1] == ["z"]
    assert batch.plan(sizes, 1) == ([list(sizes)], [])  # one process: nothing to claim


# Two forked processes and their parent take the tail's items as fast as they can; each prints what
# it got (in a process of its own: this test process may hold threads, and a fork copies only one)
CLAIMING = r"""
import os
from vopi_desktop.reports.batch import Claims
claims, children = Claims(200), []
for _ in range(2):
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        os.write(write, bytes(list(claims)))
        os._exit(0)
    os.close(write)
    children.append((pid, read))
taken = list(claims)
for pid, read in children:
    got = b""
    while chunk := os.read(read, 4096):
        got += chunk
    os.waitpid(pid, 0)
    taken += list(got)
claims.close()
print(" ".join(map(str, taken)))
"""


@needs_fork
def test_each_claim_is_taken_by_exactly_one_process() -> None:
    done = subprocess.run([sys.executable, "-c", CLAIMING], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert sorted(int(n) for n in done.stdout.split()) == list(range(200))
    with pytest.raises(ValueError):
        batch.Claims(256)


def test_a_thread_only_the_system_knows_keeps_it_from_forking(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    """Python warns before a fork in a process with threads it did not start (Qt's, as in a test
    process after the app's pages); so does ``workers``: such a thread counts as well."""
    from PySide6.QtCore import QThread

    tasks = Path("/proc/self/task")
    if not tasks.is_dir():
        pytest.skip("Linux only")
    monkeypatch.setattr(threading, "active_count", lambda: 1)  # Python's own count sees none of them
    before = len(list(tasks.iterdir()))
    thread = QThread()  # an event loop in C++: no Python thread object
    thread.start()
    try:
        assert len(list(tasks.iterdir())) == before + 1
        assert batch.other_threads() and batch.workers(4, interactive=False) == 1
    finally:
        thread.quit()
        thread.wait()
