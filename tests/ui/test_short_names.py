"""A record's name quoted in a question, a status line or an undo name is shortened in one place
(``messages.fmt``/``short_name``): 60 characters with "…", on one line, never cutting a letter from its
mark or an emoji sequence apart; text that is not quoted (a path, a count, an error) stays whole."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.ui.messages import NAME_LIMIT, fmt, short_name


def test_a_quoted_name_is_shortened_in_one_place_an_unquoted_text_never() -> None:
    long = "Vereinslotsen " * 20
    said = fmt("Maßnahme „%1“ gelöscht · %2", long, long)
    quoted, rest = said.split("“ gelöscht · ")
    assert quoted.startswith("Maßnahme „Vereinslotsen Vereinslotsen") and quoted.endswith("Vereinslotsen…")
    assert len(quoted) <= len("Maßnahme „") + NAME_LIMIT and rest == long  # only the quoted one
    assert fmt("Delete “%1”?", "Kurz  und\nbündig") == "Delete “Kurz und bündig”?"  # one line
    # never cut between a letter and its mark, nor inside an emoji sequence
    marked = "x" * 58 + "e\u0301\u0301" + "y" * 10
    assert short_name(marked) == "x" * 58 + "…"
    for at in (57, 58):
        assert short_name("x" * at + "👩\u200d👩\u200d👧" + "y" * 10) == "x" * at + "…"


def test_the_status_bar_names_a_trashed_actor_shortly(qtbot, ctx, municipality, open_window) -> None:
    name = "Förderverein der Freiwilligen Feuerwehr und des Jugendrotkreuzes " * 3
    ctx.workspace.actors.create(municipality.id, ActorInput(name=name.strip(), type="verein"))
    window = open_window("actors")
    page = window.page("actors")
    page.table.selectRow(0)
    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    shown = window.statusBar().currentMessage()
    assert "Förderverein der Freiwilligen" in shown and "…" in shown and len(shown) < 130, shown
    assert ctx.undo.undo()
    assert "…" in window.statusBar().currentMessage()
