"""The Arabic faces are registered when text needs them, not for every document (a third of the fonts'
start-up): a German document never loads them, an Arabic word still prints shaped in its face."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

CODE = """
import sys
from datetime import date
from pathlib import Path
from reportlab.pdfbase.pdfmetrics import getRegisteredFontNames
from vopi_desktop.reports import template
from vopi_desktop.reports.styles import styles
from vopi_desktop.reports.text import para
meta = template.DocMeta("Test", "Köln", "Test", date(2026, 12, 6))
out = Path(sys.argv[1])
template.build([para("Grüße aus Köln – „Vereine“ …", styles()["body"])], out / "de.pdf", meta)
print("VOPIArabic" in getRegisteredFontNames())
template.build([para("Verein جمعية الجالية", styles()["body"])], out / "ar.pdf", meta)
print("VOPIArabic" in getRegisteredFontNames())
"""


def _fonts(pdf: Path) -> set[str]:
    names = set()
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+", 1)[-1])
    return names


def test_a_german_document_leaves_the_arabic_faces_alone(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CODE, str(tmp_path)], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False", "True"]  # registered by the Arabic word, not before
    assert not any("Arabic" in name for name in _fonts(tmp_path / "de.pdf"))
    assert any("NotoSansArabic" in name for name in _fonts(tmp_path / "ar.pdf"))
