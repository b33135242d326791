"""The Start page's next steps: order, progress, and no tick for an area that is not built."""

from __future__ import annotations

from vopi_desktop.analysis.next_steps import next_steps

BUILT = {"barriers", "actors", "network", "pillars"}


def test_an_area_not_built_is_never_ticked_done() -> None:
    """The demo fills events, measures and checklists; without their pages those steps are not done."""
    counts = {"events": 3, "measures": 5, "opening_checklists": 2, "anchoring_checklists": 1, "actors": 12}
    steps = {s.area: s for s in next_steps([], {}, counts, BUILT)}
    for area in ("events", "measures", "opening", "anchoring"):
        assert not steps[area].done and not steps[area].available, area
    assert steps["actors"].done and steps["actors"].available
    order = [s.area for s in next_steps([], {}, counts, BUILT)]
    # open steps of built areas, then the areas to come, the done ones last
    assert order == ["barriers", "network", "pillars", "events", "measures", "opening", "anchoring", "actors"]


def test_without_a_built_list_every_area_counts_as_before() -> None:
    steps = {s.area: s for s in next_steps([], {}, {"events": 1})}
    assert steps["events"].done and steps["events"].available
