"""A long list in two columns per page, in reading order on every page: down the left column, then
down the right, then the next page (review 4, K26: blocks of 100 laid out as two 50-row columns ran
over three pages each, so the left column's names went on two pages later).

``Newspaper`` learns at layout time how much room the page has and takes as many entries as fit; each
page is one small table (fast, as the chunked tables are), its header row on top. The last page's
entries are shared evenly between the two columns.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Table, TableStyle


class Newspaper(Flowable):
    """``entries`` (each a list of cells, ``heights`` their row heights) in two column groups of
    ``widths`` under ``head`` (the cells of one group's header, ``head_height`` high)."""

    def __init__(
        self,
        entries: Sequence[Sequence[object]],
        heights: Sequence[float],
        head: Sequence[object],
        head_height: float,
        widths: Sequence[float],
        style: Sequence[tuple],
    ) -> None:
        super().__init__()
        self.entries, self.heights = list(entries), list(heights)
        self.head, self.head_height = list(head), head_height
        self.widths, self.style = list(widths), list(style)

    def _block(self, rows: int) -> float:
        """The height of a page holding ``rows`` rows: entries 0.. down the left, then the right."""
        n = len(self.heights)
        total = self.head_height
        for r in range(min(rows, n)):
            right = rows + r
            total += max(self.heights[r], self.heights[right] if right < n else 0.0)
        return total

    def _rows_for(self, height: float) -> int:
        """How many rows a page of ``height`` holds: all entries shared evenly if they fit, else as
        many rows as fit with both columns full (0: not even one)."""
        n = len(self.heights)
        even = -(-n // 2)
        if self._block(even) <= height:
            return even
        rows = 0
        while rows < even and self._block(rows + 1) <= height:
            rows += 1
        return rows

    def _make(self, rows: int) -> Table:
        n = min(len(self.entries), 2 * rows)
        blank = [""] * len(self.head)
        data: list[list[object]] = [self.head * 2]
        heights = [self.head_height]
        for r in range(rows):
            right = rows + r
            data.append([*self.entries[r], *(self.entries[right] if right < n else blank)])
            heights.append(max(self.heights[r], self.heights[right] if right < n else 0.0))
        return Table(data, colWidths=self.widths * 2, rowHeights=heights, style=TableStyle(self.style))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # measured from the heights given; the table is made only for the page drawn (a whole
        # Landkreis's index is asked for its height before it is split into pages)
        self.width = sum(self.widths) * 2
        self.height = self._block(-(-len(self.entries) // 2))
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        rows = self._rows_for(availHeight)
        if rows == 0:
            return []
        taken = min(len(self.entries), 2 * rows)
        page = Newspaper(self.entries[:taken], self.heights[:taken], self.head, self.head_height,
                         self.widths, self.style)  # fmt: skip
        if taken == len(self.entries):
            return [page]
        rest = Newspaper(self.entries[taken:], self.heights[taken:], self.head, self.head_height,
                         self.widths, self.style)  # fmt: skip
        return [page, rest]

    def draw(self) -> None:
        table = self._make(-(-len(self.entries) // 2))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
