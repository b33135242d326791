"""Tables read back word by word (``pdftotext -bbox``): no word cut without a hyphen, web and mail
addresses broken only after "/", ".", "@" or "-", language names instead of codes; the consultant's
order, singular and progress bars; the network note beside the map, never alone on a page."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader

from vopi_desktop.catalog import load_catalog
from vopi_desktop.cli import main
from vopi_desktop.config import load_config
from vopi_desktop.reports.styles import FRAME_WIDTH
from vopi_desktop.store.demo import SEED, _Loader
from vopi_desktop.store.demo_generated import generated
from vopi_desktop.store.demo_place import Rows
from vopi_desktop.store.demo_town import musterstadt
from vopi_desktop.store.workspace import Workspace

from .outreach_pdf import Word, words

PUNCT = ",;:.()"
BIG = "Mühlberg im Gäu"  # sorts before "Musterstadt am Neckar" with ü as u; big enough for a numbered map


@pytest.fixture(scope="module")
def two_towns(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Musterstadt and a generated municipality of 420 actors (some without a link)."""
    data = tmp_path_factory.mktemp("two")
    config = load_config(data, None)
    config.ensure_dirs()
    ws = Workspace.open(config, who="test")
    try:
        rng = random.Random(SEED)
        rows = Rows()
        places = [musterstadt(rows, rng), generated(rows, rng, BIG, "gemeinde", "BW", 420)]
        _Loader(ws.context).save(rows, places)
    finally:
        ws.close()
    return data


def _report(data: Path, out: Path, kind: str, *extra: str) -> Path:
    assert main(["--data-dir", str(data), "report", kind, "--out", str(out), *extra]) == 0
    return out


def _cells(found: list[Word]) -> list[list[Word]]:
    """The text of each table cell (or paragraph) as its lines' words: a run is the words of one line
    that stand a space apart; a run starting at the same x one line below continues the cell."""
    by_line: dict[tuple[int, float], list[Word]] = {}
    for w in found:
        by_line.setdefault((w.page, round(w.y0, 1)), []).append(w)
    runs: list[list[Word]] = []
    for key in sorted(by_line):
        items = sorted(by_line[key], key=lambda w: w.x0)
        run = [items[0]]
        for w in items[1:]:
            if w.x0 - run[-1].x1 < 4.5:
                run.append(w)
            else:
                runs.append(run)
                run = [w]
        runs.append(run)
    cells: list[list[list[Word]]] = []
    open_cells: dict[tuple[int, float], list[list[Word]]] = {}  # (page, x0) -> the cell's lines
    for run in runs:
        first = run[0]
        key = (first.page, round(first.x0))
        cell = next(
            (
                c
                for k, c in open_cells.items()
                if k[0] == first.page and abs(k[1] - first.x0) < 1.5 and 6 < first.y0 - c[-1][0].y0 < 12
            ),
            None,
        )
        if cell is None:
            cell = [run]
            cells.append(cell)
        else:
            cell.append(run)
        open_cells = {k: c for k, c in open_cells.items() if c is not cell}
        open_cells[key] = cell
    return [[w for line in cell for w in line] for cell in cells]


def _cell_lines(found: list[Word]) -> list[str]:
    """Each cell's text with its line breaks as "\\n"."""
    out = []
    for cell in _cells(found):
        text, last = "", None
        for w in cell:
            if last is not None:
                text += "\n" if abs(w.y0 - last.y0) > 1 else " "
            text += w.text
            last = w
        out.append(text)
    return out


def _known_words(data: Path, headers: list[str]) -> set[str]:
    """Every word the documents take from the catalogue or the data (names, titles) and the headers."""
    cat = load_catalog("de")
    texts = list(headers)
    for vocab in ("actor_types", "engagement_fields", "languages", "measure_status"):
        texts += cat.vocab(vocab).values()
    texts += [p.title for p in cat.pillars]
    ws = Workspace.open(load_config(data, None))
    try:
        for m in ws.municipalities.list():
            texts.append(m.name)
            texts += [a.name for a in ws.actors.list(m.id)]
            texts += [x.title for x in ws.measures.list(m.id)]
    finally:
        ws.close()
    return {w.strip(PUNCT) for text in texts for w in text.split() if len(w.strip(PUNCT)) > 2}


def _cut_words(pdf: Path, known: set[str]) -> list[str]:
    """Words of ``known`` that a line break cuts without a hyphen ("Migrantenorga|nisation")."""
    cut = []
    for text in _cell_lines(words(pdf)):
        lines = [line.split() for line in text.split("\n")]
        for i in range(len(lines) - 1):
            head = lines[i][-1]
            if head.endswith("-") or head.strip(PUNCT) in known:
                continue
            joined, pieces = head, [head]
            for line in lines[i + 1 :]:  # a word cut twice ("zi|vilgesellschaftlich|em")
                joined += line[0]
                pieces.append(line[0])
                if joined.strip(PUNCT) in known:
                    cut.append("|".join(pieces))
                    break
                if len(line) > 1:
                    break
    return cut


HEADERS = {
    "actors": ["Name", "Art", "Engagement", "Sprachen", "Größe", "Notizen"],
    "plan": ["Maßnahme", "Stand", "Zeitraum", "Verantwortlich", "Säulen", "Budget"],
    "consultant": [
        "Kommune",
        "Phasen",
        "Hemmnisse bewertet",
        "Wichtigste Hemmnisse",
        "Akteure",
        "Checklisten",
    ],
}


@pytest.mark.parametrize("kind", ["actors", "plan", "consultant"])
def test_no_table_word_is_cut_without_a_hyphen(
    two_towns: Path, tmp_path: Path, kind: str, make_pdf: Callable[..., Path], demo_dir: Path
) -> None:
    """Catalogue labels, headers, names and titles are whole on a line, or hyphenated at a break."""
    pdf = _report(two_towns, tmp_path / f"{kind}.pdf", kind, "--municipality", "Musterstadt am Neckar")
    assert _cut_words(pdf, _known_words(two_towns, HEADERS[kind])) == []
    small = make_pdf(kind)  # the small demo, one municipality
    assert _cut_words(small, _known_words(demo_dir, HEADERS[kind])) == []


def test_actor_list_prints_language_names_not_codes(make_pdf) -> None:
    cells = [" ".join(text.split()) for text in _cell_lines(words(make_pdf("actors")))]
    assert "Französisch, Englisch, Deutsch" in cells
    assert "Arabisch, Deutsch" in cells
    assert not [c for c in cells if re.fullmatch(r"[a-z]{2}(, [a-z]{2})+", c)]


def _rows_of(found: list[Word], name_start: str) -> list[float]:
    return [w.y0 + w.page * 10_000 for w in found if w.text == name_start]


def test_consultant_orders_umlauts_with_their_base_letter(two_towns: Path, tmp_path: Path) -> None:
    found = words(_report(two_towns, tmp_path / "c.pdf", "consultant"))
    muehlberg, musterstadt = _rows_of(found, "Mühlberg"), _rows_of(found, "Musterstadt")
    assert len(muehlberg) == 3 and len(musterstadt) == 3  # three tables
    assert all(a < b for a, b in zip(muehlberg, musterstadt, strict=True))


def test_consultant_says_one_municipality_in_the_singular(make_pdf) -> None:
    text = " ".join(w.text for w in words(make_pdf("consultant")))
    assert "1 Kommune im Arbeitsbereich" in text
    assert "1 Kommunen" not in text


def _bars(pdf: Path) -> list[tuple[int, float, float, float]]:
    """The progress bars' frames: (page, left, right, top from the page's top) of each 8 pt high rectangle."""
    out: list[tuple[int, float, float, float]] = []
    for number, page in enumerate(PdfReader(pdf).pages, start=1):
        height = float(page.mediabox.height)

        def visit(op, args, cm, tm, number=number, height=height) -> None:
            if op == b"re" and abs(float(args[3]) * cm[3] - 8) < 0.01:
                x = cm[4] + float(args[0]) * cm[0]
                y = cm[5] + float(args[1]) * cm[3]
                out.append((number, x, x + float(args[2]) * cm[0], height - y - 8))

        page.extract_text(visitor_operand_before=visit)
    return out


def test_consultant_percent_stands_beside_its_bar(two_towns: Path, tmp_path: Path) -> None:
    pdf = _report(two_towns, tmp_path / "c.pdf", "consultant")
    found = words(pdf)
    bars = _bars(pdf)
    assert len(bars) >= 2
    for page, _left, right, top in bars:
        label = [w for w in found if w.page == page and abs(w.y0 - top) < 6 and w.x0 > right - 20]
        assert label, "no percentage beside the bar"
        assert min(w.x0 for w in label) >= right + 2, "the percentage is drawn over its bar"


def test_network_note_stands_under_the_map_not_alone(two_towns: Path, tmp_path: Path) -> None:
    pdf = _report(two_towns, tmp_path / "n.pdf", "network", "--municipality", BIG)
    found = words(pdf)
    note = [w for w in found if w.text == "Verbindung" and w.page <= 3]
    assert note, "no note on the actors left off the map"
    page = note[0].page
    assert page == 1, f"the note stands on page {page}, not under the map"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_patterns_read_on_demand_hyphenate_as_pyphen_itself(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """breaking reads pyphen's patterns as words need them; the break points are pyphen's own."""
    import pyphen

    from vopi_desktop.reports import breaking

    monkeypatch.setattr(breaking, "language", lambda: lang)
    lazy = breaking._dictionary().hd
    full = pyphen.HyphDict(pyphen.LANGUAGES["en_GB" if lang == "en" else "de_DE"])
    cat = load_catalog(lang)
    texts = [b.title for b in cat.barriers] + [p.title for p in cat.pillars]
    for vocab in ("actor_types", "engagement_fields", "languages", "measure_status"):
        texts += cat.vocab(vocab).values()
    found = {w for text in texts for w in re.findall(r"\w{5,}", text)}
    assert len(found) > 50
    for word in sorted(found):
        assert lazy.positions(word) == full.positions(word), word


def test_network_index_brackets_the_numbers_the_map_has_no_room_for(two_towns: Path, tmp_path: Path) -> None:
    found = words(_report(two_towns, tmp_path / "n.pdf", "network", "--municipality", BIG))
    on_map = {int(w.text) for w in found if w.page == 1 and w.text.isdigit()}
    later = [w for w in found if w.page > 1]
    left = min(w.x0 for w in later if re.fullmatch(r"\(?\d+\)?", w.text))  # the index's number columns
    numbers = [w.text for w in later if min(abs(w.x0 - left), abs(w.x0 - left - FRAME_WIDTH / 2)) < 3]
    bracketed = {int(m[1]) for text in numbers if (m := re.fullmatch(r"\((\d+)\)", text))}
    plain = {int(text) for text in numbers if text.isdigit() and int(text) >= 100}  # not a link count
    assert bracketed and plain
    assert "Klammern" in " ".join(w.text for w in later)
    assert plain <= on_map, "a number in the index without brackets is missing on the map"
    assert not {n for n in bracketed if n >= 100} & on_map, "a number in brackets stands on the map"


def test_only_words_wider_than_the_column_get_break_points() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from vopi_desktop.reports import breaking
    from vopi_desktop.reports.fonts import SANS, register_fonts

    register_fonts()
    assert breaking.break_words("Kultur und Musik", SANS, 8.5, 80) is None
    marked = breaking.break_words("Freier Träger Migrantenorganisation", SANS, 8.5, 60)
    assert marked is not None and marked.startswith("Freier Träger Mi")
    assert "\xad" in marked and marked.replace("\xad", "") == "Freier Träger Migrantenorganisation"
    url = "https://www.afrikanischer-kulturverein-ubuntu.example"
    pieces = breaking.break_words(url, SANS, 8, 100).split(breaking.BREAK)
    assert "".join(pieces) == url and len(pieces) > 1
    assert all(p[-1] in "/.@-" and stringWidth(p, SANS, 8) <= 100 for p in pieces[:-1])
    # two pieces never fit on one line together, so the break character never shows as a space
    assert all(stringWidth(f"{a} {b}", SANS, 8) > 100 for a, b in pairwise(pieces))
    compound = breaking.break_words("Birheim-Altwaldhausen", SANS, 8.5, 60)
    assert compound == f"Birheim-{breaking.BREAK}Altwaldhausen"


def test_without_patterns_a_long_word_stays_as_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    from vopi_desktop.reports import breaking
    from vopi_desktop.reports.fonts import SANS, register_fonts

    register_fonts()
    monkeypatch.setattr(breaking, "_dictionaries", {"de_DE": None, "en_GB": None})
    assert breaking.break_words("Migrantenorganisation", SANS, 8.5, 50) == "Migrantenorganisation"


def test_columns_get_their_least_width_from_the_columns_with_room() -> None:
    from vopi_desktop.reports.breaking import frame_widths

    assert frame_widths([100, 100, 100], [0, 150, 0], 300) == pytest.approx([75, 150, 75])
    # the room in proportion to each column's spare: 10 and 100 give 50
    assert frame_widths([100, 100, 100], [90, 150, 0], 300) == pytest.approx(
        [100 - 50 / 11, 150, 100 - 500 / 11]
    )
    assert frame_widths([100, 100], [], 400) == pytest.approx([200, 200])
    assert frame_widths([1, 1], [200, 400], 300) == pytest.approx([100, 200])  # too wide: scaled together


KINDS = ["dossier", "analysis", "plan", "actors", "events", "network", "opening-checklist", "consultant"]


def test_no_document_cuts_a_word_where_reportlab_finds_no_break(
    demo_dir: Path, two_towns: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ReportLab counts each word it cuts at the line's width, anywhere ("Migrantenorga|nisation")."""
    from reportlab.platypus.paragraph import Paragraph

    cut: list[str] = []
    break_lines = Paragraph.breakLines

    def counting(self, width):
        lines = break_lines(self, width)
        if getattr(self, "_splitLongWordCount", 0):
            cut.append("".join(getattr(f, "text", "") for f in self.frags))
        return lines

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    for kind in KINDS:
        _report(demo_dir, tmp_path / f"{kind}.pdf", kind)
    _report(two_towns, tmp_path / "big.pdf", "network", "--municipality", BIG)
    _report(two_towns, tmp_path / "big-actors.pdf", "actors", "--municipality", BIG)
    assert cut == []
