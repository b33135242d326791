"""Where the topic should live in the administration: a recommendation from kind and population.

The rule follows the placement guidance of the catalogue (placements.json, FACTS §4): a Landkreis
coordinates its municipalities from the Landratsamt, a Gemeindeverwaltungsverband shares one post,
a small municipality keeps the topic with the mayor or the main office, and a medium or large town
gives it a staff unit at the top. Size classes are the usual German ones. The rule is deliberately
explicit (not a score over the catalogue ranges) so the reason shown to staff says exactly why.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..lang import t

SMALL_TOWN = 5_000  # below: Landgemeinde
MEDIUM_TOWN = 20_000  # from here: Mittelstadt
LARGE_TOWN = 100_000  # from here: Großstadt


class SizeClass(Enum):
    """The usual size classes of German municipalities by population."""

    UNKNOWN = "unknown"
    RURAL = "rural"  # under 5,000
    SMALL = "small"  # 5,000 to under 20,000
    MEDIUM = "medium"  # 20,000 to under 100,000
    LARGE = "large"  # 100,000 and more


@dataclass(frozen=True)
class Recommendation:
    """The recommended placement option, why, and what else is worth considering.

    ``option`` and ``alternatives`` are placement keys of the catalogue; ``reason`` is one or two
    sentences in the current language (``lang.t``).
    """

    option: str
    reason: str
    size_class: SizeClass
    alternatives: tuple[str, ...] = ()


def size_class(population: int | None) -> SizeClass:
    """The size class of a population; ``None`` (not entered) and nonsense below 1 are unknown."""
    if population is None or population < 1:
        return SizeClass.UNKNOWN
    if population < SMALL_TOWN:
        return SizeClass.RURAL
    if population < MEDIUM_TOWN:
        return SizeClass.SMALL
    if population < LARGE_TOWN:
        return SizeClass.MEDIUM
    return SizeClass.LARGE


def recommend(kind: str, population: int | None) -> Recommendation:
    """The placement option that suits a municipality of this kind and population best.

    Args:
        kind: the municipality kind (vocabulary ``municipality_kinds``: gemeinde, stadt, landkreis, gvv).
        population: inhabitants, or ``None`` when not entered.

    An unknown kind (say, from a newer app version's file) gets the option that fits anywhere, with
    a reason that says so, instead of an error: the guidance screen must always show something.
    """
    size = size_class(population)
    unknown = size is SizeClass.UNKNOWN
    missing = (
        t(
            " Die Einwohnerzahl ist nicht eingetragen; mit ihr wird die Empfehlung genauer.",
            " The population is not entered; with it the recommendation becomes more precise.",
        )
        if unknown
        else ""
    )
    if kind == "landkreis":
        return Recommendation(
            "district_office",
            t(
                "Ein Landkreis koordiniert: Eine Fachstelle im Landratsamt qualifiziert und berät die "
                "Kreisgemeinden und hält Förderwissen für alle bereit.",
                "A rural district coordinates: an office at the district administration trains and advises "
                "the municipalities in the district and keeps funding know-how for all of them.",
            ),
            size,
            ("department", "delegation"),
        )
    if kind == "gvv":
        return Recommendation(
            "inter_municipal",
            t(
                "Im Gemeindeverwaltungsverband können sich die Mitgliedsgemeinden eine Fachkraft teilen; "
                "das ist mehr, als jede allein tragen könnte.",
                "In an administrative association the member municipalities can share one specialist; "
                "that is more than each could afford alone.",
            ),
            size,
            ("mayor_office", "delegation"),
        )
    if kind not in ("gemeinde", "stadt"):
        return Recommendation(
            "delegation",
            t(
                f"Die Art der Kommune („{kind}“) ist unbekannt; die Übertragung an eine Freiwilligenagentur "
                "oder einen Träger passt überall, als Ergänzung.",
                f"The kind of municipality (“{kind}”) is unknown; delegating to a volunteer centre or a "
                "provider fits anywhere, as a complement.",
            ),
            size,
        )
    if size in (SizeClass.MEDIUM, SizeClass.LARGE) or (unknown and kind == "stadt"):
        where = {
            SizeClass.LARGE: t("einer Großstadt", "a city"),
            SizeClass.MEDIUM: t("einer Mittelstadt", "a medium-sized town"),
        }.get(size, t("einer Stadt", "a town"))
        return Recommendation(
            "staff_unit",
            t(
                f"In {where} arbeitet eine Stabsstelle an der Verwaltungsspitze quer über alle Ämter und ist "
                "sichtbar genug, um Dinge durchzusetzen.",
                f"In {where} a staff unit reporting to the mayor works across all departments and is visible "
                "enough to get things done.",
            )
            + missing,
            size,
            ("department", "delegation"),
        )
    small = t("sehr kleinen", "very small") if size is SizeClass.RURAL else t("kleinen", "small")
    return Recommendation(
        "mayor_office",
        t(
            f"In einer {small} Kommune sind die Wege kurz: Bürgermeister:in oder Hauptamt als "
            "Ansprechstelle machen das Thema zur Chefsache.",
            f"In a {small} municipality the lines are short: the mayor or the main office as the point "
            "of contact makes the topic a matter for the top.",
        )
        + missing,
        size,
        ("inter_municipal", "delegation"),
    )
