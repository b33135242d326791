"""The ideas of the chosen event: add, dot votes, reject with a reason, turn into a measure (linked
both ways), each an undoable write; the list says which ideas became measures and where they stand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....store.dto.events import Event, Idea, IdeaInput
from ...messages import fmt, plain_tooltip
from ...record_commands import Edited, Exists, bring, remove, swap
from ..measures import commands, open_request

if TYPE_CHECKING:
    from .page import EventsPage

ID = Qt.ItemDataRole.UserRole


class IdeasPanel(QWidget):
    def __init__(self, page: EventsPage) -> None:
        super().__init__()
        self.page = page
        catalog = page.ctx.catalog
        self.shown: Event | None = None
        self.heading = QLabel(self.tr("Ideas of this event"))
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Ideas"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Idea"), self.tr("Votes"), self.tr("Status"), self.tr("Measure")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("New idea"))
        self.text.setPlaceholderText(self.tr("Type an idea from the event"))
        self.pillar = QComboBox()
        self.pillar.setAccessibleName(self.tr("Pillar of the new idea"))
        self.pillar.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pillar.setMinimumContentsLength(10)
        self.pillar.addItem(self.tr("No pillar"), "")
        for pillar in catalog.pillars:
            self.pillar.addItem(pillar.title, pillar.key)
        self.add_button = QPushButton(self.tr("Add &idea"))
        self.vote_button = QPushButton(self.tr("+1 &vote"))
        self.vote_button.setToolTip(self.tr("One more dot for the selected idea"))
        self.measure_button = QPushButton(self.tr("Turn into measure"))
        self.measure_button.setToolTip(self.tr("Create a planned measure from the idea, linked both ways"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for rejecting"))
        self.reason.setPlaceholderText(self.tr("Why the idea is not pursued"))
        self.reject_button = QPushButton(self.tr("Re&ject"))
        self.open_button = QPushButton(self.tr("Open measure"))
        self.delete_button = QPushButton(self.tr("Delete idea"))
        grid = QGridLayout()
        new_label = QLabel(self.tr("New idea:"))
        new_label.setBuddy(self.text)
        # The idea's text has a row of its own; beside the pillar it was about 40 pixels wide.
        grid.addWidget(new_label, 0, 0)
        grid.addWidget(self.text, 0, 1, 1, 3)
        pillar_label = QLabel(self.tr("Pillar:"))
        pillar_label.setBuddy(self.pillar)
        grid.addWidget(pillar_label, 1, 0)
        grid.addWidget(self.pillar, 1, 1, 1, 2)
        grid.addWidget(self.add_button, 1, 3)
        reason_label = QLabel(self.tr("Reason:"))
        reason_label.setBuddy(self.reason)
        grid.addWidget(reason_label, 2, 0)
        grid.addWidget(self.reason, 2, 1, 1, 2)
        grid.addWidget(self.reject_button, 2, 3)
        grid.setColumnStretch(1, 1)
        actions = QGridLayout()
        for n, button in enumerate(
            (self.vote_button, self.measure_button, self.open_button, self.delete_button)
        ):
            actions.addWidget(button, n // 2, n % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(grid)
        self.add_button.clicked.connect(self.add)
        self.text.returnPressed.connect(self.add)
        self.vote_button.clicked.connect(self.vote)
        self.measure_button.clicked.connect(self.to_measure)
        self.reject_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self.open_measure)
        self.delete_button.clicked.connect(self.delete)
        self.table.currentCellChanged.connect(lambda *_: self.update_actions())
        self.show_event(None)

    def show_event(self, event: Event | None) -> None:
        keep = self.current().id if self.current() else None
        self.shown = event
        ideas = list(event.ideas) if event else []
        status = self.page.ctx.catalog.vocab("idea_status")
        measure_status = self.page.ctx.catalog.vocab("measure_status")
        self.table.setRowCount(len(ideas))
        for row, idea in enumerate(ideas):
            first = QTableWidgetItem(idea.text)
            first.setData(ID, idea.id)
            first.setToolTip(plain_tooltip(idea.text))
            self.table.setItem(row, 0, first)
            self.table.setItem(row, 1, QTableWidgetItem(str(idea.votes)))
            shown = status.get(idea.status, idea.status)
            item = QTableWidgetItem(shown)
            if idea.reject_reason:
                item.setToolTip(plain_tooltip(idea.reject_reason))
            self.table.setItem(row, 2, item)
            where = (
                fmt(self.tr("%1 (%2)"), idea.measure_title, measure_status.get(idea.measure_status, ""))
                if idea.measure_id
                else ""
            )
            self.table.setItem(row, 3, QTableWidgetItem(where))
            if idea.id == keep:
                self.table.setCurrentCell(row, 0)
        self.setEnabled(event is not None)
        self.update_actions()

    def select(self, idea_id: str) -> None:
        """Make this idea of the shown event the current row."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ID) == idea_id:
                self.table.setCurrentCell(row, 0)

    def current(self) -> Idea | None:
        row = self.table.currentRow()
        if self.shown is None or not 0 <= row < len(self.shown.ideas):
            return None
        item = self.table.item(row, 0)
        return next((i for i in self.shown.ideas if item is not None and i.id == item.data(ID)), None)

    def update_actions(self) -> None:
        idea = self.current()
        self.vote_button.setEnabled(idea is not None)
        self.measure_button.setEnabled(idea is not None and idea.measure_id is None)
        self.reject_button.setEnabled(idea is not None and idea.measure_id is None)
        self.open_button.setEnabled(idea is not None and idea.measure_id is not None)
        self.delete_button.setEnabled(idea is not None)

    # ----- writes (undoable)
    def add(self) -> None:
        mid, event = self.page.municipality_id, self.shown
        if mid is None or event is None:
            return
        data = IdeaInput(self.text.text(), self.pillar.currentData(), 0, "new", "", event.id)
        state = self.page.change(
            fmt(self.tr("Idea “%1” added"), data.text.strip()),
            Exists("ideas", mid, data),
            bring,
            remove,
        )
        if state is not None:
            self.text.clear()
            self.page.reload()

    def vote(self) -> None:
        idea = self.current()
        if idea is not None:
            name = fmt(self.tr("Vote for “%1”"), idea.text)
            if self.page.change(name, idea, commands.vote_up, commands.vote_down) is not None:
                self.page.reload()

    def reject(self) -> None:
        idea = self.current()
        if idea is None:
            return
        data = IdeaInput.of(idea)
        data.status, data.reject_reason = "rejected", self.reason.text()
        name = fmt(self.tr("Idea “%1” rejected"), idea.text)
        state = self.page.change(name, Edited("ideas", idea, data), swap, swap)
        if state is not None:
            self.reason.clear()
            self.page.reload()
        else:
            self.reason.setFocus()

    def to_measure(self) -> None:
        idea = self.current()
        if idea is None:
            return
        name = fmt(self.tr("Idea “%1” turned into a measure"), idea.text)
        if self.page.change(name, commands.Grown(idea), commands.grow, commands.shrink) is not None:
            self.page.show_info(self.tr("The idea is now a planned measure; open it to add steps and dates."))
            self.page.reload()

    def open_measure(self) -> None:
        idea = self.current()
        if idea is not None and idea.measure_id:
            open_request.request(self.page.ctx, "measures", idea.measure_id)
            self.page.navigate.emit("measures")

    def delete(self) -> None:
        idea, mid = self.current(), self.page.municipality_id
        if idea is None or mid is None:
            return
        name = fmt(self.tr("Idea “%1” deleted"), idea.text)
        state = self.page.change(name, Exists("ideas", mid, record=idea), remove, bring)
        if state is not None:
            self.page.reload()
