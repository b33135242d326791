"""The flyer as residents hold it (review 4): a grammatical German title for a Landkreis or a Gemeinde
(K13), each language section framed in its own language and numbered on its own, without "mit VOPI
Desktop" (K8, K15), the plain German section marked, no "valid until" on the offers (K29)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.reports.outreach_pdf import words
from vopi_desktop.catalog.outreach import load_outreach
from vopi_desktop.cli import main
from vopi_desktop.reports.outreach import make_outreach
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.dto.outreach import OpportunityInput
from vopi_desktop.store.workspace import Workspace

TOWN = "Musterstadt am Neckar"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize(
    ("name", "kind", "title"),
    [
        ("Landkreis Biringen", "landkreis", "Mitmachen im Landkreis Biringen"),
        ("Gemeinde Leerbach", "gemeinde", "Mitmachen in der Gemeinde Leerbach"),
        ("GVV Neuhohau-Mühlberg", "gvv", "Mitmachen im GVV Neuhohau-Mühlberg"),
        ("Biringen", "landkreis", "Mitmachen in Biringen"),
    ],
)
def test_the_german_title_takes_the_article_of_the_municipalitys_kind(
    ws: Workspace, tmp_path: Path, name: str, kind: str, title: str
) -> None:
    mid = ws.municipalities.create(MunicipalityInput(name=name, kind=kind, state="BW")).id
    made = make_outreach(ws, mid, ["de", "de-simple"], tmp_path / "o.pdf")
    reader = PdfReader(made.path)
    first, simple = (_flat(p.extract_text() or "") for p in reader.pages[:2])
    assert title in first and f"{title} – in Einfacher Sprache" in simple
    assert " in Landkreis" not in first + simple and " in Gemeinde" not in first + simple
    assert reader.metadata.title == title


def test_german_place_phrases() -> None:
    from vopi_desktop.catalog.outreach import german_in

    assert german_in("Stadt Ebersberg") == "in der Stadt Ebersberg"
    assert german_in("Markt Indersdorf") == "im Markt Indersdorf"
    assert german_in("Große Kreisstadt Waiblingen") == "in der Großen Kreisstadt Waiblingen"
    assert german_in("Rhein-Neckar-Kreis") == "im Rhein-Neckar-Kreis"
    assert german_in("Märkischer Kreis") == "im Märkischen Kreis"
    assert german_in("Verbandsgemeinde Kaisersesch") == "in der Verbandsgemeinde Kaisersesch"
    assert german_in("Musterstadt am Neckar") == "in Musterstadt am Neckar"
    assert german_in("Gemeindehausen") == "in Gemeindehausen"


@pytest.fixture(scope="module")
def sections(demo_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """German, Turkish and Arabic sections, made through the CLI with an English interface."""
    out = tmp_path_factory.mktemp("frame") / "o.pdf"
    args = ["--data-dir", str(demo_dir), "--lang", "en", "report", "outreach", "--municipality", TOWN]
    assert main([*args, "--languages", "de,tr,ar", "--out", str(out)]) == 0
    return out


def _section_pages(pdf: Path) -> dict[str, list[int]]:
    """The pages (1-based) of each language section, by the section's title on its first page."""
    cat = load_outreach()
    found = words(pdf)
    starts = {}
    for code in ("de", "tr", "ar"):
        first_word = cat.title(code, TOWN).split()[0]
        starts[code] = min(w.page for w in found if w.logical == first_word and w.y0 > 60)
    last = max(w.page for w in found)
    order = sorted(starts, key=starts.get)
    return {
        c: list(range(starts[c], (starts[order[n + 1]] if n + 1 < len(order) else last + 1)))
        for n, c in enumerate(order)
    }


def test_each_section_is_framed_and_numbered_in_its_own_language(sections: Path) -> None:
    cat = load_outreach()
    found = words(sections)
    parts = _section_pages(sections)
    assert len(parts["de"]) >= 2
    for code, pages in parts.items():
        for n, page in enumerate(pages, 1):
            footer = [w for w in found if w.page == page and w.y0 > w.page_height - 50]
            logical = {w.logical for w in footer}
            page_word = cat.s(code, "page").split()[0]
            assert page_word in logical, (code, page, logical)
            assert f"{n}/{len(pages)}" in " ".join(w.text for w in footer) or str(n) in logical, (code, page)
            assert "VOPI" not in " ".join(w.text for w in footer), "resident material does not advertise"
            header = {w.logical for w in found if w.page == page and w.y0 < 50}
            assert cat.title(code, TOWN).split()[0] in header, (code, page, header)
    text = [p.extract_text() or "" for p in PdfReader(sections).pages]
    for page in parts["de"]:
        assert "Seite" in text[page - 1] and "Page " not in text[page - 1], "German frame, English UI"
    for page in parts["tr"]:
        assert "Seite" not in text[page - 1] and "Sayfa" in text[page - 1]


def test_an_arabic_only_flyer_says_so_in_its_metadata(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "ar.pdf"
    args = ["--data-dir", str(demo_dir), "report", "outreach", "--municipality", TOWN, "--languages", "ar"]
    assert main([*args, "--out", str(out)]) == 0
    reader = PdfReader(out)
    assert reader.metadata.title == load_outreach().title("ar", TOWN)
    assert reader.trailer["/Root"]["/Lang"] == "ar"


def test_no_valid_until_on_resident_material(ws: Workspace, tmp_path: Path) -> None:
    """The expiry of an offer is for the clerk to re-check the entry, not for residents (K29)."""
    from datetime import date, timedelta

    mid = ws.municipalities.create(MunicipalityInput(name="Testheim", kind="gemeinde", state="BY")).id
    actor = ws.actors.create(mid, ActorInput(name="TSV", type="verein", org_email="a@b.example")).id
    until = date.today() + timedelta(days=300)
    ws.outreach.create(
        mid,
        OpportunityInput(
            actor_id=actor, title="Lauftreff", kind="sport", what="Wir laufen.", valid_until=until
        ),
    )
    made = make_outreach(ws, mid, ["de", "en", "tr"], tmp_path / "o.pdf")
    text = "".join(p.extract_text() or "" for p in PdfReader(made.path).pages)
    assert "Lauftreff" in text
    assert until.strftime("%d.%m.%Y") not in text
    for label in ("Gültig bis", "Valid until", "Geçerlilik"):
        assert label not in text


def test_the_review_warning_names_plain_german_by_its_name(ws: Workspace, tmp_path: Path) -> None:
    """Every language by its name, plain German too: "de-simple: 3 von 3 …" was a code (K28)."""
    mid = ws.municipalities.create(MunicipalityInput(name="Testheim", kind="gemeinde", state="BY")).id
    made = make_outreach(ws, mid, ["de", "de-simple", "tr"], tmp_path / "o.pdf")
    named = [line.split(":")[0] for line in made.notes() if "nicht geprüft" in line]
    assert named == ["Einfache Sprache", "Türkçe"]
