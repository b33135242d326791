"""The Linux desktop entry and the .vopi MIME type validate, also as `make install-desktop` writes them."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.support.tools import require_tool

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


def _validate_desktop(path: Path) -> None:
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    proc = subprocess.run([tool, str(path)], capture_output=True, text=True)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_desktop_entry_validates() -> None:
    _validate_desktop(LINUX / "de.vopi.Desktop.desktop")


def test_mime_type_is_well_formed_and_names_vopi() -> None:
    tool = require_tool("xmllint", "libxml2-utils")
    mime = LINUX / "vopi-desktop-mime.xml"
    proc = subprocess.run([tool, "--noout", str(mime)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert 'pattern="*.vopi"' in mime.read_text(encoding="utf-8")


def test_install_desktop_writes_valid_files_for_the_user(tmp_path: Path) -> None:
    program = tmp_path / "bin dir" / "vopi-desktop"  # a space in the path must survive quoting
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "share"), "PATH": "/usr/bin:/bin"}
    subprocess.run(["sh", str(LINUX / "install-desktop.sh"), str(program)], check=True, env=env)
    entry = tmp_path / "share" / "applications" / "de.vopi.Desktop.desktop"
    _validate_desktop(entry)
    assert f'Exec="{program}" %f' in entry.read_text(encoding="utf-8")
    assert (tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / "vopi-desktop.svg").is_file()
    assert (tmp_path / "share" / "mime" / "packages" / "vopi-desktop.xml").is_file()
