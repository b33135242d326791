"""The bilingual outreach document (``--layout bilingual``): German and one other language side by side,
read back from the PDF's text layer; the other language right to left where it is Arabic or Farsi."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.reports.outreach_pdf import find_line, qr_codes, words
from vopi_desktop.catalog.outreach import load_outreach
from vopi_desktop.cli import main
from vopi_desktop.config import load_config
from vopi_desktop.reports.outreach import make_outreach
from vopi_desktop.reports.run import ReportError
from vopi_desktop.store.workspace import Workspace

TOWN = "Musterstadt am Neckar"
MIDDLE = 595.3 / 2  # the page's middle: German left of it, the other language right of it


@pytest.fixture(scope="module")
def demo_ws(demo_dir: Path) -> Iterator[Workspace]:
    ws = Workspace.open(load_config(demo_dir, None))
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def bilingual(demo_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The bilingual document for Turkish and Arabic, made through the CLI."""
    out_dir = tmp_path_factory.mktemp("bilingual")
    made = {}
    for code in ("tr", "ar"):
        out = out_dir / f"de-{code}.pdf"
        args = ["--data-dir", str(demo_dir), "report", "outreach", "--municipality", TOWN]
        assert main([*args, "--languages", f"de,{code}", "--layout", "bilingual", "--out", str(out)]) == 0
        made[code] = out
    return made


@pytest.mark.parametrize("code", ["tr", "ar"])
def test_german_left_and_the_other_language_right_on_the_same_lines(
    bilingual: dict[str, Path], demo_ws: Workspace, code: str
) -> None:
    cat = load_outreach()
    found = [w for w in words(bilingual[code]) if 55 < w.y0 < w.page_height - 60]  # no header, no footer
    de_title = find_line(found, "Mitmachen in", page=1)
    other_title = find_line(found, cat.title(code, TOWN).split()[0], page=1)
    assert max(w.x1 for w in de_title) < MIDDLE < min(w.x0 for w in other_title)
    mid = next(m.id for m in demo_ws.municipalities.list() if m.name == TOWN)
    o = next(
        o for o, _c in demo_ws.outreach.material(mid).opportunities if o.text(code) and o.text(code).title
    )
    german = find_line(found, " ".join(o.title.split()[:2]))
    plain = [w for w in o.text(code).title.split() if not any(map(unicodedata.combining, w))]
    translated = find_line(found, " ".join(plain[:2]), page=german[0].page)
    assert abs(german[0].y0 - translated[0].y0) < 4, "both titles open the same row"
    assert max(w.x1 for w in german) < min(w.x0 for w in translated), "German left, the other right"
    if cat.language(code).rtl:
        xs = [w.x0 for w in translated]
        assert xs == sorted(xs, reverse=True), "the Arabic column reads right to left"
    # one document, not a section per language: the German explanations appear once
    text = "".join(p.extract_text() or "" for p in PdfReader(bilingual[code]).pages)
    assert text.count(cat.s("de", "heading.trial")) == 1


def test_a_bilingual_document_carries_every_qr_code(bilingual: dict[str, Path], tmp_path: Path) -> None:
    decoded = qr_codes(bilingual["ar"], tmp_path)
    assert len(decoded) >= 5 and all(d.startswith(("BEGIN:VCARD", "tel:", "mailto:")) for d in decoded)


@pytest.mark.parametrize("languages", ["de", "de,tr,ar", "tr,ar"])
def test_bilingual_needs_exactly_one_language_besides_german(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], languages: str
) -> None:
    out = tmp_path / "x.pdf"
    args = [
        "--data-dir",
        str(demo_dir),
        "report",
        "outreach",
        "--municipality",
        TOWN,
        "--layout",
        "bilingual",
    ]
    assert main([*args, "--languages", languages, "--out", str(out)]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    assert not out.exists()


def test_the_reports_api_refuses_an_unknown_layout(demo_ws: Workspace, tmp_path: Path) -> None:
    mid = demo_ws.municipalities.list()[0].id
    with pytest.raises(ReportError):
        make_outreach(demo_ws, mid, ["de", "tr"], tmp_path / "x.pdf", layout="poster")
    assert not (tmp_path / "x.pdf").exists()


def test_bilingual_says_so_when_nothing_is_described_in_the_other_language(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    mid = next(m.id for m in demo_ws.municipalities.list() if m.name == TOWN)
    made = make_outreach(demo_ws, mid, ["pl"], tmp_path / "pl.pdf", layout="bilingual")
    text = "".join((p.extract_text() or "") for p in PdfReader(made.path).pages)
    assert "".join(load_outreach().s("pl", "none_described").split()) in "".join(text.split())
