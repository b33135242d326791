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

from tests.support.tools import require_tool
from vopi_desktop.catalog.outreach import load_outreach
from vopi_desktop.cli import main
from vopi_desktop.config import load_config
from vopi_desktop.reports.outreach import make_outreach
from vopi_desktop.reports.run import ReportError
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.dto.outreach import OpportunityInput
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


def _sections(pdf: Path) -> dict[str, str]:
    """The text of each language's section (each starts on a new page with its title)."""
    pages = [page.extract_text() or "" for page in PdfReader(pdf).pages]
    cat = load_outreach()
    out: dict[str, str] = {}
    latin = [c for c in ALL if c not in RTL_WORDS]
    for code in latin:
        hits = [n for n, p in enumerate(pages) if _squash(cat.s(code, "heading.trial")) in _squash(p)]
        assert hits, f"no section in {code}"
        out[code] = "\n".join(pages[hits[0] : hits[0] + 3])
    return out


def test_every_latin_and_cyrillic_language_has_its_own_headings(pdf: Path) -> None:
    cat = load_outreach()
    sections = _sections(pdf)
    for code, text in sections.items():
        flat = _squash(text)
        assert _squash(cat.title(code, TOWN)) in flat, code
        for key in ("heading.verein", "heading.residence", "h.opportunities", "feature.no_german"):
            assert _squash(cat.s(code, key)) in flat, (code, key)
        assert "\u25a1" not in text and "\ufffd" not in text, f"missing glyphs in {code}"


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
    zbarimg = require_tool("zbarimg", "zbar-tools")
    pdftoppm = require_tool("pdftoppm", "poppler-utils")
    mid = next(m.id for m in demo_ws.municipalities.list() if m.name == TOWN)
    made = make_outreach(demo_ws, mid, ["de"], tmp_path / "de.pdf")
    subprocess.run([pdftoppm, "-png", "-r", "150", str(made.path), str(tmp_path / "page")], check=True)
    decoded: list[str] = []
    for png in sorted(tmp_path.glob("page*.png")):
        run = subprocess.run([zbarimg, "-q", "--raw", str(png)], capture_output=True, text=True)
        decoded += [line for line in run.stdout.splitlines() if line]
    expected = [c.uri for _o, c in demo_ws.outreach.material(mid).opportunities if c.uri]
    assert len(expected) >= 5
    assert sorted(decoded) == sorted(expected)


def test_no_contact_without_consent_and_nothing_left_out_is_printed(pdf: Path, demo_ws: Workspace) -> None:
    mid = next(m.id for m in demo_ws.municipalities.list() if m.name == TOWN)
    text = _squash("\n".join(p.extract_text() or "" for p in PdfReader(pdf).pages))
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
    left = {x.title for x in demo_ws.outreach.material(mid).left_out if x.reason != "no_consent"}
    assert left and not any(_squash(title) in text for title in left)


def test_a_language_without_descriptions_says_so(pdf: Path) -> None:
    sections = _sections(pdf)
    cat = load_outreach()
    assert _squash(cat.s("pl", "none_described")) in _squash(sections["pl"])
    assert _squash(cat.s("tr", "none_described")) not in _squash(sections["tr"])  # Turkish texts exist


def test_long_and_marked_up_text_prints_literally_across_pages(ws_tmp: Workspace, tmp_path: Path) -> None:
    mid = ws_tmp.municipalities.create(MunicipalityInput(name="Testheim", kind="gemeinde", state="BY")).id
    actor = ws_tmp.actors.create(
        mid, ActorInput(name="<i>Verein</i> & Co", type="verein", org_email="a@b.example")
    ).id
    sentence = "Wir treffen uns <b>jeden</b> Tag & reden. "
    what = (sentence * 200)[:5000]
    ws_tmp.outreach.create(mid, OpportunityInput(actor_id=actor, title="<script>x</script>", what=what))
    made = make_outreach(ws_tmp, mid, ["de", "ar"], tmp_path / "long.pdf", today=date(2026, 6, 1))
    reader = PdfReader(made.path)
    text = "".join(p.extract_text() or "" for p in reader.pages)
    assert "<script>x</script>" in text and "<b>jeden</b>" in text and "<i>Verein</i> & Co" in text
    assert len(reader.pages) >= 3


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


@pytest.fixture
def ws_tmp(tmp_path: Path) -> Iterator[Workspace]:
    config = load_config(tmp_path / "data", None)
    config.ensure_dirs()
    ws = Workspace.open(config)
    yield ws
    ws.close()
