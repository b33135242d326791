"""A name that carries its own quotes, quoted once more by a message, reads with single quotes inside."""

from __future__ import annotations

from vopi_desktop.ui.messages import fmt


def test_a_quoted_title_inside_a_quoted_message_gets_single_quotes() -> None:
    title = "Schnuppertag „Verein für einen Tag“"
    assert fmt("Punkt für „%1“", title) == "Punkt für „Schnuppertag ‚Verein für einen Tag‘“"
    assert fmt("&Undo: %1", fmt("Vote for “%1”", "Open “day”")) == "&Undo: Vote for “Open ‘day’”"
    assert fmt("Akteur „%1“ gelöscht", "Kita") == "Akteur „Kita“ gelöscht"  # nothing nested: unchanged


def test_unbalanced_quotes_stay_as_typed() -> None:
    assert fmt("Punkt für „%1“", "„Schnuppertag") == "Punkt für „„Schnuppertag“"
