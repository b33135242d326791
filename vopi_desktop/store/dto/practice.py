"""A municipality's own practice examples as plain data (the built-in ones are in the catalogue)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OwnPractice:
    id: str
    municipality_id: str
    title: str
    what: str  # what was done
    helped: str  # what helped
    items: tuple[str, ...]  # checklist item keys it speaks to
    barriers: tuple[str, ...]  # catalogue barrier keys it addresses
    contact_actor_id: str | None
    contact_actor_name: str
    version: int


@dataclass(frozen=True)
class PracticeInput:
    title: str
    what: str = ""
    helped: str = ""
    items: tuple[str, ...] = ()
    barriers: tuple[str, ...] = ()
    contact_actor_id: str | None = None
