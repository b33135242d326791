"""Every kind of document from the small demo, read back: text, A4, fonts embedded, metadata."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from vopi_desktop import __version__
from vopi_desktop.catalog import load_catalog
from vopi_desktop.cli import main
from vopi_desktop.reports.kinds import KINDS

from .conftest import text_of

TOWN = "Musterstadt am Neckar"
A4 = (595.2756, 841.8898)


def _fonts(reader: PdfReader) -> dict[str, DictionaryObject]:
    """Every font the pages use (also inside chart forms), by its base name."""
    found: dict[str, DictionaryObject] = {}

    def walk(resources) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
        for xobject in (resources.get("/XObject") or {}).values():
            walk(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return found


def _embedded(font: DictionaryObject) -> bool:
    if "/DescendantFonts" in font:
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_is_a4_with_embedded_fonts_metadata_and_page_numbers(make_pdf, kind: str) -> None:
    path = make_pdf(kind)
    reader = PdfReader(path)
    text = text_of(path)
    assert "Seite 1 von" in text
    assert KINDS[kind].title_de in text or kind.endswith("checklist")
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width, 1), round(height, 1)) == (round(A4[0], 1), round(A4[1], 1))
    fonts = _fonts(reader)
    assert fonts, "no fonts found"
    for name, font in fonts.items():
        assert "Helvetica" not in name and "Times" not in name and "Courier" not in name, name
        assert _embedded(font), f"{name} is not embedded"
    meta = reader.metadata
    assert meta.title and meta.subject
    assert meta.author == TOWN  # the consultant kind over a one-municipality workspace, too
    assert meta.creator == f"VOPI Desktop {__version__}"
    assert str(reader.trailer["/Root"]["/Lang"]) == "de"


def test_dossier_holds_title_barrier_actor_pillar_and_says_which_areas_are_missing(make_pdf) -> None:
    text = text_of(make_pdf("dossier"))
    cat = load_catalog("de")
    assert "Dossier" in text and TOWN in text
    assert cat.barrier("B1").title in text or "Wissenslücke" in text
    assert "Netzwerkkarte" in text
    assert "Säulen des Zusammenlebens" in text
    assert "Seite 4 von" in text or "Seite 3 von" in text


def test_analysis_names_the_top_barrier_and_the_pillar_rounds(make_pdf) -> None:
    from datetime import date

    from vopi_desktop.store.demo_dates import season, story_today
    from vopi_desktop.store.demo_place import BASE_DATE

    text = text_of(make_pdf("analysis"))
    assert "Die wichtigsten Hemmnisse" in text
    moved = date(2025, 10, 22) + (story_today(date.today()) - BASE_DATE)  # held then, moved with today
    assert f"Ausgangslage {season(moved)}" in text


def test_network_document_has_the_map_and_an_index_by_number(make_pdf) -> None:
    text = " ".join(text_of(make_pdf("network")).split())
    assert "Verzeichnis der Akteure" in text
    assert "Kurdisches Kulturzentrum Mesopotamien" in text  # an isolated migrant organisation


def test_unknown_kind_or_municipality_or_folder_is_one_line_and_leaves_no_file(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    cases = [
        ["report", "bogus", "--out", str(out)],
        ["report", "dossier", "--municipality", "Nirgendwo", "--out", str(out)],
        ["report", "dossier", "--out", str(tmp_path / "missing" / "x.pdf")],
    ]
    for args in cases:
        assert main(["--data-dir", str(demo_dir), *args]) != 0
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and err.startswith("vopi-desktop: "), err
        assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_all_writes_one_document_per_municipality_into_the_folder(demo_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    assert main(["--data-dir", str(demo_dir), "report", "analysis", "--all", "--out", str(folder)]) == 0
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["analysis-musterstadt-am-neckar.pdf"]
    assert TOWN in text_of(folder / files[0])


def test_plan_and_events_print_the_demo_measures_and_protocols(make_pdf, demo_dir: Path) -> None:
    from vopi_desktop.config import load_config
    from vopi_desktop.store.workspace import Workspace

    ws = Workspace.open(load_config(demo_dir, None))
    try:
        mid = ws.municipalities.list()[0].id
        measures, events = ws.measures.list(mid), ws.events.list(mid)
    finally:
        ws.close()
    plan = " ".join(text_of(make_pdf("plan")).split())
    dossier = " ".join(text_of(make_pdf("dossier")).split())
    for measure in measures:
        assert " ".join(measure.title.split()) in plan
    assert " ".join(measures[0].title.split()) in dossier and "Zeitplan" in dossier
    protocols = " ".join(text_of(make_pdf("events")).split())
    for event in events:
        assert " ".join(event.title.split()) in protocols
    assert "Ziele und Tagesordnung" in protocols and "noch nicht ausgebaut" not in protocols


def test_filled_opening_checklist_shows_each_vereins_states(make_pdf) -> None:
    text = " ".join(text_of(make_pdf("opening-checklist")).split())
    # each Verein's sheets under its name, the checklist's title under it (review 4, K22)
    assert "Feuerwehr-Förderverein Musterstadt e.V. Interkulturelle Öffnung eines Vereins ·" in text
    assert "Erledigt ·" in text or "Erledigt" in text
    assert "noch nicht ausgebaut" not in text and "Notiz · wer · bis wann" not in text


def test_a_filled_checklist_says_first_how_far_it_has_got_as_the_screen_does(
    make_pdf, demo_dir: Path
) -> None:
    """Under each Verein's title the screen's summary ("2 von 24 erledigt (8 %) · 2 nicht relevant ·
    22 überfällig"), the day it was begun and printed; each section with its count; each overdue item
    marked. The blank sheet has none of it."""
    from datetime import date

    from vopi_desktop.analysis.checklists import is_overdue, progress
    from vopi_desktop.catalog import load_catalog
    from vopi_desktop.config import load_config
    from vopi_desktop.reports.sections.common import fmt_date
    from vopi_desktop.store.workspace import Workspace

    ws = Workspace.open(load_config(demo_dir, None))
    try:
        mid = ws.municipalities.list()[0].id
        first = next(r for r in ws.checklists.overview(mid) if r.checklist_id)
        checklist = ws.checklists.get(first.checklist_id)
    finally:
        ws.close()
    sections = load_catalog("de").checklists["opening"].sections
    counted = progress(checklist.items, [s.key for s in sections])
    late = [i for i in checklist.items if is_overdue(i, date.today())]
    overall = counted.overall
    text = " ".join(text_of(make_pdf("opening-checklist")).split())
    summary = f"{overall.done} von {overall.counted} erledigt ({overall.percent} %)"
    town = "Musterstadt am Neckar"
    assert f"{first.actor_name} Interkulturelle Öffnung eines Vereins · {town} {summary}" in text
    if late:
        assert f"{len(late)} überfällig" in text
        assert text.count("Überfällig:") >= len(late)
    assert f"begonnen am {fmt_date(checklist.started_on)} · Stand {fmt_date(date.today())}" in text
    for section in sections:
        value = counted.sections[section.key]
        assert f"{section.title} · {value.done} von {value.counted} erledigt" in text
    blank = " ".join(text_of(make_pdf("opening-checklist", "--blank")).split())
    # no count on the blank sheet ("= erledigt": how to mark a done item, K17)
    assert (
        "erledigt" not in blank.replace("Erledigt", "").replace("= erledigt", "")
        and "Überfällig" not in blank
    )


def test_one_clubs_checklist_by_name(make_pdf, demo_dir: Path, tmp_path: Path, capsys) -> None:
    """``report opening-checklist --actor NAME``: that club's checklist only (a board's own
    self-assessment); an unknown name or another kind is one line naming what there is."""
    from vopi_desktop.cli import main

    one = " ".join(
        text_of(make_pdf("opening-checklist", "--actor", "musikverein harmonie musterstadt e.v.")).split()
    )
    assert "Musikverein Harmonie Musterstadt e.V. Interkulturelle Öffnung eines Vereins" in one
    assert "Feuerwehr-Förderverein" not in one and "TSV Musterstadt" not in one
    base = ["--data-dir", str(demo_dir), "report"]
    assert (
        main([*base, "opening-checklist", "--actor", "Gibt es nicht", "--out", str(tmp_path / "x.pdf")]) == 2
    )
    assert "Feuerwehr-Förderverein" in capsys.readouterr().err
    assert (
        main([*base, "plan", "--actor", "TSV Musterstadt 1890 e.V.", "--out", str(tmp_path / "y.pdf")]) == 2
    )
    assert "--actor gibt es nur für opening-checklist" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())
