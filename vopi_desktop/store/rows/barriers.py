"""The barrier analysis rows: every catalogue barrier (stored or not) and the own ones."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...catalog import Catalog
from ..dto.barriers import BarrierRow

if TYPE_CHECKING:
    from ..models import BarrierAssessment


def barrier_row(row: BarrierAssessment, catalog: Catalog) -> BarrierRow:
    key = row.barrier_key
    known = key is not None and key in {b.key for b in catalog.barriers}
    if known:
        barrier = catalog.barrier(key)  # type: ignore[arg-type]
        group, title, text = barrier.group, barrier.title, barrier.explanation
        position = catalog.barriers.index(barrier)
    else:  # an own barrier, or a key from a newer catalogue: show what was stored
        group, title, text = row.custom_group, row.custom_title or (key or ""), row.custom_description
        position = len(catalog.barriers)
    return BarrierRow(
        key=key,
        id=row.id,
        group=group,
        title=title,
        description=text,
        relevance=row.relevance,
        evidence_kind=row.evidence_kind,
        note=row.note,
        target_group_ids=tuple(sorted(g.id for g in row.target_groups)),
        version=row.version,
        position=position,
        updated_at=row.updated_at,
    )


def _unstored(catalog: Catalog, index: int) -> BarrierRow:
    barrier = catalog.barriers[index]
    return BarrierRow(
        key=barrier.key,
        id=None,
        group=barrier.group,
        title=barrier.title,
        description=barrier.explanation,
        relevance=None,
        evidence_kind="",
        note="",
        target_group_ids=(),
        version=None,
        position=index,
    )


def barrier_rows(stored: Sequence[BarrierAssessment], catalog: Catalog) -> list[BarrierRow]:
    """Every catalogue barrier in catalogue order (stored or not), then the own barriers.

    ``stored``: one municipality's assessments (target groups loaded) by created_at, id; the
    documents' bulk read (``store/report_reads.py``) hands them in for many municipalities.
    """
    by_key: dict[str, BarrierAssessment] = {}
    own: list[BarrierRow] = []
    known = {b.key for b in catalog.barriers}
    for row in stored:
        key = row.barrier_key
        if key in known:
            # Two rows for one key predate the unique index (0002): the newest counts.
            best = by_key.get(key)  # type: ignore[arg-type]
            if best is None or (row.updated_at, row.id) > (best.updated_at, best.id):
                by_key[key] = row  # type: ignore[index]
        else:
            own.append(barrier_row(row, catalog))
    rows = [
        barrier_row(by_key[b.key], catalog) if b.key in by_key else _unstored(catalog, i)
        for i, b in enumerate(catalog.barriers)
    ]
    return rows + own
