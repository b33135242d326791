"""The demo dates its checklists to its own story: begun before the story's "today" (the day the demo is
made, ``demo_dates``), before any due date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from vopi_desktop.config import load_config
from vopi_desktop.store import models as m
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.demo_dates import story_today
from vopi_desktop.store.workspace import Workspace

DAY = date(2027, 2, 10)


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Workspace]:
    config = load_config(tmp_path, None)
    config.ensure_dirs()
    ws = Workspace.open(config)
    fill_demo(ws, "small", today=DAY)
    yield ws
    ws.close()


def test_demo_checklists_are_begun_in_the_story_before_their_first_due_date(small: Workspace) -> None:
    with small._ctx.sessions() as s:
        instances = s.scalars(select(m.ChecklistInstance)).all()
        assert instances
        begun = set()
        for inst in instances:
            started = inst.created_at.date()
            begun.add(started)
            assert started < story_today(DAY), (inst.title, started)
            dues = [i.due_on for i in inst.items if i.due_on is not None]
            assert all(started < due for due in dues), inst.title
    assert len(begun) > 1  # not all on one day, as clubs begin at different times
