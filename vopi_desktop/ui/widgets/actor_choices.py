"""The actors a form offers for one record: every live actor, and an actor in the trash only where the
record names it, marked "TSV (im Papierkorb)" and chosen or ticked as stored.

A form that offered only the live actors showed such a reference as not chosen, and the next, unrelated
save dropped it for good (restoring the actor did not bring it back) — the trash promises that an actor's
measures and events stay as they are. Every form with actor choices (measures: responsible, partners;
events: organisations; opportunities: the actor; practice examples: the contact) goes through here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from ...store.dto.actors import ActorSummary
from ...textsort import sort_key
from ..messages import fmt
from .checklist import CheckList

Choice = tuple[str, str]  # (actor id, label)
_OFFERED = "_offered_actors"  # the attribute of a widget that holds the choices it shows


def marked(name: str, state: str) -> str:
    """A choice with what is special about it: "TSV (im Papierkorb)", "Sommerfest (abgelaufen)"."""
    return fmt(QCoreApplication.translate("ActorChoices", "%1 (%2)"), name, state)


def in_trash(name: str) -> str:
    return marked(name, QCoreApplication.translate("ActorChoices", "in the trash"))


class ActorChoices:
    """A municipality's actors (``ActorSummary`` rows, the trash included). A widget is filled again only
    when its choices differ from what it offers (kept on the widget: another record with the same
    choices only ticks)."""

    def __init__(self, actors: Iterable[ActorSummary] = ()) -> None:
        self.set_actors(actors)

    def set_actors(self, actors: Iterable[ActorSummary]) -> None:
        """``ws.actors.list(mid, include_deleted=True)``: the live ones are offered, the trashed ones
        only to a record naming them."""
        rows = list(actors)
        self.live: list[Choice] = [(a.id, a.name) for a in rows if a.deleted_at is None]
        self.trashed: dict[str, str] = {a.id: a.name for a in rows if a.deleted_at is not None}

    def for_record(self, ids: Iterable[str | None]) -> list[Choice]:
        """The live actors and the trashed ones among ``ids``, marked, all in alphabetical order."""
        named = [i for i in dict.fromkeys(ids) if i is not None and i in self.trashed]
        if not named:
            return self.live
        extra = [(i, in_trash(self.trashed[i])) for i in named]
        return sorted([*self.live, *extra], key=lambda choice: sort_key(choice[1]))

    def tick(self, checklist: CheckList, ids: Sequence[str]) -> None:
        """Offer ``checklist`` the choices for a record naming ``ids`` and tick those."""
        wanted = self.for_record(ids)
        if getattr(checklist, _OFFERED, None) != wanted:
            setattr(checklist, _OFFERED, wanted)
            checklist.set_choices(wanted)
        checklist.set_checked(ids)

    def pick(self, combo: QComboBox, actor_id: str | None, nobody: str | None = None) -> None:
        """Offer ``combo`` the choices for a record naming ``actor_id`` (``nobody``: the text of a first
        entry without an actor) and choose it; signals stay quiet while the entries change."""
        wanted = self.for_record([actor_id])
        if getattr(combo, _OFFERED, None) != wanted:
            setattr(combo, _OFFERED, wanted)
            combo.blockSignals(True)
            combo.clear()
            if nobody is not None:
                combo.addItem(nobody, None)
            for key, label in wanted:
                combo.addItem(label, key)
            combo.blockSignals(False)
        combo.setCurrentIndex(max(0, combo.findData(actor_id)))
