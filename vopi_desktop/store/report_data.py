"""What a document needs, read through the Workspace's services into plain data (read-only).

``reports/`` never touches the database: the CLI and the Berichte page call ``gather`` here and hand
the result to the report builders. ``parts`` limits the reads to what a kind prints, so a checklist
does not read 1,000 actors and a dossier does not read every actor's full record.
The opening/anchoring area stays ``None`` until its service lands; the document then says so.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from ..lang import t
from .dto.actors import Actor
from .dto.barriers import BarrierRow, TargetGroup
from .dto.consultant import PlaceOverview
from .dto.municipality import Municipality, ProcessState
from .dto.network import Graph, Node
from .dto.pillars import Round
from .errors import NotFoundError, StoreError

if TYPE_CHECKING:
    from .workspace import Workspace

ALL_PARTS = frozenset(
    {"barriers", "actors", "details", "network", "pillars", "plan", "events", "checklists", "anchoring"}
    | {"offers"}
)  # and "overview": the consultant's one row per municipality of the whole workspace


@dataclass(frozen=True)
class ReportData:
    """One municipality's data for one document; parts not asked for stay empty."""

    municipality: Municipality
    process: ProcessState
    barriers: tuple[BarrierRow, ...] = ()
    target_groups: tuple[TargetGroup, ...] = ()
    actors: tuple[Node, ...] = ()  # the live actors in the actors list's order: id, name, type
    details: tuple[Actor, ...] = ()  # full records (the actors list); contact data removed unless asked
    graph: Graph | None = None
    rounds: tuple[Round, ...] = ()
    # planning (issue #8); opening/anchoring (issue #9): None while its service is not built
    measures: tuple[Any, ...] | None = None
    events: tuple[Any, ...] | None = None
    ideas: tuple[Any, ...] | None = None
    checklists: tuple[Any, ...] | None = None
    anchoring: Any | None = None
    offers: tuple[int, int] | None = None  # Mitmachen offers: (printed on the flyer, open past their date)
    personal: bool = False
    overview: tuple[PlaceOverview, ...] = ()  # every municipality of the workspace (consultant)
    extra: dict[str, Any] = field(default_factory=dict)


def find_municipality(ws: Workspace, name: str) -> Municipality:
    """The municipality of that name (case and spacing forgiven), or a StoreError naming the known ones."""
    found = ws.report_reads.place_named(name)
    if found is None:
        wanted = " ".join(name.split()).casefold()
        found = next((m for m in ws.report_reads.places() if m.name.casefold() == wanted), None)
    if found is None:
        known = ", ".join(m.name for m in ws.report_reads.places()[:8]) or "–"
        raise StoreError(
            t(f"Keine Kommune „{name}“ (vorhanden: {known}).", f"No municipality '{name}' (known: {known}).")
        )
    return found


def _without_contact(actor: Actor) -> Actor:
    """The record without the contact person's personal data (GDPR: printed only when asked)."""
    return replace(
        actor, contact_name="", contact_email="", contact_phone="", consent_date=None, legal_basis=""
    )


def gather(
    ws: Workspace,
    municipality_id: str,
    parts: Collection[str] = ALL_PARTS,
    personal: bool = False,
    check: Callable[[], None] | None = None,
) -> ReportData:
    """Read the ``parts`` of one municipality. ``check()`` is called between reads (it may raise to cancel)."""
    return gather_many(ws, [municipality_id], parts, personal, check)[0]


def gather_many(
    ws: Workspace,
    municipality_ids: Sequence[str],
    parts: Collection[str] = ALL_PARTS,
    personal: bool = False,
    check: Callable[[], None] | None = None,
) -> list[ReportData]:
    """``gather`` for several municipalities at once (``--all``): each area in one query over all of
    them (``report_reads.py``), the same data as one by one. An unknown id raises NotFoundError."""
    step = check or (lambda: None)
    parts = frozenset(parts)
    ids = list(dict.fromkeys(municipality_ids))
    reads = ws.report_reads
    per: dict[str, dict[str, Any]] = {mid: {"personal": personal} for mid in ids}

    def put(name: str, found: dict[str, Any], convert: Callable[[Any], Any] = tuple) -> None:
        for mid in ids:
            per[mid][name] = convert(found[mid])
        step()

    with reads._read() as s:
        places = reads.municipalities(s, ids)
        missing = [mid for mid in ids if mid not in places]
        if missing:
            raise NotFoundError(
                t(
                    "Der Datensatz existiert nicht mehr; vielleicht wurde er gelöscht.",
                    "The record no longer exists; perhaps it was deleted.",
                )
            )
        put("municipality", places, lambda m: m)
        put("process", reads.process_states(s, ids), lambda p: p)
        if "barriers" in parts:
            put("barriers", reads.barriers(s, ids))
            put("target_groups", reads.target_groups(s, ids))
        if parts & {"actors", "details", "network"}:
            actors = reads.actors(s, ids)
            put("actors", actors.nodes)
        if "details" in parts:
            wanted = [a.id for mid in ids for a in per[mid]["actors"]]
            full = reads.actor_details(s, wanted)
            for mid in ids:
                per[mid]["details"] = tuple(
                    full[a.id] if personal else _without_contact(full[a.id]) for a in per[mid]["actors"]
                )
            step()
        if "network" in parts:
            put("graph", reads.graphs(s, ids, actors), lambda g: g)
        if "pillars" in parts:
            put("rounds", reads.rounds(s, ids))
        if "plan" in parts:
            put("measures", reads.measures(s, ids))
        if parts & {"events", "plan"}:
            ideas = reads.ideas_by_event(s, ids)
            if "events" in parts:
                put("events", reads.events(s, ids, ideas))
            put("ideas", {mid: [i for group in ideas[mid].values() for i in group] for mid in ids})
        if "checklists" in parts:
            put("checklists", reads.checklists(s, ids))
        if "offers" in parts:
            put("offers", reads.offers(s, ids, date.today()), lambda n: n)
        if "anchoring" in parts:
            decisions = reads.decisions(s, ids)
            put("anchoring", {mid: _decision_text(decisions.get(mid)) for mid in ids}, lambda d: d)
    if "overview" in parts:
        overview = tuple(ws.consultant.overview())
        for mid in ids:
            per[mid]["overview"] = overview
        step()
    return [ReportData(**per[mid]) for mid in ids]


def _decision_text(decision: Any) -> Any:
    """The anchoring decision as the documents print it: the option, its reasons (a departure from
    the recommendation said first), the date."""
    from types import SimpleNamespace

    from ..catalog import load_catalog

    if decision is None:
        none = t("Noch keine Entscheidung festgehalten.", "No decision recorded yet.")
        return SimpleNamespace(placement=none, reason="", decided_on=None)
    reason = decision.reasons
    if not decision.accepted:
        title = load_catalog().placement(decision.recommended).title
        departs = t(
            f"Abweichend von der Empfehlung ({title}).", f"Departing from the recommendation ({title})."
        )
        reason = f"{departs} {reason}".strip()
    return SimpleNamespace(
        placement=decision.option,
        reason=reason,
        decided_on=decision.decided_on,
        accepted=decision.accepted,
    )
