"""The network map as plain data: actors as nodes, their links as edges."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


# Node and Link are named tuples, not frozen dataclasses: a document reads 10,000 actors and 15,000
# links at once, and a tuple is made in a fifth of the time (immutable and compared by value alike).
class Node(NamedTuple):
    """An actor on the map; ``x``/``y`` are None until a layout has been saved for it."""

    id: str
    name: str
    type: str
    x: float | None
    y: float | None


class Link(NamedTuple):
    id: str
    source: str
    target: str
    kind: str  # vocab link_kinds
    strength: int  # 1..3
    note: str
    version: int


@dataclass(frozen=True)
class Graph:
    """The live actors and the links between them. ``nodes`` come in the actors list's order (by name
    as ``textsort.sort_key`` orders it, then by id): the printed map numbers them in that order."""

    municipality_id: str
    nodes: tuple[Node, ...]
    links: tuple[Link, ...]

    @property
    def unplaced(self) -> tuple[Node, ...]:
        """Nodes without a saved position: these need a layout before the map can show them."""
        return tuple(n for n in self.nodes if n.x is None or n.y is None)
