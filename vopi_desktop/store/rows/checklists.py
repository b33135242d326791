"""Checklist rows as ``Checklist``: the template, its items in print order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...catalog import ChecklistTemplate, load_catalog
from ...lang import t
from ..dto.checklists import OWN_PREFIX, Checklist, ChecklistItem
from ..errors import ValidationError

if TYPE_CHECKING:
    from ..models import ChecklistInstance, ChecklistItemState

OPENING, ANCHORING = "opening", "anchoring"  # the two checklist templates


def template(key: str) -> ChecklistTemplate:
    try:
        return load_catalog().checklists[key]
    except KeyError:
        raise ValidationError(
            t(f"Unbekannte Checkliste: {key}", f"Unknown checklist: {key}"), "template"
        ) from None


def positions(tpl: ChecklistTemplate) -> tuple[dict[str, str], dict[str, int], dict[str, int]]:
    """Item key -> section key, item key -> print position, section key -> position."""
    section_of = {i.key: s.key for s in tpl.sections for i in s.items}
    item_pos = {i.key: n for n, i in enumerate(tpl.items)}
    section_pos = {s.key: n for n, s in enumerate(tpl.sections)}
    return section_of, item_pos, section_pos


def item_dto(row: ChecklistItemState, section: str) -> ChecklistItem:
    return ChecklistItem(
        id=row.id,
        checklist_id=row.instance_id,
        key=row.item_key,
        section=section,
        text=row.custom_text,
        status=row.status,
        note=row.note,
        responsible=row.responsible,
        due_on=row.due_on,
        version=row.version,
    )


def item_section(row: ChecklistItemState, section_of: dict[str, str]) -> str:
    return row.section_key if row.item_key.startswith(OWN_PREFIX) else section_of.get(row.item_key, "")


def to_dto(row: ChecklistInstance, actor_name: str = "") -> Checklist:
    """The instance with its items in print order: catalogue order, own items at the end of their section."""
    tpl = template(row.template_key)
    section_of, item_pos, section_pos = positions(tpl)
    late = len(section_pos)

    def order(item: ChecklistItemState) -> tuple[int, int, object, str]:
        section = item_section(item, section_of)
        if item.item_key in item_pos:
            return (section_pos.get(section, late), item_pos[item.item_key], item.created_at, item.id)
        return (section_pos.get(section, late), len(item_pos), item.created_at, item.id)

    return Checklist(
        id=row.id,
        municipality_id=row.municipality_id,
        template_key=row.template_key,
        actor_id=row.actor_id,
        actor_name=actor_name,
        title=row.title,
        started_on=row.created_at.date(),
        version=row.version,
        items=tuple(item_dto(i, item_section(i, section_of)) for i in sorted(row.items, key=order)),
    )
