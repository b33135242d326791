"""Plain, immutable records for the built-in catalogue.

The catalogue is shared by every page, report and export, and it is cached per language, so each
record is a frozen dataclass: nobody can change the cached copy by accident. Texts are already
resolved to one language; keys are stable identifiers that the database stores.
"""

from __future__ import annotations

from dataclasses import dataclass


class CatalogError(Exception):
    """The shipped catalogue is missing, malformed or inconsistent.

    Raised at load time with the file and the JSON path of the first problem (or a list of all
    broken cross-references), so a broken build fails loudly instead of showing empty screens.
    """


@dataclass(frozen=True, slots=True)
class Occasion:
    """A reason to start the process; it sets the focus of the start page."""

    key: str
    title: str
    description: str
    recommended_areas: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Barrier:
    """A reason that keeps people with a migration background from engaging."""

    key: str
    group: str
    title: str
    explanation: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BarrierGroup:
    """A heading that groups related barriers for display and reports."""

    key: str
    title: str
    description: str
    barriers: tuple[Barrier, ...]


@dataclass(frozen=True, slots=True)
class Approach:
    """An outreach approach and the barriers it is known to address."""

    key: str
    title: str
    description: str
    barriers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One tickable statement; its key is what a checklist instance stores."""

    key: str
    text: str
    hint: str


@dataclass(frozen=True, slots=True)
class ChecklistSection:
    """A titled block of checklist items, printed as one group."""

    key: str
    title: str
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True, slots=True)
class ChecklistTemplate:
    """A checklist the user can instantiate for the municipality or for one actor."""

    key: str
    title: str
    description: str
    phases: str
    sections: tuple[ChecklistSection, ...]

    @property
    def items(self) -> tuple[ChecklistItem, ...]:
        """All items in print order, for progress counts that ignore sections."""
        return tuple(item for section in self.sections for item in section.items)


@dataclass(frozen=True, slots=True)
class Placement:
    """Where the topic can live in the administration, with guidance on who it suits."""

    key: str
    title: str
    fits: str
    pro: str
    contra: str
    kinds: tuple[str, ...]
    min_population: int | None
    max_population: int | None

    def fits_kind(self, kind: str) -> bool:
        """Whether the option suits this kind of municipality (gemeinde, stadt, ...)."""
        return kind in self.kinds

    def fits_population(self, population: int | None) -> bool:
        """Whether the population lies inside the guidance range; an unknown size never disqualifies."""
        if population is None:
            return True
        if self.min_population is not None and population < self.min_population:
            return False
        return self.max_population is None or population <= self.max_population

    def matches(self, kind: str, population: int | None) -> bool:
        """Whether kind and size both fit, i.e. the UI may mark the option as recommended."""
        return self.fits_kind(kind) and self.fits_population(population)


@dataclass(frozen=True, slots=True)
class Practice:
    """A built-in practice example: what others did, what helped, and what it answers.

    ``items`` are checklist item keys (opening or anchoring) and ``barriers`` barrier keys, so an
    example can be shown beside the item or barrier it speaks to.
    """

    key: str
    title: str
    what: str
    helped: str
    items: tuple[str, ...]
    barriers: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Indicator:
    """A self-assessment question scored 1 to 5 within one pillar.

    ``scale`` names the answer scale that fits the question ("agreement" for "Gibt es …?",
    "frequency" for "Wie oft …?", "amount" for "Wie viele …?", "share" for a proportion);
    ``scale_labels`` are its five answers, for the stored values 1 to 5 in order.
    """

    key: str
    pillar: str
    question: str
    scale_hint: str
    scale: str = "agreement"
    scale_labels: tuple[str, ...] = ()

    def scale_label(self, score: int) -> str:
        """The answer for a stored score ("Oft" for 4 on the frequency scale); "" when out of range."""
        return self.scale_labels[score - 1] if 1 <= score <= len(self.scale_labels) else ""


@dataclass(frozen=True, slots=True)
class Pillar:
    """One of the four pillars of living together that measures and reports refer to."""

    key: str
    title: str
    description: str
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True, slots=True)
class MethodPhase:
    """A step of a participation method, in running order."""

    title: str
    description: str


@dataclass(frozen=True, slots=True)
class Method:
    """A participation format the municipality can run, with practical figures."""

    key: str
    title: str
    summary: str
    group_size: str
    duration: str
    cost: str
    phases: tuple[MethodPhase, ...]
    results: str
    tips: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ProtocolSection:
    """One part of a good event record; the event dialog and protocol PDF follow this order."""

    key: str
    title: str
    hint: str


@dataclass(frozen=True, slots=True)
class DataProtectionRule:
    """A GDPR rule of thumb for handling contact data."""

    key: str
    title: str
    text: str
