"""Which part of the network map shows: type and kind filters, the two-step focus."""

from __future__ import annotations

from dataclasses import dataclass

from vopi_desktop.analysis.network_filter import shown


@dataclass(frozen=True)
class N:
    id: str
    type: str


@dataclass(frozen=True)
class L:
    id: str
    source: str
    target: str
    kind: str


# a - b - c - d - e in a row (a verein, b school, c migrant org, d verein, e church), plus f alone
NODES = [N("a", "verein"), N("b", "school_kita"), N("c", "migrant_org"), N("d", "verein"), N("e", "religious"),
         N("f", "verein")]  # fmt: skip
LINKS = [L("ab", "a", "b", "cooperation"), L("bc", "b", "c", "informal"), L("cd", "c", "d", "cooperation"),
         L("de", "d", "e", "funding")]  # fmt: skip


def test_everything_without_filters() -> None:
    result = shown(NODES, LINKS)
    assert result.nodes == {"a", "b", "c", "d", "e", "f"} and result.links == {"ab", "bc", "cd", "de"}


def test_type_and_kind_filters() -> None:
    result = shown(NODES, LINKS, types={"verein", "school_kita"})
    assert result.nodes == {"a", "b", "d", "f"} and result.links == {"ab"}  # a link needs both ends
    result = shown(NODES, LINKS, kinds={"cooperation"})
    assert result.nodes == {"a", "b", "c", "d", "e", "f"} and result.links == {"ab", "cd"}
    assert shown(NODES, LINKS, types=set()).nodes == frozenset()


def test_focus_shows_two_steps_out() -> None:
    result = shown(NODES, LINKS, focus="c")
    assert result.nodes == {"a", "b", "c", "d", "e"} and result.links == {"ab", "bc", "cd", "de"}
    result = shown(NODES, LINKS, focus="a")
    assert result.nodes == {"a", "b", "c"} and result.links == {"ab", "bc"}
    assert shown(NODES, LINKS, focus="a", steps=1).nodes == {"a", "b"}
    assert shown(NODES, LINKS, focus="f").nodes == {"f"}  # alone: just itself
    assert shown(NODES, LINKS, focus="gone").nodes == {"a", "b", "c", "d", "e", "f"}  # unknown: no focus


def test_focus_walks_only_the_chosen_kinds_and_types() -> None:
    result = shown(NODES, LINKS, kinds={"cooperation"}, focus="c")
    assert result.nodes == {"c", "d"} and result.links == {"cd"}  # informal b–c is filtered out
    result = shown(NODES, LINKS, types={"verein"}, focus="c")  # the focus shows whatever its type
    assert result.nodes == {"c", "d"} and result.links == {"cd"}
