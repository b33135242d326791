"""The placement recommendation for every municipality kind and size class, in both languages."""

from __future__ import annotations

import pytest

from vopi_desktop.analysis.placement import SizeClass, recommend, size_class
from vopi_desktop.catalog import load_catalog
from vopi_desktop.lang import set_language

KINDS = ("gemeinde", "stadt", "landkreis", "gvv")
# one population per size class, at and just inside the class limits
SIZES = {
    SizeClass.UNKNOWN: (None, 0),
    SizeClass.RURAL: (1, 800, 4_999),
    SizeClass.SMALL: (5_000, 12_000, 19_999),
    SizeClass.MEDIUM: (20_000, 55_000, 99_999),
    SizeClass.LARGE: (100_000, 650_000),
}
# kind -> size class -> recommended placement key
EXPECTED = {
    "gemeinde": {
        SizeClass.UNKNOWN: "mayor_office",
        SizeClass.RURAL: "mayor_office",
        SizeClass.SMALL: "mayor_office",
        SizeClass.MEDIUM: "staff_unit",
        SizeClass.LARGE: "staff_unit",
    },
    "stadt": {
        SizeClass.UNKNOWN: "staff_unit",
        SizeClass.RURAL: "mayor_office",
        SizeClass.SMALL: "mayor_office",
        SizeClass.MEDIUM: "staff_unit",
        SizeClass.LARGE: "staff_unit",
    },
    "landkreis": dict.fromkeys(SizeClass, "district_office"),
    "gvv": dict.fromkeys(SizeClass, "inter_municipal"),
}


@pytest.mark.parametrize("size", list(SizeClass))
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_and_size_class(kind: str, size: SizeClass) -> None:
    placements = {p.key for p in load_catalog("de").placements}
    for population in SIZES[size]:
        assert size_class(population) is size
        rec = recommend(kind, population)
        assert rec.option == EXPECTED[kind][size], (kind, population)
        assert rec.size_class is size
        assert rec.reason.endswith(".")
        assert {rec.option, *rec.alternatives} <= placements
        assert rec.option not in rec.alternatives
        # the recommendation never contradicts the catalogue's "fits" for the kind
        assert load_catalog("de").placement(rec.option).fits_kind(kind)


def test_size_class_limits() -> None:
    assert [size_class(n) for n in (None, -5, 0, 1, 4_999, 5_000, 19_999, 20_000, 99_999, 100_000)] == [
        SizeClass.UNKNOWN,
        SizeClass.UNKNOWN,
        SizeClass.UNKNOWN,
        SizeClass.RURAL,
        SizeClass.RURAL,
        SizeClass.SMALL,
        SizeClass.SMALL,
        SizeClass.MEDIUM,
        SizeClass.MEDIUM,
        SizeClass.LARGE,
    ]


def test_small_recommendation_agrees_with_catalogue_ranges() -> None:
    """Where the catalogue's population ranges speak, the rule picks an option whose range fits."""
    cat = load_catalog("de")
    for kind in ("gemeinde", "stadt"):
        for population in (800, 12_000, 19_999, 20_000, 55_000, 650_000):
            assert cat.placement(recommend(kind, population).option).matches(kind, population)


def test_reason_says_why_and_asks_for_the_population() -> None:
    set_language("de")
    assert "Einwohnerzahl ist nicht eingetragen" in recommend("gemeinde", None).reason
    assert "Einwohnerzahl" not in recommend("gemeinde", 3_000).reason
    assert "sehr kleinen" in recommend("gemeinde", 3_000).reason
    assert "Großstadt" in recommend("stadt", 250_000).reason
    assert "Landratsamt" in recommend("landkreis", 180_000).reason
    set_language("en")
    try:
        assert "population is not entered" in recommend("stadt", None).reason
        assert "share one specialist" in recommend("gvv", 14_000).reason
    finally:
        set_language("de")


def test_unknown_kind_gets_the_option_that_fits_anywhere() -> None:
    rec = recommend("bundesland", 11_000_000)
    assert rec.option == "delegation" and "bundesland" in rec.reason
