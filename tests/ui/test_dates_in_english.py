"""Dates as the app writes them in each language (widgets/optional_date.py's ``date_pattern``, the one
formatting): German 21.07.2026; English 2026-07-21, as the English documents print them. The Verankerung
page's decision read "7/21/2026" in English (the US short date: the 7th of the 21st month to a reader
in a German town hall), while the Maßnahmen list said "21.07.2026" in English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from vopi_desktop.app import install_translators
from vopi_desktop.store.dto.barriers import BarrierInput
from vopi_desktop.store.dto.events import EventInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.context import AppContext
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.tasks import SyncTaskRunner

from .conftest import shown_window

DAY = date(2026, 7, 21)


@pytest.fixture(params=[("de", "21.07.2026"), ("en", "2026-07-21")], ids=["de", "en"])
def speaking(request, qapp, workspace, config, discard_on_close) -> Iterator[tuple[AppContext, str]]:
    lang, shown = request.param
    install_translators(qapp, lang)
    yield AppContext(workspace, config, SyncTaskRunner(), lang), shown
    install_translators(qapp, "de")


def _open(qtbot, ctx: AppContext, area: str) -> MainWindow:
    window = shown_window(qtbot, ctx)
    window.show_area(area)
    ctx.tasks.settle()
    return window


def test_the_anchoring_decision_date(qtbot, speaking, municipality) -> None:
    ctx, shown = speaking
    ctx.workspace.anchoring.decide(municipality.id, "mayor_office", "Ratsbeschluss", DAY)
    window = _open(qtbot, ctx, "anchoring")
    text = window.page("anchoring").guidance.decision.text()
    assert shown in text, text
    assert "7/21/2026" not in text
    seen: list[str] = []

    def look(dialog) -> int:  # the decision dialog's date editor writes it the same way
        seen.append(dialog.day.text())
        return 0

    with messages.use_runner(look):
        window.page("anchoring").guidance.choose_button.click()
    assert seen == [shown]


def test_the_measures_list(qtbot, speaking, municipality) -> None:
    ctx, shown = speaking
    ctx.workspace.measures.create(municipality.id, MeasureInput(title="Sprachcafé", end_on=DAY))
    window = _open(qtbot, ctx, "measures")
    model = window.page("measures").table.model()
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert any(cell and cell.endswith(shown) for cell in row), row  # "⚠ …": past its end


def test_the_barrier_s_last_saved_date_has_its_full_year(qtbot, speaking, municipality) -> None:
    ctx, shown = speaking
    ctx.workspace.barriers.save(municipality.id, BarrierInput(key="B2", relevance=3), None)
    window = _open(qtbot, ctx, "barriers")
    page = window.page("barriers")
    assert page.select_barrier("B2")
    today = date.today()
    written = today.strftime("%d.%m.%Y") if shown == "21.07.2026" else today.isoformat()
    assert written in page.form.changed_at.text(), page.form.changed_at.text()


def test_a_round_table_agreement_s_date_and_its_header(qtbot, speaking, municipality) -> None:
    """The column says the form the cell shows: „Bis (TT.MM.JJJJ)“ over 21.07.2026, "By (YYYY-MM-DD)" over
    2026-07-21 (it said „JJJJ-MM-TT“ over a German date, and English showed the German date)."""
    ctx, shown = speaking
    agreement = {"what": "Raumliste", "who": "Frau Demir", "due": DAY.isoformat()}
    ctx.workspace.events.create(
        municipality.id,
        EventInput(kind="round_table", title="Runder Tisch", protocol={"agreements": [agreement]}),
    )
    window = _open(qtbot, ctx, "events")
    table = window.page("events").form.protocol.agreements.table
    assert table.item(0, 2).text() == shown
    header = table.horizontalHeaderItem(2).text()
    assert ("TT.MM.JJJJ" if shown == "21.07.2026" else "YYYY-MM-DD") in header, header
