"""The events document as protocols a council attaches to its minutes (review 4, K16): made from the small
demo through the CLI and read back with pypdf."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from .layout_pdf import runs


def _pages(pdf: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages]


def test_organisations_are_told_apart_and_withheld_names_said(make_pdf: Callable[..., Path]) -> None:
    """(a) names with commas in a comma list; (b) "–" in every "Wer" read as "nobody took it on"."""
    text = " ".join(_pages(make_pdf("events")))
    assert (
        "Amt für Bildung, Soziales und Sport; Arabischer Frauentreff Nour; Caritas, Fachdienst Migration"
        in text
    )
    assert "(nicht gedruckt)" in text.split("Vereinbarung Wer Bis", 1)[1][:400]


def test_each_protocol_starts_a_page_and_ends_with_distribution_lines(make_pdf: Callable[..., Path]) -> None:
    """(f) protocols ran on from one another; (g) no Verteiler/Freigabe lines."""
    pages = _pages(make_pdf("events"))
    heads = (
        "Zukunftskonferenz „Musterstadt engagiert sich",
        "World Café „Was hält uns",
        "Runder Tisch Vereine",
    )
    for head in heads:
        (page,) = [p for p in pages if head in p]
        assert page.index(head) < page.index("Format:"), head  # its head on the page it starts
        assert page.split(head, 1)[0].count("Format:") == 0, head  # no other protocol above it
    text = " ".join(pages)
    assert text.count("Verteiler:") >= 3 and "Freigegeben von / am:" in text


def test_a_future_event_is_marked_planned_without_protocol_fields(make_pdf: Callable[..., Path]) -> None:
    """(c) "Rundgang … – 20.03.2027 … Teilnehmende: –": an event ahead printed like a protocol."""
    text = " ".join(_pages(make_pdf("events")))
    start = text.index("Rundgang")
    part = text[start : text.index("Ideen ohne Veranstaltung", start)]
    assert "(geplant)" in part
    assert "Teilnehmende" not in part and "Verteiler" not in part and "Moderation" not in part


def test_loose_ideas_are_named_as_such_and_labels_look_alike(make_pdf: Callable[..., Path]) -> None:
    """(d) a bare "Ideen" under the last protocol read as its ideas; (e) "Ablauf" small and grey."""
    pdf = make_pdf("events")
    assert "Ideen ohne Veranstaltung" in " ".join(_pages(pdf))
    found = runs(pdf)
    labels = {(r.font, r.size) for r in found if r.text.startswith(("Format:", "Ablauf:", "Ort:"))}
    assert len(labels) == 1, labels  # one label style


def test_a_list_under_its_label_is_indented(make_pdf: Callable[..., Path]) -> None:
    """(e) "Ziele und Tagesordnung: 1. Rückblick …" with items 2–5 at the left margin under the label."""
    reader = PdfReader(make_pdf("events"))
    starts: dict[str, float] = {}

    def visit(text, cm, tm, font, size) -> None:
        for wanted in ("Ziele und Tagesordnung", "2. Gegenwart", "Format:"):
            if text.strip().startswith(wanted) and wanted not in starts:
                starts[wanted] = tm[4] * cm[0] + cm[4]

    reader.pages[0].extract_text(visitor_text=visit)
    assert starts["Ziele und Tagesordnung"] == starts["Format:"]
    assert starts["2. Gegenwart"] > starts["Format:"] + 6
