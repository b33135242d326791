"""The editor panel of one opportunity: its fields, and its title and description per language."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import astuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ....catalog.outreach import OutreachCatalog
from ....store.dto.actors import ActorSummary
from ....store.dto.outreach import LanguageText, Opportunity, OpportunityInput, Promoter
from ...editor import EditorPanel
from ...widgets.actor_choices import ActorChoices
from ...widgets.fit import fit_width
from ...widgets.form_rows import FormRows
from ...widgets.optional_date import OptionalDate
from ...widgets.search_combo import SearchCombo


class OpportunityForm(EditorPanel):
    def __init__(
        self, cat: OutreachCatalog, ui_lang: str, spoken: dict[str, str], parent: QWidget | None = None
    ):
        super().__init__(self.tr("Opportunity"), parent)
        self.cat, self.ui_lang = cat, ui_lang
        self.open_handler: Callable[[str], None] | None = None  # opens a measure by id
        self._texts: dict[str, LanguageText] = {}
        self._text_lang = ""

        self.actor = SearchCombo()  # editable: a part of the name finds the actor
        self.actors = ActorChoices()  # a trashed actor only where the opportunity names it
        self.title = QLineEdit()
        self.kind = QComboBox()
        for key in cat.kinds:
            self.kind.addItem(cat.s(ui_lang, f"kind.{key}"), key)
        self.what = QPlainTextEdit()
        self.what.setTabChangesFocus(True)
        self.what.setFixedHeight(70)
        self.when_where = QLineEdit()
        self.time_needed = QComboBox()
        self.time_needed.addItem("–", "")
        for key in cat.time_needed:
            self.time_needed.addItem(cat.s(ui_lang, f"time.{key}"), key)
        self.spoken = QListWidget()
        self.spoken.setFixedHeight(70)
        self.spoken.setAccessibleName(self.tr("Languages spoken there"))
        for key, label in spoken.items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.spoken.addItem(item)
        self.features: dict[str, QCheckBox] = {}
        feature_box = QGridLayout()
        for n, key in enumerate(cat.features):
            box = QCheckBox(cat.s(ui_lang, f"feature.{key}"))
            box.setToolTip(cat.s(ui_lang, f"feature.{key}.text"))
            self.features[key] = box
            feature_box.addWidget(box, n // 2, n % 2)
        features = QWidget()
        features.setLayout(feature_box)
        feature_box.setContentsMargins(0, 0, 0, 0)
        self.contact = QComboBox()
        self.contact.addItem(self.tr("The actor's general contact"), "organisation")
        self.contact.addItem(self.tr("The actor's contact person"), "person")
        self.consent = OptionalDate(
            self.tr("recorded on"), date_name=self.tr("Consent to publication recorded on")
        )
        self.valid_until = OptionalDate(self.tr("until"), date_name=self.tr("Valid until"))
        self.valid_until.check.setAccessibleName(self.tr("Valid until"))
        self.status = QComboBox()
        for key, label in (
            ("open", self.tr("Open")),
            ("paused", self.tr("Paused")),
            ("ended", self.tr("Ended")),
        ):
            self.status.addItem(label, key)
        self.flags = QLabel()
        self.flags.setTextFormat(Qt.TextFormat.PlainText)
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet("color: #8a4b00;")

        # the text in one other language
        self.text_lang = QComboBox()
        for lang in cat.languages:
            if lang.code != "de":
                self.text_lang.addItem(f"{lang.name} ({lang.code})", lang.code)
        self.text_title = QLineEdit()
        self.text_body = QPlainTextEdit()
        self.text_body.setTabChangesFocus(True)
        self.text_body.setFixedHeight(70)
        # the measures that promote it (chosen in the measure's form): read here, opened from here
        self.promoters = QListWidget()
        self.promoters.setAccessibleName(self.tr("Measures that promote it"))
        self.promoters.setMaximumHeight((self.promoters.fontMetrics().height() + 6) * 3 + 8)
        self.promoters_note = QLabel(
            self.tr("No measure promotes it yet: tick it in a measure's form under “Promotes”.")
        )
        self.promoters_note.setWordWrap(True)
        self.open_measure_button = QPushButton(self.tr("O&pen the measure"))
        self.open_measure_button.setEnabled(False)
        self.open_measure_button.clicked.connect(self._open_measure)
        self.promoters.itemActivated.connect(self._open_measure)  # double-click or Enter
        self.promoters.currentRowChanged.connect(lambda row: self.open_measure_button.setEnabled(row >= 0))
        promoted = QVBoxLayout()
        promoted.addWidget(self.promoters)
        promoted.addWidget(self.promoters_note)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_measure_button)
        open_row.addStretch(1)
        promoted.addLayout(open_row)
        self.text_lang.currentIndexChanged.connect(self._switch_language)
        self.text_title.textChanged.connect(self._keep_text)
        self.text_body.textChanged.connect(self._keep_text)

        consent_hint = self.tr("The contact person is printed only with their consent to publication.")
        form = FormRows()
        for text, widget, *hint in (
            (self.tr("A&ctor:"), self.actor),
            (self.tr("T&itle:"), self.title),
            (self.tr("&Kind:"), self.kind),
            (self.tr("What you do:"), self.what),
            (self.tr("When and where:"), self.when_where),
            (self.tr("Time needed:"), self.time_needed),
            (self.tr("Languages spoken:"), self.spoken),
            (self.tr("Feat&ures:"), features),
            (self.tr("Co&ntact:"), self.contact),
            (self.tr("Consent:"), self.consent, consent_hint),
            (self.tr("&Valid:"), self.valid_until),
            (self.tr("S&tatus:"), self.status),
            (self.tr("Description in:"), self.text_lang),
            (self.tr("Translated title:"), self.text_title),
            (self.tr("Translation:"), self.text_body),
        ):
            form.add(text, widget, hint="".join(hint))
        self.promoters_label = form.add(self.tr("Promoted &by:"), promoted)
        self.name_fields(
            {"actor_id": self.actor, "title": self.title, "kind": self.kind, "what": self.what,
             "when_where": self.when_where, "text_title": self.text_title, "description": self.text_body,
             "publish_consent_on": self.consent, "valid_until": self.valid_until}
        )  # fmt: skip
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.addWidget(self.flags)
        fields_layout.addLayout(form)
        fields_layout.addStretch(1)
        scroll = QScrollArea()  # the fields scroll; a refusal and Save stay in view below them
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        fit_width(scroll)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.watch(self.actor, self.title, self.kind, self.what, self.when_where, self.time_needed, self.spoken,
                   *self.features.values(), self.contact, self.consent, self.valid_until, self.status,
                   self.text_title, self.text_body)  # fmt: skip
        self.setEnabled(False)

    def set_actors(self, actors: Sequence[ActorSummary]) -> None:
        """The municipality's actors, the trash included: offered where the opportunity names one."""
        current = self.actor.currentData()
        self._filling = True
        try:
            self.actors.set_actors(actors)
            self.actors.pick(self.actor, current)
        finally:
            self._filling = False

    def actor_count(self) -> int:
        """The actors an opportunity can be given (those in the trash are not)."""
        return len(self.actors.live)

    # ----- the per-language texts
    def _switch_language(self) -> None:
        self._text_lang = self.text_lang.currentData() or ""
        text = self._texts.get(self._text_lang)
        filling, self._filling = self._filling, True
        try:
            self.text_title.setText(text.title if text else "")
            self.text_body.setPlainText(text.description if text else "")
        finally:
            self._filling = filling

    def _keep_text(self) -> None:
        if self._filling or not self._text_lang:
            return
        title, body = self.text_title.text(), self.text_body.toPlainText()
        if title.strip() or body.strip():
            self._texts[self._text_lang] = LanguageText(self._text_lang, title, body)
        else:
            self._texts.pop(self._text_lang, None)

    def show_language(self, code: str) -> None:
        self.text_lang.setCurrentIndex(max(0, self.text_lang.findData(code)))

    # ----- the editor panel
    def fill(self, row: Opportunity | None) -> None:
        self.setEnabled(row is not None or self.actor_count() > 0)
        o = row
        self.actors.pick(self.actor, o.actor_id if o else None)  # an actor in the trash keeps showing
        self.title.setText(o.title if o else "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(o.kind if o else "other")))
        self.what.setPlainText(o.what if o else "")
        self.when_where.setText(o.when_where if o else "")
        for edit in (self.title, self.when_where):
            edit.setCursorPosition(0)  # a long title shows its beginning in a narrow form
        self.time_needed.setCurrentIndex(max(0, self.time_needed.findData(o.time_needed if o else "")))
        spoken = set(o.languages if o else ())
        for i in range(self.spoken.count()):
            item = self.spoken.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in spoken
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for key, box in self.features.items():
            box.setChecked(bool(o and key in o.features))
        self.contact.setCurrentIndex(max(0, self.contact.findData(o.contact if o else "organisation")))
        self.consent.set_value(o.publish_consent_on if o else None)
        self.valid_until.set_value(o.valid_until if o else None)
        self.status.setCurrentIndex(max(0, self.status.findData(o.status if o else "open")))
        self._show_promoters(o.promoted_by if o else ())
        self._texts = {t.language: t for t in (o.texts if o else ())}
        self._switch_language()
        self.set_title(o.title if o else self.tr("New opportunity"))

    def _show_promoters(self, promoters: Sequence[Promoter]) -> None:
        self.promoters.clear()
        for p in promoters:
            item = QListWidgetItem(p.title)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.promoters.addItem(item)
        self.promoters.setVisible(bool(promoters))
        self.promoters_note.setVisible(not promoters)
        self.open_measure_button.setVisible(bool(promoters))
        self.open_measure_button.setEnabled(False)
        if promoters:
            self.promoters.setCurrentRow(0)

    def _open_measure(self) -> None:
        item = self.promoters.currentItem()
        if item is not None and self.open_handler is not None:
            self.open_handler(item.data(Qt.ItemDataRole.UserRole))

    def set_flags(self, text: str) -> None:
        self.flags.setText(text)
        self.flags.setVisible(bool(text))

    def to_input(self) -> OpportunityInput:
        return OpportunityInput(
            actor_id=self.actor.currentData() or "",
            title=self.title.text(),
            kind=self.kind.currentData(),
            what=self.what.toPlainText(),
            when_where=self.when_where.text(),
            time_needed=self.time_needed.currentData() or "",
            languages=tuple(
                self.spoken.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.spoken.count())
                if self.spoken.item(i).checkState() == Qt.CheckState.Checked
            ),
            features=tuple(k for k, box in self.features.items() if box.isChecked()),
            contact=self.contact.currentData(),
            publish_consent_on=self.consent.value(),
            valid_until=self.valid_until.value(),
            status=self.status.currentData(),
            texts=tuple(sorted(self._texts.values(), key=lambda t: t.language)),
        )

    def values(self) -> tuple[object, ...]:
        return astuple(self.to_input())
