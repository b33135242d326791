"""An operating-system failure is one sentence in German that names what the user asked for: not
Python's English errno text, not the temporary ``.part`` file the user never named."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.support.pg_plugin import copy_sqlite_template
from vopi_desktop.cli_errors import os_error as _os_error


@pytest.mark.parametrize(
    ("code", "filename", "expected"),
    [
        (
            errno.ENOSPC,
            "/srv/amt/.vopi-k2j4.pdf.part",
            "Im Ordner /srv/amt: Auf dem Laufwerk ist kein Platz mehr.",
        ),
        (errno.ENOENT, "/proc/.vopi-k2j4.pdf.part", "In den Ordner /proc lässt sich nicht schreiben."),
        (errno.EROFS, "/mnt/cd/x.sqlite3.part", "/mnt/cd liegt auf einem schreibgeschützten Laufwerk."),
        (errno.EEXIST, "/srv/amt/dossiers", "/srv/amt/dossiers gibt es schon."),
        (errno.ENOENT, "/srv/amt/passwort.txt", "/srv/amt/passwort.txt gibt es nicht."),
        (errno.EISDIR, "/srv/amt", "/srv/amt ist ein Ordner."),
        (errno.ENOSPC, None, "Auf dem Laufwerk ist kein Platz mehr."),  # write() names no file
    ],
)
def test_common_failures_are_german_sentences(code: int, filename: str | None, expected: str) -> None:
    assert _os_error(OSError(code, "English text from the C library", filename), None) == expected


def test_a_document_into_a_folder_that_takes_no_files_is_one_german_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run("demo", data=data)
    result = run("report", "plan", "--out", "/proc/plan.pdf", data=data, check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == "vopi-desktop: In den Ordner /proc lässt sich nicht schreiben."


def test_a_log_file_that_cannot_be_opened_prints_no_traceback(tmp_path: Path, capsys) -> None:
    import logging

    from vopi_desktop import cli
    from vopi_desktop.config import load_config

    config = load_config(tmp_path / "data", None)
    (config.logs_dir / "vopi-cli.log").mkdir(parents=True)  # the log's name taken by a folder
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        cli._log_to_file(config)
        logging.getLogger("vopi_desktop.test").warning("settings not saved")
    finally:
        for handler in set(root.handlers) - set(before):
            root.removeHandler(handler)
    assert "Traceback" not in capsys.readouterr().err


def test_a_document_is_readable_like_any_new_file_and_never_replaces_a_device(tmp_path: Path) -> None:
    import os
    import stat

    data = tmp_path / "data"
    run("demo", data=data)
    out = tmp_path / "plan.pdf"
    run("report", "plan", "--out", str(out), data=data)
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask  # was 0600: mkstemp's mode
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = run("report", "plan", "--out", str(fifo), data=data, check=False)
    assert result.returncode == 1 and "keine gewöhnliche Datei" in result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "dossierx", "--out", "x.pdf"], "outreach"),
        (["report", "dossier", "--blank", "--out", "x.pdf"], "--blank gibt es nur für"),
        (["report", "plan", "--languages", "de,ar", "--out", "x.pdf"], "nur für outreach"),
        (["report", "outreach", "--all", "--out", "x"], "ohne --all"),
    ],
)
def test_options_that_do_not_apply_are_refused_in_one_line(
    tmp_path: Path, args: list[str], message: str
) -> None:
    data = tmp_path / "data"
    run("demo", data=data)
    result = run(*args, data=data, check=False)
    assert result.returncode == 2 and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_empty_workspace_says_so_for_one_and_for_all(tmp_path: Path, sqlite_template: Path) -> None:
    data = tmp_path / "data"
    copy_sqlite_template(sqlite_template, data / "vopi.sqlite3")  # an empty workspace (`check` makes none)
    for extra in ([], ["--all"]):
        result = run("report", "dossier", "--out", str(tmp_path / "out"), *extra, data=data, check=False)
        assert result.returncode == 2 and "noch keine Kommune" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_reader_that_stops_early_gets_no_complaint(tmp_path: Path) -> None:
    """``vopi-desktop import F --dry-run | head`` ended with "[Errno 32] Broken pipe"."""
    import os
    import subprocess
    import sys

    data = tmp_path / "data"
    run("demo", data=data)
    cmd = [sys.executable, "-m", "vopi_desktop", "--data-dir", str(data), "check"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first line
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0
    assert "Broken pipe" not in err and "Errno" not in err


def test_only_sqlite_and_postgresql_and_screenshots_into_a_folder_that_exists(tmp_path: Path) -> None:
    result = run("--database-url", "mysql://amt@server/vopi", "check", check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "vopi-desktop: Datenbanken der Art „mysql“ unterstützt VOPI Desktop nicht: nur SQLite und PostgreSQL."
    )
    data = tmp_path / "data"
    run("demo", data=data)
    missing = tmp_path / "tippfehler" / "start.png"
    result = run("smoke", "--page", "start", "--screenshot", str(missing), data=data, check=False)
    assert result.returncode == 1 and "gibt es nicht" in result.stderr
    assert not missing.parent.exists()


def test_a_failed_write_that_names_no_file_names_the_commands_target() -> None:
    failed = OSError(errno.ENOSPC, "No space left on device")  # as write() raises it: no filename
    assert (
        _os_error(failed, None, Path("/srv/amt/d.pdf"))
        == "Bei /srv/amt/d.pdf: Auf dem Laufwerk ist kein Platz mehr."
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["import", "x.vopi", "--prefer", "foo"],
            "--prefer: „foo“ gibt es nicht (möglich: newer, local, incoming)",
        ),
        (["demo", "--large"], "unbekannte Angabe: --large"),
        (["report", "dossier"], "es fehlt: --out"),
        (
            ["export", "--out", "x.vopi", "--password-file", "/nirgends/pw.txt"],
            "Die Passwortdatei /nirgends/pw.txt gibt es nicht.",
        ),
    ],
)
def test_argument_mistakes_are_said_in_german(tmp_path: Path, capsys, args: list[str], expected: str) -> None:
    """argparse's messages and the password file's errno text reached the German user in English."""
    from vopi_desktop.cli import main

    main(["--data-dir", str(tmp_path / "data"), "demo"])
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "data"), *args]) != 0
    err = capsys.readouterr().err
    assert expected in err and "Errno" not in err and "invalid" not in err and "argument" not in err


def test_a_folder_given_as_the_document_is_named_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run("demo", data=data)
    result = run("report", "plan", "--out", str(tmp_path), data=data, check=False)
    assert result.returncode == 1 and "ist ein Ordner" in result.stderr
    assert result.stderr.count(str(tmp_path)) == 1, result.stderr
