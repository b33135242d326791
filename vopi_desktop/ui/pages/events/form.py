"""The event form: the general protocol fields, the method's own section, explicit Save (Ctrl+S)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ....catalog import Catalog
from ....store.dto.actors import ActorSummary
from ....store.dto.events import Event, EventInput
from ....store.errors import ValidationError
from ....textnumbers import parse_int
from ...editor import EditorPanel
from ...widgets.actor_choices import ActorChoices
from ...widgets.checklist import CheckList
from ...widgets.fit import fit_width
from ...widgets.form_rows import FormRows, add_labelled, text_box
from ...widgets.optional_date import OptionalDate
from .protocol import ProtocolEditor


class EventForm(EditorPanel):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        # An empty form for an event not stored yet (``show_new``): the first Save creates it.
        self.new = False
        self.actors = ActorChoices()  # a trashed actor only where the event names it
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of event"))
        # A new event has no kind until the user picks one: each kind brings its own protocol.
        self.kind.setPlaceholderText(self.tr("Please choose…"))
        for key, label in catalog.vocab("event_kinds").items():
            self.kind.addItem(label, key)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.held_on = OptionalDate(self.tr("on"), date_name=self.tr("Date of the event"))
        self.time_from = QLineEdit()
        self.time_from.setAccessibleName(self.tr("Start time"))
        self.time_from.setPlaceholderText("18:00")
        self.time_to = QLineEdit()
        self.time_to.setAccessibleName(self.tr("End time"))
        self.time_to.setPlaceholderText("21:00")
        for edit in (self.time_from, self.time_to):
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00:00") + 24)
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place"))
        self.moderation = QLineEdit()
        self.moderation.setAccessibleName(self.tr("Moderation"))
        self.minutes = QLineEdit()
        self.minutes.setAccessibleName(self.tr("Minute-taker"))
        self.total = QLineEdit()
        self.total.setAccessibleName(self.tr("Participants in total"))
        self.migration = QLineEdit()
        self.migration.setAccessibleName(self.tr("Of them with a migration history"))
        self.organisations = CheckList(self.tr("Organisations present"), 4)
        self.agenda = text_box(self.tr("Agenda"))
        self.results = text_box(self.tr("Results per agenda item"), 4)
        self.decisions = text_box(self.tr("Decisions"))
        self.open_points = text_box(self.tr("Open points and dissent"))
        self.next_date = OptionalDate(self.tr("on"), date_name=self.tr("Next date"))
        self.held_on.check.setAccessibleName(self.tr("Date of the event"))  # its words ("am") are too short
        self.next_date.check.setAccessibleName(self.tr("Next date"))
        self.protocol = ProtocolEditor(catalog)
        self.name_fields(
            {
                "kind": self.kind, "title": self.title_edit, "held_on": self.held_on, "time_from": self.time_from,
                "time_to": self.time_to, "place": self.place, "moderation": self.moderation,
                "minute_taker": self.minutes, "participants_total": self.total,
                "participants_migration": self.migration, "agenda": self.agenda, "results": self.results,
                "decisions": self.decisions, "open_points": self.open_points, "next_date": self.next_date,
                "protocol": self.protocol,
            }
        )  # fmt: skip
        form = FormRows()
        when = QHBoxLayout()
        when.addWidget(self.held_on)
        add_labelled(when, self.tr("from"), self.time_from)
        add_labelled(when, self.tr("t&o"), self.time_to)
        people = QHBoxLayout()
        people.addWidget(self.total)
        add_labelled(people, self.tr("with migration history:"), self.migration)
        self.protocol_label = QLabel(self.tr("Protocol of the method:"))
        for text, field in (
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Title:"), self.title_edit),
            (self.tr("&Date:"), when),
            (self.tr("Pla&ce:"), self.place),
            (self.tr("Moderatio&n:"), self.moderation),
            (self.tr("Minute-taker:"), self.minutes),
            (self.tr("Participants:"), people),
            (self.tr("Organisations:"), self.organisations),
            (self.tr("Agenda:"), self.agenda),
            (self.tr("Res&ults:"), self.results),
            (self.tr("Decisions:"), self.decisions),
            (self.tr("Open &points, dissent:"), self.open_points),
            (self.tr("Ne&xt date:"), self.next_date),
        ):
            form.add(text, field)
        self.protocol_label.setBuddy(self.protocol)
        form.addRow(self.protocol_label)
        form.addRow(self.protocol)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(form)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        fit_width(scroll)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.watch(
            self.kind, self.title_edit, self.held_on, self.time_from, self.time_to, self.place, self.moderation,
            self.minutes, self.total, self.migration, self.agenda, self.results, self.decisions,
            self.open_points, self.next_date,
        )  # fmt: skip
        self.organisations.changed.connect(self.check_dirty)
        self.protocol.changed.connect(self.check_dirty)
        self.kind.currentIndexChanged.connect(lambda: self.protocol.set_kind(self.kind.currentData()))
        self.setEnabled(False)

    def set_actors(self, actors: Sequence[ActorSummary]) -> None:
        """The municipality's actors, the trash included (offered where the event names one)."""
        self.actors.set_actors(actors)
        self.show_row(self.row)

    def show_new(self) -> None:
        """An empty form for a new event; nothing is stored until Save (the page creates it then)."""
        self.new = True
        self.show_row(None)

    def fill(self, row: Event | None) -> None:
        e = row
        if e is not None:
            self.new = False
        self.setEnabled(e is not None or self.new)
        self.kind.setCurrentIndex(max(0, self.kind.findData(e.kind)) if e else (-1 if self.new else 0))
        self.protocol.set_kind(e.kind if e else "other")
        self.title_edit.setText(e.title if e else "")
        self.title_edit.setCursorPosition(0)  # a long title shows its beginning, not its end
        self.held_on.set_value(e.held_on if e else None)
        self.time_from.setText(e.time_from if e else "")
        self.time_to.setText(e.time_to if e else "")
        self.place.setText(e.place if e else "")
        self.moderation.setText(e.moderation if e else "")
        self.minutes.setText(e.minute_taker if e else "")
        self.total.setText("" if e is None or e.participants_total is None else str(e.participants_total))
        self.migration.setText(
            "" if e is None or e.participants_migration is None else str(e.participants_migration)
        )
        self.actors.tick(self.organisations, e.organisation_ids if e else ())
        self.agenda.setPlainText(e.agenda if e else "")
        self.results.setPlainText(e.results if e else "")
        self.decisions.setPlainText(e.decisions if e else "")
        self.open_points.setPlainText(e.open_points if e else "")
        self.next_date.set_value(e.next_date if e else None)
        self.protocol.set_value(dict(e.protocol) if e else {})
        self.set_title(e.title if e else "")

    def values(self) -> tuple[object, ...]:
        return (
            self.kind.currentData(), self.title_edit.text(), self.held_on.value(), self.time_from.text(),
            self.time_to.text(), self.place.text(), self.moderation.text(), self.minutes.text(), self.total.text(),
            self.migration.text(), self.organisations.checked(), self.agenda.toPlainText(),
            self.results.toPlainText(), self.decisions.toPlainText(), self.open_points.toPlainText(),
            self.next_date.value(), json.dumps(self.protocol.value(), sort_keys=True),
        )  # fmt: skip

    def to_input(self) -> EventInput:
        """What the service gets; a number of participants that is no number raises ValidationError,
        as does a new event whose kind is not chosen yet."""
        if self.kind.currentData() is None:
            raise ValidationError(self.tr("Please choose the kind of event."), "kind")
        total = parse_int(
            self.total.text(), "participants_total", ("Die Zahl der Teilnehmenden", "The number")
        )
        migration = parse_int(
            self.migration.text(),
            "participants_migration",
            ("Die Zahl mit Migrationsgeschichte", "The number"),
        )
        return EventInput(
            kind=self.kind.currentData(),
            title=self.title_edit.text(),
            held_on=self.held_on.value(),
            time_from=self.time_from.text(),
            time_to=self.time_to.text(),
            place=self.place.text(),
            moderation=self.moderation.text(),
            minute_taker=self.minutes.text(),
            participants_total=total,
            participants_migration=migration,
            organisation_ids=self.organisations.checked(),
            agenda=self.agenda.toPlainText(),
            results=self.results.toPlainText(),
            decisions=self.decisions.toPlainText(),
            open_points=self.open_points.toPlainText(),
            next_date=self.next_date.value(),
            protocol=self.protocol.value(),
        )


def guidance_text(catalog: Catalog, kind: str) -> tuple[str, str]:
    """(title, body) of the method's guidance beside the form; plain text from the catalogue."""
    try:
        method = catalog.method(kind)
    except KeyError:
        sections = "\n".join(f"• {s.title}: {s.hint}" for s in catalog.protocol_sections)
        return catalog.label("event_kinds", kind), sections
    phases = "\n".join(f"{n}. {p.title}: {p.description}" for n, p in enumerate(method.phases, 1))
    tips = "\n".join(f"• {tip}" for tip in method.tips)
    body = "\n\n".join(
        part
        for part in (
            method.summary,
            method.group_size,
            method.duration,
            method.cost,
            phases,
            method.results,
            tips,
        )
        if part
    )
    return method.title, body
