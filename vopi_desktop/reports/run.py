"""Make documents from a Workspace: read through ``store.report_data``, then lay out (no Qt here).

The CLI and the Berichte page both call ``make``; it runs on a worker thread in the app, so
``progress(done, total)`` may raise (e.g. ``template.Cancelled``) to stop between steps.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..lang import t
from ..store.report_data import ReportData, gather_many
from .batch import Claims, gc_paused, plan, run_forked, workers
from .kinds import KINDS, Kind, render
from .sections.common import Ctx
from .template import Cancelled, Progress

BATCH = 25  # municipalities read together by make_all
# A document's own work (pages, tables, charts, fonts) in the units of ``ReportReads.sizes`` (10 µs):
# fitted on the large demo's dossiers, 50 ms for the document, 10 µs per live actor or link, 0.9 ms
# per measure, 0.5 ms per event; a dossier takes 55–100 ms to read and lay out
DOCUMENT = 5000

if TYPE_CHECKING:
    from ..store.workspace import Workspace


@dataclass(frozen=True)
class Options:
    blank: bool = False
    personal: bool = False  # contact persons and their data (GDPR: only when asked)
    # one record the document is limited to (``Kind.subject``): a Verein's checklist, an event's
    # protocol; None: all of them. A club's self-assessment printed for its board is its own only.
    subject: str | None = None


class ReportError(Exception):
    """A request that cannot be served (unknown kind, no municipality); one plain line."""


_GERMAN_LETTERS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def slug(text: str) -> str:
    """``text`` as part of a file name every system accepts, umlauts as Germans write them without:
    "Mühlberg" → ``muehlberg`` ("" when nothing Latin is left)."""
    plain = unicodedata.normalize("NFKD", text.translate(_GERMAN_LETTERS))
    return re.sub(r"[^A-Za-z0-9]+", "-", plain.encode("ascii", "ignore").decode()).strip("-").lower()


def file_name(kind: str, municipality: str) -> str:
    """A file name every system accepts: ``dossier-muehlberg.pdf``."""
    return f"{kind}-{slug(municipality) or 'kommune'}.pdf"


def file_names(kind: str, municipalities: list[str]) -> list[str]:
    """``file_name`` for each, made unique within one folder: "Mühlheim" and "Muehlheim" (or two
    names without a Latin letter) would share one file, one document overwriting the other; the
    second gets "-2", the third "-3" (compared without case, as Windows and macOS do)."""
    names: list[str] = []
    taken: set[str] = set()
    for municipality in municipalities:
        name = file_name(kind, municipality)
        stem, n = name.removesuffix(".pdf"), 1
        while name.casefold() in taken:
            n += 1
            name = f"{stem}-{n}.pdf"
        taken.add(name.casefold())
        names.append(name)
    return names


def make(
    ws: Workspace,
    kind: str,
    out: Path,
    municipality_id: str | None,
    options: Options = Options(),
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """One document: of ``municipality_id``, or over all municipalities for the consultant kind.

    ``progress(done, total)`` follows the layout; ``cancelled()`` is asked between reads, sections
    and pages, and True stops the work with ``Cancelled`` (no file is left behind).
    """
    spec = _spec(kind)
    check = _checker(cancelled)
    subject = options.subject if spec.subject else None
    ctx = Ctx(blank=options.blank and spec.blank, personal=options.personal, check=check, subject=subject)
    if spec.all_at_once:  # the overview covers every municipality; one is read as the frame
        ids = [m.id for m in ws.report_reads.places()][:1]
        if not ids:
            raise ReportError(
                t("Der Arbeitsbereich enthält keine Kommune.", "The workspace holds no municipality.")
            )
    elif municipality_id is None:
        raise ReportError(t("Bitte eine Kommune wählen.", "Please choose a municipality."))
    else:
        ids = [municipality_id]
    # a blank sheet reads nothing, but for one club its name (the sheet carries it)
    parts = (frozenset({"actors"}) if subject else frozenset()) if ctx.blank else spec.parts
    with gc_paused():
        items = gather_many(ws, ids, parts, personal=options.personal, check=check)
        return _render(kind, items, Path(out), ctx, check, progress)


def _render(
    kind: str,
    items: list[ReportData],
    out: Path,
    ctx: Ctx,
    check: Callable[[], None],
    progress: Progress | None,
) -> Path:
    def on_page(done: int, total: int) -> None:
        check()
        if progress is not None:
            progress(done, total)

    return render(kind, items, out, ctx, on_page)


def make_all(
    ws: Workspace,
    kind: str,
    folder: Path,
    options: Options = Options(),
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """One document per municipality into ``folder`` (created if missing); the consultant kind once.

    Without ``progress`` and ``cancelled`` (the CLI) the documents are laid out in several processes
    where that is safe (``batch.workers``); each file is still written whole or not at all.
    """
    spec = _spec(kind)
    folder.mkdir(parents=True, exist_ok=True)
    if spec.all_at_once:
        return [make(ws, kind, folder / f"{kind}.pdf", None, options, progress, cancelled)]
    municipalities = ws.report_reads.places()
    check = _checker(cancelled)
    ctx = Ctx(blank=options.blank and spec.blank, personal=options.personal, check=check)
    parts = frozenset() if ctx.blank else spec.parts
    processes = workers(len(municipalities), progress is not None or cancelled is not None)
    names = file_names(kind, [m.name for m in municipalities])
    outs = {m.id: folder / name for m, name in zip(municipalities, names, strict=True)}
    with gc_paused():
        if processes > 1:
            sizes = ws.report_reads.sizes(list(outs))
            shares, tail = plan({mid: DOCUMENT + size for mid, size in sizes.items()}, processes)
            claims = Claims(len(tail))
            try:
                jobs = [(ws, kind, ids, tail, claims, outs, ctx, parts, options.personal) for ids in shares]
                done = run_forked(_share, jobs, processes, child_start=ws.forked)
            finally:
                claims.close()
            written = dict(pair for pairs in done for pair in pairs)
            return [written[m.id] for m in municipalities]
        paths: list[Path] = []
        for n, m in enumerate(municipalities):
            if progress is not None:
                progress(n, len(municipalities))
            if n % BATCH == 0:  # read in batches: each area in one query per batch, not every map at once
                ids = [x.id for x in municipalities[n : n + BATCH]]
                items = iter(gather_many(ws, ids, parts, personal=options.personal, check=check))
            paths.append(_render(kind, [next(items)], outs[m.id], ctx, check, None))
    if progress is not None:
        progress(len(municipalities), len(municipalities))
    return paths


def _share(
    ws: Workspace,
    kind: str,
    own: list[str],
    tail: list[str],
    claims: Claims,
    outs: dict[str, Path],
    ctx: Ctx,
    parts: frozenset[str],
    personal: bool,
) -> list[tuple[str, Path]]:
    """A forked worker's part of ``--all``: its own municipalities read in batches and laid out, then
    those of the tail it is first to claim. The tail is read with the last batch (a few small
    municipalities read twice cost less than a query of their own each)."""
    made: list[tuple[str, Path]] = []
    for start in range(0, max(len(own), 1), BATCH):
        chunk = own[start : start + BATCH]
        last = start + BATCH >= len(own)
        items = gather_many(ws, chunk + tail if last else chunk, parts, personal=personal)
        made += [
            (mid, render(kind, [item], outs[mid], ctx))
            for mid, item in zip(chunk, items[: len(chunk)], strict=True)
        ]
    spare = items[len(chunk) :]
    made += [(tail[n], render(kind, [spare[n]], outs[tail[n]], ctx)) for n in claims]
    return made


def _spec(kind: str) -> Kind:
    spec = KINDS.get(kind)
    if spec is None:
        raise ReportError(t(f"Unbekannte Dokumentart „{kind}“ (möglich: {', '.join(KINDS)}).",
                            f"Unknown kind of document '{kind}' (choose from: {', '.join(KINDS)})."))  # fmt: skip
    return spec


def _checker(cancelled: Callable[[], bool] | None) -> Callable[[], None]:
    if cancelled is None:
        return lambda: None

    def check() -> None:
        if cancelled():
            raise Cancelled(t("Abgebrochen.", "Cancelled."))

    return check


__all__ = ["Cancelled", "Options", "ReportError", "file_name", "make", "make_all"]
