"""The edit form beside the barrier tree: the catalogue's explanation, what helps, and the assessment."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....store.dto.barriers import BarrierInput, BarrierRow, TargetGroup
from ....store.errors import StaleRecordError, StoreError, ValidationError
from ...context import AppContext
from ...messages import fmt

ID_ROLE = Qt.ItemDataRole.UserRole


class BarrierForm(QWidget):
    """Saves through the barrier service itself; the page only hears ``saved`` and refreshes the tree."""

    saved = Signal(object)  # BarrierRow
    edit_own = Signal(object)  # BarrierRow
    delete_own = Signal(object)  # BarrierRow
    reload_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.municipality_id: str | None = None
        self.row: BarrierRow | None = None
        self._dirty = False
        self._loading = False

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.group = QLabel()
        self.group.setStyleSheet("color: #555;")
        self.group.setWordWrap(True)  # a long group name must not widen the pane
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.approaches_box = QGroupBox(self.tr("What helps: outreach approaches from the catalogue"))
        self.approaches = QLabel()
        self.approaches.setWordWrap(True)
        self.approaches.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.approaches_box).addWidget(self.approaches)

        self.relevance = QComboBox()
        labels = ctx.catalog.vocab("relevance")
        self.relevance.addItem(labels.get("not_assessed", "–"), None)
        for value in range(4):
            self.relevance.addItem(f"{value} {labels.get(str(value), '')}".strip(), value)
        self.evidence = QComboBox()
        self.evidence.addItem(self.tr("(not given)"), "")
        for key, label in ctx.catalog.vocab("evidence_kinds").items():
            self.evidence.addItem(label, key)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(90)
        self.note.setMaximumHeight(140)
        self.note.setPlaceholderText(self.tr("What you observed, who said it, where the figures come from …"))
        self.groups = QListWidget()
        self.groups.setTabKeyNavigation(False)
        self.groups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groups.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.groups.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.groups_hint = QLabel(
            self.tr("No target groups yet. Add them with “Manage target groups…” above the list.")
        )
        self.groups_hint.setWordWrap(True)
        self.groups_hint.setStyleSheet("color: #555;")
        self.changed_at = QLabel()
        self.changed_at.setStyleSheet("color: #555;")

        self.assessment = QGroupBox(self.tr("Your assessment"))
        form = QFormLayout(self.assessment)
        form.addRow(self.tr("&Relevance:"), self.relevance)
        form.addRow(self.tr("E&vidence:"), self.evidence)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("Target gro&ups:"), self.groups)
        form.addRow("", self.groups_hint)
        form.addRow("", self.changed_at)

        self.error = QLabel()
        self.error.setStyleSheet("color: #a40000; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Error message"))
        self.error.hide()
        self.reload_button = QPushButton(self.tr("Reload the stored st&ate"))
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload_requested)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the assessment (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        # Short labels: the pane is narrow; the heading already says it is an own barrier.
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.edit_button.setAccessibleName(self.tr("Edit own barrier"))
        self.edit_button.setToolTip(self.tr("Change title, group and description of this own barrier"))
        self.edit_button.clicked.connect(lambda: self.row and self.edit_own.emit(self.row))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setAccessibleName(self.tr("Delete own barrier"))
        self.delete_button.setToolTip(self.tr("Delete this own barrier and its assessment"))
        self.delete_button.clicked.connect(lambda: self.row and self.delete_own.emit(self.row))
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.group)
        layout.addWidget(self.explanation)
        layout.addWidget(self.assessment)
        layout.addWidget(self.error)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(buttons)
        layout.addWidget(self.approaches_box)  # below: long, and the form must stay in view
        layout.addStretch(1)
        self.fields: dict[str, QWidget] = {
            "relevance": self.relevance,
            "evidence_kind": self.evidence,
            "note": self.note,
            "target_groups": self.groups,
        }

        self.relevance.currentIndexChanged.connect(self._touched)
        self.evidence.currentIndexChanged.connect(self._touched)
        self.note.textChanged.connect(self._touched)
        self.groups.itemChanged.connect(self._touched)
        self.show_row(None)

    # ----- showing
    def set_target_groups(self, groups: list[TargetGroup]) -> None:
        """Rebuild the tick list; ticks of the shown row (or those already made) are kept."""
        ticked = self.ticked_groups() if self._dirty else list(self.row.target_group_ids if self.row else ())
        self._loading = True
        self.groups.clear()
        for group in groups:
            item = QListWidgetItem(group.name)
            item.setData(ID_ROLE, group.id)
            item.setToolTip(group.description)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked if group.id in ticked else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        self.groups_hint.setVisible(not groups)
        self.groups.setVisible(bool(groups))
        shown = min(max(len(groups), 1), 7)  # tall enough for a typical list, never a wall
        self.groups.setFixedHeight(shown * self.groups.sizeHintForRow(0) + 2 * self.groups.frameWidth() + 2)
        self._loading = False

    def show_row(self, row: BarrierRow | None) -> None:
        """Fill the form from a stored (or not yet stored) row; None shows a short hint instead."""
        self.row = row
        self._loading = True
        self._clear_error()
        has = row is not None
        self.assessment.setVisible(has)
        for button in (self.save_button, self.edit_button, self.delete_button):
            button.setVisible(has)
        if row is None:
            self.title.setText("<h2>" + escape(self.tr("Barriers")) + "</h2>")
            self.group.clear()
            self.explanation.setText(
                self.tr("Choose a barrier in the list to read what it means and to rate it.")
            )
            self.approaches_box.hide()
            self._loading = False
            self._dirty = False
            return
        catalog = self.ctx.catalog
        heading = row.title if row.is_custom else f"{row.key} {row.title}"
        self.title.setText(f"<h2>{escape(heading)}</h2>")
        group = next((g.title for g in catalog.barrier_groups if g.key == row.group), "")
        kind = self.tr("Own barrier") if row.is_custom else self.tr("Catalogue barrier")
        self.group.setText(f"{kind} · {group}" if group else kind)
        self.explanation.setText(row.description or self.tr("No description."))
        approaches = catalog.approaches_for_barrier(row.key or "")
        self.approaches.setText(
            "".join(f"<p><b>{escape(a.title)}</b><br>{escape(a.description)}</p>" for a in approaches)
        )
        self.approaches_box.setVisible(bool(approaches))
        self.edit_button.setVisible(row.is_custom)
        self.delete_button.setVisible(row.is_custom)
        self.relevance.setCurrentIndex(max(self.relevance.findData(row.relevance), 0))
        self.evidence.setCurrentIndex(max(self.evidence.findData(row.evidence_kind), 0))
        self.note.setPlainText(row.note)
        for i in range(self.groups.count()):
            item = self.groups.item(i)
            ticked = item.data(ID_ROLE) in row.target_group_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        if row.updated_at is not None:
            stamp = QDateTime.fromSecsSinceEpoch(int(row.updated_at.timestamp()))  # local time
            when = QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
            self.changed_at.setText(fmt(self.tr("Last saved: %1"), when))
        else:
            self.changed_at.setText(self.tr("Not rated yet."))
        self._loading = False
        self._dirty = False

    # ----- state
    def is_dirty(self) -> bool:
        return self._dirty and self.row is not None

    def ticked_groups(self) -> list[str]:
        return [
            self.groups.item(i).data(ID_ROLE)
            for i in range(self.groups.count())
            if self.groups.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _touched(self) -> None:
        if not self._loading:
            self._dirty = True

    # ----- saving
    def save(self) -> bool:
        """Write the assessment; on any error the message shows here and nothing is written."""
        row = self.row
        if row is None or self.municipality_id is None:
            return False
        data = BarrierInput(
            key=None if row.is_custom else row.key,
            id=row.id if row.is_custom else None,
            relevance=self.relevance.currentData(),
            evidence_kind=self.evidence.currentData() or "",
            note=self.note.toPlainText(),
            target_group_ids=self.ticked_groups(),
        )
        try:
            saved = self.ctx.workspace.barriers.save(self.municipality_id, data, row.version)
        except StaleRecordError as exc:
            self._show_error(str(exc), None, stale=True)
            return False
        except ValidationError as exc:
            self._show_error(str(exc), exc.field)
            return False
        except StoreError as exc:
            self._show_error(str(exc), None)
            return False
        self.show_row(saved)
        self.saved.emit(saved)
        return True

    def _show_error(self, message: str, field: str | None, stale: bool = False) -> None:
        self.error.setText(message)
        self.error.show()
        self.reload_button.setVisible(stale)
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
        self.reload_button.hide()
