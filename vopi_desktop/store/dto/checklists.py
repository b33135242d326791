"""Checklists (opening per Verein, anchoring per municipality) and their items as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ...analysis.checklists import Progress


@dataclass(frozen=True)
class ChecklistItem:
    """One item of a checklist instance.

    ``key`` is a catalogue item key (``"opening.07"``) or, for an item the Verein added itself,
    ``"own.<hex>"``; ``text`` is empty for catalogue items (the catalogue has their text in both
    languages) and holds the statement of an own item. ``version`` goes back with the next save.
    """

    id: str
    checklist_id: str
    key: str
    section: str
    text: str
    status: str  # vocab checklist_status: open | in_progress | done | not_relevant
    note: str
    responsible: str
    due_on: date | None
    version: int

    @property
    def own(self) -> bool:
        return self.key.startswith(OWN_PREFIX)


OWN_PREFIX = "own."


@dataclass(frozen=True)
class Checklist:
    """A checklist instance with all its items, catalogue order first, own items after their section's."""

    id: str
    municipality_id: str
    template_key: str  # "opening" | "anchoring"
    actor_id: str | None  # None: the municipality itself (anchoring)
    actor_name: str
    title: str
    started_on: date
    version: int
    items: tuple[ChecklistItem, ...] = ()

    def item(self, key: str) -> ChecklistItem | None:
        return next((i for i in self.items if i.key == key), None)


@dataclass(frozen=True)
class ItemInput:
    """What the item row edits; an own item also has its text (and, when added, its section)."""

    status: str = "open"
    note: str = ""
    responsible: str = ""
    due_on: date | None = None
    text: str = ""


@dataclass(frozen=True)
class OpeningRow:
    """One Verein in the overview: started or not, how far, what is overdue."""

    actor_id: str
    actor_name: str
    actor_type: str
    checklist_id: str | None
    started_on: date | None
    progress: Progress = field(default_factory=Progress)
    overdue: int = 0
    next_due: date | None = None  # the earliest due date still ahead of an open or in-progress item
    overdue_since: date | None = None  # the oldest due date passed ("überfällig seit")

    @property
    def started(self) -> bool:
        return self.checklist_id is not None
