"""The outreach document under hostile input: a kind heading wherever a page happens to end, the largest
contact a record can hold as a vCard, read back from the PDF (pdftotext -bbox, zbarimg)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm

from tests.reports.outreach_pdf import find_line, qr_codes, vcard, words
from vopi_desktop.reports.outreach import make_outreach
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.dto.outreach import LanguageText, OpportunityInput
from vopi_desktop.store.workspace import Workspace


def test_a_kind_heading_stays_with_its_offer_wherever_the_page_ends(ws: Workspace, tmp_path: Path) -> None:
    """An offer grows line by line, so the next kind's heading meets the foot of a page in every
    position; it must always stand on the page of its own first offer."""
    mid = ws.municipalities.create(MunicipalityInput(name="Testheim", kind="gemeinde", state="BY")).id
    actor = ws.actors.create(mid, ActorInput(name="Sportverein", type="verein", org_email="a@b.example")).id
    line = "Wir laufen zusammen durch den Park und reden dabei über alles Mögliche, was uns einfällt. "
    ws.outreach.create(mid, OpportunityInput(actor_id=actor, title="A-Lauf", kind="sport", what=line * 30))
    first = ws.outreach.create(mid, OpportunityInput(actor_id=actor, title="B-Lauf", kind="sport", what="x"))
    ws.outreach.create(
        mid, OpportunityInput(actor_id=actor, title="Theaterprobe", kind="culture", what="Wir.")
    )
    pages_seen = set()
    for n in range(0, 52, 3):
        current = ws.outreach.get(first.id)
        data = OpportunityInput.of(current)
        data.what = line * n
        ws.outreach.update(first.id, data, current.version)
        made = make_outreach(ws, mid, ["de"], tmp_path / f"h{n}.pdf", today=date(2026, 6, 1))
        found = words(made.path)
        heading = find_line(found, "Kultur und Musik")
        title = find_line(found, "Theaterprobe")
        pages_seen.add(heading[0].page)
        assert heading[0].page == title[0].page, f"{n} lines: heading on page {heading[0].page} alone"
    assert len(pages_seen) >= 2  # the heading did move down the pages along the way


def test_the_largest_contact_still_makes_a_readable_vcard(ws: Workspace, tmp_path: Path) -> None:
    mid = ws.municipalities.create(MunicipalityInput(name="Testheim", kind="gemeinde", state="BY")).id
    name = ("مريم " * 40)[:199] + "ع"
    email = "a" * 180 + "@example.org"
    actor = ws.actors.create(
        mid,
        ActorInput(name="Ü" * 200, type="verein", contact_name=name, contact_email=email,
                   contact_phone="+49 (0) 7000 / 12 34 56 78 90 12 34 56 78 90", legal_basis="consent",
                   consent_date=date(2026, 1, 1), review_date=date(2027, 1, 1)),
    ).id  # fmt: skip
    ws.outreach.create(mid, OpportunityInput(actor_id=actor, title="Treffen", what="Wir treffen uns.",
                                             contact="person", publish_consent_on=date(2026, 2, 1)))  # fmt: skip
    for layout in ("sections", "bilingual"):
        made = make_outreach(ws, mid, ["de", "ar"], tmp_path / f"{layout}.pdf", layout=layout)
        (tmp_path / layout).mkdir()
        cards = [vcard(c) for c in qr_codes(made.path, tmp_path / layout)]
        assert cards and all(c["FN"] == " ".join(name.split()) and c["EMAIL"] == email for c in cards)
        assert all(c["ORG"] == "Ü" * 200 for c in cards)
        right = 595.3 - 18 * mm + 1  # the frame's right edge: a 180-letter e-mail wraps inside it
        clipped = [w.text[:20] for w in words(made.path) if w.x1 > right or w.x0 < 18 * mm - 1]
        assert not clipped, f"{layout}: text runs past the frame: {clipped[:3]}"


def test_a_phone_number_after_an_arabic_name_keeps_its_order(ws: Workspace, tmp_path: Path) -> None:
    """After Arabic letters the bidi rules would turn the digits into Arabic numbers and reverse the
    groups: "+49 7000 66985-20" must still read left to right, in every section and layout."""
    mid = ws.municipalities.create(MunicipalityInput(name="Testheim", kind="gemeinde", state="BY")).id
    actor = ws.actors.create(
        mid,
        ActorInput(name="Frauentreff Nour", type="migrant_org", contact_name="عمر حداد",
                   contact_phone="+49 7000 66985-20", contact_email="o.haddad@nour.example",
                   legal_basis="consent", consent_date=date(2026, 1, 1), review_date=date(2027, 1, 1)),
    ).id  # fmt: skip
    ws.outreach.create(mid, OpportunityInput(actor_id=actor, title="Frühstück", what="Wir frühstücken.",
                                             contact="person", publish_consent_on=date(2026, 2, 1)))  # fmt: skip
    for layout, langs in (("sections", ["de", "ar", "fa"]), ("bilingual", ["de", "ar"])):
        made = make_outreach(ws, mid, langs, tmp_path / f"{layout}.pdf", layout=layout)
        found = words(made.path)
        phones = [w for w in found if w.text in ("+49", "7000", "66985-20")]
        assert len(phones) == 3 * (len(langs) if layout == "sections" else 1), [w.text for w in phones]
        for page in {w.page for w in phones}:
            on_page = sorted((w for w in phones if w.page == page), key=lambda w: (round(w.y0), w.x0))
            for i in range(0, len(on_page), 3):
                assert [w.text for w in on_page[i : i + 3]] == ["+49", "7000", "66985-20"], (layout, page)


def test_a_paragraph_keeps_its_sections_direction_whatever_its_first_word(
    ws: Workspace, tmp_path: Path
) -> None:
    """An English text opening with an Arabic word is still set from the left edge; an Arabic one opening
    with a Latin word still from the right edge."""
    mid = ws.municipalities.create(MunicipalityInput(name="Testheim", kind="gemeinde", state="BY")).id
    actor = ws.actors.create(mid, ActorInput(name="Chor", type="verein", org_email="a@b.example")).id
    texts = (LanguageText("en", "Choir", "مرحبا means hello: we sing together every week."),
             LanguageText("ar", "جوقة", "VHS كل أسبوع نغني معا في القاعة الكبيرة"))  # fmt: skip
    ws.outreach.create(mid, OpportunityInput(actor_id=actor, title="Chor", what="Wir singen.", texts=texts))
    for code, phrase, edge in (("en", "means hello:", "left"), ("ar", "كل أسبوع", "right")):
        made = make_outreach(ws, mid, [code], tmp_path / f"{code}.pdf")
        found = words(made.path)
        line = find_line(found, phrase)
        title = find_line(found, "Choir" if code == "en" else "جوقة", page=line[0].page)
        row = [w for w in found if w.page == line[0].page and abs(w.y0 - line[0].y0) < 4]
        if edge == "left":
            assert abs(min(w.x0 for w in row) - title[0].x0) < 1.5, "set from the left edge"
        else:
            assert abs(max(w.x1 for w in row) - title[-1].x1) < 1.5, "set from the right edge"
