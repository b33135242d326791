"""``vopi-desktop report KIND``: every document kind, and the outreach document in its languages.

The workspace is opened by the caller's ``open_ws`` (cli.py's, with the cycle collector paused)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .cli_errors import CliError, no_municipality
from .lang import t

if TYPE_CHECKING:
    from .config import Config

Opener = Callable[["Config"], Any]
Paused = Callable[[], AbstractContextManager[None]]


def run(args: argparse.Namespace, config: Config, open_ws: Opener, collector_paused: Paused) -> int:
    from .reports.fonts import take_lacking  # imported by the documents anyway

    take_lacking()  # this command's documents only (tests run several commands in one process)
    if args.kind == "outreach":
        code = _report_outreach(args, config, open_ws)
    else:
        # the whole command: start-up, then the documents, which pause the collector themselves as well
        with collector_paused():
            code = _report(args, config, open_ws)
    _say_lacking(take_lacking())
    return code


def _say_lacking(chars: list[str]) -> None:
    """After "Geschrieben": the characters the fonts lack, printed as "�" (``reports/fonts.py``)."""
    if chars:
        from .reports.fonts import lacking_hint

        print(lacking_hint(chars))


def _report(args: argparse.Namespace, config: Config, open_ws: Opener) -> int:
    from .reports.kinds import KINDS
    from .reports.run import Options, ReportError, make, make_all
    from .store.report_data import find_municipality

    if args.kind not in KINDS:
        kinds = ", ".join([*KINDS, "outreach"])
        raise CliError(
            t(f"Unbekannte Dokumentart „{args.kind}“ (möglich: {kinds}).",
              f"Unknown kind of document '{args.kind}' (choose from: {kinds}).")
        )  # fmt: skip
    if args.blank and not KINDS[args.kind].blank:
        blank = ", ".join(k for k, spec in KINDS.items() if spec.blank)
        raise CliError(t(f"--blank gibt es nur für {blank}.", f"--blank is only for {blank}."))
    if args.languages is not None or args.layout is not None:
        raise CliError(t("--languages und --layout gibt es nur für outreach.",
                         "--languages and --layout are only for outreach."))  # fmt: skip
    actor = getattr(args, "actor", None)
    if actor is not None and (KINDS[args.kind].subject != "actor" or args.all):
        chosen = ", ".join(k for k, spec in KINDS.items() if spec.subject == "actor")
        raise CliError(t(f"--actor gibt es nur für {chosen}, ohne --all.",
                         f"--actor is only for {chosen}, without --all."))  # fmt: skip
    options = Options(blank=args.blank, personal=args.personal)
    not_begun: list[str] = []
    ws = open_ws(config)
    try:
        if not ws.report_reads.places():
            raise CliError(no_municipality())
        if args.all:
            written = make_all(ws, args.kind, args.out, options)
        else:
            if args.municipality:
                mid = find_municipality(ws, args.municipality).id
            elif KINDS[args.kind].all_at_once:
                mid = None
            else:
                known = ws.report_reads.places()
                if len(known) != 1:
                    names = ", ".join(m.name for m in known)
                    raise CliError(
                        t(f"Bitte --municipality NAME oder --all angeben (im Arbeitsbereich: {names}).",
                          f"Please give --municipality NAME or --all (in the workspace: {names}).")
                    )  # fmt: skip
                mid = known[0].id
            if actor is not None and mid is not None:
                options = replace(options, subject=_actor_id(ws, mid, actor))
                rows = ws.checklists.overview(mid)
                not_begun = [r.actor_name for r in rows if r.actor_id == options.subject and not r.started]
            written = [make(ws, args.kind, args.out, mid, options)]
    except ReportError as exc:
        raise CliError(str(exc)) from exc
    finally:
        ws.close()
    for path in written:
        print(t(f"Geschrieben: {path}", f"Written: {path}"))
    if not_begun and not args.blank:  # the clerk asked for a filled checklist and gets the blank sheet
        club = not_begun[0]
        print(t(f"Hinweis: „{club}“ hat die Checkliste noch nicht begonnen – gedruckt ist der leere Bogen mit dem Namen.",
                f"Note: '{club}' has not begun the checklist yet – the blank sheet with its name is printed."))  # fmt: skip
    return 0


def _actor_id(ws: Any, municipality_id: str, name: str) -> str:
    """The actor of that name in the municipality (case and spacing forgiven), or a one-line refusal
    that names the ones with a begun opening checklist."""
    wanted = " ".join(name.split()).casefold()
    actors = ws.actors.list(municipality_id)
    found = next((a for a in actors if " ".join(a.name.split()).casefold() == wanted), None)
    if found is None:
        begun = [r.actor_name for r in ws.checklists.overview(municipality_id) if r.checklist_id][:8]
        known = ", ".join(begun) or "–"
        raise CliError(t(f"Kein Akteur „{name}“ (mit begonnener Checkliste: {known}).",
                         f"No actor '{name}' (with a begun checklist: {known})."))  # fmt: skip
    return found.id


def _report_outreach(args: argparse.Namespace, config: Config, open_ws: Opener) -> int:
    """The outreach document in the chosen languages; says which contacts and offers were left out."""
    from .reports.outreach import check_layout, make_outreach, parse_languages
    from .reports.run import ReportError
    from .store.report_data import find_municipality

    if args.all or args.blank:
        raise CliError(t("outreach macht ein Dokument für eine Kommune, ohne --all und --blank.",
                         "outreach makes one document for one municipality, without --all and --blank."))  # fmt: skip
    args.languages, args.layout = args.languages or "de", args.layout or "sections"
    try:
        languages = parse_languages(args.languages)
        check_layout(args.layout, languages)
    except ReportError as exc:
        raise CliError(str(exc)) from exc
    ws = open_ws(config)
    try:
        if args.municipality:
            mid = find_municipality(ws, args.municipality).id
        else:
            known = ws.report_reads.places()
            if not known:
                raise CliError(no_municipality())
            if len(known) != 1:
                names = ", ".join(m.name for m in known)
                raise CliError(t(f"Bitte --municipality NAME angeben (im Arbeitsbereich: {names}).",
                                 f"Please give --municipality NAME (in the workspace: {names})."))  # fmt: skip
            mid = known[0].id
        result = make_outreach(ws, mid, languages, args.out, layout=args.layout)
    except ReportError as exc:
        raise CliError(str(exc)) from exc
    finally:
        ws.close()
    print(t(f"Geschrieben: {result.path}", f"Written: {result.path}"))
    for line in result.notes():
        print(line)
    return 0
