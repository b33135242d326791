"""A wheel built from a clean clone carries everything, and speaks German installed outside the checkout.

The `.qm` translations are committed (see ARCHITECTURE.md) so `pip install .` needs no Qt tool at build
time; a test here keeps them equal to their `.ts` sources.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def _messages(ts: Path) -> list[tuple[str, str, str, str]]:
    """(context, source, comment, first translation) of every finished message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform")
            text = forms[0].text if forms else translation.text
            if text:
                found.append((name, message.findtext("source", ""), message.findtext("comment", ""), text))
    return found


@pytest.mark.parametrize("lang", ["de", "en"])
def test_committed_qm_holds_every_translation_of_its_ts(lang: str) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"vopi_{lang}.qm")), "the .qm is missing: run make qm"
    stale = [
        (context, source)
        for context, source, comment, text in _messages(TRANSLATIONS / f"vopi_{lang}.ts")
        if translator.translate(context, source, comment or None, 1) != text
    ]
    assert not stale, f"vopi_{lang}.qm is older than its .ts (run make qm and commit it): {stale[:5]}"


def test_qm_files_are_tracked_by_git() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "resources/translations"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert {"resources/translations/vopi_de.qm", "resources/translations/vopi_en.qm"} <= set(tracked)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel of HEAD built from a clean clone, without network (hatchling comes with the test extra)."""
    tmp = tmp_path_factory.mktemp("wheel")
    clone = tmp / "clone"
    subprocess.run(["git", "clone", "-q", "--no-hardlinks", str(ROOT), str(clone)], check=True)
    command = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w"]
    subprocess.run([*command, str(tmp / "dist"), str(clone)], check=True, capture_output=True)
    return next((tmp / "dist").glob("vopi_desktop-*.whl"))


def test_wheel_carries_translations_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    tracked = subprocess.run(
        ["git", "ls-files", "resources"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    missing = [path for path in tracked if f"vopi_desktop/{path}" not in names]
    assert not missing
    for lang in ("de", "en"):
        assert f"vopi_desktop/resources/translations/vopi_{lang}.qm" in names
    assert "vopi_desktop/resources/icons/vopi-desktop.svg" in names
    assert "vopi_desktop/store/migrations/env.py" in names


def test_installed_wheel_speaks_german_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # The dependencies come from the test venv (no download); the package itself only from the wheel.
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    probe = (
        "import vopi_desktop, vopi_desktop.resources as r; from vopi_desktop.app import ensure_app;"
        "from PySide6.QtCore import QCoreApplication as Q; ensure_app('de');"
        "print(vopi_desktop.__file__); print(r.resources_root());"
        "print(Q.translate('Navigation', 'Analysis'))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    out = subprocess.run(
        [python, "-c", probe], cwd=tmp_path, capture_output=True, text=True, env=env, check=True
    ).stdout.splitlines()
    assert out[0].startswith(site) and out[1].startswith(site), out
    assert out[2] == "Analyse"
