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
from ...context import AppContext
from ...editor import EditorPanel
from ...messages import fmt, plain_tooltip
from ...widgets.optional_date import date_pattern

ID_ROLE = Qt.ItemDataRole.UserRole


class BarrierForm(EditorPanel):
    """The assessment of one barrier, saved on Save (Ctrl+S) through the page (``save_handler``),
    which records it as an undoable command; a refusal shows here (``show_message``)."""

    edit_own = Signal(object)  # BarrierRow
    delete_own = Signal(object)  # BarrierRow
    reload_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.ctx = ctx

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.group = QLabel()
        self.group.setTextFormat(Qt.TextFormat.PlainText)
        self.group.setStyleSheet("color: #555;")
        self.group.setWordWrap(True)  # a long group name must not widen the pane
        self.explanation = QLabel()
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)  # an own barrier's text is user text
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
        form.addRow(self.tr("Re&levance:"), self.relevance)
        form.addRow(self.tr("Ev&idence:"), self.evidence)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("Target gro&ups:"), self.groups)
        form.addRow("", self.groups_hint)
        form.addRow("", self.changed_at)

        self.reload_button = QPushButton(self.tr("Reload the stored st&ate"))
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload_requested)

        self.save_button.setToolTip(self.tr("Save the assessment (Ctrl+S)"))
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
        buttons.addWidget(self.revert_button)
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
        self.name_fields(
            {"relevance": self.relevance, "evidence_kind": self.evidence, "note": self.note,
             "target_groups": self.groups}
        )  # fmt: skip

        self.watch(self.relevance, self.evidence, self.note, self.groups)
        # The assessment box's title carries the editor's "(unsaved changes)" marker.
        self.hide_title()
        self.dirty_changed.connect(lambda _dirty: self._mark_title())
        self.show_row(None)

    # ----- showing
    def set_target_groups(self, groups: list[TargetGroup]) -> None:
        """Rebuild the tick list; ticks of the shown row (or those already made) are kept."""
        dirty = self.is_dirty()
        ticked = self.ticked_groups() if dirty else list(self.row.target_group_ids if self.row else ())
        self._filling = True
        self.groups.clear()
        for group in groups:
            item = QListWidgetItem(group.name)
            item.setData(ID_ROLE, group.id)
            item.setToolTip(plain_tooltip(group.description))
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked if group.id in ticked else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        self.groups_hint.setVisible(not groups)
        self.groups.setVisible(bool(groups))
        shown = min(max(len(groups), 1), 7)  # tall enough for a typical list, never a wall
        self.groups.setFixedHeight(shown * self.groups.sizeHintForRow(0) + 2 * self.groups.frameWidth() + 2)
        self._filling = False
        if not dirty:
            self.show_row(self.row)  # the groups are part of what "unchanged" means

    def fill(self, row: BarrierRow | None) -> None:
        """Fill the form from a stored (or not yet stored) row; None shows a short hint instead."""
        self.reload_button.hide()
        has = row is not None
        self.assessment.setVisible(has)
        for button in (self.save_button, self.revert_button, self.edit_button, self.delete_button):
            button.setVisible(has)
        if row is None:
            self.title.setText("<h2>" + escape(self.tr("Barriers")) + "</h2>")
            self.group.clear()
            self.explanation.setText(
                self.tr("Choose a barrier in the list to read what it means and to rate it.")
            )
            self.approaches_box.hide()
            return
        catalog = self.ctx.catalog
        heading = row.title if row.is_custom else f"{row.key} {row.title}"
        self.title.setText(f"<h2>{escape(heading)}</h2>")
        group = next((g.title for g in catalog.barrier_groups if g.key == row.group), "")
        kind = self.tr("Own barrier") if row.is_custom else self.tr("Catalogue barrier")
        self.group.setText(f"{kind} · {group}" if group else kind)
        self.explanation.setText(row.description or self.tr("No description."))
        approaches = catalog.approaches_for_barrier(row.key or "")
        practices = catalog.practices_for(row.key) if row.key else ()  # built-in practice examples
        example = self.tr("Practice example: %1")
        self.approaches.setText(
            "".join(f"<p><b>{escape(a.title)}</b><br>{escape(a.description)}</p>" for a in approaches)
            + "".join(
                f"<p><b>{escape(fmt(example, p.title))}</b><br>{escape(p.helped)}</p>" for p in practices
            )
        )
        self.approaches_box.setVisible(bool(approaches or practices))
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
            time = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
            when = QLocale().toString(stamp, f"{date_pattern()} {time}")  # 21.07.2026 14:05, not 21.07.26
            self.changed_at.setText(fmt(self.tr("Last saved: %1"), when))
        else:
            self.changed_at.setText(self.tr("Not rated yet."))

    def show_group(self, title: str, description: str) -> None:
        """A group row of the tree: say what the group is about (nothing to edit)."""
        self.show_row(None)
        self.title.setText(f"<h2>{escape(title)}</h2>")
        self.explanation.setText(description)

    def _mark_title(self) -> None:
        title = self.tr("Your assessment")
        self.assessment.setTitle(fmt(self.tr("%1 (unsaved changes)"), title) if self.is_dirty() else title)

    # ----- state
    def values(self) -> tuple[object, ...]:
        return (
            self.relevance.currentData(),
            self.evidence.currentData() or "",
            self.note.toPlainText(),
            tuple(sorted(self.ticked_groups())),
        )

    def ticked_groups(self) -> list[str]:
        return [
            self.groups.item(i).data(ID_ROLE)
            for i in range(self.groups.count())
            if self.groups.item(i).checkState() == Qt.CheckState.Checked
        ]

    # ----- saving
    def to_input(self) -> BarrierInput:
        """The assessment the page stores as an undoable command ("Bewertung von B3")."""
        row = self.row
        custom = row is not None and row.is_custom
        return BarrierInput(
            key=None if row is None or custom else row.key,
            id=row.id if custom else None,
            relevance=self.relevance.currentData(),
            evidence_kind=self.evidence.currentData() or "",
            note=self.note.toPlainText(),
            target_group_ids=self.ticked_groups(),
        )
