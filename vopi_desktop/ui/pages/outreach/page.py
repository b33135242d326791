"""The Mitmachen page: engagement opportunities with their languages, the outreach texts with their
review status, and the printed guide in the residents' languages (made on the jobs lane)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....catalog.outreach import load_outreach
from ....store.dto.outreach import Opportunity, OpportunityInput, OutreachText
from ... import messages
from ...context import AppContext
from ...messages import fmt
from ...widgets.empty_state import EmptyState
from ..base import Page
from ..measures import open_request
from .commands import (
    OpportunityDelete,
    OpportunitySave,
    TextSave,
    redo_delete,
    redo_save,
    redo_text,
    undo_delete,
    undo_save,
    undo_text,
    wording,
)
from .document import DocumentTab
from .form import OpportunityForm
from .model import ROW_ROLE, OpportunityFilter, OpportunityModel
from .notes import opportunity_notes
from .texts import TextsTab


class OutreachPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cat = load_outreach()
        self.ui_lang = "de" if str(ctx.lang).startswith("de") else "en"
        catalog = ctx.catalog

        heading = QLabel("<h1>" + self.tr("Get involved") + "</h1>")
        intro = QLabel(
            self.tr(
                "Engagement opportunities of the local actors, described in the languages people read, "
                "and a printed guide to hand out."
            )
        )
        intro.setWordWrap(True)

        # ----- opportunities
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Title"))
        self.language_filter = QComboBox()
        self.language_filter.addItem(self.tr("All languages"), "")
        for lang in self.cat.languages:
            self.language_filter.addItem(lang.de if self.ui_lang == "de" else lang.en, lang.code)
        self.feature_filter = QComboBox()
        self.feature_filter.addItem(self.tr("All features"), "")
        for key in self.cat.features:
            self.feature_filter.addItem(self.cat.s(self.ui_lang, f"feature.{key}"), key)
        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("All actor types"), "")
        for key, label in catalog.vocab("actor_types").items():
            self.type_filter.addItem(label, key)
        filters = QHBoxLayout()
        for text, widget, stretch in (
            (self.tr("Search:"), self.search, 2),
            (self.tr("Language:"), self.language_filter, 1),
            (self.tr("Feature:"), self.feature_filter, 1),
            (self.tr("Actor type:"), self.type_filter, 1),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, stretch)
        self.search.textChanged.connect(self._filter)
        for combo in (self.language_filter, self.feature_filter, self.type_filter):
            combo.currentIndexChanged.connect(self._filter)
            # long labels must not widen the window past 1024 pixels
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)

        self.model = OpportunityModel(self.cat, self.ui_lang, self)
        self.proxy = OpportunityFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Engagement opportunities"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 220)
        header.resizeSection(1, 170)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.count = QLabel()
        self.count.setWordWrap(True)  # "12 of 12 shown · 12 lack a language" must not widen the list
        self.new_button = QPushButton(self.tr("Ne&w opportunity"))
        self.new_button.clicked.connect(self.new_opportunity)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        # Entf in the table only: in the form's tick lists it means "untick", not "delete the offer"
        delete_key = QShortcut(
            QKeySequence.StandardKey.Delete, self.table, context=Qt.ShortcutContext.WidgetShortcut
        )
        delete_key.activated.connect(self.delete_current)
        row_buttons = QHBoxLayout()
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.new_button)
        row_buttons.addWidget(self.delete_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        left_layout.addLayout(row_buttons)

        spoken = {key: self.cat.spoken(key) for key in catalog.vocab("languages")}
        self.form = OpportunityForm(self.cat, self.ui_lang, spoken)
        self.form.save_handler = self._save
        self.form.open_handler = self.open_measure
        self.add_editor(self.form)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.form)  # its fields scroll inside it, Save and a refusal stay in view
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([420, 580])  # the form needs the room more than the list
        ctx.layout.remember(splitter, "outreach/splitter")
        ctx.layout.remember(header, "outreach/columns")
        opportunities = QWidget()
        opp_layout = QVBoxLayout(opportunities)
        opp_layout.addLayout(filters)
        opp_layout.addWidget(splitter, 1)
        # A municipality without actors: the way to them instead of a greyed form (the other tabs need none).
        self.no_actors = EmptyState()
        self.no_actors.set_content(
            self.tr("No actors recorded yet"),
            self.tr(
                "An engagement opportunity belongs to a local actor: a club, a migrant organisation, an "
                "initiative. Record the actors first. The texts and their review need none."
            ),
            self.tr("Go to &Actors"),
            lambda: self.navigate.emit("actors"),
        )
        self.opportunities = QStackedWidget()
        self.opportunities.addWidget(opportunities)
        self.opportunities.addWidget(self.no_actors)

        # ----- texts
        self.texts = TextsTab(self.cat, self.ui_lang)
        self.texts.form.save_handler = self._save_wording
        self.texts.form.review_handler = self._mark_reviewed
        self.add_editor(self.texts.form)
        ctx.layout.remember(self.texts.splitter, "outreach/texts_splitter")

        # ----- document
        self.document = DocumentTab(self, self.cat)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.opportunities, self.tr("&Opportunities"))
        self.tabs.addTab(self.texts, self.tr("Te&xts and review"))
        self.tabs.addTab(self.document, self.tr("Document"))

        layout = self.page_layout()
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        self.disable_while_loading(
            self.new_button,
            self.delete_button,
            delete_key,
            self.document.make_button,
            self.document.print_button,
        )

    # ----- loading
    def reload(self) -> None:
        mid = self.municipality_id
        if mid is None:
            return
        self.load(
            lambda ws: (
                ws.outreach.list(mid),
                ws.outreach.texts(mid),
                ws.actors.list(mid, include_deleted=True),
            ),
            self._loaded,
        )

    def lists(self, record_id: str) -> bool:
        return any(o.id == record_id for o in self.model.rows)

    def clear(self) -> None:
        self.model.set_rows([])
        self.form.show_row(None)
        self.texts.set_rows([])

    def _loaded(self, result: tuple[list[Opportunity], list[OutreachText], list]) -> None:
        rows, texts, actors = result
        current = self.form.row.id if self.form.row else None
        keep = self.take_selection(lambda wanted: any(o.id == wanted for o in rows), current)
        self.form.set_actors(actors)
        self.model.set_rows(rows)
        current = self.texts.current()
        self.texts.set_rows(texts, (current.topic, current.language) if current else None)
        self._update_count()
        if not self.form.is_dirty():
            self._select(keep)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        no_actors = not total and not self.form.actor_count()
        self.opportunities.setCurrentIndex(1 if no_actors else 0)
        missing = sum(1 for o in self.model.rows if o.missing(self.cat.codes))
        self.count.setText(fmt(self.tr("%1 of %2 shown · %3 lack a language"), shown, total, missing))

    def _select(self, opportunity_id: str | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == opportunity_id:
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                return
        if self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self._show(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        switching = row is None or self.form.row is None or row.id != self.form.row.id
        if switching and self.form.is_dirty() and not self.form.commit():
            return
        self._show(row)

    def _show(self, row: Opportunity | None) -> None:
        self.form.show_row(row)
        self.form.set_flags(opportunity_notes(row, self.cat, self.ui_lang) if row else "")
        self.update_actions()

    def update_actions(self) -> None:
        if self.loading:
            return
        self.delete_button.setEnabled(self.form.row is not None)
        self.new_button.setEnabled(self.form.actor_count() > 0)  # an opportunity needs a live actor

    def _filter(self) -> None:
        self.proxy.set_search(self.search.text())
        self.proxy.set_choices(
            self.language_filter.currentData() or "",
            self.feature_filter.currentData() or "",
            self.type_filter.currentData() or "",
        )
        self._update_count()

    # ----- opportunities
    def new_opportunity(self) -> None:
        if self.form.is_dirty() and not self.form.commit():
            return
        self.tabs.setCurrentIndex(0)
        self.table.clearSelection()
        self.form.show_row(None)
        self.form.set_flags("")
        self.form.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save(self, data: OpportunityInput) -> bool:
        mid, row = self.municipality_id, self.form.row
        if mid is None:
            return False
        if row is None:
            state = OpportunitySave(mid, None, data)
            name = fmt(self.tr("New opportunity %1"), data.title)
        else:
            state = OpportunitySave(mid, OpportunityInput.of(row), data, row.id, row.version)
            name = fmt(self.tr("Change of %1"), row.title)
        return self.save_form(self.form, name, state, redo_save, undo_save, lambda done: done.row)

    def open_measure(self, measure_id: str) -> None:
        """Show a measure that promotes the current opportunity on the Maßnahmen page."""
        open_request.request(self.ctx, "measures", measure_id)
        self.navigate.emit("measures")

    def delete_current(self) -> None:
        row = self.form.row
        if row is None or self.loading:
            return
        question = fmt(self.tr("Delete the opportunity “%1” with its texts in every language?"), row.title)
        if not messages.ask(self, self.tr("Delete opportunity"), question):
            return
        name = fmt(self.tr("Deletion of %1"), row.title)
        if self.change(name, OpportunityDelete(row), redo_delete, undo_delete) is not None:
            self.form.show_row(None)
            self.reload()

    # ----- texts
    def _text_state(self, after: tuple) -> TextSave | None:
        current, mid = self.texts.current(), self.municipality_id
        if current is None or mid is None:
            return None
        return TextSave(
            mid, current.topic, current.language, wording(current), after, current.version, id=current.id
        )

    def _save_wording(self, body: str) -> bool:
        current = self.texts.current()
        state = self._text_state((body, "unreviewed", "", None)) if current else None
        if state is None:
            return False
        name = fmt(
            self.tr("Wording of %1 (%2)"), self.cat.s(self.ui_lang, f"heading.{state.topic}"), state.language
        )
        return self._apply_text(name, state)

    def _mark_reviewed(self, reviewer: str) -> bool:
        current = self.texts.current()
        if current is None:
            return False
        if self.texts.form.is_dirty() and not self.texts.form.commit():
            return False
        current = self.texts.current()
        state = self._text_state((current.body, "reviewed", reviewer, date.today())) if current else None
        if state is None:
            return False
        name = fmt(
            self.tr("Review of %1 (%2)"), self.cat.s(self.ui_lang, f"heading.{state.topic}"), state.language
        )
        return self._apply_text(name, state)

    def _apply_text(self, name: str, state: TextSave) -> bool:
        def show(saved: OutreachText) -> None:
            rows = [
                saved if (r.topic, r.language) == (saved.topic, saved.language) else r
                for r in self.texts.rows
            ]
            self.texts.set_rows(rows, (saved.topic, saved.language))

        return self.save_form(self.texts.form, name, state, redo_text, undo_text, lambda d: d.row, show)

    def focus_search(self) -> bool:
        """Ctrl+F: the offers' search field, on the Angebote tab (shown first if another tab is)."""
        if self.opportunities.currentWidget() is self.no_actors:
            return False  # no offers to search yet: the tab shows the way to the actors
        self.tabs.setCurrentWidget(self.opportunities)
        if not self.search.isVisible():  # no municipality: the page shows its empty state
            return False
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def print_guide(self) -> tuple[tuple[str, ...], bool]:
        return tuple(self.document.chosen()), self.document.bilingual.isChecked()  # its Dokument tab

    def help_text(self) -> str:
        return self.tr(
            "Record what people can join (an actor's offer), describe it in the languages of your "
            "residents, check the built-in texts with native speakers and mark them reviewed, then make "
            "the printed guide (Ctrl+P prints it). Contact persons are printed only where consent to publication is recorded."
        )
