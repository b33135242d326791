"""German and English ship complete, and the .ts files hold every string the code asks for."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or ""): msg.find("translation")  # type: ignore[misc]
        for ctx in tree.getroot().iter("context")
        for msg in ctx.iter("message")
    }


@pytest.mark.parametrize("lang", ["de", "en"])
def test_translation_is_finished(lang: str) -> None:
    messages = _messages(TS / f"vopi_{lang}.ts")
    assert messages
    sys.path.insert(0, str(ROOT / "tools"))
    import i18n

    unfinished = [source for (_ctx, source), tr in messages.items() if tr is None or not i18n.finished(tr)]
    assert unfinished == [], f"{lang}: {len(unfinished)} unfinished, e.g. {unfinished[:5]}"


def test_german_is_really_german() -> None:
    messages = _messages(TS / "vopi_de.ts")
    same = [s for (_c, s), tr in messages.items() if tr.text == s and len(s) > 12]
    assert len(same) <= len(messages) // 20, same[:10]


def test_ts_files_cover_every_string_in_the_code(tmp_path: Path) -> None:
    """lupdate on the current code must find nothing that the committed .ts lacks."""
    sys.path.insert(0, str(ROOT / "tools"))
    import i18n

    fresh = tmp_path / "fresh.ts"
    shutil.copyfile(TS / "vopi_de.ts", fresh)
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(exe), *i18n.sources(), "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    missing = set(_messages(fresh)) - set(_messages(TS / "vopi_de.ts"))
    assert not missing, f"run `make ts` and translate: {sorted(missing)[:10]}"
