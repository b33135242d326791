"""Built-in practice examples appear beside the barrier they address, as they do beside checklist items."""

from __future__ import annotations

from vopi_desktop.ui.pages.barriers.page import BarriersPage


def test_a_barrier_shows_its_practice_examples(qtbot, ctx, municipality) -> None:
    page = BarriersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.set_municipality(municipality.id)
    page.show()
    ctx.tasks.settle()
    assert page.select_barrier("B13")
    text = page.form.approaches.text()
    assert "Praxisbeispiel: Tandem zwischen Sportverein und Migrantenorganisation" in text
    assert page.form.approaches_box.isVisible()
    assert page.select_barrier("B9")  # livelihood first: neither an approach nor an example
    assert not page.form.approaches_box.isVisible()
