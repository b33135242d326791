"""The words of the network map: tooltips of actors and links, the partner rows of the panel.

Kept apart from the page (which is long enough); they translate in the page's context.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtCore import QCoreApplication

from ....store.dto.network import Graph, Link, Node
from ....textsort import sort_key
from ...messages import fmt
from .model import LinkRow


def pair(by_id: Mapping[str, Node], source: str, target: str) -> str:
    """ "TSV Teststadt – Moscheegemeinde": a link named by its two actors (undo names it so)."""
    a, b = by_id.get(source), by_id.get(target)
    return f"{a.name if a else '?'} – {b.name if b else '?'}"


def node_tip(node: Node, degree: int, type_labels: Mapping[str, str]) -> str:
    # QCoreApplication.translate spelled out with its context each time: lupdate finds only that.
    if degree == 1:
        links = QCoreApplication.translate("NetworkPage", "1 link")
    else:
        links = fmt(QCoreApplication.translate("NetworkPage", "%1 links"), str(degree))
    return f"{node.name}\n{type_labels.get(node.type, node.type)} · {links}"


def link_tip(link: Link, by_id: Mapping[str, Node], kind_labels: Mapping[str, str]) -> str:
    a, b = by_id.get(link.source), by_id.get(link.target)
    kind = kind_labels.get(link.kind, link.kind)
    strength = fmt(QCoreApplication.translate("NetworkPage", "strength %1 of 3"), str(link.strength))
    text = f"{a.name if a else '?'} – {b.name if b else '?'}\n{kind}, {strength}"
    return text + (f"\n{link.note}" if link.note else "")


class Tips(Mapping[str, str]):
    """The tooltip of every actor and link by id, each written when first asked for: the scene
    shows them on hover (names with no room on the map are read there), and writing all 3,000 of a
    large map up front held the UI thread before the map was drawn."""

    def __init__(
        self,
        graph: Graph,
        by_id: Mapping[str, Node],
        degrees: Mapping[str, int],
        type_labels: Mapping[str, str],
        kind_labels: Mapping[str, str],
    ) -> None:
        self._links = {link.id: link for link in graph.links}
        self._by_id, self._degrees = by_id, degrees
        self._type_labels, self._kind_labels = type_labels, kind_labels

    def __getitem__(self, key: str) -> str:
        node = self._by_id.get(key)
        if node is not None:
            return node_tip(node, self._degrees.get(key, 0), self._type_labels)
        return link_tip(self._links[key], self._by_id, self._kind_labels)

    def __iter__(self) -> Iterator[str]:
        yield from self._by_id
        yield from self._links

    def __len__(self) -> int:
        return len(self._by_id) + len(self._links)


def link_rows(
    graph: Graph, node: Node, by_id: Mapping[str, Node], kind_labels: Mapping[str, str]
) -> list[LinkRow]:
    """The links of one actor for the panel, by partner name."""
    rows = []
    for link in graph.links:
        if node.id in (link.source, link.target):
            other = by_id[link.target if link.source == node.id else link.source]
            rows.append(LinkRow(link, other.name, kind_labels.get(link.kind, link.kind)))
    rows.sort(key=lambda r: sort_key(r.partner))
    return rows
