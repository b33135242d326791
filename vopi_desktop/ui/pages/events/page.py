"""Beteiligung: the events (Zukunftskonferenz, World Café, Runder Tisch, Netzwerktreffen, …) with their
protocol, the method's guidance beside the form, and the ideas collected there."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ....store.dto.actors import ActorSummary
from ....store.dto.events import Event, EventInput
from ...context import AppContext
from ...messages import ask, fmt, plain_tooltip
from ...record_commands import Edited, Exists, bring, remove, swap
from ...widgets.optional_date import shown_date
from ..base import Page
from ..measures import open_request
from ..measures.help import events_help
from ..new_record import NewRecordFlow
from .form import EventForm, guidance_text
from .ideas import IdeasPanel

ID = Qt.ItemDataRole.UserRole


class GuideText(QPlainTextEdit):
    """The method's guidance: read-only plain text, wrapped at words, a too-long word broken."""

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)  # reads like the page's text, not a field
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )

    def setText(self, text: str) -> None:
        self.setPlainText(text)
        # Never narrower than the longest word, so no word is cut ("Tagesordnungspun|kt" at 1024 pixels).
        longest = max((self.fontMetrics().horizontalAdvance(w) for w in text.split()), default=0)
        room = 2 * self.document().documentMargin() + 2 * self.frameWidth() + 4
        self.setMinimumWidth(int(longest + room + self.verticalScrollBar().sizeHint().width()))

    def text(self) -> str:
        return self.toPlainText()


@dataclass(frozen=True)
class Loaded:
    events: list[Event]
    actors: list[ActorSummary]  # the trash included: an event may name one


class EventsPage(NewRecordFlow, Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.events: list[Event] = []
        self._selecting = False
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Events"))
        # A long title wraps within the column instead of scrolling the list sideways.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        list_label = QLabel(self.tr("Events:"))
        list_label.setBuddy(self.list)
        self.new_button = QPushButton(self.tr("Ne&w event"))
        self.new_button.setToolTip(self.tr("Record an event (Insert)"))
        self.delete_button = QPushButton(self.tr("Delete event"))
        self.delete_button.setToolTip(self.tr("Delete the selected event; its ideas stay (Del)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.ideas = IdeasPanel(self)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(list_label)
        top_layout.addWidget(self.list, 1)
        top_layout.addLayout(buttons)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(top)
        left.addWidget(self.ideas)
        left.setChildrenCollapsible(False)
        ctx.layout.remember(left, "events/left")

        self.form = EventForm(ctx.catalog)
        self.form.save_handler = self._save
        self.add_editor(self.form)
        self.guide_title = QLabel()
        self.guide_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.guide_title.font()
        font.setBold(True)
        self.guide_title.setFont(font)
        # A text view, not a label: it breaks a word longer than the column ("Migrantenorganisationen")
        # instead of cutting it, and scrolls itself.
        self.guide = GuideText()
        self.guide.setAccessibleName(self.tr("Guidance for the method"))
        guide_box = QWidget()
        guide_layout = QVBoxLayout(guide_box)
        guide_layout.setContentsMargins(6, 6, 0, 0)
        guide_layout.addWidget(self.guide_title)
        guide_layout.addWidget(self.guide, 1)
        # the open event's protocol on paper (Verteiler, Freigabe), as Ctrl+P prints it; no Alt letter:
        # the form takes every letter of "Protokoll drucken", Ctrl+P is its key
        self.print_button = QPushButton(self.tr("Print protocol…"))
        self.print_button.setAccessibleName(self.tr("Print the protocol of this event"))
        self.print_button.setToolTip(self.tr("Print the protocol of the event shown (Ctrl+P)"))
        guide_layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignRight)
        guide_box.setMinimumWidth(140)
        self.guide_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.guide_title.setWordWrap(True)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.addWidget(guide_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setChildrenCollapsible(False)
        ctx.layout.remember(splitter, "events/splitter")
        layout = self.page_layout()
        layout.addWidget(splitter, 1)

        self.list.currentRowChanged.connect(self._current_changed)
        self.form.kind.currentIndexChanged.connect(self._show_guidance)
        self.form.revert_button.clicked.connect(self._after_revert)
        self.new_button.clicked.connect(self.new_event)
        self.print_button.clicked.connect(lambda: self.print_requested.emit(False))
        self.delete_button.clicked.connect(self.delete_current)
        insert = QShortcut(
            QKeySequence(Qt.Key.Key_Insert), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        insert.activated.connect(self.new_event)
        delete = QShortcut(
            QKeySequence.StandardKey.Delete, self.list, context=Qt.ShortcutContext.WidgetShortcut
        )
        delete.activated.connect(self.delete_current)
        self.disable_while_loading(self.new_button, self.delete_button, insert, delete)
        self._show_guidance()

    # ----- loading
    def reload(self) -> None:
        mid = self.municipality_id
        if mid is not None:
            self.load(
                lambda ws: Loaded(ws.events.list(mid), ws.actors.list(mid, include_deleted=True)),
                self._show,
            )

    def lists(self, record_id: str) -> bool:
        return _holder(self.events, record_id) is not None

    def clear(self) -> None:
        self.events = []
        self.list.clear()
        self.form.new = False
        self.form.show_row(None)
        self.ideas.show_event(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        wanted = open_request.take(self.ctx, "events")
        if wanted:
            self.select_after_load = wanted
            if not self.loading:
                self.select(wanted)

    def _show(self, data: Loaded) -> None:
        current = self.form.row.id if self.form.row is not None else None
        keep = self.take_selection(lambda wanted: _holder(data.events, wanted) is not None, current)
        idea = None  # an idea an undo brought back: its event is shown, the idea current in it
        if keep is not None and not any(e.id == keep for e in data.events):
            idea, keep = keep, _holder(data.events, keep)
        self.events = data.events
        self.form.set_actors(data.actors)
        kinds = self.ctx.catalog.vocab("event_kinds")
        self._selecting = True
        self.list.clear()
        for e in data.events:
            when = shown_date(e.held_on) if e.held_on else self.tr("no date yet")
            ideas = self.tr("%n idea(s)", "", len(e.ideas)) if e.ideas else ""
            text = " · ".join(p for p in (when, kinds.get(e.kind, e.kind), ideas) if p) + "\n" + e.title
            item = QListWidgetItem(text)
            item.setData(ID, e.id)
            item.setToolTip(plain_tooltip(e.title))
            self.list.addItem(item)
        self._selecting = False
        if self.form.new:  # an event being written, not stored yet: it stays in the form
            self.show_body()
            self._show_new()
            return
        if not data.events:
            self.form.show_row(None)
            self.ideas.show_event(None)
            self.show_empty(
                self.tr("No events recorded yet"),
                self.tr(
                    "Record the first participation event: a Zukunftskonferenz, a World Café, a Runder Tisch, a "
                    "Netzwerktreffen or an information evening. The form follows the method's protocol, its "
                    "guidance stands beside it, and the ideas collected there can become measures in one step."
                ),
                self.tr("Ne&w event"),
                self.new_event,
            )
            return
        self.show_body()
        self.select(keep or data.events[0].id)
        if idea is not None:
            self.ideas.select(idea)

    def select(self, event_id: str | None) -> None:
        row = next((i for i, e in enumerate(self.events) if e.id == event_id), 0 if self.events else -1)
        self._selecting = True
        self.list.setCurrentRow(row)
        self._selecting = False
        event = self.events[row] if row >= 0 else None
        self.form.show_row(event)
        self.ideas.show_event(event)
        self._show_guidance()
        self.update_actions()

    def _current_changed(self, row: int) -> None:
        if self._selecting:
            return
        shown = self.form.row.id if self.form.row is not None else None
        wanted = self.events[row].id if 0 <= row < len(self.events) else None
        if wanted == shown:
            return
        if self.form.is_dirty() and not self.leave_ok():
            if self.form.new:
                self._show_new()
            else:
                self.select(shown)
            return
        self.select(wanted)

    def _show_new(self) -> None:
        """The new event's form stays; no row of the list is current (none is shown)."""
        self._selecting = True
        self.list.setCurrentRow(-1)
        self._selecting = False
        self.ideas.show_event(None)
        self.update_actions()

    def _show_guidance(self) -> None:
        kind = self.form.kind.currentData()
        if kind is None:  # a new event: what the kinds are, so the choice is an informed one
            methods = "\n\n".join(f"{m.title}: {m.summary}" for m in self.ctx.catalog.methods)
            self.guide_title.setText(self.tr("Which kind of event?"))
            self.guide.setText(
                self.tr("Choose the kind first: the form then shows the method's own protocol section.")
                + "\n\n"
                + methods
            )
            return
        title, body = guidance_text(self.ctx.catalog, kind)
        self.guide_title.setText(title)
        self.guide.setText(body)

    def update_actions(self) -> None:
        self.delete_button.setEnabled(not self.loading and self.form.row is not None)
        self.print_button.setEnabled(not self.loading and self.print_subject() is not None)

    # ----- writing
    def new_event(self) -> None:
        """An empty form; the event is stored by its first Save (``_save``), Revert drops it."""
        self.begin_new(self.form.kind)

    def record_list(self) -> QAbstractItemView:
        return self.list

    def first_listed(self) -> str | None:
        return self.events[0].id if self.events else None

    def delete_current(self) -> None:
        row, mid = self.form.row, self.municipality_id
        if row is None or mid is None:
            return
        if not ask(
            self, self.tr("Delete event"), fmt(self.tr("Delete the event “%1”? Its ideas stay."), row.title)
        ):
            return
        name = fmt(self.tr("Event “%1” deleted"), row.title)
        if self.change(name, Exists("events", mid, record=row), remove, bring) is not None:
            self.form.show_row(None)
            self.reload()

    def _save(self, data: EventInput) -> bool:
        current, mid = self.form.row, self.municipality_id
        if current is None:
            if not self.form.new or mid is None:
                return False
            name = fmt(self.tr("Event “%1” created"), data.title.strip())
            return self.save_form(
                self.form, name, Exists("events", mid, data), bring, remove, lambda st: st.record
            )
        name = fmt(self.tr("Event “%1” edited"), data.title.strip() or current.title)
        return self.save_form(self.form, name, Edited("events", current, data), swap, swap, Edited.stored)

    def print_subject(self) -> tuple[str, str] | None:
        """The event whose form is open: its protocol only (a new one has none yet: all of them)."""
        row = self.form.row
        return (row.id, row.title) if row is not None and not self.form.new else None

    def help_text(self) -> str:
        return events_help()


def _holder(events: list[Event], record_id: str) -> str | None:
    """The event that is this record or holds it as an idea."""
    return next((e.id for e in events if e.id == record_id or any(i.id == record_id for i in e.ideas)), None)
