"""What the side panel says about the network as a whole: isolated migrant organisations and the
important actor types still missing, each a way onto the map (or to the actor directory)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ....analysis.network import MissingType
from ....store.dto.network import Node
from ...messages import fmt
from .model import ID_ROLE, NodeListModel
from .short_list import ShortList


class NetworkInsights(QObject):
    """The insights' label, list and text sit right in the panel's ``column``: in a box of their own,
    the panel's spare height would be shared out differently."""

    node_chosen = Signal(str)  # an isolated organisation, to select on the map
    navigate = Signal(str)  # another area of the app
    type_chosen = Signal(str)  # an actor type whose actors have no links yet

    def __init__(self, column: QVBoxLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self._quiet = False
        self.isolated_label = QLabel()
        self.isolated = NodeListModel(self)
        self.isolated_list = ShortList(4, 10)
        self.isolated_list.setModel(self.isolated)
        self.isolated_label.setBuddy(self.isolated_list)
        self.isolated_list.selectionModel().currentChanged.connect(self._isolated_changed)
        self.isolated_list.activated.connect(self._isolated_changed)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.RichText)
        self.missing.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.missing.linkActivated.connect(self._missing_link)
        column.addWidget(self.isolated_label)
        column.addWidget(self.isolated_list, 1)
        column.addWidget(self.missing)

    def fill(
        self,
        isolated: Sequence[Node],
        missing: Sequence[MissingType],
        type_labels: Mapping[str, str],
        any_nodes: bool,
    ) -> None:
        self._quiet = True
        self.isolated.set_nodes(isolated, type_labels)
        self._quiet = False
        self.isolated_label.setText(fmt(self.tr("&Isolated migrant organisations (%1):"), str(len(isolated))))
        self.isolated_list.setToolTip(
            self.tr("Migrant organisations without a link to a Verein, school, church or the administration.")
        )
        self.missing.setText(self._missing_html(missing, type_labels, any_nodes))

    def _missing_html(
        self, missing: Sequence[MissingType], labels: Mapping[str, str], any_nodes: bool
    ) -> str:
        title = "<b>" + escape(self.tr("Missing actor types")) + "</b><br>"
        if not any_nodes:  # nothing recorded: never "every type is present"
            return title + escape(
                self.tr("No actors recorded yet, so every important type is still missing.")
            )
        if not missing:
            return title + escape(self.tr("Every important type of actor is present and linked."))
        lines = []
        for item in missing:
            label = escape(labels.get(item.type, item.type))
            what = (
                self.tr("no actor yet")
                if item.absent
                else self.tr("1 actor, not linked")
                if item.actors == 1
                else fmt(self.tr("actors: %1, none linked"), str(item.actors))
            )
            # Where to act: with no actor of the type, the actor directory; otherwise right here.
            href = "actors" if item.absent else f"type:{item.type}"
            lines.append(f'<a href="{href}">{label}</a>: {escape(what)}')
        return title + "<br>".join(lines)

    def _missing_link(self, href: str) -> None:
        if href.startswith("type:"):
            self.type_chosen.emit(href.removeprefix("type:"))
        else:
            self.navigate.emit(href)

    def _isolated_changed(self, index: QModelIndex) -> None:
        if not self._quiet and index.isValid():
            self.node_chosen.emit(index.data(ID_ROLE))
