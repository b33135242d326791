"""A character the embedded fonts cannot draw (✓, →, emoji) prints as a visible "�", never as nothing."""

from __future__ import annotations

from pathlib import Path

from vopi_desktop.reports.fonts import MISSING, shown
from vopi_desktop.reports.run import make
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.workspace import Workspace

from .conftest import text_of

NAME = "Ünïcödé ✓ 😀 Verein"


def test_shown_marks_each_missing_character_and_keeps_the_rest() -> None:
    assert shown("Straße – „Verein“ … 25 € · جمعية") == "Straße – „Verein“ … 25 € · جمعية"
    assert shown(NAME) == f"Ünïcödé {MISSING} {MISSING} Verein"
    assert shown("✔️ ok") == f"{MISSING} ok"  # the emoji-style selector is no second mark


def test_symbols_and_emoji_in_a_name_stay_visible_in_the_documents(
    workspace: Workspace, municipality, tmp_path: Path
) -> None:
    workspace.actors.create(
        municipality.id, ActorInput(name=NAME, type="verein", notes="Treffpunkt → ★ Halle")
    )
    for kind in ("actors", "network"):
        text = text_of(make(workspace, kind, tmp_path / f"{kind}.pdf", municipality.id))
        assert f"Ünïcödé {MISSING} {MISSING} Verein" in text or f"Ünïcödé {MISSING} {MISSING}" in text, kind
        assert "Ünïcödé   Verein" not in text
    assert f"Treffpunkt {MISSING} {MISSING} Halle" in text_of(tmp_path / "actors.pdf")
