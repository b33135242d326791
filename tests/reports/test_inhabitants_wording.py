"""Documents and pages name the inhabitants one way, the house's inclusive "Einwohner:innen"."""

from __future__ import annotations

import re
from pathlib import Path

from .conftest import text_of

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "vopi_de.ts"


def test_the_dossier_says_einwohner_innen(make_pdf) -> None:
    text = text_of(make_pdf("dossier"))
    assert re.search(r"\d Einwohner:innen", text)
    assert not re.search(r"\d Einwohner\b(?!:)", text)


def test_the_german_screens_say_einwohner_innen() -> None:
    translations = re.findall(r"<translation>(.*?)</translation>", TS.read_text(encoding="utf-8"), re.S)
    words = {w for t in translations for w in re.findall(r"Einwohner\w*(?::innen)?", t.replace("&amp;", ""))}
    assert words <= {"Einwohner:innen", "Einwohnerzahl"}, words
