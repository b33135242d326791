"""What the form says about an opportunity: whether the printed guide leaves it out (actor in the
trash, expired), prints the actor's general contact (no consent recorded), or lacks a description in
some of the guide's languages. Texts in the OutreachPage context, where they were written first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ....catalog.outreach import OutreachCatalog
from ....store.dto.outreach import Opportunity
from ...messages import fmt
from .model import language_names


def opportunity_notes(o: Opportunity, cat: OutreachCatalog, ui_lang: str) -> str:
    notes = []
    if o.actor_trashed:
        notes.append(
            QCoreApplication.translate(
                "OutreachPage", "The actor is in the trash: the document leaves this opportunity out."
            )
        )
    if o.expired(date.today()):
        notes.append(
            QCoreApplication.translate("OutreachPage", "Expired: the document leaves this opportunity out.")
        )
    if o.contact == "person" and o.publish_consent_on is None:
        notes.append(
            QCoreApplication.translate(
                "OutreachPage",
                "No consent to publication recorded: the document prints the actor's general contact.",
            )
        )
    missing = o.missing(cat.codes)
    if missing:
        notes.append(
            fmt(
                QCoreApplication.translate("OutreachPage", "No description yet in: %1"),
                language_names(cat, ui_lang, missing),
            )
        )
    return "\n".join(notes)
