"""Checklist titles the app makes itself (template + club) print in the document's language (review 4,
K15): an English dossier said "Interkulturelle Öffnung: TSV …" and "Verankerung in der Stadtverwaltung",
the titles stored in German when the checklists were begun; the screen's words on paper (K28)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from vopi_desktop.cli import main


def _text(demo_dir: Path, out: Path, kind: str, lang: str) -> str:
    assert main(["--data-dir", str(demo_dir), "--lang", lang, "report", kind, "--out", str(out)]) == 0
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(out).pages))


@pytest.mark.parametrize("kind", ["dossier", "anchoring-checklist"])
def test_english_documents_name_the_checklists_in_english(demo_dir: Path, tmp_path: Path, kind: str) -> None:
    text = _text(demo_dir, tmp_path / "en.pdf", kind, "en")
    assert "Interkulturelle Öffnung" not in text and "Verankerung in der" not in text
    if kind == "dossier":
        assert "Intercultural opening: TSV Musterstadt 1890" in text
        assert "Anchoring the topic in the administration" in text


def test_german_documents_keep_the_screens_words(demo_dir: Path, tmp_path: Path) -> None:
    text = _text(demo_dir, tmp_path / "de.pdf", "dossier", "de")
    assert "Interkulturelle Öffnung: TSV Musterstadt 1890" in text
    assert "Strukturelle Verankerung in der Verwaltung" in text
