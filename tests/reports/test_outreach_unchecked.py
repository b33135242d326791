"""After the outreach document is made, the CLI (and the Mitmachen page, through the same
``OutreachResult.notes``) names each printed language whose texts nobody has marked as checked, so
a translation no one read over does not go out unnoticed; German, the original, is never named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from vopi_desktop.catalog.outreach import load_outreach
from vopi_desktop.cli import main
from vopi_desktop.config import load_config
from vopi_desktop.store.workspace import Workspace

TOWN = "Musterstadt am Neckar"


def _said(
    data: Path, out: Path, languages: str, capsys: pytest.CaptureFixture[str], *extra: str
) -> list[str]:
    args = ["--data-dir", str(data), "report", "outreach", "--municipality", TOWN, "--languages", languages]
    assert main([*args, "--out", str(out), *extra]) == 0
    return capsys.readouterr().out.splitlines()


def test_unchecked_translations_are_named_until_someone_checks_them(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    shutil.copytree(demo_dir, data)
    topics = load_outreach().topics
    lines = _said(data, tmp_path / "a.pdf", "de,tr,uk", capsys)
    named = [line for line in lines if "Texten nicht geprüft" in line]
    assert [line.split(":")[0] for line in named] == ["Türkçe", "Українська"]
    assert all(f"von {len(topics)} Texten" in line for line in named)
    assert not any(line.startswith("Deutsch") for line in lines)
    ws = Workspace.open(load_config(data, None))
    try:
        mid = next(m.id for m in ws.municipalities.list() if m.name == TOWN)
        for text in ws.outreach.texts(mid):
            if text.language == "tr":
                ws.outreach.save_text(
                    mid, text.topic, "tr", text.body, "reviewed", "Ayşe K.", None, text.version
                )
    finally:
        ws.close()
    after = _said(data, tmp_path / "b.pdf", "de,tr,uk", capsys)
    assert [line.split(":")[0] for line in after if "Texten nicht geprüft" in line] == ["Українська"]
    checked = _said(data, tmp_path / "c.pdf", "de,tr", capsys) + _said(data, tmp_path / "d.pdf", "de", capsys)
    assert not [line for line in checked if "nicht geprüft" in line]
    bilingual = _said(data, tmp_path / "e.pdf", "de,uk", capsys, "--layout", "bilingual")
    assert [line.split(":")[0] for line in bilingual if "Texten nicht geprüft" in line] == ["Українська"]
