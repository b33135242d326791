"""``vopi-desktop export`` and ``vopi-desktop import`` (DESIGN §6); the plan as plain lines."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..lang import language, t
from .errors import refuse
from .labels import (
    coded,
    entity_name,
    example_left_out,
    field_name,
    gone_lines,
    moment,
    name_of,
    only_here,
    only_here_note,
    quoted,
    record_name,
    senders,
    when,
)

if TYPE_CHECKING:
    from ..config import Config
    from .plan import Plan

# Kept here, not imported from plan.py: building the parser must not import SQLAlchemy (start-up time).
POLICIES = ("newer", "local", "incoming")

MAX_CONFLICT_LINES = 50


def add_parsers(sub: Any) -> None:
    export = sub.add_parser("export", help="write a .vopi exchange file")
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--municipality", help="only this municipality (by name)")
    export.add_argument("--without-personal-data", action="store_true", help="leave out contact persons")
    export.add_argument("--password-file", type=Path, help="seal the file with the password in this file")
    export.add_argument(
        "--practice-examples",
        action="store_true",
        help="only the practice examples of --municipality, for other municipalities to take in as their own",
    )
    imp = sub.add_parser("import", help="read a .vopi exchange file into the workspace")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="print the merge plan, write nothing")
    imp.add_argument("--password-file", type=Path)
    imp.add_argument("--prefer", choices=POLICIES, default="newer", help="how conflicts are decided")
    imp.add_argument(
        "--municipality", help="who receives a file of practice examples (default: the only one)"
    )


def read_password(path: Path | None) -> str | None:
    """The first line of the file (the password goes by phone, so it is typed into a file)."""
    if path is None:
        return None
    path = path.expanduser()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise refuse(
            f"Die Passwortdatei {path} gibt es nicht.", f"The password file {path} does not exist."
        ) from None
    except IsADirectoryError:
        raise refuse(
            f"{path} ist ein Ordner, keine Passwortdatei.", f"{path} is a folder, not a password file."
        ) from None
    except UnicodeDecodeError:
        raise refuse(
            f"Die Passwortdatei {path} ist keine Textdatei (UTF-8).",
            f"The password file {path} is not a text file (UTF-8).",
        ) from None
    except OSError:  # no permission, a device that cannot be read: one sentence without errno text
        raise refuse(
            f"Die Passwortdatei {path} ist nicht lesbar.", f"The password file {path} cannot be read."
        ) from None
    password = text.splitlines()[0] if text else ""
    if not password:
        raise refuse("Die Passwortdatei ist leer.", "The password file is empty.")
    return password


def cmd_export(args: argparse.Namespace, config: Config, open_workspace: Any) -> int:
    from .export import export

    password = read_password(args.password_file)
    ws = open_workspace(config)
    try:
        examples = _practice_examples(ws, args.municipality) if args.practice_examples else None
        result = export(
            ws.exchange, args.out, args.municipality, not args.without_personal_data, password, None, examples
        )
    finally:
        ws.close()
    if result.municipalities == 0:
        print(
            t(
                f"Praxisbeispiele geschrieben: {result.path} ({result.records})",
                f"Practice examples written: {result.path} ({result.records})",
            )
        )
        return 0
    print(
        t(
            f"Austauschdatei geschrieben: {result.path} ({result.municipalities} "
            f"{'Kommune' if result.municipalities == 1 else 'Kommunen'}, "
            f"{result.records} Datensätze, {result.size // 1024} KB)",
            f"Exchange file written: {result.path} ({result.municipalities} "
            f"{'municipality' if result.municipalities == 1 else 'municipalities'}, "
            f"{result.records} records, {result.size // 1024} KB)",
        )
    )
    for name in result.left_out:
        print(
            t(
                f"Die Beispielstadt {quoted(name)} ist nicht dabei (nur mit --municipality {quoted(name)}).",
                f"The example town {quoted(name)} is not included (only with --municipality {quoted(name)}).",
            )
        )
    return 0


def cmd_import(args: argparse.Namespace, config: Config, open_workspace: Any) -> int:
    from . import importer

    password = read_password(args.password_file)
    ws = open_workspace(config)
    try:
        target = _municipality_id(ws, args.municipality) if args.municipality else None
        plan = importer.prepare(ws.exchange, args.file, password, args.prefer, target)
        for line in describe(plan):
            print(line)
        if args.dry_run:
            print(t("Probelauf: nichts wurde geschrieben.", "Dry run: nothing was written."))
            return 0
        result = importer.apply(ws.exchange, plan, config.backups_dir, config.settings.backups_to_keep)
    finally:
        ws.close()
    if result is None:
        print(
            t(
                "Nichts zu übernehmen: alles ist schon auf diesem Stand.",
                "Nothing to take over: all up to date.",
            )
        )
        return 0
    if result.backup is not None:
        print(t(f"Sicherung vorher: {result.backup}", f"Backup before: {result.backup}"))
    else:
        print(
            t(
                "Keine Dateisicherung: die PostgreSQL-Datenbank sichert der Server (pg_dump).",
                "No file backup: the PostgreSQL database is backed up by its server (pg_dump).",
            )
        )
    gone_de = f", {result.deleted} gelöscht" if result.deleted else ""
    gone_en = f", {result.deleted} deleted" if result.deleted else ""
    print(
        t(
            f"Übernommen: {result.inserted} neu, {result.updated} aktualisiert{gone_de}.",
            f"Taken over: {result.inserted} new, {result.updated} updated{gone_en}.",
        )
    )
    return 0


def _municipality_id(ws: Any, name: str) -> str:
    found = ws.exchange.municipality_named(name)
    if found is None:
        raise refuse(f"Keine Kommune {quoted(name)} gefunden.", f"No municipality {quoted(name)} found.")
    return found


def _practice_examples(ws: Any, name: str | None) -> list[str]:
    if name is None:
        raise refuse(
            "--practice-examples braucht --municipality: wessen Praxisbeispiele?",
            "--practice-examples needs --municipality: whose practice examples?",
        )
    mid = _municipality_id(ws, name)
    from ..store.models import PracticeExample

    ids = [row["id"] for row in ws.exchange.read_where(PracticeExample.__table__, "municipality_id", mid)]
    if not ids:
        raise refuse(
            f"{quoted(name)} hat keine Praxisbeispiele.", f"{quoted(name)} has no practice examples."
        )
    return ids


def describe(plan: Plan) -> list[str]:
    """The plan by entity, then each conflict with its differences side by side."""
    from .plan import DELETED_HERE, DIFFERS, IDENTICAL, NEW

    head = plan.incoming.manifest
    lines = [
        t(
            f"Datei {plan.file_name} von {head.created_by}, {when(head.created_at)}",
            f"File {plan.file_name} by {head.created_by}, {when(head.created_at)}",
        )
    ]
    if head.content == "practice_examples":
        here = ", ".join(plan.local_names.values())
        sender = senders(head.senders)
        if sender is None:  # a file of the previous release
            lines.append(
                t(
                    f"Praxisbeispiele für {here} (die Datei nennt die sendende Kommune nicht)",
                    f"Practice examples for {here} (the file does not name the municipality that sent them)",
                )
            )
        else:
            lines.append(
                t(f"Praxisbeispiele von {sender} für {here}", f"Practice examples from {sender} for {here}")
            )
    elif head.municipalities:  # none when its only town is an example left out (said below)
        lines.append(t("Kommunen: ", "Municipalities: ") + ", ".join(name for _, name in head.municipalities))
    if not head.personal_data:
        lines.append(t("Ohne personenbezogene Daten.", "Without personal data."))
    for name in plan.examples_left_out:
        lines.append(example_left_out(name))
    for entity, items in plan.items.items():
        if not items:
            continue
        c = plan.counts(entity)
        name = entity_name(entity)
        text = t(
            f"{name}: {c[NEW]} neu, {c[IDENTICAL]} gleich, {c[DIFFERS]} unterschiedlich ({c['take']} aus der Datei)",
            f"{name}: {c[NEW]} new, {c[IDENTICAL]} identical, {c[DIFFERS]} differing ({c['take']} from the file)",
        )
        if c[DELETED_HERE]:
            text += t(f", {c[DELETED_HERE]} hier gelöscht", f", {c[DELETED_HERE]} deleted here")
        lines.append(text)
    for entity, only in plan.only_here.items():  # what the file lacks stays (only_here.py)
        lines.append("  " + only_here(entity, only.here, only.in_file, only.count, only.names))
    if plan.only_here:
        lines.append("  " + only_here_note())
    lines += ["  " + line for line in gone_lines(plan.gone)]  # deleted in the file (tombstones.py)
    for item in plan.renamed()[:MAX_CONFLICT_LINES]:
        lines.append(
            t(
                f"  {record_name(item.entity)} {quoted(item.renamed_from)}: hier gibt es einen anderen Datensatz "
                f"dieses Namens; getrennt gehalten als {quoted(item.label)}",
                f"  {record_name(item.entity)} {quoted(item.renamed_from)}: a different record here has this name; "
                f"kept apart as {quoted(item.label)}",
            )
        )
    conflicts, kept_only = plan.conflicts(), plan.kept_only()
    names = _names(plan) if conflicts or kept_only else ({}, {})
    for item in kept_only[:MAX_CONFLICT_LINES]:  # nothing of its own differs: ours stays (cleared.py)
        same = t("sonst gleich", "otherwise the same")
        lines.append(f"  {record_name(item.entity)} {quoted(item.label)} ({same}) → {t('hier', 'here')}")
        lines += _belongs(item, names) + _kept(item, names)
    lines += _more(kept_only)
    for item in conflicts[:MAX_CONFLICT_LINES]:
        side = {
            "incoming": t("neuer in der Datei", "newer in the file"),
            "local": t("neuer hier", "newer here"),
            "same": t("gleich alt", "same age"),
        }[item.newer]
        choice = t("Datei", "file") if item.take else t("hier", "here")
        trash = t(", hier im Papierkorb", ", in the trash here") if item.trashed_here else ""
        lines.append(f"  {record_name(item.entity)} {quoted(item.label)} ({side}{trash}) → {choice}")
        lines += _belongs(item, names) + _kept(item, names)
        for diff in item.differences[:10]:
            mine, theirs = (
                _named(coded(item.entity, diff.field, v), diff.field, names, side)
                for v, side in ((diff.local, True), (diff.incoming, False))
            )
            lines.append(f"    {field_name(diff.field)}: {_show(mine)}  |  {_show(theirs)}")
    return lines + _more(conflicts)


def _more(shown: list[Any]) -> list[str]:
    """The line after the first ``MAX_CONFLICT_LINES`` records of a longer list."""
    more = len(shown) - MAX_CONFLICT_LINES
    return [t(f"  … und {more} weitere", f"  … and {more} more")] if more > 0 else []


def _belongs(item: Any, names: tuple[dict[str, str], dict[str, str]]) -> list[str]:
    """The round of a score, the checklist of an item, by the file's name: its question or statement
    alone reads alike in every round or club (``catalogue_names.PARENT``)."""
    from .catalogue_names import PARENT

    field = PARENT.get(item.entity)
    parent = item.record.get(field) if field else None
    return [f"    {field_name(field)}: {name_of(parent, False, *names)}"] if field and parent else []


def _kept(item: Any, names: tuple[dict[str, str], dict[str, str]]) -> list[str]:
    """The lines of what the file names that is deleted here, and what stays (``kept_lines.py``)."""
    from .kept_lines import kept_line

    return [
        "    "
        + kept_line(
            note,
            [name_of(i, False, *names) for i in note.theirs],
            note.ours and name_of(note.ours, True, *names),
        )
        for note in item.notes
    ]


def _names(plan: Plan) -> tuple[dict[str, str], dict[str, str]]:
    """The names here (``names_here.py``) and the file's records' names by id: a reference or a list
    of them is shown by its names, ours by those here, the file's by the file's."""
    from .registry import label_of

    return plan.names_here, {r["id"]: label_of(r) for rows in plan.incoming.records.values() for r in rows}


def _named(value: Any, field: str, names: tuple[dict[str, str], dict[str, str]], ours: bool) -> Any:
    """``ours``: a value of our side or of the file's (``labels.name_of``)."""
    if isinstance(value, list):
        return [name_of(v, ours, *names) if isinstance(v, str) else v for v in value]
    if field.endswith("_id") and isinstance(value, str):
        return name_of(value, ours, *names)
    return value


def _show(value: object) -> str:
    if isinstance(value, datetime):  # a trash date: local time to the minute, as the file's time
        return moment(value)
    if isinstance(value, date):  # 21.07.2026, in English 2026-07-21, as the app and its documents
        return value.strftime("%d.%m.%Y") if language() == "de" else value.isoformat()
    if isinstance(value, list):  # "Sport und Bewegung, Kultur und Musik", not a Python list
        value = ", ".join(str(v) for v in value)
    text = "–" if value in (None, "", []) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "…"
