"""Checklists: the opening checklist of a Verein and the municipality's anchoring checklist.

An instance holds one row per catalogue item from the start (status "open"), so a tick is always an
update with a version check, never a racing first insert. Own items sit in a catalogue section with
a text of their own and a key ``own.<hex>``; only they can be removed (a catalogue item that does
not apply is marked "not relevant" instead, which keeps it out of the progress count).
"""

from __future__ import annotations

import builtins
import uuid
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from ...analysis.checklists import ACTIVE, is_overdue, progress
from ...catalog import load_catalog
from ...dates import checked_date
from ...lang import t
from ...textsort import sort_key
from ..dto.checklists import OWN_PREFIX, Checklist, ChecklistItem, ItemInput, OpeningRow
from ..errors import NotFoundError, StoreError, ValidationError
from ..models import Actor, ChecklistInstance, ChecklistItemState, Municipality
from ..rows.checklists import ANCHORING, OPENING, item_dto, item_section, positions, template, to_dto
from .base import Label, Service, one_of, text

MAX_NOTE = 2000
MAX_OWN_TEXT = 500
OWN_TEXT = Label(
    "Der Text des eigenen Punkts", "einen Text für den eigenen Punkt", "the text of the own item"
)
RESPONSIBLE = Label("Die verantwortliche Person", "eine verantwortliche Person", "the person responsible")


class ChecklistService(Service):
    # ----- reading
    def get(self, checklist_id: str) -> Checklist:
        with self._read() as s:
            row = self._get(s, ChecklistInstance, checklist_id)
            return to_dto(row, _actor_name(s, row.actor_id))

    def for_actor(self, actor_id: str) -> Checklist | None:
        """The opening checklist of an actor, or None when it has not been started."""
        with self._read() as s:
            row = s.scalars(
                select(ChecklistInstance)
                .where(ChecklistInstance.actor_id == actor_id, ChecklistInstance.template_key == OPENING)
                .options(selectinload(ChecklistInstance.items))
            ).first()
            return None if row is None else to_dto(row, _actor_name(s, actor_id))

    def for_municipality(self, municipality_id: str, template_key: str = ANCHORING) -> Checklist | None:
        """The municipality's own checklist of this template (anchoring), or None."""
        with self._read() as s:
            row = s.scalars(
                select(ChecklistInstance)
                .where(
                    ChecklistInstance.municipality_id == municipality_id,
                    ChecklistInstance.template_key == template_key,
                    ChecklistInstance.actor_id.is_(None),
                )
                .options(selectinload(ChecklistInstance.items))
            ).first()
            return None if row is None else to_dto(row)

    def overview(self, municipality_id: str, today: date | None = None) -> builtins.list[OpeningRow]:
        """Every Verein of the municipality (and any other actor with an opening checklist), by name."""
        today = today or date.today()
        tpl = template(OPENING)
        section_of, _, _ = positions(tpl)
        sections = [sec.key for sec in tpl.sections]
        with self._read() as s:
            instances = {
                row.actor_id: row
                for row in s.scalars(
                    select(ChecklistInstance)
                    .where(
                        ChecklistInstance.municipality_id == municipality_id,
                        ChecklistInstance.template_key == OPENING,
                        ChecklistInstance.actor_id.is_not(None),
                    )
                    .options(selectinload(ChecklistInstance.items))
                )
            }
            actors = s.execute(
                select(Actor.id, Actor.name, Actor.type).where(
                    Actor.municipality_id == municipality_id,
                    Actor.deleted_at.is_(None),
                    or_(Actor.type == "verein", Actor.id.in_(list(instances))),
                )
            ).all()
            rows = []
            for actor_id, name, kind in actors:
                inst = instances.get(actor_id)
                if inst is None:
                    rows.append(OpeningRow(actor_id, name, kind, None, None))
                    continue
                items = [item_dto(i, item_section(i, section_of)) for i in inst.items]
                dues = [i.due_on for i in items if i.status in ACTIVE and i.due_on is not None]
                late = [i.due_on for i in items if is_overdue(i, today) and i.due_on is not None]
                rows.append(
                    OpeningRow(
                        actor_id,
                        name,
                        kind,
                        inst.id,
                        inst.created_at.date(),
                        progress(items, sections).overall,
                        len(late),
                        min((d for d in dues if d >= today), default=None),
                        min(late, default=None),
                    )
                )
        rows.sort(key=lambda r: (sort_key(r.actor_name), r.actor_id))
        return rows

    # ----- instances
    def start(self, municipality_id: str, template_key: str, actor_id: str | None = None) -> Checklist:
        """Begin a checklist: opening for an actor of this municipality, anchoring for the municipality."""
        tpl = template(template_key)
        if (template_key == OPENING) != (actor_id is not None):
            raise ValidationError(
                t(
                    "Die Öffnungs-Checkliste gehört zu einem Verein, die Verankerungs-Checkliste zur Kommune.",
                    "The opening checklist belongs to a club, the anchoring checklist to the municipality.",
                ),
                "actor",
            )
        with self._write() as s:
            municipality = self._get(s, Municipality, municipality_id)
            name = ""
            if actor_id is not None:
                actor = s.get(Actor, actor_id)
                if actor is None or actor.municipality_id != municipality_id or actor.deleted_at is not None:
                    raise NotFoundError(
                        t(
                            "Den Verein gibt es in dieser Kommune nicht (mehr); vielleicht liegt er im Papierkorb.",
                            "This club does not exist in this municipality (any more); perhaps it is in the trash.",
                        )
                    )
                name = actor.name
                title = t(f"Interkulturelle Öffnung: {name}", f"Intercultural opening: {name}")
            else:
                title = t(f"Verankerung: {municipality.name}", f"Anchoring: {municipality.name}")
            if self._existing(s, municipality_id, template_key, actor_id) is not None:
                raise _already_started(name)
            row = ChecklistInstance(
                municipality_id=municipality_id,
                template_key=template_key,
                actor_id=actor_id,
                title=title[:200],
            )
            s.add(row)
            try:
                s.flush()
            except IntegrityError as exc:  # started at another workstation a moment ago
                raise _already_started(name) from exc
            for item in tpl.items:
                s.add(
                    ChecklistItemState(municipality_id=municipality_id, instance_id=row.id, item_key=item.key)
                )
            self._log(s, "create", row, row.title)
            s.flush()
            s.refresh(row)
            return to_dto(row, name)

    def delete(self, checklist_id: str, version: int | None = None) -> None:
        """Remove a checklist with all its items (undo of a start)."""
        with self._write() as s:
            row = self._get(s, ChecklistInstance, checklist_id)
            self._check_version(row, version)
            self._log(s, "delete", row, row.title)
            s.delete(row)

    # ----- items
    def set_item(self, item_id: str, data: ItemInput, version: int | None) -> ChecklistItem:
        """Save state, note, responsible person and due date of an item (and the text of an own one)."""
        values = _validate(data)
        with self._write() as s:
            row = self._get(s, ChecklistItemState, item_id)
            self._check_version(row, version)
            if row.item_key.startswith(OWN_PREFIX):
                values["custom_text"] = _own_text(data.text)
            if self._update(row, **values):
                self._log(s, "update", row, f"{row.item_key}: {row.status}")
            s.flush()
            return item_dto(row, self._section_of(row))

    def add_item(self, checklist_id: str, section: str, data: ItemInput) -> ChecklistItem:
        """Add an own item to a section of the checklist."""
        values = _validate(data)
        own_text = _own_text(data.text)
        with self._write() as s:
            inst = self._get(s, ChecklistInstance, checklist_id)
            if section not in {sec.key for sec in template(inst.template_key).sections}:
                raise ValidationError(
                    t(f"Unbekannter Abschnitt: {section}", f"Unknown section: {section}"), "section"
                )
            row = ChecklistItemState(
                municipality_id=inst.municipality_id,
                instance_id=inst.id,
                item_key=f"{OWN_PREFIX}{uuid.uuid4().hex[:12]}",
                section_key=section,
                custom_text=own_text,
                **values,
            )
            s.add(row)
            self._log(s, "create", row, own_text[:200])
            s.flush()
            return item_dto(row, section)

    def remove_item(self, item_id: str, version: int | None = None) -> ChecklistItem:
        """Remove an own item; returns it as it was, so an undo can put it back with ``restore_item``."""
        with self._write() as s:
            row = self._get(s, ChecklistItemState, item_id)
            self._check_version(row, version)
            if not row.item_key.startswith(OWN_PREFIX):
                raise ValidationError(
                    t(
                        "Punkte aus dem Katalog bleiben in der Liste; markieren Sie ihn als „nicht relevant“.",
                        "Catalogue items stay in the list; mark it as “not relevant” instead.",
                    ),
                    "item",
                )
            removed = item_dto(row, row.section_key)
            self._log(s, "delete", row, row.custom_text[:200])
            s.delete(row)
            return removed

    def restore_item(self, item: ChecklistItem) -> ChecklistItem:
        """Put a removed own item back with its id and key (the undo of ``remove_item``)."""
        if not item.key.startswith(OWN_PREFIX):
            raise ValidationError(t("Nur eigene Punkte.", "Own items only."), "item")
        values = _validate(ItemInput(item.status, item.note, item.responsible, item.due_on))
        own_text = _own_text(item.text)
        with self._write() as s:
            inst = self._get(s, ChecklistInstance, item.checklist_id)
            if s.get(ChecklistItemState, item.id) is not None:
                raise StoreError(t("Der Punkt ist schon wieder da.", "The item is there already."))
            row = ChecklistItemState(
                id=item.id,
                municipality_id=inst.municipality_id,
                instance_id=inst.id,
                item_key=item.key,
                section_key=item.section,
                custom_text=own_text,
                **values,
            )
            s.add(row)
            self._log(s, "restore", row, own_text[:200])
            s.flush()
            return item_dto(row, item.section)

    # ----- helpers
    @staticmethod
    def _existing(s: Session, municipality_id: str, template_key: str, actor_id: str | None) -> str | None:
        query = select(ChecklistInstance.id).where(
            ChecklistInstance.municipality_id == municipality_id,
            ChecklistInstance.template_key == template_key,
        )
        if actor_id is None:
            query = query.where(ChecklistInstance.actor_id.is_(None))
        else:
            query = query.where(ChecklistInstance.actor_id == actor_id)
        return s.scalar(query.limit(1))

    @staticmethod
    def _section_of(row: ChecklistItemState) -> str:
        if row.item_key.startswith(OWN_PREFIX):
            return row.section_key
        section_of, _, _ = positions(template(row.instance.template_key))
        return section_of.get(row.item_key, "")


def _actor_name(s: Session, actor_id: str | None) -> str:
    return "" if actor_id is None else s.scalar(select(Actor.name).where(Actor.id == actor_id)) or ""


def _already_started(name: str) -> StoreError:
    if name:
        return StoreError(
            t(
                f"Für „{name}“ ist die Checkliste schon begonnen; sie wird angezeigt, wenn Sie neu laden.",
                f"The checklist for “{name}” has been started already; reload to see it.",
            )
        )
    return StoreError(
        t(
            "Die Verankerungs-Checkliste ist schon begonnen; sie wird angezeigt, wenn Sie neu laden.",
            "The anchoring checklist has been started already; reload to see it.",
        )
    )


def _own_text(value: object) -> str:
    return text(value, "text", limit=MAX_OWN_TEXT, required=True, label=OWN_TEXT)


def _validate(data: ItemInput) -> dict[str, object]:
    due = checked_date(data.due_on, "due_on")  # the one plausibility rule (vopi_desktop/dates.py)
    return {
        "status": one_of(data.status, load_catalog().vocab("checklist_status"), "status"),
        "note": text(data.note, "note", limit=MAX_NOTE),
        "responsible": text(data.responsible, "responsible", limit=200, name=True, label=RESPONSIBLE),
        "due_on": due,
    }
