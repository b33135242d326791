"""Which step to take next, from the occasions chosen and from what is already filled in."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

# The process order of DESIGN.md section 3; occasions move their areas to the front.
PROCESS_ORDER = ("barriers", "actors", "network", "pillars", "events", "measures", "opening", "anchoring")
BARRIER_COUNT = 27


@dataclass(frozen=True)
class NextStep:
    area: str  # area key: where the link leads
    done: bool
    done_count: int = 0  # progress for areas that count, e.g. 18 of 27 barriers rated
    total: int = 0
    available: bool = True  # False: the area is not built in this version (its page is a placeholder)


def _step(area: str, counts: Mapping[str, int]) -> NextStep:
    c = counts.get
    if area == "barriers":
        rated = c("barriers_assessed", 0)
        return NextStep(area, rated >= BARRIER_COUNT, min(rated, BARRIER_COUNT), BARRIER_COUNT)
    if area == "actors":
        return NextStep(area, c("actors", 0) >= 10, c("actors", 0), 10)
    if area == "network":
        return NextStep(area, c("links", 0) > 0 and c("actors", 0) > 1, c("links", 0))
    if area == "pillars":
        return NextStep(area, c("rounds", 0) > 0 and c("scores", 0) >= 20, c("scores", 0), 20)
    if area == "events":
        return NextStep(area, c("events", 0) > 0, c("events", 0))
    if area == "measures":
        return NextStep(area, c("measures", 0) > 0, c("measures", 0))
    if area == "opening":
        return NextStep(area, c("opening_checklists", 0) > 0, c("opening_checklists", 0))
    if area == "anchoring":
        return NextStep(area, c("anchoring_checklists", 0) > 0, c("anchoring_checklists", 0))
    return NextStep(area, False)


def next_steps(
    occasions: Sequence[str],
    recommended: Mapping[str, Sequence[str]],
    counts: Mapping[str, int],
    built: Collection[str] | None = None,
) -> list[NextStep]:
    """Open steps first (the chosen occasions' areas in their order, then the process order), then
    the steps of areas not built yet, done last.

    ``recommended`` maps each occasion key to its areas, as the catalogue lists them. ``built`` names
    the areas this version has a page for (None: all). A step of an area not built is never done, even
    when its table holds rows (an exchange file or the demo may bring events): the user cannot see
    or finish that work here, so a tick would claim what the app cannot show.
    """
    order: list[str] = []
    for occasion in occasions:
        for area in recommended.get(occasion, ()):
            if area in PROCESS_ORDER and area not in order:
                order.append(area)
    if not occasions:
        order = list(PROCESS_ORDER)
    else:
        # Analysis always comes first: without knowing barriers and actors nothing else is well aimed.
        order = [a for a in ("barriers", "actors") if a not in order] + order
    steps = [_step(area, counts) for area in order]
    if built is not None:
        steps = [s if s.area in built else replace(s, done=False, available=False) for s in steps]
    open_steps = [s for s in steps if not s.done and s.available]
    later = [s for s in steps if not s.available]
    return open_steps + later + [s for s in steps if s.done]
