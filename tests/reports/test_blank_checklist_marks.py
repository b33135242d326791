"""A blank checklist says how to mark each of the three states in its one box, as the legend above
draws them (review 4, K17: "Ankreuzen, was zutrifft" under a legend of three states; a tick cannot
tell "in Arbeit" from "nicht relevant" when the clerk types the sheet in)."""

from __future__ import annotations

import pytest

from tests.reports.conftest import text_of


@pytest.mark.parametrize("kind", ["opening-checklist", "anchoring-checklist"])
def test_the_blank_sheet_says_how_to_mark_each_state(make_pdf, kind: str) -> None:
    text = " ".join(text_of(make_pdf(kind, "--blank")).split())
    assert "Ankreuzen, was zutrifft" not in text
    assert "Haken = erledigt · Punkt = in Arbeit · Strich = nicht relevant" in text
