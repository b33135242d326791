"""The bar above the map that cuts a large network down: actor types, link kinds, focus on one actor.

The bar and its wiring to the map (``FilterBar.apply``) live here; which actors and links remain is
``analysis.network_filter.shown``.
Everything works by keyboard: the two menu buttons open with Space, their entries tick with Space.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from ....analysis.network_filter import FOCUS_STEPS, shown
from ...messages import fmt, short_name
from .view import FlowLayout

if TYPE_CHECKING:
    from ....store.dto.network import Graph
    from .scene import NetworkScene
    from .view import NetworkView


class _Choice(QToolButton):
    """A button with a menu of ticks (all ticked at first) and "show all" on top."""

    changed = Signal()

    def __init__(self, text: str, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        every = menu.addAction(self.tr("Show &all"))
        every.triggered.connect(self.select_all)
        menu.addSeparator()
        self.actions_by_key: dict[str, QAction] = {}
        for key, label in labels.items():
            action = menu.addAction(label.replace("&", "&&"))
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._toggled)
            self.actions_by_key[key] = action
        self.setMenu(menu)
        self._update_text()

    def chosen(self) -> set[str] | None:
        """The ticked keys; None when all are ticked (no filter)."""
        keys = {k for k, a in self.actions_by_key.items() if a.isChecked()}
        return None if len(keys) == len(self.actions_by_key) else keys

    def set_chosen(self, keys: set[str] | None) -> None:
        for key, action in self.actions_by_key.items():
            action.blockSignals(True)
            action.setChecked(keys is None or key in keys)
            action.blockSignals(False)
        self._toggled()

    def select_all(self) -> None:
        self.set_chosen(None)

    def _toggled(self) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            self.setText(self._text)
        else:
            self.setText(fmt(self.tr("%1 (%2 of %3)"), self._text, len(chosen), len(self.actions_by_key)))
        self.setAccessibleName(self.text().replace("&", ""))


class FilterBar(QWidget):
    changed = Signal()

    def __init__(
        self, types: Mapping[str, str], kinds: Mapping[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.types = _Choice(self.tr("Actor t&ypes"), types)
        self.types.setToolTip(self.tr("Show only actors of the ticked types"))
        self.kinds = _Choice(self.tr("Kinds &of links"), kinds)
        self.kinds.setToolTip(self.tr("Show only links of the ticked kinds"))
        focus_label = QLabel(self.tr("Foc&us:"))
        self.focus = QComboBox()
        self.focus.addItem(self.tr("whole network"), 0)
        self.focus.addItem(self.tr("selected actor and its partners"), 1)
        self.focus.addItem(fmt(self.tr("selected actor, %1 steps out"), FOCUS_STEPS), FOCUS_STEPS)
        focus_label.setBuddy(self.focus)
        self.focus.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.focus.setMinimumContentsLength(16)
        self.count = QLabel()
        self.count.setObjectName("network_shown_count")
        self.count.setWordWrap(True)
        self._note = ""  # after the count: a type ticked again for the chosen actor (``reveal``)
        self._counted = (0, 0)
        self.reset = QToolButton()
        self.reset.setText(self.tr("Show the &whole network"))
        self.reset.clicked.connect(self.clear)
        focus_box = QWidget()  # label and box stay together when the bar wraps
        focus_row = QHBoxLayout(focus_box)
        focus_row.setContentsMargins(0, 0, 0, 0)
        focus_row.addWidget(focus_label)
        focus_row.addWidget(self.focus)
        layout = FlowLayout(self, spacing=6)  # wraps on a narrow window instead of widening it
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.types, self.kinds, focus_box, self.reset, self.count):
            layout.addWidget(widget)
        self.types.changed.connect(self._changed)
        self.kinds.changed.connect(self._changed)
        self.focus.currentIndexChanged.connect(self._changed)
        self._changed()

    def types_chosen(self) -> set[str] | None:
        return self.types.chosen()

    def kinds_chosen(self) -> set[str] | None:
        return self.kinds.chosen()

    def steps(self) -> int:
        """0: the whole network; otherwise how many links out from the selected actor."""
        return int(self.focus.currentData() or 0)

    def active(self) -> bool:
        return self.types_chosen() is not None or self.kinds_chosen() is not None or self.steps() > 0

    def clear(self) -> None:
        self.blockSignals(True)
        self.types.select_all()
        self.kinds.select_all()
        self.focus.setCurrentIndex(0)
        self.blockSignals(False)
        self._changed()

    def reveal(self, type_key: str, label: str) -> None:
        """Tick ``type_key`` again when it is hidden: the actor just chosen is shown; the count says so."""
        chosen = self.types_chosen()
        if chosen is None or type_key in chosen:
            return
        self.types.set_chosen(chosen | {type_key})  # the map follows (``changed``)
        self._note = fmt(self.tr("“%1” shown again for the chosen actor"), label)
        self.show_count(*self._counted)

    def apply(self, graph: Graph, scene: NetworkScene, view: NetworkView, fit: bool) -> None:
        """Show on the map what the bar asks for; with a focus (and ``fit``) zoom to what remains."""
        steps = self.steps()
        focus = scene.current if steps else None
        if not self.active():
            if scene.shown_nodes is not None:  # after a build nothing is hidden: nothing to do
                scene.set_shown(None, None)
            self.show_count(len(graph.nodes), len(graph.nodes))
            return
        result = shown(graph.nodes, graph.links, self.types_chosen(), self.kinds_chosen(), focus, steps)
        scene.set_shown(result.nodes, result.links)
        self.show_count(len(result.nodes), len(graph.nodes))
        if steps and focus is None:  # types and kinds still apply; the focus needs an actor: say so
            self.count.setText(self.tr("Choose an actor to focus on."))
        hidden = next((n for n in graph.nodes if n.id == scene.current), None)
        if (
            hidden is not None and hidden.id not in result.nodes
        ):  # the panel shows it: say why the map does not
            note = fmt(self.tr("the selected actor “%1” is hidden by the filter"), short_name(hidden.name))
            self.count.setText(" – ".join(part for part in (self.count.text(), note) if part))
        if fit and focus is not None and result.nodes:
            view.show_nodes([scene.nodes[i].sceneBoundingRect() for i in result.nodes])

    def show_count(self, shown: int, total: int) -> None:
        self._counted = (shown, total)
        text = "" if shown == total else fmt(self.tr("%1 of %2 actors shown"), shown, total)
        self.count.setText(" – ".join(part for part in (text, self._note) if part))

    def _changed(self) -> None:
        self._note = ""
        self.reset.setEnabled(self.active())
        self.changed.emit()
