"""What a document needs, read through the Workspace's services into plain data (read-only).

``reports/`` never touches the database: the CLI and the Berichte page call ``gather`` here and hand
the result to the report builders. ``parts`` limits the reads to what a kind prints, so a checklist
does not read 1,000 actors and a dossier does not read every actor's full record.
The opening/anchoring area stays ``None`` until its service lands; the document then says so.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ..lang import t
from .dto.actors import Actor, ActorSummary
from .dto.barriers import BarrierRow, TargetGroup
from .dto.consultant import PlaceOverview
from .dto.municipality import Municipality, ProcessState
from .dto.network import Graph
from .dto.pillars import Round
from .errors import StoreError

if TYPE_CHECKING:
    from .workspace import Workspace

ALL_PARTS = frozenset(
    {"barriers", "actors", "details", "network", "pillars", "plan", "events", "checklists", "anchoring"}
)  # and "overview": the consultant's one row per municipality of the whole workspace


@dataclass(frozen=True)
class ReportData:
    """One municipality's data for one document; parts not asked for stay empty."""

    municipality: Municipality
    process: ProcessState
    barriers: tuple[BarrierRow, ...] = ()
    target_groups: tuple[TargetGroup, ...] = ()
    actors: tuple[ActorSummary, ...] = ()
    details: tuple[Actor, ...] = ()  # full records (the actors list); contact data removed unless asked
    graph: Graph | None = None
    rounds: tuple[Round, ...] = ()
    # planning (issue #8); opening/anchoring (issue #9): None while its service is not built
    measures: tuple[Any, ...] | None = None
    events: tuple[Any, ...] | None = None
    ideas: tuple[Any, ...] | None = None
    checklists: tuple[Any, ...] | None = None
    anchoring: Any | None = None
    personal: bool = False
    overview: tuple[PlaceOverview, ...] = ()  # every municipality of the workspace (consultant)
    extra: dict[str, Any] = field(default_factory=dict)


def find_municipality(ws: Workspace, name: str) -> Municipality:
    """The municipality of that name (case and spacing forgiven), or a StoreError naming the known ones."""
    found = ws.municipalities.find_by_name(name)
    if found is None:
        wanted = " ".join(name.split()).casefold()
        found = next((m for m in ws.municipalities.list() if m.name.casefold() == wanted), None)
    if found is None:
        known = ", ".join(m.name for m in ws.municipalities.list()[:8]) or "–"
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
    step = check or (lambda: None)
    parts = frozenset(parts)
    municipality = ws.municipalities.get(municipality_id)
    values: dict[str, Any] = {
        "municipality": municipality,
        "process": ws.municipalities.process_state(municipality_id),
        "personal": personal,
    }
    step()
    if "barriers" in parts:
        values["barriers"] = tuple(ws.barriers.list(municipality_id))
        values["target_groups"] = tuple(_target_groups(ws, municipality_id))
        step()
    if parts & {"actors", "details", "network"}:
        rows = ws.actors.list(municipality_id)
        if not personal:  # the light rows carry the contact's name too
            rows = [replace(a, contact_name="", has_contact=False) for a in rows]
        values["actors"] = tuple(rows)
        step()
    if "details" in parts:
        details = []
        for n, row in enumerate(values["actors"]):
            actor = ws.actors.get(row.id)
            details.append(actor if personal else _without_contact(actor))
            if n % 100 == 99:
                step()
        values["details"] = tuple(details)
    if "network" in parts:
        values["graph"] = ws.network.graph(municipality_id)
        step()
    if "pillars" in parts:
        values["rounds"] = tuple(ws.pillars.rounds(municipality_id))
        step()
    if "overview" in parts:
        values["overview"] = tuple(ws.consultant.overview())
        step()
    _planning(ws, municipality_id, parts, values)
    step()
    _opening(ws, municipality_id, parts, values)
    return ReportData(**values)


def _target_groups(ws: Workspace, municipality_id: str) -> list[TargetGroup]:
    service = getattr(ws, "target_groups", None)
    if service is not None:
        return service.list(municipality_id)
    return ws.barriers.target_groups(municipality_id)


def _planning(ws: Workspace, municipality_id: str, parts: frozenset[str], values: dict[str, Any]) -> None:
    """Measures, events (with their protocols) and ideas (issue #8)."""
    if "plan" in parts:
        values["measures"] = tuple(ws.measures.list(municipality_id))
    if "events" in parts:
        values["events"] = tuple(ws.events.list(municipality_id))
    if parts & {"events", "plan"}:
        values["ideas"] = tuple(ws.ideas.list(municipality_id))


def _opening(ws: Workspace, municipality_id: str, parts: Collection[str], values: dict[str, Any]) -> None:
    """Checklists and the anchoring decision: read once their services exist (issue #9)."""
    service = getattr(ws, "checklists", None)
    if service is None:
        return
    if "checklists" in parts:
        opening = [service.get(r.checklist_id) for r in service.overview(municipality_id) if r.checklist_id]
        anchoring = service.for_municipality(municipality_id)
        values["checklists"] = tuple(opening + ([anchoring] if anchoring is not None else []))
    if "anchoring" in parts:
        from types import SimpleNamespace

        from ..catalog import load_catalog

        decision = ws.anchoring.decision(municipality_id)
        if decision is None:
            none = t("Noch keine Entscheidung festgehalten.", "No decision recorded yet.")
            values["anchoring"] = SimpleNamespace(placement=none, reason="", decided_on=None)
            return
        reason = decision.reasons
        if not decision.accepted:
            title = load_catalog().placement(decision.recommended).title
            departs = t(
                f"Abweichend von der Empfehlung ({title}).", f"Departing from the recommendation ({title})."
            )
            reason = f"{departs} {reason}".strip()
        values["anchoring"] = SimpleNamespace(
            placement=decision.option,
            reason=reason,
            decided_on=decision.decided_on,
            accepted=decision.accepted,
        )
