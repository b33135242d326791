"""Engagement opportunities (Mitmach-Angebote), their texts per language, the municipality's wording
of the built-in outreach texts with a review status, and what the outreach document may print.

Every write returns the record with its new version, so the page's undo can hand it back. Contact
persons are personal data: a document prints one only where consent to publication is recorded
(``publish_consent_on``); otherwise the actor's general contact, and ``material`` says who was left out.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from ...catalog import load_catalog
from ...catalog.outreach import load_outreach
from ...dates import checked_date
from ...lang import language, t
from ...textsort import sort_key
from ..dto.outreach import (
    CONTACTS,
    REVIEW,
    STATUSES,
    LanguageText,
    LeftOut,
    Opportunity,
    OpportunityInput,
    OutreachMaterial,
    OutreachText,
    PrintedContact,
    Promoter,
)
from ..errors import ValidationError
from ..models import Actor, Measure, Municipality, measure_opportunities
from ..outreach_models import EngagementOpportunity as Row
from ..outreach_models import OpportunityText as TextRow
from ..outreach_models import OutreachText as OwnTextRow
from .base import Service
from .fields import Label, one_of, text

LONG = 5000
LABELS = {
    "what": Label("Die Beschreibung, was man tut", "eine Beschreibung", "the description of what one does"),
    "when_where": Label("Wann und wo", "wann und wo", "when and where"),
    "text_title": Label("Der Titel der Übersetzung", "einen Titel", "the translated title"),
    "body": Label("Der Text", "einen Text", "the text"),
    "reviewed_by": Label("Wer geprüft hat", "wer geprüft hat", "who reviewed it"),
    "actor_id": Label("Der Akteur", "einen Akteur", "the actor"),
}


def to_dto(row: Row) -> Opportunity:
    actor = row.actor
    return Opportunity(
        id=row.id,
        municipality_id=row.municipality_id,
        actor_id=row.actor_id,
        actor_name=actor.name if actor else "",
        actor_type=actor.type if actor else "",
        actor_trashed=bool(actor and actor.deleted_at is not None),
        title=row.title,
        kind=row.kind,
        what=row.what,
        when_where=row.when_where,
        time_needed=row.time_needed,
        languages=tuple(row.languages or ()),
        features=tuple(row.features or ()),
        contact=row.contact,
        publish_consent_on=row.publish_consent_on,
        valid_until=row.valid_until,
        status=row.status,
        texts=tuple(LanguageText(x.language, x.title, x.description) for x in row.texts),
        version=row.version,
        updated_at=row.updated_at,
        promoted_by=tuple(Promoter(m.id, m.title) for m in row.promoted_by),
    )


def _own_dto(row: OwnTextRow) -> OutreachText:
    return OutreachText(
        row.topic,
        row.language,
        row.body,
        row.review_status,
        row.reviewed_by,
        row.reviewed_on,
        row.id,
        row.version,
    )


def printed_contact(o: Opportunity, actor: Actor) -> PrintedContact:
    """The contact a document may print: the person only with consent to publication recorded."""
    person = actor.contact_name or actor.contact_phone or actor.contact_email
    if o.contact == "person" and person:
        if o.publish_consent_on is not None:
            return PrintedContact(actor.contact_name or actor.name, actor.contact_phone, actor.contact_email)
        return PrintedContact(actor.name, actor.org_phone, actor.org_email, left_out="no_consent")
    return PrintedContact(actor.name, actor.org_phone, actor.org_email)


class OutreachService(Service):
    # ----- opportunities
    def list(self, municipality_id: str) -> builtins.list[Opportunity]:
        """All opportunities of a municipality, by title."""
        with self._read() as s:
            rows = s.scalars(
                select(Row).where(Row.municipality_id == municipality_id).options(*self._loads())
            ).all()
            out = [to_dto(r) for r in rows]
        return sorted(out, key=lambda o: (sort_key(o.title), o.id))

    def get(self, opportunity_id: str) -> Opportunity:
        with self._read() as s:
            return to_dto(self._get(s, Row, opportunity_id))

    def create(
        self, municipality_id: str, data: OpportunityInput, record_id: str | None = None
    ) -> Opportunity:
        """A new opportunity; ``record_id`` lets undo bring a deleted one back under its old id."""
        values, texts = _validate(data)
        with self._write() as s:
            row = self._insert(s, municipality_id, values, texts, data.actor_id, record_id)
            return to_dto(row)

    def _insert(
        self,
        s: Session,
        municipality_id: str,
        values: dict[str, object],
        texts: builtins.list[LanguageText],
        actor_id: str,
        record_id: str | None,
    ) -> Row:
        self._get(s, Municipality, municipality_id)
        _actor(s, municipality_id, actor_id, new=record_id is None)
        row = Row(municipality_id=municipality_id, **values)
        if record_id:
            row.id = record_id
        s.add(row)
        self._set_texts(s, row, texts)
        self._log(s, "create", row, row.title)
        s.flush()
        return row

    def update(self, opportunity_id: str, data: OpportunityInput, version: int | None) -> Opportunity:
        values, texts = _validate(data)
        with self._write() as s:
            row = self._get(s, Row, opportunity_id)
            self._check_version(row, version)
            _actor(s, row.municipality_id, data.actor_id, new=False)
            changed = self._update(row, **values)
            if self._set_texts(s, row, texts) or changed:
                self._log(s, "update", row, row.title)
            s.flush()
            s.refresh(row)
            return to_dto(row)

    def set_text(
        self, opportunity_id: str, lang: str, title: str, description: str, version: int | None
    ) -> Opportunity:
        """Add, change or (with an empty description) remove the text in one language."""
        with self._read() as s:
            current = to_dto(self._get(s, Row, opportunity_id))
        texts = [x for x in current.texts if x.language != lang]
        if lang == "de":
            raise ValidationError(
                t(
                    "Die deutsche Beschreibung steht im Angebot selbst.",
                    "The German description is the opportunity's own.",
                ),
                "language",
            )
        if description.strip() or title.strip():
            texts.append(LanguageText(lang, title, description))
        data = OpportunityInput.of(current)
        data.texts = texts
        return self.update(opportunity_id, data, version)

    def delete(self, opportunity_id: str, version: int | None) -> Opportunity:
        """Delete; returns the opportunity as it was, so undo can ``restore`` it."""
        with self._write() as s:
            row = self._get(s, Row, opportunity_id)
            self._check_version(row, version)
            before = to_dto(row)
            self._log(s, "delete", row, row.title)
            s.delete(row)
            return before

    def restore(self, before: Opportunity) -> Opportunity:
        """Undo of ``delete``: the opportunity under its old id, linked again to the measures that
        promoted it and still exist. Deleting it left those measures' versions alone (the link rows
        went by cascade), so putting the links back does not move them either: each measure is again
        exactly what its version says."""
        values, texts = _validate(OpportunityInput.of(before))
        with self._write() as s:
            row = self._insert(s, before.municipality_id, values, texts, before.actor_id, before.id)
            measures = s.scalars(
                select(Measure.id).where(
                    Measure.id.in_([p.id for p in before.promoted_by]),
                    Measure.municipality_id == before.municipality_id,
                )
            ).all()
            if measures:
                s.execute(
                    insert(measure_opportunities),
                    [{"measure_id": m, "opportunity_id": row.id} for m in measures],
                )
            s.expire(row, ["promoted_by"])
            return to_dto(row)

    # ----- the built-in texts, worded by the municipality
    def texts(self, municipality_id: str) -> builtins.list[OutreachText]:
        """Every topic in every language: the stored wording, or the built-in one (id None)."""
        cat = load_outreach()
        with self._read() as s:
            stored = {
                (r.topic, r.language): _own_dto(r)
                for r in s.scalars(select(OwnTextRow).where(OwnTextRow.municipality_id == municipality_id))
            }
        return [
            stored.get((topic, code)) or OutreachText(topic, code, "", "unreviewed", "", None)
            for topic in cat.topics
            for code in cat.codes
        ]

    def save_text(
        self,
        municipality_id: str,
        topic: str,
        lang: str,
        body: str,
        review_status: str,
        reviewed_by: str = "",
        reviewed_on: date | None = None,
        version: int | None = None,
    ) -> OutreachText:
        """Store the wording and review status of one text (``version`` None: the first save)."""
        cat = load_outreach()
        values = {
            "body": text(body, "body", limit=LONG, label=LABELS["body"]),
            "review_status": one_of(review_status, REVIEW, "review_status"),
            "reviewed_by": text(reviewed_by, "reviewed_by", name=True, label=LABELS["reviewed_by"]),
            "reviewed_on": _date(reviewed_on, "reviewed_on"),
        }
        one_of(topic, cat.topics, "topic")
        one_of(lang, cat.codes, "language")
        with self._write() as s:
            self._get(s, Municipality, municipality_id)
            row = s.scalars(
                select(OwnTextRow).where(
                    OwnTextRow.municipality_id == municipality_id,
                    OwnTextRow.topic == topic,
                    OwnTextRow.language == lang,
                )
            ).first()
            if row is None:
                if version is not None:  # undo of a first save that someone removed meanwhile
                    raise ValidationError(
                        t("Der Text wurde inzwischen entfernt.", "The text was removed meanwhile."), "body"
                    )
                row = OwnTextRow(municipality_id=municipality_id, topic=topic, language=lang, **values)
                s.add(row)
                self._log(s, "create", row, f"{topic}/{lang}")
            else:
                self._check_version(row, version)
                if self._update(row, **values):
                    self._log(s, "update", row, f"{topic}/{lang}")
            s.flush()
            return _own_dto(row)

    # ----- the document's data
    def material(self, municipality_id: str, today: date | None = None) -> OutreachMaterial:
        """What the outreach document prints: open, current opportunities of live actors with the
        contact each may show; the rest, and contact persons without consent, as ``left_out``."""
        today = today or date.today()
        with self._read() as s:
            m = self._get(s, Municipality, municipality_id)
            rows = s.scalars(
                select(Row).where(Row.municipality_id == municipality_id).options(*self._loads())
            ).all()
            printed: builtins.list[tuple[Opportunity, PrintedContact]] = []
            left: builtins.list[LeftOut] = []
            for row in sorted(rows, key=lambda r: (sort_key(r.title), r.id)):
                o = to_dto(row)
                if o.status != "open":
                    continue  # paused or ended: not offered now, nothing to explain
                if o.actor_trashed:
                    left.append(LeftOut(o.title, o.actor_name, "trashed"))
                    continue
                if o.expired(today):
                    left.append(LeftOut(o.title, o.actor_name, "expired"))
                    continue
                contact = printed_contact(o, row.actor)
                if contact.left_out:
                    left.append(LeftOut(o.title, o.actor_name, contact.left_out))
                printed.append((o, contact))
            own = {
                (r.topic, r.language): r.body
                for r in s.scalars(select(OwnTextRow).where(OwnTextRow.municipality_id == municipality_id))
                if r.body.strip()
            }
            return OutreachMaterial(m.name, tuple(printed), own, tuple(left))

    # ----- helpers
    @staticmethod
    def _loads() -> tuple[object, ...]:
        return (selectinload(Row.texts), selectinload(Row.actor), selectinload(Row.promoted_by))

    def _set_texts(self, s: Session, row: Row, texts: Sequence[LanguageText]) -> bool:
        """Replace the texts per language; a change alone still bumps the opportunity's version."""
        before = [(x.language, x.title, x.description) for x in row.texts] if row.id else []
        after = sorted((x.language, x.title, x.description) for x in texts)
        if sorted(before) == after and row.id:
            return False
        stored = {x.language: x for x in row.texts}
        kept = []
        for lang, title, description in after:
            item = stored.get(lang) or TextRow(municipality_id=row.municipality_id, language=lang)
            self._update(item, title=title, description=description)
            kept.append(item)
        return self._set_collection(row, "texts", kept) or bool(kept)


def _actor(s: Session, municipality_id: str, actor_id: str, new: bool) -> Actor:
    """The actor of this municipality; one in the trash only for a stored opportunity (an edit, its undo,
    the undo of a delete): the trash keeps what names an actor, but a new opportunity needs a live one."""
    actor = s.get(Actor, actor_id) if actor_id else None
    if actor is None or actor.municipality_id != municipality_id:
        raise ValidationError(
            t("Bitte einen Akteur dieser Kommune wählen.", "Please choose an actor of this municipality."),
            "actor_id",
        )
    if actor.deleted_at is not None and new:
        raise ValidationError(
            t("Dieser Akteur liegt im Papierkorb.", "This actor is in the trash."), "actor_id"
        )
    return actor


def _validate(data: OpportunityInput) -> tuple[dict[str, object], builtins.list[LanguageText]]:
    cat = load_outreach()
    vocab = load_catalog(language()).vocab("languages")
    values: dict[str, object] = {
        "actor_id": data.actor_id,
        "title": text(data.title, "title", required=True, name=True),
        "kind": one_of(data.kind, cat.kinds, "kind"),
        "what": text(data.what, "what", limit=LONG, label=LABELS["what"]),
        "when_where": text(data.when_where, "when_where", limit=1000, label=LABELS["when_where"]),
        "time_needed": one_of(data.time_needed, ("", *cat.time_needed), "time_needed"),
        "languages": _keys(data.languages, vocab, "languages"),
        "features": _keys(data.features, cat.features, "features"),
        "contact": one_of(data.contact, CONTACTS, "contact"),
        "publish_consent_on": _date(data.publish_consent_on, "publish_consent_on"),
        "valid_until": _date(data.valid_until, "valid_until"),
        "status": one_of(data.status, STATUSES, "status"),
    }
    texts: dict[str, LanguageText] = {}
    for item in data.texts or ():
        lang = one_of(item.language, tuple(c for c in cat.codes if c != "de"), "language")
        title = text(item.title, "text_title", name=True, label=LABELS["text_title"])
        description = text(item.description, "description", limit=LONG)
        if title or description:
            texts[lang] = LanguageText(lang, title, description)
    return values, builtins.list(texts.values())


def _keys(values: Sequence[str] | None, allowed: object, field: str) -> builtins.list[str]:
    return builtins.list(dict.fromkeys(one_of(v, allowed, field) for v in values or ()))


def _date(value: object, field: str) -> date | None:
    return checked_date(value, field)  # the one plausibility rule (vopi_desktop/dates.py)
