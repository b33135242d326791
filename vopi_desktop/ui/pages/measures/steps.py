"""The Arbeitsschritte of a measure in the form: a small table (what, who, due, done) edited in place.

Saved with the measure (the form's Save); a tick is a change of the form like any other.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....store.dto.measures import Step, StepInput
from ...widgets.optional_date import date_edit, date_pattern

ID = Qt.ItemDataRole.UserRole
DUE = 2  # the column of the due dates
CHOSEN = "vopi_day_chosen"  # an editor property: the user picked the day it shows


class _DateDelegate(QStyledItemDelegate):
    """Due dates edit in a QDateEdit and show with a four-digit year; an empty cell stays "no date".

    An editor opened on an empty cell shows today, but stores it only once the user chose a day (changed
    it, clicked one in the calendar or pressed Enter): opening and leaving the cell keeps it empty.
    """

    def displayText(self, value, locale) -> str:
        if isinstance(value, QDate):
            return locale.toString(value, date_pattern()) if value.isValid() else ""
        return super().displayText(value, locale)

    def createEditor(self, parent, option, index):
        editor = date_edit(parent)
        editor.setAccessibleName(self.tr("Due date"))
        editor.dateChanged.connect(lambda _day: editor.setProperty(CHOSEN, True))
        editor.calendarWidget().clicked.connect(lambda _day: editor.setProperty(CHOSEN, True))
        return editor

    def setEditorData(self, editor, index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        dated = isinstance(value, QDate) and value.isValid()
        blocked = editor.blockSignals(True)
        editor.setDate(value if dated else QDate.currentDate())
        editor.blockSignals(blocked)
        editor.setProperty(CHOSEN, dated)

    def setModelData(self, editor, model, index) -> None:
        if editor.property(CHOSEN):
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            editor.setProperty(CHOSEN, True)  # Enter takes the day shown, today included
        return super().eventFilter(editor, event)


class _StepsTable(QTableWidget):
    """Entf or Rücktaste on a due date (not while editing it) takes the date away."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.state() != QAbstractItemView.State.EditingState
            and item is not None
            and item.column() == DUE
        ):
            item.setData(Qt.ItemDataRole.EditRole, None)
            event.accept()
            return
        super().keyPressEvent(event)


class StepsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _StepsTable(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Step"), self.tr("Who"), self.tr("Due"), self.tr("Done")]
        )
        self.table.setAccessibleName(self.tr("Steps"))
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeaderItem(DUE).setToolTip(self.tr("F2 chooses a due date, Del removes it"))
        self.table.setItemDelegateForColumn(DUE, _DateDelegate(self.table))
        self.table.setMinimumHeight(110)
        self.add_button = QPushButton(self.tr("Add step"))
        self.add_button.setToolTip(self.tr("Add a step at the end and type what is to be done"))
        self.remove_button = QPushButton(self.tr("Remove step"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # ----- data
    def set_steps(self, steps: tuple[Step, ...] | list[StepInput]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for step in steps:
            self._append(step.what, step.who, step.due_on, step.done, step.id)
        self.table.blockSignals(False)
        self._update_buttons()
        self.changed.emit()

    def steps(self) -> list[StepInput]:
        out = []
        for row in range(self.table.rowCount()):
            what = self.table.item(row, 0)
            due = self.table.item(row, 2).data(Qt.ItemDataRole.EditRole)
            out.append(
                StepInput(
                    what=what.text(),
                    who=self.table.item(row, 1).text(),
                    due_on=due.toPython() if isinstance(due, QDate) and due.isValid() else None,
                    done=self.table.item(row, 3).checkState() == Qt.CheckState.Checked,
                    id=what.data(ID),
                )
            )
        return out

    def values(self) -> tuple[tuple[object, ...], ...]:
        return tuple((s.what, s.who, s.due_on, s.done, s.id) for s in self.steps())

    # ----- editing
    def add_step(self) -> None:
        self._append("", "", None, False, None)
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))
        self._update_buttons()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._update_buttons()
            self.changed.emit()

    def move_current(self, delta: int) -> None:
        row = self.table.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        steps = self.steps()
        steps.insert(target, steps.pop(row))
        self.set_steps(steps)
        self.table.setCurrentCell(target, 0)

    def set_done(self, row: int, done: bool) -> None:
        self.table.item(row, 3).setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)

    def _append(self, what: str, who: str, due: date | None, done: bool, step_id: str | None) -> None:
        blocked = self.table.blockSignals(True)  # a half-built row must not be read
        row = self.table.rowCount()
        self.table.insertRow(row)
        first = QTableWidgetItem(what)
        first.setData(ID, step_id)
        self.table.setItem(row, 0, first)
        self.table.setItem(row, 1, QTableWidgetItem(who))
        when = QTableWidgetItem()
        if due is not None:
            when.setData(Qt.ItemDataRole.EditRole, QDate(due.year, due.month, due.day))
        self.table.setItem(row, 2, when)
        tick = QTableWidgetItem()
        tick.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        )
        tick.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        tick.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Done"))
        self.table.setItem(row, 3, tick)
        self.table.blockSignals(blocked)

    def _update_buttons(self) -> None:
        row, count = self.table.currentRow(), self.table.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
