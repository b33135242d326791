"""The panel beside the actor table: everything about the selected actor, the contact person included."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from ....catalog import Catalog
from ....store.dto.actors import Actor
from .model import format_date, format_number

MUTED = "color:#555"
OVERDUE = "color:#a40000; font-weight:bold"


class ActorDetail(QTextBrowser):
    """Read-only and keyboard-readable (a text browser), so screen readers reach every line."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Details of the selected actor"))
        self.setMinimumWidth(260)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long e-mails, URLs

    def show_hint(self, empty_list: bool) -> None:
        text = (
            self.tr("No actors yet. Add the first one with “New actor” (Insert).")
            if empty_list
            else self.tr("Select an actor to see its details here.")
        )
        self.setHtml(f"<p style='{MUTED}'>{escape(text)}</p>")

    def show_actor(self, a: Actor, today: date | None = None) -> None:
        cat = self.catalog
        org = [
            (self.tr("Type"), escape(cat.label("actor_types", a.type))),
            (self.tr("Fields"), escape(", ".join(cat.label("engagement_fields", k) for k in a.fields))),
            (self.tr("Languages"), escape(", ".join(cat.label("languages", k) for k in a.languages))),
            (self.tr("Size"), "" if a.size is None else format_number(a.size)),
            (self.tr("Address"), _text(a.address)),
            (self.tr("Website"), escape(a.website)),
            (self.tr("E-mail"), escape(a.org_email)),
            (self.tr("Telephone"), escape(a.org_phone)),
            (self.tr("Notes"), _text(a.notes)),
        ]
        heading = self.tr("Contact person")  # outside f-strings, where lupdate finds them
        parts = [f"<h3>{escape(a.name)}</h3>", _rows(org), f"<h4>{escape(heading)}</h4>"]
        if not a.has_contact:
            nobody = self.tr("No contact person recorded.")
            parts.append(f"<p style='{MUTED}'>{escape(nobody)}</p>")
            self.setHtml("".join(parts))
            return
        review = escape(format_date(a.review_date))
        if a.review_date is not None and a.review_date < (today or date.today()):
            warning = escape(self.tr("overdue: review or delete the contact details"))
            review = f"<span style='{OVERDUE}'>⚠ {review} – {warning}</span>"
        basis = cat.label("legal_bases", a.legal_basis) if a.legal_basis else ""
        contact = [
            (self.tr("Name"), escape(a.contact_name)),
            (self.tr("E-mail"), escape(a.contact_email)),
            (self.tr("Telephone"), escape(a.contact_phone)),
            (self.tr("Legal basis"), escape(basis)),
            (self.tr("Consent given on"), escape(format_date(a.consent_date))),
            (self.tr("Review or delete by"), review),
        ]
        parts.append(_rows(contact))
        self.setHtml("".join(parts))


def _rows(pairs: list[tuple[str, str]]) -> str:
    """Label and value per line; empty values are left out. Values arrive escaped."""
    cells = "".join(
        f"<tr><td style='{MUTED}; padding-right:8px'>{escape(k)}</td><td>{v}</td></tr>" for k, v in pairs if v
    )
    return f"<table cellspacing='2'>{cells}</table>"


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")
