"""An event's kind reads the same in the dossier as on the Beteiligung page: the catalogue's label.
The dossier said "Sonstiges Format" for "Andere Veranstaltung", and for an Informationsabend too
(review F21): both kinds have no method in the catalogue."""

from __future__ import annotations

from vopi_desktop.reports.sections.common import Ctx
from vopi_desktop.reports.sections.events import method as _method
from vopi_desktop.store.dto.events import EventInput


def test_kinds_without_a_method_print_their_catalogue_label(workspace, municipality) -> None:
    ctx = Ctx()
    for kind in ("other", "info_evening", "world_cafe"):
        event = workspace.events.create(municipality.id, EventInput(kind=kind, title="Treffen"))
        assert _method(ctx, event) == ctx.cat.label("event_kinds", kind), kind
    assert "Sonstiges Format" not in {_method(ctx, e) for e in workspace.events.list(municipality.id)}
