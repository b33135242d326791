"""The merge preview: the plan by entity, each conflict's differences side by side, a choice per
conflict and per deletion (keep mine / take theirs), or for all conflicts and, apart, for all
deletions (``choose_all.py``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....exchange.labels import (
    coded,
    entity_name,
    field_name,
    gone_lines,
    inner,
    moment,
    only_here,
    only_here_note,
    record_name,
)
from ...messages import fmt, nest_quotes, plain_label, plain_tooltip, titled
from ...widgets.dialog_buttons import button_box, primary
from ...widgets.fit import small_screen
from .choose_all import conflict_row, deletion_row
from .file_about import about_file
from .values import Values

ITEM_ROLE = Qt.ItemDataRole.UserRole


class PreviewDialog(QDialog):
    """Accepted means: take the plan over as decided here (``plan.items[...].take``)."""

    def __init__(self, plan: Any, catalog: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(titled(fmt(self.tr("Preview: %1"), plan.file_name)))
        self.resize(small_screen(QSize(980, 600)))  # 1024×600: „Übernehmen“ above the task bar
        self.values = Values(plan)
        self._current: Any = None

        self.about = plain_label(about_file(plan))
        self.about.setWordWrap(True)
        self.summary = plain_label()
        self.summary.setWordWrap(True)  # a long note (names kept apart) must not widen the dialog
        # What the file lacks of its municipalities: named, never deleted (exchange/only_here.py)
        lacking = [only_here(e, o.here, o.in_file, o.count, o.names) for e, o in plan.only_here.items()]
        self.only_here = plain_label(nest_quotes("\n".join([*lacking, only_here_note()])) if lacking else "")
        self.only_here.setWordWrap(True)
        self.only_here.setVisible(bool(lacking))
        # What the file deleted and exists here (exchange/tombstones.py), as now decided
        self.gone = plain_label()
        self.gone.setWordWrap(True)
        self.gone.setVisible(bool(plan.gone))

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Plan by entity"))
        self.tree.setHeaderLabels(
            [
                self.tr("Entity / record"),
                self.tr("New"),
                self.tr("Same"),
                self.tr("Differ"),
                self.tr("Decision"),
            ]
        )
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setUniformRowHeights(True)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Differences"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Here (mine)"), self.tr("In the file (theirs)")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # A wrapped value gets the lines its column needs once the columns have their widths (a turn
        # later: while one column is resized the others still have their old widths)
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons (no Tab trap)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.record_title = plain_label(self.tr("Choose a record that differs to see its differences."))
        self.record_title.setWordWrap(True)
        self.keep = QRadioButton(self.tr("&Keep mine"))
        self.take = QRadioButton(self.tr("&Take theirs"))
        self.keep.toggled.connect(self._decided)
        self.take.toggled.connect(self._decided)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.record_title)
        right_layout.addWidget(self.table, 1)
        choice = QHBoxLayout()
        choice.addWidget(self.keep)
        choice.addWidget(self.take)
        choice.addStretch(1)
        right_layout.addLayout(choice)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setSizes([640, 340])  # the tree's names readable beside five columns; the table wraps
        splitter.setChildrenCollapsible(False)

        self.conflict_row = conflict_row(self)
        self.conflict_row.chosen.connect(self.choose_all)
        self.deletion_row = deletion_row(self)
        self.deletion_row.chosen.connect(self.choose_deletions)
        self.deletion_row.setVisible(bool(plan.gone))
        buttons = button_box(
            self, QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = primary(buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.ok_button.setText(self.tr("T&ake over"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.summary)
        layout.addWidget(self.only_here)
        layout.addWidget(self.gone)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.conflict_row)
        layout.addWidget(self.deletion_row)
        layout.addWidget(buttons)

        self._fill()
        self.tree.currentItemChanged.connect(self._selected)
        self._select_first_conflict()
        self.tree.setFocus()  # the arrows walk the records; not on „Übernehmen“, which takes the file over

    # ----- content
    def _fill(self) -> None:
        self.tree.clear()
        for entity, items in self.plan.items.items():
            if not items:
                continue
            counts = self.plan.counts(entity)
            top = QTreeWidgetItem(
                self.tree,
                [
                    entity_name(entity),
                    str(counts["new"]),
                    str(counts["identical"]),
                    str(counts["differs"]),
                    "",
                ],
            )
            if counts["deleted_here"]:
                top.setText(4, self.tr("%n deleted here: not brought back", "", counts["deleted_here"]))
            for item in items:  # the conflicts, and the records that name one deleted here (ours stays)
                if item.status != "differs" and not _kept_only(item):
                    continue
                side = self.tr("names one deleted here") if _kept_only(item) else self._newer(item)
                child = QTreeWidgetItem(top, [item.label, "", "", side, ""])
                child.setData(0, ITEM_ROLE, item)
                tip = "\n".join(filter(None, (item.label, self.values.belongs(item))))
                child.setToolTip(0, plain_tooltip(tip))  # a name from a file: never HTML
            top.setExpanded(top.childCount() <= 20)
        if self.plan.gone:  # each deletion decided like a conflict: keep mine, or delete here too
            top = QTreeWidgetItem(self.tree, [self.tr("Deleted in the file"), "", "", "", ""])
            for item in self.plan.gone:
                name = f"{record_name(item.entity)}: {item.label or '–'}"
                since = self.tr("changed here since") if item.changed_here else ""
                child = QTreeWidgetItem(top, [name, "", "", since, ""])
                child.setData(0, ITEM_ROLE, item)
                child.setToolTip(0, plain_tooltip(name))
            top.setExpanded(len(self.plan.gone) <= 20)
        self._refresh_decisions()

    def _newer(self, item: Any) -> str:
        text = {
            "incoming": self.tr("newer in the file"),
            "local": self.tr("newer here"),
            "same": self.tr("same age"),
        }[item.newer]
        return text + (" · " + self.tr("in the trash here") if item.trashed_here else "")

    def _refresh_decisions(self) -> None:
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            for row in range(top.childCount()):
                child = top.child(row)
                item = child.data(0, ITEM_ROLE)
                child.setText(4, self._decision(item))
        self.gone.setText(nest_quotes("\n".join(gone_lines(self.plan.gone))))  # an event „Infoabend ‚…‘“
        conflicts = self.plan.conflicts()
        new = sum(self.plan.counts(e)["new"] for e in self.plan.items)
        taken = sum(1 for item in conflicts if item.take)
        self.summary.setText(  # each count in its own number: "1 bleibt wie hier"
            fmt(
                self.tr("%1, %2 with differences: %3 taken from the file, %4."),
                self.tr("%n new record(s)", "", new),
                len(conflicts),
                taken,
                self.tr("%n kept unchanged here", "", len(conflicts) - taken),
            )
        )
        renamed = self.plan.renamed()
        if renamed:  # never merged by name: the file's record is added or kept under a suffixed name
            note = self.tr(
                "%n record(s) of the file with the name of a different record here: kept apart, with a "
                "suffix to the name (e.g. “%1”).",
                "",
                len(renamed),
            )
            self.summary.setText(self.summary.text() + " " + fmt(note, inner(renamed[0].label)))
        kept = self.plan.kept_only()
        if kept:  # no conflict: nothing to decide, but the file names what is deleted here (cleared.py)
            note = self.tr(  # English in forms that need no verb of its number
                "Without other differences, naming records deleted here: %n record(s); each stays as it is here.",
                "",
                len(kept),
            )
            self.summary.setText(self.summary.text() + " " + note)
        if self.plan.gone:
            deleted = sum(1 for item in self.plan.gone if item.take)
            note = self.tr("Deleted in the file and here too: %1 of %n record(s).", "", len(self.plan.gone))
            self.summary.setText(self.summary.text() + " " + fmt(note, deleted))
        self.conflict_row.set_enabled(bool(conflicts))

    def _decision(self, item: Any) -> str:
        if _kept_only(item):
            return self.tr("stays as here")
        if not _is_gone(item):
            return self.tr("take theirs") if item.take else self.tr("keep mine")
        if not item.take:
            return self.tr("keep mine")
        return self.tr("to the trash here") if item.trash else self.tr("delete here")

    def _select_first_conflict(self) -> None:
        """The first row to decide (a conflict, a deletion), else the first row, else none."""
        rows = [
            top.child(row)
            for top in map(self.tree.topLevelItem, range(self.tree.topLevelItemCount()))
            for row in range(top.childCount())
        ]
        chosen = next((r for r in rows if not _kept_only(r.data(0, ITEM_ROLE))), rows[0] if rows else None)
        if chosen is None:
            self._show(None)
        else:
            self.tree.setCurrentItem(chosen)

    def _selected(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        self._show(current.data(0, ITEM_ROLE) if current is not None else None)

    def _show(self, item: Any) -> None:
        self._current = None
        self.keep.setEnabled(item is not None)
        self.take.setEnabled(item is not None)
        if item is None:
            self.table.setRowCount(0)
            self.record_title.setText(self.tr("Choose a record that differs to see its differences."))
            return
        if _is_gone(item):
            self._show_gone(item)
            return
        self.take.setText(self.tr("&Take theirs"))
        if _kept_only(item):
            self._show_kept(item)
            return
        title = f"{record_name(item.entity)}: {item.label} ({self._newer(item)})"
        title += "".join("\n" + line for line in (self.values.belongs(item),) if line)  # its round, its list
        if item.renamed_from is not None:
            title += "\n" + fmt(
                self.tr("A different record here is called “%1”: this one keeps its own name with a suffix."),
                inner(item.renamed_from),  # „Verein ‚Zukunft‘“
            )
        title += "".join("\n" + line for line in self.values.kept_lines(item))  # ours stays (cleared.py)
        self.record_title.setText(title)
        self.table.setRowCount(len(item.differences))
        for row, diff in enumerate(item.differences):
            sides = (
                self.values.text(coded(item.entity, diff.field, v), diff.field, ours)
                for v, ours in ((diff.local, True), (diff.incoming, False))
            )
            for column, value in enumerate((field_name(diff.field), *sides)):
                cell = QTableWidgetItem(value)
                cell.setToolTip(plain_tooltip(value))
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        (self.take if item.take else self.keep).setChecked(True)
        self._current = item

    def _show_kept(self, item: Any) -> None:
        """A record without differences that names records deleted here: nothing to decide, ours stays."""
        title = f"{record_name(item.entity)}: {item.label}\n" + self.tr(
            "Otherwise the same: it stays as it is here."
        )
        self.record_title.setText(title + "".join("\n" + line for line in self.values.kept_lines(item)))
        self.table.setRowCount(0)
        self.keep.setChecked(True)  # as it stays; not a decision (self._current stays None)
        self.keep.setEnabled(False)
        self.take.setEnabled(False)

    def _show_gone(self, item: Any) -> None:
        """A record the file deleted: when, whether changed here since; "take theirs" deletes it."""
        title = f"{record_name(item.entity)}: {item.label or '–'}\n"
        title += fmt(self.tr("Deleted in the file on %1."), moment(item.deleted_at))
        if item.changed_here:
            title += " " + self.tr("Changed here after that: newer wins keeps it.")
        self.record_title.setText(title)
        rows = [
            (self.tr("Last changed"), moment(item.changed_at), "–"),
            (self.tr("Deleted"), "–", moment(item.deleted_at)),
        ]
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        self.take.setText(self.tr("&Trash here too") if item.trash else self.tr("&Delete here too"))
        (self.take if item.take else self.keep).setChecked(True)
        self._current = item

    # ----- decisions
    def _decided(self, _checked: bool = False) -> None:
        if self._current is None:
            return
        if self.plan.decide(self._current, self.take.isChecked()):
            self._refill()  # a record's status moved with its name (exchange/heirs.py)
        else:
            self._refresh_decisions()

    def choose_all(self, policy: str) -> None:
        """Every conflict, and nothing else (the deletions have their own row)."""
        self.plan.choose_conflicts(policy)
        self._after_all()

    def choose_deletions(self, policy: str) -> None:
        """Every deletion in the file, and nothing else."""
        if self.plan.choose_deletions(policy):
            self._refill()
        self._after_all()

    def _after_all(self) -> None:
        current = self._current
        self._refresh_decisions()
        self._current = None
        if current is not None:
            (self.take if current.take else self.keep).setChecked(True)
            self._current = current

    def _refill(self) -> None:
        """The tree made again, the record shown kept selected (or the first conflict)."""
        current = self._current
        self.tree.blockSignals(True)
        self._fill()
        self.tree.blockSignals(False)
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            for row in range(top.childCount()):
                if top.child(row).data(0, ITEM_ROLE) is current:
                    self.tree.setCurrentItem(top.child(row))
                    return
        self._select_first_conflict()


def _kept_only(item: Any) -> bool:
    """A record of the file without differences that names records deleted here (``plan.kept_only``)."""
    return getattr(item, "status", "") == "identical" and bool(item.notes)


def _is_gone(item: Any) -> bool:
    """A record the file deleted (``exchange.tombstones.Gone``), not a conflict."""
    return hasattr(item, "changed_here")
