""" "New" on a page with a list and one editor form: an empty form, the record stored by its first
Save, and Revert or leaving an untouched new form drops it without a trace (nothing half-written to
show up in a plan, a document or an export). The events and the measures pages share it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from ..widgets.list_focus import hold_record_on_focus


class NewRecordFlow:
    """Mixed in before ``Page``. The page has ``self.form`` (an ``EditorPanel`` with ``new``,
    ``show_new``, ``show_row``, ``row``), ``select(id)``, ``show_body``, ``_show_new`` (no list row
    current), ``first_listed()`` and ``record_list()``; its form's Revert button calls ``_after_revert``.
    While the new record is in the form, tabbing into the list leaves it without a current row (Qt would
    make the first one current and so switch records); the user's arrow key or click does switch."""

    _before_new: str | None = None  # the record shown before "New", shown again on Revert

    def first_listed(self) -> str | None:
        """The id of the first record the list shows, None when it is empty."""
        raise NotImplementedError

    def record_list(self) -> QAbstractItemView:
        """The list whose current row is the record the form shows."""
        raise NotImplementedError

    def begin_new(self, focus: QWidget) -> None:
        if self.municipality_id is None or not self.leave_ok():  # type: ignore[attr-defined]
            return
        hold_record_on_focus(self.record_list())
        form = self.form  # type: ignore[attr-defined]
        if not form.new:
            self._before_new = form.row.id if form.row is not None else None
        self.show_body()  # type: ignore[attr-defined]
        form.show_new()
        self._show_new()  # type: ignore[attr-defined]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _after_revert(self) -> None:
        if self.form.new:  # type: ignore[attr-defined]
            self._drop_new()

    def _drop_new(self) -> None:
        self.form.new = False  # type: ignore[attr-defined]
        first = self.first_listed()
        if first is not None:
            self.select(self._before_new or first)  # type: ignore[attr-defined]
        else:
            self.form.show_row(None)  # type: ignore[attr-defined]
            self.reload()  # type: ignore[attr-defined]  # the empty page again

    def leave_ok(self) -> bool:
        """As every page (save, discard, stay); a new record left empty or discarded leaves no trace."""
        if not super().leave_ok():  # type: ignore[misc]
            return False
        if self.form.new and not self.form.is_dirty():  # type: ignore[attr-defined]
            self._drop_new()
        return True
