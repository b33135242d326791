"""The municipality's own practice examples: what was done, what helped, whom to ask.

They link to checklist items and barriers by catalogue key, like the built-in examples, so both
kinds show up beside the same item. The contact is an actor of the directory (no personal data is
copied here); when that actor is purged the link falls away.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...catalog import load_catalog
from ...lang import t
from ...textsort import sort_key
from ..dto.practice import OwnPractice, PracticeInput
from ..errors import StoreError, ValidationError
from ..models import Actor, Municipality, PracticeExample
from .base import Label, Service, text

MAX_TEXT = 5000
WHAT = Label("Die Beschreibung, was getan wurde", "eine Beschreibung", "the description of what was done")
HELPED = Label("Der Text, was geholfen hat", "einen Text", "the text on what helped")


def to_dto(row: PracticeExample, contact_name: str = "") -> OwnPractice:
    return OwnPractice(
        id=row.id,
        municipality_id=row.municipality_id,
        title=row.title,
        what=row.description,
        helped=row.helped,
        items=tuple(row.item_keys or ()),
        barriers=tuple(row.barrier_keys or ()),
        contact_actor_id=row.contact_actor_id,
        contact_actor_name=contact_name,
        version=row.version,
    )


class PracticeService(Service):
    def list(self, municipality_id: str) -> builtins.list[OwnPractice]:
        """The municipality's own examples by title."""
        with self._read() as s:
            rows = s.execute(
                select(PracticeExample, Actor.name)
                .outerjoin(Actor, Actor.id == PracticeExample.contact_actor_id)
                .where(PracticeExample.municipality_id == municipality_id)
            ).all()
            out = [to_dto(row, name or "") for row, name in rows]
        out.sort(key=lambda p: (sort_key(p.title), p.id))
        return out

    def get(self, practice_id: str) -> OwnPractice:
        with self._read() as s:
            row = self._get(s, PracticeExample, practice_id)
            return to_dto(row, self._contact_name(s, row.contact_actor_id))

    def create(
        self, municipality_id: str, data: PracticeInput, practice_id: str | None = None
    ) -> OwnPractice:
        """Add an example; ``practice_id`` puts a deleted one back under its id (undo of a delete)."""
        values = _validate(data)
        with self._write() as s:
            self._get(s, Municipality, municipality_id)
            name = self._check_contact(s, municipality_id, data.contact_actor_id, new=practice_id is None)
            if practice_id is not None and s.get(PracticeExample, practice_id) is not None:
                raise StoreError(t("Das Beispiel ist schon wieder da.", "The example is there already."))
            row = PracticeExample(municipality_id=municipality_id, **values)
            if practice_id is not None:
                row.id = practice_id
            s.add(row)
            self._log(s, "create" if practice_id is None else "restore", row, row.title)
            s.flush()
            return to_dto(row, name)

    def update(self, practice_id: str, data: PracticeInput, version: int | None) -> OwnPractice:
        values = _validate(data)
        with self._write() as s:
            row = self._get(s, PracticeExample, practice_id)
            self._check_version(row, version)
            name = self._check_contact(s, row.municipality_id, data.contact_actor_id, new=False)
            if self._update(row, **values):
                self._log(s, "update", row, row.title)
            s.flush()
            return to_dto(row, name)

    def delete(self, practice_id: str, version: int | None = None) -> OwnPractice:
        """Delete an example; returns it as it was, for an undo."""
        with self._write() as s:
            row = self._get(s, PracticeExample, practice_id)
            self._check_version(row, version)
            gone = to_dto(row, self._contact_name(s, row.contact_actor_id))
            self._log(s, "delete", row, row.title)
            s.delete(row)
            return gone

    @staticmethod
    def _contact_name(s: Session, actor_id: str | None) -> str:
        return "" if actor_id is None else s.scalar(select(Actor.name).where(Actor.id == actor_id)) or ""

    @staticmethod
    def _check_contact(s: Session, municipality_id: str, actor_id: str | None, new: bool) -> str:
        """The contact's name; an actor in the trash only for a stored example (an edit, its undo, the
        undo of a delete): the trash keeps what names an actor, a new example needs a live one."""
        if actor_id is None:
            return ""
        actor = s.get(Actor, actor_id)
        trashed = actor is not None and actor.deleted_at is not None
        if actor is None or actor.municipality_id != municipality_id or (trashed and new):
            raise ValidationError(
                t(
                    "Die Kontakt-Organisation gibt es in dieser Kommune nicht (mehr).",
                    "The contact organisation does not exist in this municipality (any more).",
                ),
                "contact_actor_id",
            )
        return actor.name


def _keys(values: Iterable[str], known: set[str], field: str, what_de: str, what_en: str) -> list[str]:
    keys = list(dict.fromkeys(values))
    unknown = [k for k in keys if k not in known]
    if unknown:
        shown = ", ".join(str(k) for k in unknown)
        raise ValidationError(t(f"Unbekannte {what_de}: {shown}", f"Unknown {what_en}: {shown}"), field)
    return keys


def _validate(data: PracticeInput) -> dict[str, object]:
    cat = load_catalog()
    items = {i.key for tpl in cat.checklists.values() for i in tpl.items}
    return {
        "title": text(data.title, "title", limit=200, required=True, name=True),
        "description": text(data.what, "what", limit=MAX_TEXT, label=WHAT),
        "helped": text(data.helped, "helped", limit=MAX_TEXT, label=HELPED),
        "item_keys": _keys(data.items, items, "items", "Checklisten-Punkte", "checklist items"),
        "barrier_keys": _keys(
            data.barriers, {b.key for b in cat.barriers}, "barriers", "Hemmnisse", "barriers"
        ),
        "contact_actor_id": data.contact_actor_id,
    }
