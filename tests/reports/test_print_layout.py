"""How printed pages read: the network map fills its page and its legend explains the lines; the
blank checklist's write-in fields stand clear of the introduction. Read back with ``pdftotext -bbox``."""

from __future__ import annotations

from itertools import pairwise

from tests.reports.outreach_pdf import lines, words


def test_network_legend_names_every_link_kind_and_the_strengths(make_pdf) -> None:
    first = [w for w in words(make_pdf("network")) if w.page == 1]
    text = " ".join(w.text for w in first)
    for kind in ("Kooperation", "Mitgliedschaft", "Förderung", "Informeller Kontakt", "Stärke 1 bis 3"):
        assert kind in text, kind


def test_network_map_fills_the_height_of_its_page(make_pdf) -> None:
    first = [w for w in words(make_pdf("network")) if w.page == 1]
    height = first[0].page_height
    # the actors' names: below the heading, above the legend (its top row names the migrant organisations)
    heading = min(w.y0 for w in first if w.text == "Netzwerkkarte")
    legend = min(w.y0 for w in first if w.text == "Migrantenorganisation")
    names = [w.y0 for w in first if heading + 20 < w.y0 < legend - 5]
    # was 46 % of the page: a wide layout scaled only by its width left a band empty above and below
    assert (max(names) - min(names)) / height > 0.6


def test_blank_checklist_fields_stand_clear_of_the_introduction(make_pdf) -> None:
    found = [w for w in words(make_pdf("opening-checklist", "--blank")) if w.page == 1]
    rows = lines(found)
    intro_end = next(w for w in found if w.text == "Workshop.")
    label = next(w for w in found if w.text == "Verein")
    # the label is one line: "Verein / Organisation:" (it wrapped into two lines in a column too narrow)
    row = [w.text for w in rows[(1, round(label.y0))]]
    assert row[:3] == ["Verein", "/", "Organisation:"]
    # at least a line's height and a gap between the intro's last line and the first label
    assert label.y0 - intro_end.y0 >= 20


def test_a_checklist_not_begun_says_so_and_gives_the_blank_sheet(tmp_path) -> None:
    """It was a page with the header and the municipality's name only."""
    from tests.reports.conftest import text_of
    from vopi_desktop.cli import main
    from vopi_desktop.config import load_config
    from vopi_desktop.store.dto.municipality import MunicipalityInput
    from vopi_desktop.store.workspace import Workspace

    config = load_config(tmp_path / "data", None)
    config.ensure_dirs()
    ws = Workspace.open(config)
    ws.municipalities.create(MunicipalityInput(name="Neustadt", kind="gemeinde", state="BY"))
    ws.close()
    for kind, title in (
        ("anchoring-checklist", "Strukturelle Verankerung"),
        ("opening-checklist", "Interkulturelle Öffnung"),
    ):
        out = tmp_path / f"{kind}.pdf"
        assert main(["--data-dir", str(config.data_dir), "report", kind, "--out", str(out)]) == 0
        text = " ".join(text_of(out).split())
        assert "noch" in text and "begonnen" in text and title in text
        assert "Notiz · wer · bis wann" in text  # the blank sheet's write-in lines follow


def test_the_round_comparison_gives_the_counts_the_pillars_page_gives(make_pdf, demo_dir) -> None:
    """It listed five improved indicators and no count, while the Säulen page says 16."""
    from tests.reports.conftest import text_of
    from vopi_desktop.analysis.pillars import compare, scored_rounds
    from vopi_desktop.config import load_config
    from vopi_desktop.store.workspace import Workspace

    ws = Workspace.open(load_config(demo_dir, None))
    try:
        rounds = scored_rounds(ws.pillars.rounds(ws.municipalities.list()[0].id))
        c = compare(rounds[-2], rounds[-1])
    finally:
        ws.close()
    text = " ".join(text_of(make_pdf("analysis")).split())
    counts = (
        f"{len(c.improved)} verbessert, {len(c.fell_back)} zurückgefallen, {len(c.unchanged)} unverändert."
    )
    assert counts in text
    assert len(c.improved) > 5 and f"Verbessert (5 von {len(c.improved)}" in text


def test_a_long_municipality_name_never_runs_into_the_title_in_the_header(tmp_path) -> None:
    """A Gemeindeverwaltungsverband's name printed over the document title in every header."""
    from tests.reports.outreach_pdf import words
    from vopi_desktop.cli import main
    from vopi_desktop.config import load_config
    from vopi_desktop.store.dto.municipality import MunicipalityInput
    from vopi_desktop.store.workspace import Workspace

    name = "Gemeindeverwaltungsverband Hohberg-Friesenheim-Neuried-Schutterwald und Umgebung am Oberrhein"
    config = load_config(tmp_path / "data", None)
    config.ensure_dirs()
    ws = Workspace.open(config)
    ws.municipalities.create(MunicipalityInput(name=name, kind="gemeinde", state="BW"))
    ws.close()
    for kind in ("plan", "outreach"):
        out = tmp_path / f"{kind}.pdf"
        assert main(["--data-dir", str(config.data_dir), "report", kind, "--out", str(out)]) == 0
        top = min(w.y0 for w in words(out) if w.page == 1)
        header = sorted((w for w in words(out) if w.page == 1 and w.y0 < top + 3), key=lambda w: w.x0)
        for a, b in pairwise(header):
            assert a.x1 <= b.x0 + 0.5, (kind, a.text, b.text)  # no word over the next


def test_the_plan_says_what_it_costs_and_what_its_colours_mean(make_pdf, demo_dir) -> None:
    """The council's first question had no answer (no total, nothing on what was spent), and the
    Gantt's colours were explained nowhere (and meant other statuses than on the screen)."""
    from tests.reports.conftest import text_of
    from vopi_desktop.config import load_config
    from vopi_desktop.store.workspace import Workspace

    ws = Workspace.open(load_config(demo_dir, None))
    try:
        measures = ws.measures.list(ws.municipalities.list()[0].id)
        live = [m for m in measures if m.status not in ("cancelled", "idea")]  # an idea is no approved money
    finally:
        ws.close()
    planned = sum(m.budget_planned or 0 for m in live)
    spent = sum(m.budget_spent or 0 for m in live)
    de = lambda v: f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")  # noqa: E731
    pdf = make_pdf("plan")
    assert f"Budget geplant: {de(planned)} €, davon ausgegeben: {de(spent)} €" in " ".join(
        text_of(pdf).split()
    )
    found = [w for w in words(pdf) if w.page == 1]
    top = next(w.y0 for w in found if w.text == "Zeitplan")
    below = next(w.y0 for w in found if w.text == "Einzelnen")
    legend = {w.text for w in found if top < w.y0 < below}
    assert {"Geplant", "Laufend", "Abgeschlossen"} <= legend


def test_names_left_out_are_said_and_printed_when_asked(make_pdf) -> None:
    """The events document dropped moderation and every "Wer" without a word; the tick that prints
    them was greyed out for every kind but the actors list."""
    from tests.reports.conftest import text_of

    plain = " ".join(text_of(make_pdf("events")).split())
    assert "Moderation, Protokollführung: nicht gedruckt (personenbezogen)" in plain
    assert "Namen von Personen sind nicht gedruckt" in plain
    named = " ".join(text_of(make_pdf("events", "--with-contacts")).split())
    assert "nicht gedruckt" not in named and "Moderation:" in named
    plan = " ".join(text_of(make_pdf("plan")).split())
    assert "Namen von Personen sind nicht gedruckt" in plan


def test_the_berichte_page_offers_names_for_every_kind_that_has_them(qtbot, ctx) -> None:
    from vopi_desktop.reports.kinds import KINDS
    from vopi_desktop.ui.pages.reports.page import ReportsPage

    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    offered = set()
    for key in KINDS:
        page.kind.setCurrentIndex(page.kind.findData(key))
        if page.personal.isEnabled():
            offered.add(key)
    assert offered == {"dossier", "analysis", "plan", "actors", "events"}


def test_the_small_network_map_names_its_lonely_migrant_organisations_and_its_index_says_what_it_holds(
    make_pdf,
) -> None:
    """The two migrant organisations without a link were unnamed dots; the index promised numbers
    on a map that shows names, and had no header row."""
    pages = [" ".join(w.text for w in words(make_pdf("network")) if w.page == p) for p in (1, 2)]
    assert "Afrikanischer" in pages[0] and "Kurdisches" in pages[0]  # named on the map
    assert "Migrantenorganisation ohne" in pages[0]  # the ring in the legend
    assert "Auf der Karte stehen die Namen" in pages[1] and "Die Nummern stehen" not in pages[1]
    assert {"Nr.", "Name", "Art", "Verb."} <= set(pages[1].split())
