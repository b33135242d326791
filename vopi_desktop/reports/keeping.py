"""Headings kept with the beginning of their section (a heading never stands alone at a page's foot).

ReportLab's ``keepWithNext`` glues a heading to the whole next flowable (a 40-row table moves to the
next page with it, leaving half a page empty), and a fixed ``CondPageBreak`` misses a tall chart under
a heading. ``RoomFor`` stands before a heading and breaks the page unless the page has room for the
heading, a short line under it and the *beginning* of what follows: a chart or a kept block whole,
a short table (up to ``SHORT_ROWS`` rows) whole, a long one's header and first rows, a paragraph's
first lines. It measures these at layout time (a heading's and a line's wrap are kept by ``_Paragraph``;
a table's cells too).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import ActionFlowable, CondPageBreak, Flowable, KeepTogether, Spacer, Table

HEADINGS = frozenset({"h1", "h2"})
LEAD = frozenset({"body", "note", "lead", "small", "subtitle"})  # a line under a heading ("Stand: …")
SHORT_ROWS = 25  # a table of up to so many rows moves whole rather than split (review 4: 3 of 11, 4 of 25)
SHORT_PART = 0.7  # ... and is at most so much of a page high (taller, it starts where it stands)
FIRST_ROWS = 3  # of a longer table, the header and so many rows stay with the heading
LEAD_LINES = 4  # lines under a heading (up to ``LEADS`` short paragraphs) kept with it and what follows
LEADS = 3


def style_name(flowable: Flowable) -> str:
    return getattr(getattr(flowable, "style", None), "name", "")


def is_heading(flowable: Flowable) -> bool:
    return style_name(flowable) in HEADINGS


def _is_action(flowable: Flowable) -> bool:
    """A page break, a conditional one, a template change: no content to keep with a heading."""
    return bool(getattr(flowable, "locChanger", 0)) or isinstance(flowable, ActionFlowable)


def _is_space(flowable: Flowable) -> bool:
    return isinstance(flowable, Spacer) and not isinstance(flowable, CondPageBreak)


def _height(flowable: Flowable, width: float, full: float) -> float:
    return flowable.wrap(width, full)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def _beginning(flowable: Flowable, width: float, full: float) -> float:
    """The height of what must stand on the heading's page: all of an unsplittable or short flowable."""
    if isinstance(flowable, KeepTogether):  # its own wrap answers "split me" (and wants a canvas)
        return sum(_height(part, width, full) for part in flowable._content)
    if isinstance(flowable, Table):  # a short one whole, unless it fills most of a page anyway
        height = flowable.wrap(width, full)[1]
        rows = flowable._rowHeights
        short = len(rows) <= SHORT_ROWS + 1 and height <= SHORT_PART * full
        return height if short else sum(rows[: 1 + FIRST_ROWS])
    if style_name(flowable) in LEAD:
        leading = flowable.style.leading
        return min(_height(flowable, width, full), 2 * leading + flowable.getSpaceBefore())
    return _height(flowable, width, full)


class RoomFor(CondPageBreak):
    """A page break unless the page has room for ``parts``: headings (and spaces), then at most one
    lead line, and the beginning of the section's first flowable (the last part)."""

    def __init__(self, parts: Sequence[Flowable]) -> None:
        super().__init__(0)
        self.parts = list(parts)

    def __repr__(self) -> str:
        return f"RoomFor({len(self.parts)} parts)"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        frame = self._doctemplateAttr("frame")
        full = frame._aH if frame is not None else availHeight
        if isinstance(self.parts[-1], Table) and availHeight >= SHORT_PART * full + self._heads(
            availWidth, full
        ):
            self.height = 0  # room for any short table and a long one's first rows: no need to measure it
        else:  # never more than an empty page holds: a section taller than a page starts on a new one
            self.height = min(self._need(availWidth, full), full - 1)
        return super().wrap(availWidth, availHeight)

    def _heads(self, width: float, full: float) -> float:
        return sum(_height(part, width, full) for part in self.parts[:-1])

    def _need(self, width: float, full: float) -> float:
        total = lines = 0.0
        last = len(self.parts) - 1
        for n, part in enumerate(self.parts):
            if n == last:
                return total + _beginning(part, width, full)
            height = _height(part, width, full)
            if not is_heading(part) and not _is_space(part):  # a paragraph under the heading
                lines += (height - part.getSpaceBefore() - part.getSpaceAfter()) / part.style.leading
                if lines > LEAD_LINES + 0.5:  # more than a few lines: they are the section's beginning
                    return total + _beginning(part, width, full)
            total += height
        return total


def keep_headings(story: list[Flowable]) -> list[Flowable]:
    """``story`` with a ``RoomFor`` before every heading (h1, h2) that a section follows."""
    out: list[Flowable] = []
    count = len(story)
    for i, flowable in enumerate(story):
        if is_heading(flowable) and (i == 0 or not is_heading(story[i - 1])):
            j = i + 1
            while j < count and (is_heading(story[j]) or _is_space(story[j])):
                j += 1
            parts = story[i:j]
            # a few short paragraphs under the heading ("Stand: …", a short last section), and the
            # chart or table after them
            k = j
            while k < count and k - j < LEADS and style_name(story[k]) in LEAD:
                k += 1
            parts += story[j:k]
            if k < count and not _is_action(story[k]) and (k == j or style_name(story[k]) not in HEADINGS):
                parts.append(story[k])
            out.append(RoomFor(parts))
        out.append(flowable)
    return out
