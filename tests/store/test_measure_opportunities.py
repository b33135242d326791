"""Measures that promote engagement opportunities (0007), on SQLite and PostgreSQL: the link saved
with the measure bumps its version, the opportunity names its promoting measures, another town's
opportunity is refused, undo hands the links back, and deleting and restoring an opportunity keeps them."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from vopi_desktop.store import StaleRecordError, ValidationError, db
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.dto.outreach import OpportunityInput
from vopi_desktop.store.workspace import Workspace


def _opportunity(ws: Workspace, mid: str, title: str) -> str:
    actor = ws.actors.create(mid, ActorInput(name=f"Verein {title}", type="verein")).id
    return ws.outreach.create(mid, OpportunityInput(actor_id=actor, title=title, what="x")).id


def test_a_measure_promotes_opportunities(ws: Workspace, mid: str) -> None:
    chor, fest = _opportunity(ws, mid, "Chor"), _opportunity(ws, mid, "Fest")
    m = ws.measures.create(mid, MeasureInput(title="Mitmach-Messe"))
    assert m.opportunity_ids == ()
    linked = ws.measures.update(
        m.id, MeasureInput(title="Mitmach-Messe", opportunity_ids=[fest, chor]), m.version
    )
    assert linked.version == m.version + 1, "a link alone bumps the measure's version"
    assert set(linked.opportunity_ids) == {chor, fest}
    assert set(ws.measures.get(m.id).opportunity_ids) == {chor, fest}
    (promoted,) = [o for o in ws.outreach.list(mid) if o.id == chor]
    assert [(p.id, p.title) for p in promoted.promoted_by] == [(m.id, "Mitmach-Messe")]
    with pytest.raises(StaleRecordError):
        ws.measures.update(m.id, MeasureInput(title="Mitmach-Messe"), m.version)
    same = ws.measures.update(m.id, MeasureInput.of(linked), linked.version)
    assert same.version == linked.version, "saving the same links changes nothing"
    # undo hands the previous input back: no links
    undone = ws.measures.update(m.id, MeasureInput.of(m), linked.version)
    assert undone.opportunity_ids == () and ws.outreach.get(chor).promoted_by == ()


def test_another_towns_opportunity_is_refused(ws: Workspace, mid: str) -> None:
    other = ws.municipalities.create(MunicipalityInput(name="Anderswo", kind="gemeinde", state="BY")).id
    foreign = _opportunity(ws, other, "Fremd")
    m = ws.measures.create(mid, MeasureInput(title="Plakate"))
    with pytest.raises(ValidationError) as refused:
        ws.measures.update(m.id, MeasureInput(title="Plakate", opportunity_ids=[foreign]), m.version)
    assert refused.value.field == "opportunity_ids"
    assert ws.measures.get(m.id).version == m.version


def test_deleting_an_opportunity_drops_the_link_and_restoring_brings_it_back(ws: Workspace, mid: str) -> None:
    chor = _opportunity(ws, mid, "Chor")
    m = ws.measures.create(mid, MeasureInput(title="Flyer", opportunity_ids=[chor]))
    gone = ws.outreach.delete(chor, ws.outreach.get(chor).version)
    assert [p.id for p in gone.promoted_by] == [m.id]
    assert ws.measures.get(m.id).opportunity_ids == ()
    back = ws.outreach.restore(gone)
    assert [p.id for p in back.promoted_by] == [m.id]
    assert ws.measures.get(m.id).opportunity_ids == (chor,)
    # a deleted measure's restore keeps its links, and skips an opportunity deleted meanwhile
    before = ws.measures.get(m.id)
    ws.measures.delete(m.id, before.version)
    ws.outreach.delete(chor, ws.outreach.get(chor).version)
    restored = ws.measures.restore(before)
    assert restored.opportunity_ids == ()


def test_the_link_table_has_its_keys_and_cascades(ws: Workspace, mid: str) -> None:
    chor = _opportunity(ws, mid, "Chor")
    m = ws.measures.create(mid, MeasureInput(title="Flyer", opportunity_ids=[chor]))
    assert db.current_revision(ws.engine) == db.HEAD_REVISION
    inspector = sa.inspect(ws.engine)
    assert set(inspector.get_pk_constraint("measure_opportunity")["constrained_columns"]) == {
        "measure_id",
        "opportunity_id",
    }
    ws.measures.delete(m.id, ws.measures.get(m.id).version)
    with ws.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM measure_opportunity")).scalar() == 0


def test_0007_goes_down_and_up_again(ws: Workspace, mid: str) -> None:
    from alembic import command
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(db.MIGRATIONS_DIR))
    with ws.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    assert "measure_opportunity" not in sa.inspect(ws.engine).get_table_names()
    db.upgrade(ws.engine)
    assert "measure_opportunity" in sa.inspect(ws.engine).get_table_names()
    chor = _opportunity(ws, mid, "Chor")
    m = ws.measures.create(mid, MeasureInput(title="Flyer", opportunity_ids=[chor]))
    assert ws.measures.get(m.id).opportunity_ids == (chor,)


def test_a_schema_0006_workspace_upgrades_and_links(config) -> None:  # type: ignore[no-untyped-def]
    import shutil
    from pathlib import Path

    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "schema_0006.sqlite3"
    assert config.sqlite_path is not None
    shutil.copyfile(fixture, config.sqlite_path)
    ws = Workspace.open(config)
    try:
        assert db.current_revision(ws.engine) == db.HEAD_REVISION
        (altdorf,) = [m for m in ws.municipalities.list() if m.name == "Altdorf"]
        chor = _opportunity(ws, altdorf.id, "Chor")
        m = ws.measures.create(altdorf.id, MeasureInput(title="Flyer", opportunity_ids=[chor]))
        assert [p.id for p in ws.outreach.get(chor).promoted_by] == [m.id]
        assert ws.check().ok
    finally:
        ws.close()


def test_the_small_demo_has_measures_promoting_opportunities(ws: Workspace) -> None:
    from vopi_desktop.store.demo import fill_demo

    fill_demo(ws, "small")
    (mid,) = [m.id for m in ws.municipalities.list()]
    by_title = {o.title: o for o in ws.outreach.list(mid)}
    football = by_title["Fußball für alle – offenes Training"]
    assert {p.title for p in football.promoted_by} == {
        "Vereinslotsen-Programm",
        "Mehrsprachige Engagement-Broschüre",
        "Sozialtarif und Leihausrüstung im TSV",
    }
    (brochure,) = [m for m in ws.measures.list(mid) if m.title == "Mehrsprachige Engagement-Broschüre"]
    assert len(brochure.opportunity_ids) == 6
