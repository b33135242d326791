"""User text prints literally, Arabic comes back shaped and right-to-left, personal data only when asked,
blank checklists have every item and no state, and a cancel leaves no file."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.support.tools import require_tool
from vopi_desktop.catalog import load_catalog
from vopi_desktop.reports import rtl
from vopi_desktop.reports.fonts import SANS, register_fonts
from vopi_desktop.reports.run import Options, make
from vopi_desktop.reports.template import Cancelled
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.workspace import Workspace

from .conftest import text_of

PRESENTATION_FORMS = ("\ufb50", "\ufdff"), ("\ufe70", "\ufeff")
MONTHLY_MEETING = "لقاء شهري للعائلات في المركز الاجتماعي"  # an actor's note in the demo (right-to-left)
NAME_IN_GERMAN = "جمعية النور"  # inside a German note: "Auch: جمعية النور – Frühstückstreff …"


def _words(pdf: Path) -> list[tuple[float, float, str]]:
    """(xMin, yMin, text) of every word on every page, from poppler's text layer with positions."""
    tool = require_tool("pdftotext", "poppler-utils")
    html = subprocess.run([tool, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    words = []
    for line in html.splitlines():
        line = line.strip()
        if line.startswith("<word "):
            attrs = dict(part.split("=", 1) for part in line[6 : line.index(">")].split())
            text = line[line.index(">") + 1 : line.rindex("</word>")]
            words.append((float(attrs["xMin"].strip('"')), float(attrs["yMin"].strip('"')), text))
    return words


def _shaped(text: str) -> bool:
    return any(lo <= ch <= hi for ch in text for lo, hi in PRESENTATION_FORMS)


def _logical(visual: str) -> str:
    """A right-to-left word from the text layer (glyphs left to right) back to its letters."""
    return unicodedata.normalize("NFKC", visual[::-1])


def _find(words, wanted: str) -> tuple[float, float, str]:
    hits = [w for w in words if _logical(w[2]) == wanted]
    assert hits, f"{wanted} not in the text layer"
    return hits[0]


def test_arabic_from_the_demo_comes_back_shaped_and_right_to_left(make_pdf) -> None:
    words = _words(make_pdf("actors"))
    found = [_find(words, w) for w in MONTHLY_MEETING.split()]
    assert all(_shaped(w[2]) for w in found if len(_logical(w[2])) > 1), "letters not joined"
    # the notes column may break the sentence: on each line, in reading order, the first word rightmost
    tops = [round(w[1]) for w in found]
    assert tops == sorted(tops) and len(set(tops)) <= 2, "the sentence's lines out of order"
    for top in set(tops):
        xs = [w[0] for w in found if round(w[1]) == top]
        assert xs == sorted(xs, reverse=True), "the first word must sit rightmost"
    # an Arabic name inside a German sentence: the Latin text runs left to right around it
    first, second = (_find(words, w) for w in NAME_IN_GERMAN.split())
    assert first[0] > second[0]
    auch = next(w for w in words if w[2] == "Auch:" and abs(w[1] - first[1]) < 5)
    assert auch[0] < second[0]


def test_word_order_of_mixed_lines() -> None:
    register_fonts()
    words, base = rtl.words([("Treffen جمعية النور 2024 heute", SANS)], 10)
    order = ["".join(p.glyphs for p in rtl.visual_line([w])) for w in words]
    assert base == 0 and len(order) == 5
    visual = rtl.visual_line(words)
    texts = [
        _logical(str(p.glyphs)) if rtl.has_rtl(_logical(str(p.glyphs))) else str(p.glyphs) for p in visual
    ]
    texts = [x for x in texts if x.strip()]
    # rule W2: a number after Arabic letters belongs to the right-to-left run
    assert texts == ["Treffen", "2024", "النور", "جمعية", "heute"]
    words, base = rtl.words([("لقاء 2024 شهري", SANS)], 10)
    visual = [p for p in rtl.visual_line(words) if str(p.glyphs).strip()]
    assert base == 1
    assert [_logical(str(p.glyphs)) if p.level % 2 else str(p.glyphs) for p in visual] == [
        "شهري",
        "2024",
        "لقاء",
    ]


HOSTILE = '<b>fett</b> & <script>alert(1)</script> <para>x</para> &amp; <font name="Helvetica">H</font>'


def test_hostile_text_prints_literally_and_a_long_note_breaks_across_pages(
    workspace: Workspace, municipality, tmp_path: Path
) -> None:
    long_note = ("Sehr lange Notiz mit <Zeichen> & Dingen. " * 130)[:5000]
    workspace.actors.create(municipality.id, ActorInput(name=HOSTILE, type="verein", notes=long_note))
    workspace.actors.create(municipality.id, ActorInput(name="Zweiter Verein", type="verein", notes=HOSTILE))
    out = make(workspace, "actors", tmp_path / "a.pdf", municipality.id)
    text = " ".join(text_of(out).split())
    assert HOSTILE in text
    assert text.count("<Zeichen> &") >= 100
    assert len(PdfReader(out).pages) >= 2
    # had <font name="Helvetica"> been read as markup, the file would name that font in a font dictionary
    assert "/Helvetica" not in out.read_bytes().decode("latin-1")


def test_contact_persons_print_only_when_asked(workspace: Workspace, municipality, tmp_path: Path) -> None:
    workspace.actors.create(
        municipality.id,
        ActorInput(name="Kulturverein", type="verein", contact_name="Erika Mustermann",
                   contact_email="erika@example.org", contact_phone="0171 2345678", legal_basis="consent",
                   consent_date=date(2026, 1, 15), review_date=date(2027, 1, 15)),
    )  # fmt: skip
    for kind in ("actors", "dossier", "analysis", "network"):
        text = text_of(make(workspace, kind, tmp_path / f"{kind}.pdf", municipality.id))
        assert "Mustermann" not in text and "erika@" not in text and "2345678" not in text, kind
    text = text_of(make(workspace, "actors", tmp_path / "p.pdf", municipality.id, Options(personal=True)))
    assert "Erika Mustermann" in text and "erika@example.org" in text


@pytest.mark.parametrize("key", ["opening", "anchoring"])
def test_blank_checklist_has_every_item_and_no_state(make_pdf, key: str) -> None:
    path = make_pdf(f"{key}-checklist", "--blank")
    text = " ".join(text_of(path).split())
    template = load_catalog("de").checklists[key]
    for item in template.items:
        assert " ".join(item.text.split()) in text, item.key
    assert text.count("Notiz · wer · bis wann") == len(template.items)
    for filled in ("bis 0", "bis 1", "bis 2", "bis 3"):  # a due date of a filled sheet
        assert filled not in text
    assert "Verankerung in der Stadtverwaltung" not in text  # the demo's checklist title stays out


def test_cancel_stops_and_leaves_no_file(workspace: Workspace, municipality, tmp_path: Path) -> None:
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        make(workspace, "dossier", out / "d.pdf", municipality.id, cancelled=cancelled)
    assert list(out.iterdir()) == []


def test_an_arabic_municipality_name_is_shaped_in_the_header_and_headings(
    workspace: Workspace, tmp_path: Path
) -> None:
    from vopi_desktop.store.dto.municipality import MunicipalityInput

    town = workspace.municipalities.create(MunicipalityInput(name="مدينة النور", kind="stadt", state="BW"))
    workspace.actors.create(town.id, ActorInput(name="نادي الصداقة", type="verein"))
    out = make(workspace, "network", tmp_path / "n.pdf", town.id)
    words = _words(out)
    first = [w for w in words if _logical(w[2]) == "مدينة"]
    second = [w for w in words if _logical(w[2]) == "النور"]
    assert len(first) >= 2 and len(second) >= 2  # the page header and the heading
    assert all(_shaped(w[2]) for w in first + second)
    for a in first:  # on the same line, the first word stands right of the second
        b = next(w for w in second if abs(w[1] - a[1]) < 2)
        assert a[0] > b[0]
    assert any(_logical(w[2]) == "الصداقة" for w in words)  # the actor in the index


def test_a_new_line_in_right_to_left_text_starts_a_new_line() -> None:
    register_fonts()
    words, _base = rtl.words([("سطر أول\nسطر ثاني", SANS)], 10)
    lines = rtl.break_lines(words, 1000)
    assert [len(line) for line in lines] == [2, 2]
