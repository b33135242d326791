"""The side panel of the map: find an actor, see and edit its links, draw a link, and the insights
(``insights.py``).

Everything here works by keyboard: the lists select nodes, the form adds and changes links.
The panel only shows and asks; the page talks to the workspace.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....analysis.network import MissingType
from ....store.dto.network import Link, Node
from ...messages import fmt
from ...widgets.search import SearchFilterProxy
from ...widgets.wheel_guard import guard_wheel
from .insights import NetworkInsights
from .model import ID_ROLE, LinkListModel, LinkRow, NodeListModel
from .short_list import ShortList


class NetworkPanel(QWidget):
    node_chosen = Signal(str)
    add_link = Signal(str, str, str, int, str)  # source, target, kind, strength, note
    update_link = Signal(object, str, int, str)  # Link, kind, strength, note
    delete_link = Signal(object)  # Link
    navigate = Signal(str)  # another area of the app
    type_chosen = Signal(str)  # an actor type whose actors have no links yet
    opening = Signal(object)  # Node: show (or begin) its opening checklist

    def __init__(self, kinds: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: Node | None = None
        self.editing: Link | None = None
        self._quiet = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)

        # -- find an actor
        find_label = QLabel(self.tr("Find a&ctor:"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or type"))
        self.search.setClearButtonEnabled(True)
        find_label.setBuddy(self.search)
        self.nodes = NodeListModel(self)
        self.proxy = SearchFilterProxy(self)
        self.proxy.setSourceModel(self.nodes)
        self.node_list = ShortList(5, 12)
        self.node_list.setModel(self.proxy)
        self.node_list.setAccessibleName(self.tr("Actors on the map"))
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.returnPressed.connect(self._first_match)
        self.node_list.selectionModel().currentChanged.connect(self._node_list_changed)
        layout.addWidget(find_label)
        layout.addWidget(self.search)
        layout.addWidget(self.node_list, 1)

        # -- the selected actor and its links
        box = QGroupBox(self.tr("Selected actor"))
        box_layout = QVBoxLayout(box)
        self.selected = QLabel(self.tr("Click an actor on the map or choose one in the list."))
        self.selected.setWordWrap(True)
        self.selected.setTextFormat(Qt.TextFormat.RichText)
        links_label = QLabel(self.tr("&Links of this actor:"))
        self.links = LinkListModel(self)
        self.link_list = ShortList(3, 6)
        self.link_list.setModel(self.links)
        links_label.setBuddy(self.link_list)
        self.edit_button = QPushButton(self.tr("Edi&t link"))
        self.delete_button = QPushButton(self.tr("&Delete link"))
        self.edit_button.clicked.connect(self._start_edit)
        self.delete_button.clicked.connect(self._delete)
        self.link_list.activated.connect(lambda _index: self._start_edit())  # Enter or double click
        delete_action = QAction(self.link_list)
        delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self._delete)
        self.link_list.addAction(delete_action)
        self.link_list.selectionModel().currentChanged.connect(lambda *_: self._enable())
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        box_layout.addWidget(self.selected)
        self.opening_button = QPushButton(self.tr("O&pening checklist"))
        self.opening_button.setToolTip(self.tr("Show the selected actor's opening checklist, or begin it"))
        self.opening_button.clicked.connect(self._open_checklist)
        box_layout.addWidget(self.opening_button, 0, Qt.AlignmentFlag.AlignLeft)
        box_layout.addWidget(links_label)
        box_layout.addWidget(self.link_list)
        box_layout.addLayout(buttons)
        layout.addWidget(box, 1)

        # -- draw a link (also used to change one)
        self.form_box = QGroupBox(self.tr("Draw a link"))
        form = QFormLayout(self.form_box)
        self.target = QComboBox()
        self.target.setEditable(True)
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.target.setModel(self.nodes)
        self.target.setMaxVisibleItems(15)
        self.target.setMinimumContentsLength(12)
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # The suggestions forgive spelling like every list: "turk" offers "Türkischer Elternverein".
        self.target_matches = SearchFilterProxy(self)
        self.target_matches.setSourceModel(self.nodes)
        completer = QCompleter(self.target_matches, self.target)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(15)
        self.target.setCompleter(completer)
        self.target.lineEdit().textEdited.connect(self.target_matches.set_search)
        self.target.setCurrentIndex(-1)
        self.kind = QComboBox()
        for key, label in kinds.items():
            self.kind.addItem(label, key)
        self.strength = QComboBox()
        for value, text in ((1, self.tr("1 – weak")), (2, self.tr("2 – medium")), (3, self.tr("3 – strong"))):
            self.strength.addItem(text, value)
        self.strength.setCurrentIndex(1)
        self.note = QLineEdit()
        self.note.setMaxLength(2000)
        form.addRow(self.tr("To actor:"), self.target)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Strength:"), self.strength)
        form.addRow(self.tr("&Note:"), self.note)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B00020;")
        self.error.hide()
        form.addRow(self.error)
        self.add_button = QPushButton(self.tr("&Add link"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self._submit)
        self.note.returnPressed.connect(self._submit)
        self._entered = False  # with the suggestions open, one Enter arrives twice
        self.target.lineEdit().returnPressed.connect(self._enter_in_target)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self.end_edit)
        self.cancel_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        form.addRow(row)
        layout.addWidget(self.form_box)

        # -- insights
        self.insights = NetworkInsights(layout, self)
        self.insights.node_chosen.connect(self.node_chosen)
        self.insights.navigate.connect(self.navigate)
        self.insights.type_chosen.connect(self.type_chosen)
        self._enable()
        guard_wheel(self)  # scrolling the panel over "Art"/"Stärke" of a link being changed leaves them

    # ----- filling
    def set_graph(
        self,
        nodes: Sequence[Node],
        type_labels: Mapping[str, str],
        isolated: Sequence[Node],
        missing: Sequence[MissingType],
    ) -> None:
        self._quiet = True
        keep, text = self.target_id(), self.target.currentText()
        self.nodes.set_nodes(nodes, type_labels)
        self.target.setCurrentIndex(self.nodes.row_of(keep) if keep else -1)
        if keep is None:
            self.target.setEditText(text)
        self._quiet = False
        self.insights.fill(isolated, missing, type_labels, bool(nodes))

    def set_current(self, node: Node | None, rows: Sequence[LinkRow], type_label: str = "") -> None:
        if self.editing is not None and (node is None or self.current is None or node.id != self.current.id):
            self.end_edit()
        self.current = node
        self.links.set_rows(rows)
        if node is None:
            self.selected.setText(escape(self.tr("Click an actor on the map or choose one in the list.")))
        else:
            n = len(rows)
            count = self.tr("1 link") if n == 1 else fmt(self.tr("%1 links"), str(n))
            self.selected.setText(f"<b>{escape(node.name)}</b><br>{escape(type_label)} · {escape(count)}")
        self._quiet = True
        row = self.nodes.row_of(node.id if node else None)
        index = self.proxy.mapFromSource(self.nodes.index(row, 0)) if row >= 0 else QModelIndex()
        self.node_list.setCurrentIndex(index)
        if index.isValid():
            self.node_list.scrollTo(index)
        self._quiet = False
        self._enable()

    # ----- the form
    def target_id(self) -> str | None:
        """The chosen actor: the list entry, or the one actor whose entry contains the typed text."""
        text = self.target.currentText().strip()
        index = self.target.currentIndex()
        if not text:
            return None
        if index >= 0 and self.target.itemText(index) == text:
            return self.target.itemData(index, ID_ROLE)
        found = self.target.findText(text, Qt.MatchFlag.MatchFixedString)
        if found < 0:
            rows = self.nodes.search(text)  # forgiving: "ayse" finds "Ayşe"
            found = rows[0] if len(rows) == 1 else -1
        return self.target.itemData(found, ID_ROLE) if found >= 0 else None

    def values(self) -> tuple[str, int, str]:
        return self.kind.currentData(), int(self.strength.currentData()), self.note.text()

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        widget = {"target": self.target, "kind": self.kind, "strength": self.strength, "note": self.note}.get(
            field or "", self.target
        )
        widget.setFocus()

    def show_message(self, message: str, field: str | None = None) -> None:
        """A refusal of the store (the page base's ``write`` reports here)."""
        self.show_error(message, field)

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def link_added(self) -> None:
        self.clear_error()
        self.note.clear()
        self._clear_target()  # and again after an Enter in the open list, which fills its entry in later
        QTimer.singleShot(0, self._clear_target)

    def _clear_target(self) -> None:
        if self.editing is None:
            self.target.setCurrentIndex(-1)
            self.target.clearEditText()

    def _enter_in_target(self) -> None:
        if not self._entered:  # the same Enter again (see __init__): once is enough
            self._entered = True
            QTimer.singleShot(0, lambda: setattr(self, "_entered", False))
            self._submit()

    def _submit(self) -> None:
        self.clear_error()
        kind, strength, note = self.values()
        if self.editing is not None:
            self.update_link.emit(self.editing, kind, strength, note)
            return
        if self.current is None:
            self.show_error(self.tr("First choose the actor the link starts from."), "target")
            return
        target = self.target_id()
        if target is None:
            self.show_error(
                self.tr("Choose the actor to link to from the list (the text matches none or several)."),
                "target",
            )
            return
        self.add_link.emit(self.current.id, target, kind, strength, note)

    def _start_edit(self) -> None:
        row = self.links.row(self.link_list.currentIndex().row())
        if row is None:
            return
        self.editing = row.link
        self.form_box.setTitle(self.tr("Change link"))  # the partner shows in "To actor"
        self.target.setEditText(row.partner)
        self.target.setEnabled(False)
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.link.kind)))
        self.strength.setCurrentIndex(max(0, self.strength.findData(row.link.strength)))
        self.note.setText(row.link.note)
        self.add_button.setText(self.tr("Sa&ve changes"))
        self.cancel_button.show()
        self.clear_error()
        self.kind.setFocus()

    def end_edit(self) -> None:
        self.editing = None
        self.form_box.setTitle(self.tr("Draw a link"))
        self.target.setEnabled(True)
        self._clear_target()
        self.note.clear()
        self.add_button.setText(self.tr("&Add link"))
        self.cancel_button.hide()
        self.clear_error()

    def _delete(self) -> None:
        row = self.links.row(self.link_list.currentIndex().row())
        if row is not None:
            self.delete_link.emit(row.link)

    def _open_checklist(self) -> None:
        if self.current is not None:
            self.opening.emit(self.current)

    def _enable(self) -> None:
        self.opening_button.setEnabled(self.current is not None)
        has_link = self.link_list.currentIndex().isValid()
        self.edit_button.setEnabled(has_link)
        self.delete_button.setEnabled(has_link)

    # ----- choosing nodes
    def _first_match(self) -> None:
        if self.proxy.rowCount() > 0:
            self.node_list.setFocus()
            self.node_list.setCurrentIndex(self.proxy.index(0, 0))

    def _node_list_changed(self, index: QModelIndex) -> None:
        if not self._quiet and index.isValid():
            self.node_chosen.emit(index.data(ID_ROLE))
