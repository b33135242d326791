"""A name that carries quotation marks of its own, quoted in a line of the preview or of
`import --dry-run`: the inner marks become single ones — „Infoabend ‚Mitmachen im Verein‘ auf
Türkisch“ in German, “Club ‘Future’” in English (``labels.quoted``), whichever double marks the
name was typed with („…“, “…”, "…"); marks that do not pair stay as typed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from vopi_desktop.exchange import importer
from vopi_desktop.exchange.commands import describe
from vopi_desktop.exchange.labels import gone_lines, only_here, quoted
from vopi_desktop.exchange.tombstones import Gone
from vopi_desktop.lang import set_language

EVENT = "Infoabend „Mitmachen im Verein“ auf Türkisch"


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    try:
        yield
    finally:
        set_language("de")


@pytest.mark.parametrize(
    ("name", "german"),
    [
        (EVENT, "„Infoabend ‚Mitmachen im Verein‘ auf Türkisch“"),
        ('Verein "Zukunft" e.V.', "„Verein ‚Zukunft‘ e.V.“"),
        ("Club “Future”", "„Club ‚Future‘“"),
        ("„Zukunft“ und „Heimat“", "„‚Zukunft‘ und ‚Heimat‘“"),
        ('Bildschirm 24" breit', '„Bildschirm 24" breit“'),  # no pair: as typed
        ("Elterncafé Nord", "„Elterncafé Nord“"),
    ],
)
def test_german_inner_marks(name: str, german: str) -> None:
    assert quoted(name) == german


@pytest.mark.parametrize(
    ("name", "english_text"),
    [
        ("Club “Future”", "“Club ‘Future’”"),
        ('Club "Future"', "“Club ‘Future’”"),
        (EVENT, "“Infoabend ‘Mitmachen im Verein’ auf Türkisch”"),
        ("Elterncafé Nord", "“Elterncafé Nord”"),
    ],
)
def test_english_inner_marks(english: None, name: str, english_text: str) -> None:
    assert quoted(name) == english_text


def test_the_lines_of_deletions_and_of_what_is_only_here_nest_them() -> None:
    gone = Gone("event", "e1", "m1", datetime(2026, 12, 6, tzinfo=UTC), EVENT, False, 1, False)
    gone.take = True
    assert gone_lines([gone]) == [
        "In der Datei gelöscht: 1 Veranstaltung („Infoabend ‚Mitmachen im Verein‘ auf Türkisch“) – wird hier "
        "auch gelöscht"
    ]
    assert only_here("event", 7, 6, 1, [EVENT]).endswith(
        "gibt es nur hier: „Infoabend ‚Mitmachen im Verein‘ auf Türkisch“"
    )


def test_dry_run_names_a_deleted_event_with_nested_marks(sent, tmp_path: Path, english: None) -> None:
    a, b = sent
    mid = a.municipalities.list()[0].id
    event = next(e for e in a.events.list(mid) if e.title == EVENT)
    a.events.delete(event.id, event.version)
    a.exchange.export_file(tmp_path / "second.vopi")
    lines = describe(importer.prepare(b.exchange, tmp_path / "second.vopi"))
    assert (
        "  Deleted in the file: 1 event (“Infoabend ‘Mitmachen im Verein’ auf Türkisch”) – will be deleted here too"
        in lines
    ), lines


def test_inner_marks_for_a_sentence_that_quotes_the_name_itself(english: None) -> None:
    """The preview's translated “%1”: the name's own marks in the reader's single ones."""
    from vopi_desktop.exchange.labels import inner

    assert inner("Elterncafé „Nord“ (importiert)") == "Elterncafé ‘Nord’ (importiert)"
    set_language("de")
    assert inner('Elterncafé "Nord"') == "Elterncafé ‚Nord‘"
