"""The assembled catalogue in one language, with the look-ups the rest of the app needs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from vopi_desktop.catalog.model import (
    Approach,
    Barrier,
    BarrierGroup,
    ChecklistTemplate,
    DataProtectionRule,
    Indicator,
    Method,
    Occasion,
    Pillar,
    Placement,
    Practice,
    ProtocolSection,
)

_T = TypeVar("_T")


def _practices_by_ref(practices: tuple[Practice, ...]) -> dict[str, tuple[Practice, ...]]:
    by_ref: dict[str, list[Practice]] = {}
    for practice in practices:
        for ref in (*practice.items, *practice.barriers):
            by_ref.setdefault(ref, []).append(practice)
    return {key: tuple(value) for key, value in by_ref.items()}


def _lookup(table: dict[str, _T], key: str, kind: str) -> _T:
    """Index access with a message that names what was looked up."""
    try:
        return table[key]
    except KeyError:
        raise KeyError(f"unknown {kind} key: {key!r}") from None


@dataclass(frozen=True, slots=True)
class _Indexes:
    """Key look-ups built once per catalogue; table models query them on every paint."""

    occasions: dict[str, Occasion]
    groups: dict[str, BarrierGroup]
    barriers: dict[str, Barrier]
    approaches: dict[str, Approach]
    approaches_for: dict[str, tuple[Approach, ...]]
    placements: dict[str, Placement]
    pillars: dict[str, Pillar]
    indicators: dict[str, Indicator]
    methods: dict[str, Method]
    practices: dict[str, Practice]
    practices_for: dict[str, tuple[Practice, ...]]  # checklist item or barrier key -> examples


@dataclass(frozen=True, eq=False)
class Catalog:
    """All built-in content, resolved to ``lang``.

    Collections keep the catalogue order (B1..B27, O1..O20, ...) because screens and PDFs print
    them in that order. Look-ups by key go through indexes built once, since the catalogue is
    cached and queried from table models many times per paint.
    """

    lang: str
    occasions: tuple[Occasion, ...]
    barrier_groups: tuple[BarrierGroup, ...]
    barriers: tuple[Barrier, ...]
    approaches: tuple[Approach, ...]
    approach_note: str
    checklists: dict[str, ChecklistTemplate]
    placements: tuple[Placement, ...]
    anchoring_principle: str
    pillars: tuple[Pillar, ...]
    methods: tuple[Method, ...]
    protocol_sections: tuple[ProtocolSection, ...]
    data_protection: tuple[DataProtectionRule, ...]
    contact_guidance: str
    vocabularies: Mapping[str, Mapping[str, str]]
    practices: tuple[Practice, ...] = ()
    practice_note: str = ""
    _ix: _Indexes = field(init=False, repr=False)

    def __post_init__(self) -> None:
        by_barrier: dict[str, list[Approach]] = {b.key: [] for b in self.barriers}
        for approach in self.approaches:
            for key in approach.barriers:
                by_barrier.setdefault(key, []).append(approach)
        ix = _Indexes(
            occasions={o.key: o for o in self.occasions},
            groups={g.key: g for g in self.barrier_groups},
            barriers={b.key: b for b in self.barriers},
            approaches={a.key: a for a in self.approaches},
            approaches_for={k: tuple(v) for k, v in by_barrier.items()},
            placements={p.key: p for p in self.placements},
            pillars={p.key: p for p in self.pillars},
            indicators={i.key: i for p in self.pillars for i in p.indicators},
            methods={m.key: m for m in self.methods},
            practices={p.key: p for p in self.practices},
            practices_for=_practices_by_ref(self.practices),
        )
        object.__setattr__(self, "_ix", ix)

    def occasion(self, key: str) -> Occasion:
        """The occasion with this key; ``KeyError`` if the catalogue has none."""
        return _lookup(self._ix.occasions, key, "occasion")

    def barrier_group(self, key: str) -> BarrierGroup:
        """The barrier group with this key; ``KeyError`` if unknown."""
        return _lookup(self._ix.groups, key, "barrier group")

    def barrier(self, key: str) -> Barrier:
        """The barrier with this key (``"B1"`` ...); ``KeyError`` if unknown."""
        return _lookup(self._ix.barriers, key, "barrier")

    def approach(self, key: str) -> Approach:
        """The outreach approach with this key (``"O1"`` ...); ``KeyError`` if unknown."""
        return _lookup(self._ix.approaches, key, "approach")

    def approaches_for_barrier(self, barrier_key: str) -> tuple[Approach, ...]:
        """Approaches that address a barrier, in catalogue order.

        An unknown or custom barrier simply has none, so callers can ask for any assessment.
        """
        return self._ix.approaches_for.get(barrier_key, ())

    def placement(self, key: str) -> Placement:
        """The placement option with this key; ``KeyError`` if unknown."""
        return _lookup(self._ix.placements, key, "placement")

    def placements_for(self, kind: str, population: int | None) -> tuple[Placement, ...]:
        """All placement options, the best fits for this municipality first.

        Options that fit both kind and size come first, then those that fit only the kind, then
        the rest. Within a rank the more specific option (fewer kinds) wins, so the "anywhere, as a
        complement" delegation never crowds out a tailored option; ties keep catalogue order. All
        six are returned because the guidance screen shows every option; ``Placement.matches``
        tells which to highlight.
        """

        def rank(item: tuple[int, Placement]) -> tuple[int, int, int]:
            position, placement = item
            score = 2 * int(placement.fits_kind(kind)) + int(placement.fits_population(population))
            return (-score, len(placement.kinds), position)

        return tuple(p for _, p in sorted(enumerate(self.placements), key=rank))

    def practice(self, key: str) -> Practice:
        """The built-in practice example with this key (``"P01"`` ...); ``KeyError`` if unknown."""
        return _lookup(self._ix.practices, key, "practice example")

    def practices_for(self, key: str) -> tuple[Practice, ...]:
        """Built-in examples linked to a checklist item (``"opening.06"``) or a barrier (``"B3"``).

        Unknown keys (an own item, an own barrier) simply have none, in catalogue order otherwise.
        """
        return self._ix.practices_for.get(key, ())

    def pillar(self, key: str) -> Pillar:
        """The pillar with this key (``"encounter"`` ...); ``KeyError`` if unknown."""
        return _lookup(self._ix.pillars, key, "pillar")

    def indicator(self, key: str) -> Indicator:
        """The indicator with this key (``"encounter.1"`` ...); ``KeyError`` if unknown."""
        return _lookup(self._ix.indicators, key, "indicator")

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        """All twenty indicators, pillar by pillar."""
        return tuple(i for p in self.pillars for i in p.indicators)

    def method(self, key: str) -> Method:
        """The participation method with this key; ``KeyError`` if unknown."""
        return _lookup(self._ix.methods, key, "method")

    def vocab(self, name: str) -> dict[str, str]:
        """An ordered key → label list, e.g. for a combo box.

        Returns a fresh dict each time so a caller cannot alter the cached catalogue.

        Raises:
            KeyError: ``name`` is not a vocabulary of the catalogue (a programming error).
        """
        try:
            return dict(self.vocabularies[name])
        except KeyError:
            raise KeyError(f"unknown vocabulary: {name!r}") from None

    def label(self, vocab_name: str, key: str | int) -> str:
        """The label for a stored key, or the key itself if the catalogue does not know it.

        Falling back to the key keeps records readable that came from a newer app version or an
        imported file with a value this version lacks. Integers are accepted for convenience
        (relevance 0-3, pillar scale 1-5).
        """
        labels = self.vocabularies.get(vocab_name)
        if labels is None:
            raise KeyError(f"unknown vocabulary: {vocab_name!r}")
        text = str(key)
        return labels.get(text, text)
