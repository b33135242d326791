"""How far a checklist has got: per section and overall, and which items are overdue.

Items marked "not relevant" leave the count: a Verein without its own website should not be held
back by the website item. A checklist whose items are all not relevant has no progress to show
(``share`` is ``None``), which the screens print as "–" rather than as 0 % or 100 %.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol, TypeVar

STATUSES = ("open", "in_progress", "done", "not_relevant")  # vocab checklist_status
ACTIVE = ("open", "in_progress")  # items that can be overdue


class ItemLike(Protocol):
    """What these functions read from an item (``store.dto.checklists.ChecklistItem`` fits)."""

    @property
    def section(self) -> str: ...

    @property
    def status(self) -> str: ...

    @property
    def due_on(self) -> date | None: ...


ItemT = TypeVar("ItemT", bound=ItemLike)


@dataclass(frozen=True)
class Progress:
    """Counts of one section or of the whole checklist."""

    done: int = 0
    in_progress: int = 0
    open: int = 0
    not_relevant: int = 0

    @property
    def counted(self) -> int:
        """Items that count: all but the not relevant ones."""
        return self.done + self.in_progress + self.open

    @property
    def total(self) -> int:
        return self.counted + self.not_relevant

    @property
    def share(self) -> float | None:
        """Done items as a share of the counted ones, ``None`` when nothing counts."""
        return self.done / self.counted if self.counted else None

    @property
    def percent(self) -> int | None:
        """The share in whole percent, rounded down so 25 of 26 never shows as 100 %."""
        return None if self.counted == 0 else self.done * 100 // self.counted

    def __add__(self, other: Progress) -> Progress:
        return Progress(
            self.done + other.done,
            self.in_progress + other.in_progress,
            self.open + other.open,
            self.not_relevant + other.not_relevant,
        )


@dataclass(frozen=True)
class ChecklistProgress:
    """Progress of every section (in the order asked for) and of the checklist as a whole."""

    overall: Progress
    sections: dict[str, Progress] = field(default_factory=dict)


def count(statuses: Iterable[str]) -> Progress:
    """Progress over plain status keys; an unknown status (from a newer version) counts as open."""
    tally = dict.fromkeys(STATUSES, 0)
    for status in statuses:
        tally[status if status in tally else "open"] += 1
    return Progress(tally["done"], tally["in_progress"], tally["open"], tally["not_relevant"])


def progress(items: Iterable[ItemLike], section_order: Sequence[str] = ()) -> ChecklistProgress:
    """Progress per section and overall.

    Args:
        items: the checklist's items, catalogue and own ones alike.
        section_order: section keys to list first and in this order, even when empty (the
            catalogue's sections); sections met only in ``items`` follow in the order met.
    """
    by_section: dict[str, list[str]] = {key: [] for key in section_order}
    for item in items:
        by_section.setdefault(item.section, []).append(item.status)
    sections = {key: count(statuses) for key, statuses in by_section.items()}
    return ChecklistProgress(sum(sections.values(), Progress()), sections)


def is_overdue(item: ItemLike, today: date) -> bool:
    """An item still open or in progress whose due date has passed (due today is not overdue yet)."""
    return item.status in ACTIVE and item.due_on is not None and item.due_on < today


def overdue(items: Iterable[ItemT], today: date) -> list[ItemT]:
    """The overdue items, the longest overdue first."""
    late = [item for item in items if is_overdue(item, today)]
    return sorted(late, key=lambda item: item.due_on or today)
