"""Web and mail addresses and phone numbers in the actors list break only where a reader expects it
(review 4, K6): an address after "/", ".", "-" or "@", a phone number never, and nothing printed
between the pieces ("jugendmi grationsdienst.examp le" and "+49 7000 / 14117-42" were unusable)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.reports.outreach_pdf import lines, words
from vopi_desktop.config import load_config
from vopi_desktop.store.workspace import Workspace

AFTER = "/.@-"


def _values(demo_dir: Path, personal: bool) -> tuple[list[str], list[str]]:
    ws = Workspace.open(load_config(demo_dir, None))
    try:
        mid = ws.municipalities.list()[0].id
        actors = [ws.actors.get(a.id) for a in ws.actors.list(mid)]
    finally:
        ws.close()
    addresses = [v for a in actors for v in (a.website, a.org_email) if v]
    phones = [a.org_phone for a in actors if a.org_phone]
    if personal:
        addresses += [a.contact_email for a in actors if a.contact_email]
        phones += [a.contact_phone for a in actors if a.contact_phone]
    return addresses, phones


def _broken_where(text: str, value: str) -> list[str] | None:
    """Where ``value`` breaks across lines of ``text`` (the pieces), None when it is not found whole."""
    pattern = "".join(
        re.escape(ch) + ("(\n)?" if ch in AFTER else "") for ch in value
    )  # a line may end only after a separator, and nothing may stand between the pieces
    found = re.search(pattern, text)
    return None if found is None else [g for g in found.groups() if g]


@pytest.mark.parametrize("personal", [False, True])
def test_addresses_and_phones_are_whole_or_broken_after_a_separator(make_pdf, demo_dir, personal) -> None:
    pdf = make_pdf("actors", *(["--with-personal-data"] if personal else []))
    found = words(pdf)
    art = next(w.x0 for w in found if w.text == "Art")  # the columns' left edges, from the header
    notes = next(w.x0 for w in found if w.text == "Notizen")
    # the table's rows only: no running header or footer, no header row repeated on the next page
    # (an address that breaks at a page's end goes on at the next one's top)
    head = {"Name", "Notizen", "/", "Ansprechperson"}
    found = [w for w in found if 70 < w.y0 < w.page_height - 50 and w.text not in head]
    # each column's printed lines, their words joined by a space (a space seen is a space printed)
    text = "\n\n".join(
        "\n".join(" ".join(w.text for w in row) for row in lines([w for w in found if keep(w.x0)]).values())
        for keep in (lambda x: x < art - 1, lambda x: x >= notes - 1)
    )
    addresses, phones = _values(demo_dir, personal)
    assert addresses and phones
    missing = [a for a in addresses if _broken_where(text, a) is None]
    assert missing == []
    split_phones = [p for p in phones if p not in text.replace("\u00a0", " ")]
    assert split_phones == []
