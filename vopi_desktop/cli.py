"""The command line: the GUI by default, headless sub-commands for automation (DESIGN.md section 6).

Heavy modules (Qt, Alembic, the demo generator) are imported inside the commands that need them.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .areas import area_keys
from .config import Config, load_config
from .exchange.commands import add_parsers as add_exchange_parsers
from .lang import set_language, t

PAGES = area_keys()  # the area registry: every page smoke can show


class CliError(Exception):
    """A one-line message for stderr and a non-zero exit code."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One plain line instead of argparse's usage dump.
        raise CliError(
            t(f"Ungültiger Aufruf: {message} (Hilfe: --help)", f"Invalid call: {message} (see --help)")
        )


def _window_size(text: str) -> tuple[int, int]:
    """``1024x600`` → (1024, 600); the smallest window the app supports is 640×480."""
    width, sep, height = text.lower().partition("x")
    if not (sep and width.isdigit() and height.isdigit()):
        raise argparse.ArgumentTypeError(
            t(f"„{text}“ ist keine Größe wie 1024x600", f"'{text}' is not a size like 1024x600")
        )
    size = int(width), int(height)
    if not (640 <= size[0] <= 7680 and 480 <= size[1] <= 4320):
        raise argparse.ArgumentTypeError(
            t(f"{text}: erlaubt sind 640x480 bis 7680x4320", f"{text}: allowed is 640x480 to 7680x4320")
        )
    return size


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="vopi-desktop", description="VOPI Desktop")
    parser.add_argument("--version", action="version", version=f"VOPI Desktop {__version__}")
    parser.add_argument("--data-dir", help="folder for database, backups, logs (env VOPI_DATA_DIR)")
    parser.add_argument("--database-url", help="SQLAlchemy URL, e.g. postgresql://… (env VOPI_DATABASE_URL)")
    parser.add_argument("--lang", choices=("de", "en"), help="language of the interface")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo", help="fill the workspace with a fictional example")
    demo.add_argument("--size", choices=("small", "large"), default="small")

    smoke = sub.add_parser("smoke", help="open the main window, paint it, exit")
    smoke.add_argument("--page", choices=PAGES, default="start")
    smoke.add_argument("--screenshot", type=Path)
    smoke.add_argument("--timing", action="store_true", help="print when the first frame was painted")
    smoke.add_argument("--size", type=_window_size, help="window size WxH, e.g. 1024x600")

    backup = sub.add_parser("backup", help="copy the workspace database")
    backup.add_argument("--out", type=Path)
    restore = sub.add_parser("restore", help="replace the workspace by a backup (after backing it up)")
    restore.add_argument("file", type=Path)
    sub.add_parser("check", help="integrity check, schema version and counts")

    report = sub.add_parser("report", help="write a PDF document (DESIGN.md section 8)")
    report.add_argument("kind", help="dossier, analysis, plan, actors, events, network, opening-checklist, …")
    report.add_argument("--out", type=Path, required=True, help="the PDF file (with --all: a folder)")
    which = report.add_mutually_exclusive_group()
    which.add_argument("--municipality", help="name of the municipality (default: the only one)")
    which.add_argument("--all", action="store_true", help="one PDF per municipality into the folder --out")
    report.add_argument("--blank", action="store_true", help="checklists: blank sheet for paper")
    report.add_argument(
        "--with-contacts",
        "--with-personal-data",
        dest="personal",
        action="store_true",
        help="print contact persons and their data (personal data)",
    )
    add_exchange_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(message)s")
    try:
        args = build_parser().parse_args(args_list)
        config = load_config(args.data_dir, args.database_url)
        lang = args.lang or config.settings.language
        set_language(lang)
        handler = COMMANDS.get(args.command or "gui")
        assert handler is not None
        return handler(args, config, lang)
    except CliError as exc:
        print(f"vopi-desktop: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        from .store.errors import StoreError

        if debug:
            raise
        if isinstance(exc, StoreError | OSError):
            print(f"vopi-desktop: {exc}", file=sys.stderr)
            return 1
        print(
            t(f"vopi-desktop: unerwarteter Fehler: {exc!r} (Details mit --debug)", f"vopi-desktop: {exc!r}"),
            file=sys.stderr,
        )
        return 1


def _open(config: Config):
    from .store.workspace import Workspace

    config.ensure_dirs()
    return Workspace.open(config)


def cmd_gui(args: argparse.Namespace, config: Config, lang: str) -> int:
    from .app import run_gui

    return run_gui(config, lang)


def cmd_smoke(args: argparse.Namespace, config: Config, lang: str) -> int:
    from .app import run_smoke

    return run_smoke(config, lang, args.page, args.screenshot, args.timing, args.size)


def cmd_demo(args: argparse.Namespace, config: Config, lang: str) -> int:
    ws = _open(config)
    try:
        summary = ws.load_example(args.size)
    finally:
        ws.close()
    print(summary)
    return 0


def cmd_backup(args: argparse.Namespace, config: Config, lang: str) -> int:
    from .store import backup
    from .store.workspace import sqlite_file

    path = sqlite_file(config)
    if not path.exists():
        raise CliError(t(f"Keine Datenbank unter {path}.", f"No database at {path}."))
    ws = _open(config)  # migrates first, so a backup is always of the current schema
    ws.close()
    if args.out:
        out = backup.copy_sqlite(path, args.out)
    else:
        out = backup.make_backup(path, config.backups_dir, "manual", config.settings.backups_to_keep)
    print(t(f"Sicherung geschrieben: {out}", f"Backup written: {out}"))
    return 0


def cmd_restore(args: argparse.Namespace, config: Config, lang: str) -> int:
    from .store import backup, db
    from .store.workspace import sqlite_file

    path = sqlite_file(config)
    source = args.file.expanduser().resolve()
    backup.validate_sqlite_file(source, db.KNOWN_REVISIONS)
    config.ensure_dirs()
    if path.exists():
        saved = backup.make_backup(
            path, config.backups_dir, "before-restore", config.settings.backups_to_keep
        )
        print(t(f"Bisheriger Stand gesichert: {saved}", f"Current state saved: {saved}"))
    backup.replace_database(source, path)
    _open(config).close()  # upgrades an older backup right away
    print(t(f"Wiederhergestellt aus {source}", f"Restored from {source}"))
    return 0


def cmd_check(args: argparse.Namespace, config: Config, lang: str) -> int:
    ws = _open(config)
    try:
        report = ws.check()
    finally:
        ws.close()
    print(t("Schema-Version", "Schema version") + f": {report.revision}")
    for name, count in sorted(report.counts.items()):
        print(f"  {name}: {count}")
    for problem in report.problems:
        print(t("FEHLER", "PROBLEM") + f": {problem}", file=sys.stderr)
    print(t("Alles in Ordnung.", "All good.") if report.ok else t("Probleme gefunden.", "Problems found."))
    return 0 if report.ok else 1


def cmd_export(args: argparse.Namespace, config: Config, lang: str) -> int:
    from .exchange.commands import cmd_export as run

    return run(args, config, _open)


def cmd_import(args: argparse.Namespace, config: Config, lang: str) -> int:
    from .exchange.commands import cmd_import as run

    return run(args, config, _open)


def cmd_report(args: argparse.Namespace, config: Config, lang: str) -> int:
    from .reports.kinds import KINDS
    from .reports.run import Options, ReportError, make, make_all
    from .store.report_data import find_municipality

    if args.kind not in KINDS:
        raise CliError(
            t(f"Unbekannte Dokumentart „{args.kind}“ (möglich: {', '.join(KINDS)}).",
              f"Unknown kind of document '{args.kind}' (choose from: {', '.join(KINDS)}).")
        )  # fmt: skip
    options = Options(blank=args.blank, personal=args.personal)
    ws = _open(config)
    try:
        if args.all:
            written = make_all(ws, args.kind, args.out, options)
        else:
            if args.municipality:
                mid = find_municipality(ws, args.municipality).id
            elif KINDS[args.kind].all_at_once:
                mid = None
            else:
                known = ws.municipalities.list()
                if len(known) != 1:
                    raise CliError(
                        t("Bitte --municipality NAME oder --all angeben (der Arbeitsbereich hat "
                          f"{len(known)} Kommunen).",
                          f"Please give --municipality NAME or --all (the workspace holds {len(known)} municipalities).")
                    )  # fmt: skip
                mid = known[0].id
            written = [make(ws, args.kind, args.out, mid, options)]
    except ReportError as exc:
        raise CliError(str(exc)) from exc
    finally:
        ws.close()
    for path in written:
        print(t(f"Geschrieben: {path}", f"Written: {path}"))
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Config, str], int]] = {
    "gui": cmd_gui,
    "smoke": cmd_smoke,
    "demo": cmd_demo,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "export": cmd_export,
    "import": cmd_import,
    "report": cmd_report,
}
