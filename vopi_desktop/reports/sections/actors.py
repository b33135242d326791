"""Actors: the summary with the network figure, the full list, the network map with its index."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak

from ...analysis.network import isolated_migrant_orgs, missing_actor_types
from ...lang import t
from ...store.report_data import ReportData
from ..breaking import PADDING, address_parts, break_cell
from ..charts import fit
from ..fonts import SANS
from ..netmap import NAMES_UP_TO, network_figure
from ..newspaper import Newspaper
from ..styles import FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, PAGE, styles, table_style
from ..text import para
from .common import Ctx, body, fmt_date, fmt_num, gap, h1, h2, note, short, table

# the dossier's map: a page less its heading and a few lines of notes under it (it stands on a page of
# its own after the counts; 480 points left a third of that page white, review 4 K2)
MAP_HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM - 12 - 30 - 40


def summary(data: ReportData, ctx: Ctx, figure: bool = True) -> list[Flowable]:
    """How many actors of which type, isolated migrant organisations, missing types, and the map."""
    out: list[Flowable] = [h1(t("Akteure und Netzwerk", "Actors and network"))]
    if not data.actors:
        return [*out, note(t("Noch keine Akteure erfasst.", "No actors recorded yet."))]
    links = data.graph.links if data.graph else ()
    out.append(body(t(f"{fmt_num(len(data.actors))} Akteure, {fmt_num(len(links))} Verbindungen.",
                      f"{fmt_num(len(data.actors))} actors, {fmt_num(len(links))} links.")))  # fmt: skip
    counts = Counter(a.type for a in data.actors)
    rows = [
        [short(ctx.label("actor_types", k), 200), fmt_num(counts[k])]
        for k in ctx.cat.vocab("actor_types")
        if counts[k]
    ]
    out += [*table([t("Art", "Type"), t("Anzahl", "Count")], rows, [300, 80]), gap()]
    if data.graph is not None:
        out += insights(data, ctx)
        if figure:
            drawing, nodes = network_figure(
                data.graph,
                dict(ctx.cat.vocab("actor_types")),
                MAP_HEIGHT,
                kind_labels=dict(ctx.cat.vocab("link_kinds")),
                numbers=False,
                check=ctx.check,
                overview=True,
            )
            parts: list[Flowable] = [h2(t("Netzwerkkarte", "Network map")), drawing]
            if len(data.graph.nodes) > 60:
                parts.append(note(t("Beschriftet sind die am stärksten vernetzten Akteure, wo Platz ist; die vollständige "
                                    "Karte mit Verzeichnis enthält das Dokument „Netzwerk“.",
                                    "The most connected actors are labelled where there is room; the full map with an "
                                    "index is in the 'Network' document.")))  # fmt: skip
            else:  # a name that found no room beside its dot is named here: no anonymous dots (K2)
                unnamed = [n.name for n in nodes if n.number not in drawing.placed]
                if unnamed:
                    parts.append(para("; ".join(unnamed), ctx.st["small"], t("Auf der Karte ohne Namen (kein Platz)",
                                                                           "On the map without a name (no room)")))  # fmt: skip
            out.append(KeepTogether(parts))
    return out


def insights(data: ReportData, ctx: Ctx, limit: int | None = 30) -> list[Flowable]:
    graph = data.graph
    out: list[Flowable] = []
    isolated = isolated_migrant_orgs(list(graph.nodes), list(graph.links))
    if isolated:
        shown = isolated if limit is None else isolated[:limit]
        # "; " between names that may hold a comma ("AWO-Ortsverein, Jugendmigrationsdienst"); a cut list
        # says how many more and where they are (review 4, K11)
        names = "; ".join(n.name for n in shown)
        rest = len(isolated) - len(shown)
        if rest:
            names += t(f" und {fmt_num(rest)} weitere (alle im Dokument „Netzwerk“)",
                       f" and {fmt_num(rest)} more (all in the 'Network' document)")  # fmt: skip
        out.append(para(names, ctx.st["body"], t(f"Migrantenorganisationen ohne Verbindung ({len(isolated)})",
                                                 f"Migrant organisations without a link ({len(isolated)})")))  # fmt: skip
    missing = missing_actor_types(list(graph.nodes), list(graph.links)) if graph.nodes else []
    if missing:
        # the Start page's words (review 4, K28): an absent type by its name alone
        text = "; ".join(
            ctx.label("actor_types", m.type)
            + ("" if m.absent else t(" (erfasst, nicht verbunden)", " (recorded, not linked)"))
            for m in missing
        )
        out.append(para(text, ctx.st["body"], t("Fehlt im Netzwerk", "Missing in the network")))
    return out


def _review(on: object) -> str:
    """The date the consent or legal basis is to be checked again, labelled: alone after the basis it
    read as the consent's date (review 4, K3)."""
    return t(f"prüfen bis {fmt_date(on)}", f"review by {fmt_date(on)}") if on else ""


def actor_list(data: ReportData, ctx: Ctx) -> list[Flowable]:
    """Every actor with type, fields, languages, size and notes; the contact person only when asked."""
    out: list[Flowable] = [h1(t("Akteursverzeichnis", "Actor directory"))]
    if not ctx.personal:
        out.append(note(t("Ohne Ansprechpersonen und deren Kontaktdaten (personenbezogene Daten).",
                          "Without contact persons and their details (personal data).")))  # fmt: skip
    else:  # under the title and in every footer (template mark): the sheet must not lie about (K3)
        out.append(note(t("Enthält personenbezogene Daten: Ansprechpersonen mit ihren Kontaktdaten. Nur für "
                          "den Dienstgebrauch, nicht weitergeben; nach Gebrauch vernichten.",
                          "Contains personal data: contact persons with their details. For official use "
                          "only, do not pass on; destroy after use.")))  # fmt: skip
    if not data.details:
        return [*out, note(t("Noch keine Akteure erfasst.", "No actors recorded yet."))]
    rows = []
    for a in data.details:
        ctx.check() if len(rows) % 100 == 0 else None
        org = [v for v in (a.address, a.website, a.org_email, _phone(a.org_phone)) if v]
        info = [para(a.name, ctx.st["cellbold"])]
        if org:
            info.append(para(" · ".join(org), ctx.st["small"]))
        extra = [para(a.notes, ctx.st["cell"])] if a.notes else []
        if ctx.personal and a.has_contact:
            who = " · ".join(v for v in (a.contact_name, a.contact_email, _phone(a.contact_phone)) if v)
            basis = ctx.label("legal_bases", a.legal_basis) if a.legal_basis else ""
            shown = " · ".join(v for v in (who, basis, _review(a.review_date)) if v)
            extra.append(para(shown, ctx.st["small"]))
        rows.append([
            info,
            para(ctx.label("actor_types", a.type), ctx.st["cell"]),
            para(", ".join(ctx.label("engagement_fields", f) for f in a.fields), ctx.st["cell"]),
            para(", ".join(ctx.label("languages", code) for code in a.languages), ctx.st["cell"]),
            fmt_num(a.size),
            extra or "",
        ])  # fmt: skip
    header = [t("Name", "Name"), t("Art", "Type"), t("Engagement", "Fields"), t("Sprachen", "Languages"),
              t("Größe", "Size"), t("Notizen", "Notes") + (t(" / Ansprechperson", " / contact") if ctx.personal else "")]  # fmt: skip
    # Art, Engagement and Sprachen at least as wide as their longest catalogue word; Notizen gives way
    least = [0, ctx.widest("actor_types"), ctx.widest("engagement_fields"), ctx.widest("languages")]
    # the name column (and with contacts the notes) at least as wide as an address's widest part and a
    # phone number, up to a limit: narrower, an address breaks inside a word (review 4, K6)
    least[0] = _widest_contact((f"{a.website} {a.org_email}" for a in data.details),
                               (_phone(a.org_phone) for a in data.details))  # fmt: skip
    if ctx.personal:
        least += [0, _widest_contact((a.contact_email for a in data.details),
                                     (_phone(a.contact_phone) for a in data.details))]  # fmt: skip
    # the notes column as wide as its use: where few actors have notes, the names and addresses get the room
    used = sum(1 for row in rows if row[-1]) / len(rows)
    # what the size counts, in the actor form's words (K28): "2.400" alone could be anything
    out.append(note(t("Größe: Mitglieder oder aktiv Engagierte.", "Size: members or active people.")))
    return out + table(header, rows, [200 - 110 * used, 92, 88, 62, 32, 40 + 110 * used], least=least)


def _phone(number: str) -> str:
    """A phone number that never breaks across lines (a split number is misdialled)."""
    return " ".join(number.split()).replace(" ", "\u00a0")


CONTACT_UP_TO = 150.0  # a column widened for addresses takes at most this


def _widest_contact(addresses: Iterable[str], phones: Iterable[str]) -> float:
    small = styles()["small"]
    widths = [stringWidth(p, small.fontName, small.fontSize) for a in addresses for p in address_parts(a)]
    widths += [stringWidth(p, small.fontName, small.fontSize) for p in phones if p]
    return min(max(widths, default=-PADDING) + PADDING, CONTACT_UP_TO)


def network(data: ReportData, ctx: Ctx) -> list[Flowable]:
    """The map over a whole page, then the insights and the index of actors by number."""
    out: list[Flowable] = [h1(t("Netzwerkkarte", "Network map") + " – " + data.municipality.name)]
    graph = data.graph
    if graph is None or not graph.nodes:
        return [*out, note(t("Noch keine Akteure erfasst.", "No actors recorded yet."))]
    height = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM - 40  # the page below the heading
    # a big map leaves out the actors without a link (netmap): the note saying so stands under the map
    linked = {link.source for link in graph.links} | {link.target for link in graph.links}
    loners = sum(1 for n in graph.nodes if n.id not in linked)
    left_out = None
    if len(graph.nodes) > 300 and loners:
        left_out = note(t(f"{fmt_num(loners)} Akteure ohne Verbindung stehen nicht auf der Karte, aber im Verzeichnis.",
                          f"{fmt_num(loners)} actors without a link are not on the map, but in the index."))  # fmt: skip
        style = left_out.style
        height -= left_out.wrap(FRAME_WIDTH, height)[1] + style.spaceBefore + style.spaceAfter
    drawing, nodes = network_figure(
        graph,
        dict(ctx.cat.vocab("actor_types")),
        height,
        kind_labels=dict(ctx.cat.vocab("link_kinds")),
        check=ctx.check,
    )
    out.append(drawing)
    if left_out is not None:
        out.append(left_out)
    out.append(PageBreak())
    out.append(h1(t("Auffälligkeiten", "Findings")))
    out += insights(data, ctx, limit=None) or [note(t("Keine.", "None."))]
    out.append(h1(t("Verzeichnis der Akteure", "Index of actors")))
    if len(nodes) > NAMES_UP_TO:
        out.append(body(t("Die Nummern stehen auf der Karte neben den Punkten; alphabetisch geordnet.",
                          "The numbers stand next to the dots on the map; in alphabetical order.")))  # fmt: skip
    else:  # a small map names its actors: the index gives what the map does not show
        out.append(body(t("Auf der Karte stehen die Namen; hier alle Akteure alphabetisch mit Art und Zahl der "
                          "Verbindungen.", "The map shows the names; here every actor in alphabetical order "
                          "with type and number of links.")))  # fmt: skip
        unnamed = [n.name for n in nodes if n.number not in drawing.placed]
        if unnamed:
            out.append(para(", ".join(unnamed), ctx.st["body"], t("Auf der Karte ohne Namen (kein Platz)",
                                                                  "On the map without a name (no room)")))  # fmt: skip
    # where the core of a big map is crowded, a number finds no room: the index says which
    unplaced = {n.number for n in nodes} - drawing.placed if len(nodes) > NAMES_UP_TO else set()
    if unplaced:
        out.append(body(t(f"Eine Nummer in Klammern steht nicht auf der Karte: kein Platz neben dem Punkt oder keine "
                          f"Verbindung ({fmt_num(len(unplaced))} von {fmt_num(len(nodes))} Akteuren).",
                          f"A number in brackets is not on the map: no room beside the dot, or no link "
                          f"({fmt_num(len(unplaced))} of {fmt_num(len(nodes))} actors).")))  # fmt: skip
    out += _index(nodes, ctx, unplaced)
    return out


# the index's type column: a short mark per actor type, explained in a line above the index (the
# full type cut to "Freier Träger oder W…" was unreadable and squeezed the names into three lines, K12)
MARKS = {
    "verein": ("V", "CA"), "migrant_org": ("MO", "MO"), "religious": ("RG", "RC"), "initiative": ("IN", "CI"),
    "school_kita": ("SK", "SD"), "integration_office": ("IF", "IO"), "advisory_council": ("BR", "AC"),
    "welfare_provider": ("FT", "WO"), "course_provider": ("KT", "CP"), "administration": ("VW", "AD"),
    "other": ("S", "O"),
}  # fmt: skip
INDEX_PADDING = 1.5  # above and below a row: some 55 rows a page
INDEX_SIZE = 8.0  # a name of some 38 characters on one line
INDEX_ROW = INDEX_SIZE * 1.2 + 2 * INDEX_PADDING


def _mark(ctx: Ctx, key: str, width: float) -> str:
    mark = MARKS.get(key)
    return t(*mark) if mark else fit(ctx.label("actor_types", key), SANS, 7.5, width - 6)


def _index(nodes, ctx: Ctx, unplaced: set[int] = frozenset()) -> list[Flowable]:
    """Numbers, names, type marks and link counts in two columns per page, in reading order on each
    page (``Newspaper``), a header row on every page; a line above says what the marks mean."""
    group = FRAME_WIDTH / 2
    widths = [32, group - 32 - 26 - 30, 26, 30]  # "(1234)", the name, "MO", "Verb."
    present = [k for k in ctx.cat.vocab("actor_types") if any(n.type == k for n in nodes)]
    key = " · ".join(f"{_mark(ctx, k, 60)} = {ctx.label('actor_types', k)}" for k in present if k in MARKS)
    out: list[Flowable] = [para(key, ctx.st["small"], t("Arten", "Types"))] if key else []
    cell = ctx.st["cell"].clone("index", fontSize=INDEX_SIZE, leading=INDEX_SIZE * 1.2)
    entries, heights = [], []
    for n in nodes:
        name = short(n.name, widths[1], size=INDEX_SIZE, wrap=True)
        height = INDEX_ROW
        if not isinstance(name, str):  # a name of two lines (or more), or right to left
            name = break_cell(para(n.name, cell), widths[1])
            height = max(height, name.wrap(widths[1] - 6, 1000)[1] + 2 * INDEX_PADDING + 1)
        number = f"({n.number})" if n.number in unplaced else str(n.number)
        entries.append([number, name, _mark(ctx, n.type, widths[2]), str(n.links)])
        heights.append(height)
    head = [t("Nr.", "No."), t("Name", "Name"), t("Art", "Type"), t("Verb.", "Links")]
    style = [
        *table_style(header=True).getCommands(),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), INDEX_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), INDEX_PADDING),
        ("FONTSIZE", (0, 0), (-1, -1), INDEX_SIZE),
        ("LEADING", (0, 0), (-1, -1), cell.leading),
    ]
    out.append(Newspaper(entries, heights, head, INDEX_ROW, widths, style))
    return out
