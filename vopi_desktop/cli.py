"""The command line: the GUI by default, headless sub-commands for automation (DESIGN.md section 6).

Heavy modules (Qt, Alembic, the demo generator) are imported inside the commands that need them.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from . import __version__
from .areas import area_keys
from .cli_errors import CliError, damaged, os_error
from .config import Config, load_config
from .exchange.commands import add_parsers as add_exchange_parsers
from .lang import set_language, t

PAGES = area_keys()  # the area registry: every page smoke can show


# argparse's own messages are English (its gettext has no German): the common ones said in German.
_ARGPARSE_DE = (
    (re.compile(r"argument (\S+): invalid choice: '([^']*)' \(choose from (.*)\)"),
     "{0}: „{1}“ gibt es nicht (möglich: {2})"),
    (re.compile(r"argument (\S+): invalid \w+ value: '([^']*)'"), "{0}: „{1}“ ist kein gültiger Wert"),
    (re.compile(r"argument (\S+): expected one argument"), "{0} braucht einen Wert"),
    (re.compile(r"argument (\S+): not allowed with argument (\S+)"), "{0} und {1} gehen nicht zusammen"),
    (re.compile(r"the following arguments are required: (.*)"), "es fehlt: {0}"),
    (re.compile(r"unrecognized arguments: (.*)"), "unbekannte Angabe: {0}"),
    (re.compile(r"argument (\S+): (.*)"), "{0}: {1}"),  # our own German reason (e.g. --size)
)  # fmt: skip


def _german(message: str) -> str:
    for pattern, text in _ARGPARSE_DE:
        found = pattern.fullmatch(message)
        if found:
            return text.format(*(g.replace("'", "") for g in found.groups()))
    return message


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One plain line instead of argparse's usage dump.
        raise CliError(
            t(
                f"Ungültiger Aufruf: {_german(message)} (Hilfe: --help)",
                f"Invalid call: {message} (see --help)",
            )
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
    backup.add_argument("--force", action="store_true", help="overwrite the --out file if it exists")
    restore = sub.add_parser("restore", help="replace the workspace by a backup (after backing it up)")
    restore.add_argument("file", type=Path)
    sub.add_parser(
        "check",
        help="integrity check, schema version and counts; changes nothing "
        "(exit 0: all good, 1: problems found, 2: no workspace there)",
    )

    report = sub.add_parser("report", help="write a PDF document (DESIGN.md section 8)")
    report.add_argument("kind", help="dossier, analysis, plan, actors, events, network, opening-checklist, …")
    report.add_argument("--out", type=Path, required=True, help="the PDF file (with --all: a folder)")
    which = report.add_mutually_exclusive_group()
    which.add_argument("--municipality", help="name of the municipality (default: the only one)")
    which.add_argument("--all", action="store_true", help="one PDF per municipality into the folder --out")
    report.add_argument("--blank", action="store_true", help="checklists: blank sheet for paper")
    report.add_argument("--actor", help="opening-checklist: only this Verein's checklist (its name)")
    report.add_argument(
        "--languages",
        help="outreach: language codes, e.g. de,ar,tr,ru,uk,fa (de-simple, en, pl, ro)",
    )
    report.add_argument(
        "--layout",
        help="outreach: sections (one per language) or bilingual (German + one other language side by side)",
    )
    report.add_argument(
        "--with-contacts",
        "--with-personal-data",
        dest="personal",
        action="store_true",
        help="print contact persons and their data (personal data)",
    )
    add_exchange_parsers(sub)
    return parser


# True while the command is the last thing this process does (the console script, ``python -m``);
# tests call ``main([...])`` many times in one process and keep the collector's normal work
_process_ends = False


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; ``argv`` None: the process's own arguments, and the process ends with it."""
    global _process_ends
    _process_ends = argv is None
    try:
        return _main(argv)
    finally:
        if _process_ends:
            # Everything left is freed at exit anyway: out of the collector's sight, the interpreter's
            # exit no longer walks it (0.1 s after `report` with SQLAlchemy and ReportLab loaded)
            gc.freeze()


def _main(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # --debug is accepted before or after the sub-command ("check --debug").
    debug = "--debug" in args_list
    args_list = (["--debug"] if debug else []) + [a for a in args_list if a != "--debug"]
    # Without --debug nothing but our one-line messages reaches stderr: log records may carry
    # tracebacks, and those SQL values (names, e-mails). They go to the log file instead.
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(levelname)s %(message)s",
        handlers=[logging.StreamHandler() if debug else logging.NullHandler()],
    )
    config: Config | None = None
    target: Path | None = None  # what the command writes (--out), named when the system names nothing
    try:
        args_list, open_file = _file_to_open(args_list)
        args = build_parser().parse_args(args_list)
        args.open_file = open_file
        target = getattr(args, "out", None)
        config = load_config(args.data_dir, args.database_url)
        if not debug:
            # `check` makes no folder: it must leave a data folder as it found it
            _log_to_file(config, make_folder=args.command != "check")
        lang = args.lang or config.settings.language
        set_language(lang)
        handler = COMMANDS.get(args.command or "gui")
        assert handler is not None
        return handler(args, config, lang)
    except CliError as exc:
        print(f"vopi-desktop: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader stopped early (``… --dry-run | head``): no complaint; stdout goes nowhere from
        # here, so the interpreter's final flush does not fail again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        from .store.errors import StoreError

        if debug:
            raise
        if isinstance(exc, StoreError):
            print(f"vopi-desktop: {exc}", file=sys.stderr)
            return 1
        if isinstance(exc, OSError):
            print(f"vopi-desktop: {os_error(exc, config, target)}", file=sys.stderr)
            return 1
        broken = damaged(exc, config)
        if broken:
            print(f"vopi-desktop: {broken}", file=sys.stderr)
            return 1
        print(
            t(f"vopi-desktop: unerwarteter Fehler: {exc!r} (Details mit --debug)", f"vopi-desktop: {exc!r}"),
            file=sys.stderr,
        )
        return 1


def _log_to_file(config: Config, make_folder: bool = True) -> None:
    """Warnings and errors into <data>/logs/vopi-cli.log, if that folder can be written (and exists,
    unless ``make_folder``)."""
    if not make_folder and not config.logs_dir.is_dir():
        return
    try:
        config.logs_dir.mkdir(parents=True, exist_ok=True)
        # opened now, not at the first record: a read-only folder would make logging print its own
        # traceback on stderr at the first warning
        handler = logging.FileHandler(config.logs_dir / "vopi-cli.log", encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a command starts: importing SQLAlchemy, the models and
    ReportLab and opening the workspace make hundreds of thousands of long-lived objects and hardly
    any garbage, and the collector walked them again and again (about 0.1 s of CPU, a sixth of
    `report`'s start). Nested uses leave it to the outermost; it runs again afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if _process_ends:  # what the pause made lives until the exit: not for the collector to walk
                gc.freeze()  # (re-enabled, its first pass over them took 40 ms after `report --all`)
            gc.enable()


def _open(config: Config):
    with _collector_paused():
        from .store.workspace import Workspace

        config.ensure_dirs()
        return Workspace.open(config)


@contextmanager
def _app_closed(config: Config) -> Iterator[None]:
    """The one check of every command that writes into the workspace (``demo``, ``import``; ``restore``
    takes it in the store): refused while a VOPI Desktop has the workspace open, whose screens and
    versions would no longer match the data. The app's lock is held until the command ends, so no app
    starts on the workspace half-way either. Commands that only read (check, export, report, backup,
    ``import --dry-run``) go on beside the app."""
    from .store.applock import AppLock

    with AppLock(config.data_dir):  # AppLockedError: "… geöffnet; bitte zuerst schließen."
        yield


def _file_to_open(args: list[str]) -> tuple[list[str], Path | None]:
    """``vopi-desktop [options] FILE.vopi`` (what a double-click in the mail program runs) starts
    the GUI with that file's import preview; a sub-command such as ``import FILE.vopi`` is left alone."""
    if not args or args[-1].startswith("-") or not args[-1].lower().endswith(".vopi"):
        return args, None
    if any(word in COMMANDS for word in args):
        return args, None
    return args[:-1], Path(args[-1]).expanduser()


def cmd_gui(args: argparse.Namespace, config: Config, lang: str) -> int:
    from .app import run_gui

    return run_gui(config, lang, getattr(args, "open_file", None))


def cmd_smoke(args: argparse.Namespace, config: Config, lang: str) -> int:
    from .app import run_smoke

    return run_smoke(config, lang, args.page, args.screenshot, args.timing, args.size)


def cmd_demo(args: argparse.Namespace, config: Config, lang: str) -> int:
    with _app_closed(config):
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
    out: Path | None = args.out.expanduser().resolve() if args.out else None
    if out is not None and out.is_dir():
        raise CliError(
            t(
                f"{out} ist ein Ordner; bitte einen Dateinamen angeben.",
                f"{out} is a folder; give a file name.",
            )
        )
    if out is not None and not out.parent.is_dir():  # a typo in the path must not make folders
        raise CliError(
            t(f"Der Ordner {out.parent} existiert nicht.", f"The folder {out.parent} does not exist.")
        )
    if out is not None and out.exists() and not args.force:
        raise CliError(
            t(
                f"{out} gibt es schon; zum Überschreiben --force angeben.",
                f"{out} exists already; add --force to overwrite it.",
            )
        )
    ws = _open(config)  # migrates first, so a backup is always of the current schema
    ws.close()
    if out is not None:
        written = backup.copy_sqlite(path, out)
    else:
        written = backup.make_backup(path, config.backups_dir, "manual", config.settings.backups_to_keep)
    print(t(f"Sicherung geschrieben: {written}", f"Backup written: {written}"))
    return 0


def cmd_restore(args: argparse.Namespace, config: Config, lang: str) -> int:
    from .store import backup

    config.ensure_dirs()
    done = backup.restore(config, args.file)  # refused while the app has the workspace open
    if done.saved is not None:
        print(t(f"Bisheriger Stand gesichert: {done.saved}", f"Current state saved: {done.saved}"))
    _open(config).close()  # upgrades an older backup right away
    print(t(f"Wiederhergestellt aus {done.source}", f"Restored from {done.source}"))
    return 0


def cmd_check(args: argparse.Namespace, config: Config, lang: str) -> int:
    """Checks the workspace as it is and changes nothing (store/check.py): exit 0 when all is well (an
    older schema only noted), 1 when problems were found, 2 when there is no workspace to check."""
    with _collector_paused():
        from .store.check import NoWorkspaceError, check_workspace

        try:
            report = check_workspace(config)
        except NoWorkspaceError as exc:
            raise CliError(str(exc)) from exc
    print(t("Schema-Version", "Schema version") + f": {report.revision}")
    for name, count in sorted(report.counts.items()):
        print(f"  {name}: {count}")
    for problem in report.problems:
        print(t("FEHLER", "PROBLEM") + f": {problem}", file=sys.stderr)
    for notice in report.notices:
        print(t("Hinweis", "Note") + f": {notice}")
    print(t("Alles in Ordnung.", "All good.") if report.ok else t("Probleme gefunden.", "Problems found."))
    return 0 if report.ok else 1


def cmd_export(args: argparse.Namespace, config: Config, lang: str) -> int:
    from .exchange.commands import cmd_export as run

    return run(args, config, _open)


def cmd_import(args: argparse.Namespace, config: Config, lang: str) -> int:
    from contextlib import nullcontext

    from .exchange.commands import cmd_import as run

    with nullcontext() if args.dry_run else _app_closed(config):
        return run(args, config, _open)


def cmd_report(args: argparse.Namespace, config: Config, lang: str) -> int:
    from .cli_report import run

    return run(args, config, _open, _collector_paused)


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
