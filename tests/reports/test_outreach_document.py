"""The outreach document read back: every language's heading from the text layer, Arabic and Farsi words
right to left, every QR code decoding to its contact, no contact person without consent, nothing
expired or of a trashed actor, a language without descriptions saying so, long and marked-up text."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from tests.reports.outreach_pdf import find_line, lines, qr_codes, vcard, words
from tests.support.tools import require_tool
from vopi_desktop.catalog.outreach import load_outreach
from vopi_desktop.cli import main
from vopi_desktop.config import load_config
from vopi_desktop.reports.outreach import make_outreach
from vopi_desktop.reports.pictograms import qr_code, qr_payload
from vopi_desktop.reports.run import ReportError
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.dto.outreach import LanguageText, OpportunityInput
from vopi_desktop.store.workspace import Workspace

TOWN = "Musterstadt am Neckar"
ALL = ("de", "de-simple", "en", "tr", "ar", "fa", "ru", "uk", "pl", "ro")
RTL_WORDS = {"ar": "ما هي الجمعية", "fa": "آیا من اجازه دارم"}


@pytest.fixture(scope="module")
def demo_ws(demo_dir: Path) -> Iterator[Workspace]:
    ws = Workspace.open(load_config(demo_dir, None))
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def pdf(demo_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("outreach") / "outreach.pdf"
    args = ["--data-dir", str(demo_dir), "report", "outreach", "--municipality", TOWN]
    assert main([*args, "--languages", ",".join(ALL), "--out", str(out)]) == 0
    return out


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def pages(pdf: Path) -> list[str]:
    """The text of each page, extracted once (pypdf takes seconds over thirty pages)."""
    return [page.extract_text() or "" for page in PdfReader(pdf).pages]


def _sections(pages: list[str]) -> dict[str, str]:
    """The text of each language's section (each starts on a new page with its title)."""
    cat = load_outreach()
    out: dict[str, str] = {}
    latin = [c for c in ALL if c not in RTL_WORDS]
    for code in latin:
        hits = [n for n, p in enumerate(pages) if _squash(cat.s(code, "heading.trial")) in _squash(p)]
        assert hits, f"no section in {code}"
        out[code] = "\n".join(pages[hits[0] : hits[0] + 3])
    return out


def test_every_latin_and_cyrillic_language_has_its_own_headings(pages: list[str]) -> None:
    cat = load_outreach()
    sections = _sections(pages)
    for code, text in sections.items():
        flat = _squash(text)
        assert _squash(cat.title(code, TOWN)) in flat, code
        for key in ("heading.verein", "heading.residence", "h.opportunities", "feature.no_german"):
            assert _squash(cat.s(code, key)) in flat, (code, key)
        assert "\u25a1" not in text and "\ufffd" not in text, f"missing glyphs in {code}"
        assert "\u200e" not in text and "\u200f" not in text, f"a direction mark drawn in {code}"


def _words(pdf: Path) -> list[tuple[int, float, float, str]]:
    tool = require_tool("pdftotext", "poppler-utils")
    html = subprocess.run([tool, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    words, page = [], 0
    for line in html.splitlines():
        line = line.strip()
        if line.startswith("<page "):
            page += 1
        if line.startswith("<word "):
            attrs = dict(part.split("=", 1) for part in line[6 : line.index(">")].split())
            text = line[line.index(">") + 1 : line.rindex("</word>")]
            words.append((page, float(attrs["xMin"].strip('"')), float(attrs["yMin"].strip('"')), text))
    return words


def _logical(visual: str) -> str:
    return unicodedata.normalize("NFKC", visual[::-1])


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_arabic_and_farsi_come_back_right_to_left(pdf: Path, code: str) -> None:
    words = _words(pdf)
    wanted = RTL_WORDS[code].split()
    lines: dict[tuple[int, int], list[tuple[float, str]]] = {}
    for page, x, y, text in words:
        lines.setdefault((page, round(y)), []).append((x, _logical(text)))
    found = []
    for items in lines.values():
        logical = {w: x for x, w in items}
        if all(w in logical for w in wanted):
            found.append([logical[w] for w in wanted])
    assert found, f"{code}: the words {wanted} are not on one line"
    xs = found[0]
    assert xs == sorted(xs, reverse=True), f"{code}: the first word must sit rightmost"
    title = load_outreach().title(code, TOWN).split()[0]
    assert any(_logical(w[3]) == title for w in words), f"{code}: title word {title} missing"


def test_every_qr_code_holds_its_contact(demo_ws: Workspace, tmp_path: Path) -> None:
    """A contact person, or phone and e-mail together, travel as a vCard 3.0; else a tel:/mailto: URI."""
    mid = next(m.id for m in demo_ws.municipalities.list() if m.name == TOWN)
    made = make_outreach(demo_ws, mid, ["de"], tmp_path / "de.pdf")
    decoded = qr_codes(made.path, tmp_path)
    expected, cards = [], 0
    for o, c in demo_ws.outreach.material(mid).opportunities:
        tel = "".join(ch for ch in c.phone if ch.isdigit() or ch == "+")
        if (c.phone and c.email) or c.name != o.actor_name:
            expected.append(("vcard", c.name, o.actor_name, tel, c.email))
            cards += 1
        elif c.phone or c.email:
            expected.append(("uri", f"tel:{tel}" if c.phone else f"mailto:{c.email}"))
    got = []
    for text in decoded:
        if text.startswith("BEGIN:VCARD"):
            card = vcard(text)
            assert card["VERSION"] == "3.0" and "N" in card, text
            got.append(("vcard", card["FN"], card["ORG"], card.get("TEL", ""), card.get("EMAIL", "")))
        else:
            got.append(("uri", text))
    assert len(expected) >= 5 and cards >= 3
    assert sorted(got) == sorted(expected)


def test_qr_modules_are_big_enough_to_scan_on_paper(demo_ws: Workspace) -> None:
    """Half a millimetre per module at least (a phone reads it at arm's length), whatever the vCard's size."""
    mid = next(m.id for m in demo_ws.municipalities.list() if m.name == TOWN)
    for o, c in demo_ws.outreach.material(mid).opportunities:
        payload = qr_payload(c, o.actor_name)
        if payload:
            drawing = qr_code(payload)
            modules = drawing.contents[0].qr.getModuleCount() + 8  # with the quiet zone
            assert drawing.width / modules >= 0.5 * mm, (payload, drawing.width / mm, modules)


def test_no_contact_without_consent_and_nothing_left_out_is_printed(
    pages: list[str], demo_ws: Workspace
) -> None:
    mid = next(m.id for m in demo_ws.municipalities.list() if m.name == TOWN)
    text = _squash("\n".join(pages))
    opportunities = demo_ws.outreach.list(mid)
    no_consent = [o for o in opportunities if o.contact == "person" and o.publish_consent_on is None]
    assert no_consent
    for o in no_consent:
        actor = demo_ws.actors.get(o.actor_id)
        assert actor.contact_name and _squash(actor.contact_name) not in text
        assert _squash(actor.contact_phone) not in text and actor.contact_email not in text
    with_consent = [
        o for o in opportunities if o.contact == "person" and o.publish_consent_on and o.status == "open"
    ]
    assert any(_squash(demo_ws.actors.get(o.actor_id).contact_name) in text for o in with_consent)
    left_out = demo_ws.outreach.material(mid).left_out
    assert {"expired", "trashed"} <= {x.reason for x in left_out}  # the demo holds both cases
    left = {x.title for x in left_out if x.reason != "no_consent"}
    assert left and not any(_squash(title) in text for title in left)


def test_every_font_is_embedded_and_ours(pdf: Path) -> None:
    """Pictograms and QR codes are drawings: they must not bring in a standard font (Helvetica)."""
    pdffonts = require_tool("pdffonts", "poppler-utils")
    rows = subprocess.run(
        [pdffonts, str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert row.split()[0].split("+")[-1].startswith("Noto"), row
        assert " yes yes yes " in row, f"not embedded: {row}"


def test_no_kind_heading_is_left_alone_at_the_foot_of_a_page(pdf: Path) -> None:
    """Each kind's heading stands on the page of its first opportunity (ten languages, many breaks)."""
    cat = load_outreach()
    headings = {
        tuple(unicodedata.normalize("NFKC", w) for w in cat.s(code, f"kind.{kind}").split()): (code, kind)
        for code in ALL
        for kind in cat.kinds
    }
    found = words(pdf)
    pages = {w.page: w.page_height for w in found}
    orphans = []
    for page, height in pages.items():
        body = [w for w in found if w.page == page and w.y0 < height - 60]  # the footer left aside
        last = max(w.y0 for w in body)
        logical = {w.logical for w in body if abs(w.y0 - last) < 3}
        orphans += [(page, headings[h]) for h in headings if set(h) <= logical]
    assert not orphans, f"a kind heading ends the page: {orphans}"


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_german_fallback_in_a_right_to_left_section(demo_ws: Workspace, tmp_path: Path, code: str) -> None:
    """An offer not described in Arabic/Farsi: its German title flush right, its German text a
    left-aligned block, each line's words left to right, and a note in the section's language that it
    is described in German only."""
    mid = next(m.id for m in demo_ws.municipalities.list() if m.name == TOWN)
    material = demo_ws.outreach.material(mid)
    o = next(o for o, _c in material.opportunities if o.text(code) is None and o.what)
    made = make_outreach(demo_ws, mid, [code], tmp_path / f"{code}.pdf")
    found = words(made.path)
    title = find_line(found, o.title)
    plain = [
        w for w in load_outreach().s(code, "no_description").split() if not any(map(unicodedata.combining, w))
    ]
    note = find_line(found, " ".join(plain[:3]), page=title[0].page)
    assert [w.x0 for w in title] == sorted(w.x0 for w in title), "German words run left to right"
    assert [w.x0 for w in note] == sorted((w.x0 for w in note), reverse=True), "the note reads right to left"
    right = max(w.x1 for w in note)
    assert abs(title[-1].x1 - right) < 1.5, f"title ends at {title[-1].x1:.1f}, the column at {right:.1f}"
    first_words = " ".join(o.what.split()[:2])
    german = find_line(found, first_words, page=title[0].page)
    line = next(items for items in lines(found).values() if german[0] in items)
    last_words = " ".join(o.what.split()[-2:])
    tail = find_line(found, last_words, page=title[0].page)
    end = next(items for items in lines(found).values() if tail[0] in items)
    assert line != end, "the demo's German description takes two lines"
    # a left-aligned block, as German is read (review 4, K29), not ragged on the left like Arabic
    assert abs(line[0].x0 - end[0].x0) < 1.5 and max(w.x1 for w in end) < right - 20
    marks = [w.text for w in found if "\u200e" in w.text or "\u200f" in w.text]
    assert not marks, f"direction marks steer the order but are never drawn: {marks[:3]}"


def test_a_language_without_descriptions_says_so(pages: list[str]) -> None:
    sections = _sections(pages)
    cat = load_outreach()
    assert _squash(cat.s("pl", "none_described")) in _squash(sections["pl"])
    assert _squash(cat.s("tr", "none_described")) not in _squash(sections["tr"])  # Turkish texts exist


def test_long_and_marked_up_text_prints_literally_across_pages(ws: Workspace, tmp_path: Path) -> None:
    """5,000 characters break across pages inside their box, whole; markup in any field, in any script,
    prints as typed; a contact with only an e-mail is a mailto: code."""
    mid = ws.municipalities.create(MunicipalityInput(name="Testheim", kind="gemeinde", state="BY")).id
    actor = ws.actors.create(
        mid, ActorInput(name="<i>Verein</i> & Co", type="verein", org_email="a@b.example")
    ).id
    sentence = "Wir treffen uns <b>jeden</b> Tag & reden. "
    what = (sentence * 200)[:5000]
    arabic = LanguageText("ar", "<b>لقاء</b>", "نلتقي <i>كل</i> يوم & نتحدث.")
    ws.outreach.create(
        mid,
        OpportunityInput(actor_id=actor, title="<script>x</script>", what=what, when_where="<u>Rathaus</u>",
                         texts=(arabic,)),
    )  # fmt: skip
    made = make_outreach(ws, mid, ["de", "ar"], tmp_path / "long.pdf", today=date(2026, 6, 1))
    reader = PdfReader(made.path)
    pages = [p.extract_text() or "" for p in reader.pages]
    text = "".join(pages)
    for typed in ("<script>x</script>", "<b>jeden</b>", "<i>Verein</i> & Co", "<u>Rathaus</u>"):
        assert typed in text, typed
    assert text.count("<b>jeden</b>") == what.count("<b>jeden</b>"), "the whole description, nothing cut"
    assert sum("<b>jeden</b>" in p for p in pages) >= 2, "the description runs over pages"
    found = words(made.path)
    for word, tag in (("لقاء", "b"), ("كل", "i")):  # the tags kept (set by the bidi rules, mirrored)
        assert any(word in w.logical and tag in w.text and "<" in w.text and ">" in w.text for w in found), (
            word
        )
    assert qr_codes(made.path, tmp_path) == ["mailto:a@b.example"] * 2  # one per section
    bilingual = make_outreach(ws, mid, ["de", "ar"], tmp_path / "pair.pdf", layout="bilingual")
    pair = [p.extract_text() or "" for p in PdfReader(bilingual.path).pages]
    assert "".join(pair).count("<b>jeden</b>") == what.count("<b>jeden</b>")
    assert sum("<b>jeden</b>" in p for p in pair) >= 2


def test_unknown_language_is_a_one_line_refusal(demo_dir: Path, tmp_path: Path) -> None:
    cmd = [
        "vopi-desktop", "--data-dir", str(demo_dir), "report", "outreach", "--municipality", TOWN,
        "--languages", "de,xx", "--out", str(tmp_path / "x.pdf"),
    ]  # fmt: skip
    exe = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "vopi-desktop"
    result = subprocess.run([str(exe), *cmd[1:]], capture_output=True, text=True)
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1
    assert "xx" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(ReportError):
        from vopi_desktop.reports.outreach import parse_languages

        parse_languages("de,,klingon")
