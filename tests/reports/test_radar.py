"""The dossier's radar: a long pillar title prints whole on two or three lines, with the 1–5 scale."""

from __future__ import annotations

from reportlab.graphics.shapes import Group, String

from vopi_desktop.reports.charts import pillar_radar

PILLARS = [
    "Aktive Begegnung",
    "Gleichberechtigte Teilhabe",
    "Vielfalt",
    "Augenhöhe von Verwaltung und zivilgesellschaftlichem Engagement",
]


def _strings(node) -> list[String]:
    found = []
    for item in getattr(node, "contents", []):
        if isinstance(item, String):
            found.append(item)
        elif isinstance(item, Group):
            found.extend(_strings(item))
    return found


def test_a_long_pillar_title_is_wrapped_not_cut_and_the_scale_is_marked() -> None:
    drawing = pillar_radar(
        PILLARS, [("Herbst 2025", [1.8, 1.6, 1.6, 2.0]), ("Frühjahr 2026", [2.6, 2.4, 2.2, 3.0])]
    )
    texts = [s.text for s in _strings(drawing)]
    assert not [t for t in texts if t.endswith("…")], texts
    words = " ".join(texts).split()
    for word in PILLARS[3].split():
        assert word in words
    assert {"1", "2", "3", "4", "5"} <= set(texts)
    # every label inside the drawing
    for s in _strings(drawing):
        assert 0 <= s.y <= drawing.height
