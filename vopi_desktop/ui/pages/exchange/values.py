"""How a value reads in the import preview: ids (a reference, a list of them) by their records' names
— our side's by the names here, the file's by the file's (``exchange/names_here.py``) —, times and
dates as everywhere on screen, yes/no; and the lines of what the file names that is deleted here
(``exchange/kept_lines.py``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from ....exchange.catalogue_names import PARENT, record_label
from ....exchange.kept_lines import kept_line
from ....exchange.labels import field_name, moment, name_of
from ...widgets.optional_date import shown_date


class Values:
    """The preview's values of one plan; the file's names are collected when a list of ids is first shown."""

    def __init__(self, plan: Any) -> None:
        self.plan = plan
        self._labels: dict[str, str] | None = None  # id → the file's name

    def text(self, value: Any, field: str, ours: bool = True) -> str:
        """``ours``: a value of our side (ids by their names here) or of the file's (by the file's)."""
        if value is None or value == "" or value == []:
            return "–"
        if isinstance(value, list) or field.endswith("_id"):  # ids (a list, a reference) by their names
            ids = value if isinstance(value, list) else [value]
            return ", ".join(self.name(v, ours) if isinstance(v, str) else str(v) for v in ids)
        if isinstance(value, datetime):
            return moment(value)  # "06.12.2026, 09:39", as the file's time above
        if isinstance(value, date):
            return shown_date(value)  # 21.07.2026, in English 2026-07-21, as every date on screen
        if isinstance(value, bool):
            if value:  # in the dialog's context, where these words are translated
                return QCoreApplication.translate("PreviewDialog", "yes")
            return QCoreApplication.translate("PreviewDialog", "no")
        return str(value)

    def name(self, record_id: str, ours: bool) -> str:
        if self._labels is None:
            records = self.plan.incoming.records.values()
            self._labels = {r["id"]: _label(r) for rows in records for r in rows}
        return name_of(record_id, ours, self.plan.names_here, self._labels)  # names here: read with the plan

    def belongs(self, item: Any) -> str:
        """What a score or checklist item belongs to, by the file's name ("Runde: Ausgangslage 2026"): its
        question or statement alone reads alike in every round or club (``catalogue_names.PARENT``)."""
        field = PARENT.get(item.entity)
        parent = item.record.get(field) if field else None
        return f"{field_name(field)}: {self.name(parent, False)}" if field and parent else ""

    def kept_lines(self, item: Any) -> list[str]:
        """What the file names that is deleted here, and what stays here (``exchange/cleared.py``)."""
        return [
            kept_line(
                note, [self.name(i, False) for i in note.theirs], note.ours and self.name(note.ours, True)
            )
            for note in item.notes
        ]


def _label(record: dict[str, Any]) -> str:
    """A record of the file by its name, or its catalogue key's words (a question, a statement)."""
    return record_label(record, 60) or str(record.get("id", ""))[:8]
