"""A printout with contact persons says so on every sheet (review 4, K3): whoever finds a page on the
copier sees "Enthält personenbezogene Daten"; the date after the legal basis is labelled as the
review date, without brackets in brackets."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

MARK = "Enthält personenbezogene Daten"


def _pages(path: Path) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in PdfReader(path).pages]


def test_the_actors_list_with_contacts_is_marked_on_every_page(make_pdf: Callable[..., Path]) -> None:
    pages = _pages(make_pdf("actors", "--with-personal-data"))
    assert len(pages) >= 2
    assert all(MARK in page for page in pages), [n for n, p in enumerate(pages, 1) if MARK not in p]
    first = pages[0]
    assert first.index(MARK) < first.index("Name"), "the note stands under the title, above the list"
    text = " ".join(pages)
    basis = re.search(r"Einwilligung \(Art\. 6 Abs\. 1 lit\. a DSGVO\) · prüfen bis \d\d\.\d\d\.\d{4}", text)
    assert basis, "the review date is labelled"
    assert not re.search(r"\([^()]*\([^()]*\)[^()]*\)", text), "no brackets in brackets"


def test_without_contacts_there_is_no_mark(make_pdf: Callable[..., Path]) -> None:
    assert not any(MARK in page for page in _pages(make_pdf("actors")))


@pytest.mark.parametrize("kind", ["plan", "events", "dossier"])
def test_every_kind_with_contacts_is_marked_on_every_page(make_pdf: Callable[..., Path], kind: str) -> None:
    pages = _pages(make_pdf(kind, "--with-personal-data"))
    assert all(MARK in page for page in pages), (kind, [n for n, p in enumerate(pages, 1) if MARK not in p])
    assert not any(MARK in page for page in _pages(make_pdf(kind)))
