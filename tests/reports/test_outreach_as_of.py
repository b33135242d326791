"""The Mitmachen flyer's footer dates the material by month and year, in each section's own language:
„Stand: Dezember 2026“, "As of December 2026", „تاريخ التحديث: ديسمبر 2026“ — residents read a month
better than "06.12.2026", and a day suggests a precision the material does not have."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from tests.reports.outreach_pdf import words
from vopi_desktop.catalog.outreach import load_outreach
from vopi_desktop.cli import main
from vopi_desktop.reports.outreach import make_outreach
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.workspace import Workspace

DAY = date(2026, 12, 6)
FOOTERS = {  # each section's own words for "as of December 2026"
    "de": "Stand: Dezember 2026",
    "de-simple": "Stand: Dezember 2026",
    "en": "As of December 2026",
    "tr": "Güncelleme tarihi: Aralık 2026",
    "ru": "По состоянию на декабрь 2026",
    "uk": "Станом на грудень 2026",
    "pl": "Stan na grudzień 2026",
    "ro": "decembrie 2026",
}
RTL_MONTH = {"ar": "ديسمبر", "fa": "دسامبر"}  # in their own script, beside the year


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def test_each_section_says_month_and_year_in_its_own_language(ws: Workspace, tmp_path: Path) -> None:
    mid = ws.municipalities.create(MunicipalityInput(name="Testheim", kind="gemeinde", state="BY")).id
    codes = load_outreach().codes
    made = make_outreach(ws, mid, codes, tmp_path / "o.pdf", today=DAY)
    pages = [_flat(p.extract_text() or "") for p in PdfReader(made.path).pages]
    text = " ".join(pages)
    assert "06.12.2026" not in text and "6.12.2026" not in text
    for code, footer in FOOTERS.items():
        assert footer in text, (code, footer)
    assert "Stand: Dezember 2026" in pages[0] and "December" not in pages[0]
    found = words(made.path)
    for code, month in RTL_MONTH.items():
        title = load_outreach().title(code, "Testheim").split()[0]
        first = min(w.page for w in found if w.logical == title and w.y0 > 60)
        footer = {w.logical for w in found if w.page == first and w.y0 > w.page_height - 50}
        assert month in footer and "2026" in footer, (code, footer)


def test_january_and_the_bilingual_layout(ws: Workspace, tmp_path: Path) -> None:
    mid = ws.municipalities.create(MunicipalityInput(name="Testheim", kind="gemeinde", state="BY")).id
    made = make_outreach(ws, mid, ["de", "en"], tmp_path / "o.pdf", today=date(2027, 1, 31))
    text = _flat(" ".join(p.extract_text() or "" for p in PdfReader(made.path).pages))
    assert "Stand: Januar 2027" in text and "As of January 2027" in text
    made = make_outreach(ws, mid, ["de", "tr"], tmp_path / "b.pdf", today=DAY, layout="bilingual")
    text = _flat(" ".join(p.extract_text() or "" for p in PdfReader(made.path).pages))
    assert "Stand: Dezember 2026" in text and "06.12.2026" not in text


def test_the_report_command_dates_by_this_month(tmp_path: Path, demo_dir: Path) -> None:
    out = tmp_path / "o.pdf"
    args = ["--data-dir", str(demo_dir), "--lang", "en", "report", "outreach", "--municipality"]
    assert main([*args, "Musterstadt am Neckar", "--languages", "de,en", "--out", str(out)]) == 0
    text = _flat(" ".join(p.extract_text() or "" for p in PdfReader(out).pages))
    german = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
    today = date.today()
    assert f"Stand: {german[today.month - 1]} {today.year}" in text
    english = "January February March April May June July August September October November December".split()
    assert f"As of {english[today.month - 1]} {today.year}" in text


def test_the_side_by_side_flyer_says_page_and_month_in_both_languages(ws: Workspace, tmp_path: Path) -> None:
    """German and Turkish side by side on one sheet: the footer speaks to both readers, German first."""
    mid = ws.municipalities.create(MunicipalityInput(name="Testheim", kind="gemeinde", state="BY")).id
    made = make_outreach(ws, mid, ["de", "tr"], tmp_path / "bi.pdf", today=DAY, layout="bilingual")
    pages = [_flat(p.extract_text() or "") for p in PdfReader(made.path).pages]
    cat = load_outreach()
    for n, text in enumerate(pages, start=1):
        assert FOOTERS["de"] in text and FOOTERS["tr"] in text, text[-200:]
        assert _flat(cat.page("de", n, len(pages))) in text and _flat(cat.page("tr", n, len(pages))) in text
