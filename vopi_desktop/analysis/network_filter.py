"""Which part of the network map to show: filters by actor type and link kind, and a focus on one
actor with its neighbours a few steps out. Pure functions, so the page, a report or a test agree.

A map of hundreds of actors is a knot; these cut it down to the question at hand ("the schools and
whom they work with", "everything within two steps of the Integrationsbüro").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

FOCUS_STEPS = 2  # the focus mode shows an actor and its neighbours up to two steps out


class _Node(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def type(self) -> str: ...


class _Link(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def target(self) -> str: ...
    @property
    def kind(self) -> str: ...


@dataclass(frozen=True)
class Shown:
    nodes: frozenset[str]
    links: frozenset[str]


def shown(
    nodes: Sequence[_Node],
    links: Iterable[_Link],
    types: Collection[str] | None = None,
    kinds: Collection[str] | None = None,
    focus: str | None = None,
    steps: int = FOCUS_STEPS,
) -> Shown:
    """The actors and links to draw.

    ``types`` / ``kinds``: only these actor types and link kinds (None: all). ``focus``: only this
    actor and those within ``steps`` links of it, walking only the links of the chosen kinds and
    through actors of the chosen types. The focused actor always shows, whatever its type; a link
    shows when both its ends do.
    """
    type_ok = {n.id for n in nodes if types is None or n.type in types}
    wanted = [link for link in links if kinds is None or link.kind in kinds]
    known = {n.id for n in nodes}
    if focus is not None and focus in known:
        type_ok.add(focus)
        neighbours: dict[str, set[str]] = {}
        for link in wanted:
            if link.source in type_ok and link.target in type_ok:
                neighbours.setdefault(link.source, set()).add(link.target)
                neighbours.setdefault(link.target, set()).add(link.source)
        reached, frontier = {focus}, {focus}
        for _ in range(max(steps, 0)):
            frontier = {m for n in frontier for m in neighbours.get(n, ())} - reached
            if not frontier:
                break
            reached |= frontier
        visible = reached
    else:
        visible = type_ok
    return Shown(
        frozenset(visible),
        frozenset(link.id for link in wanted if link.source in visible and link.target in visible),
    )
