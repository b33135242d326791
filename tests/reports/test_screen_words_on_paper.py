"""One word per thing, the screen's (review 4, K28): staff point at the screen while talking about the
paper. Ideas have "Punkte" (Beteiligung), the minutes "Protokollführung", "Offene Punkte, Dissens";
the network "Fehlt im Netzwerk: … (erfasst, nicht verbunden)" (Start); an actor's size is members or
active people (the actor form)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(path).pages))


def test_events_use_the_participation_pages_words(make_pdf: Callable[..., Path]) -> None:
    text = _text(make_pdf("events", "--with-personal-data"))
    assert "Stimmen" not in text and "Ideen (Punkte)" in text
    assert "Protokollführung" in text and "Offene Punkte, Dissens" in text
    assert "Offene Punkte und Dissens" not in text
    assert "Moderation, Protokollführung" in _text(make_pdf("events"))


def test_the_network_gap_reads_as_on_the_start_page(make_pdf: Callable[..., Path]) -> None:
    text = _text(make_pdf("analysis"))
    assert "Fehlt im Netzwerk:" in text and "(erfasst, nicht verbunden)" in text
    assert "Fehlende Akteursarten" not in text and "nicht vernetzt" not in text


def test_the_actors_size_says_what_is_counted(make_pdf: Callable[..., Path]) -> None:
    assert "Größe: Mitglieder oder aktiv Engagierte" in _text(make_pdf("actors"))
