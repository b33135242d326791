"""A field that stores catalogue keys shows their words in a difference of the import preview and
``import --dry-run`` (a practice example's checklist items and barriers, a measure's pillars; was
„opening.06, B3“), a checklist without a title of its own is named by its template; a key this
version does not know stays as it is; a long question is cut at a word's end."""

from __future__ import annotations

from vopi_desktop.catalog import load_catalog
from vopi_desktop.exchange.labels import coded
from vopi_desktop.exchange.registry import label_of
from vopi_desktop.lang import set_language


def test_keys_read_as_their_words() -> None:
    for lang in ("de", "en"):
        set_language(lang)
        try:
            cat = load_catalog(lang)
            item = cat.checklists["opening"].items[5]
            assert coded("practice_example", "item_keys", [item.key, "opening.99"]) == [
                item.text,
                "opening.99",
            ]
            assert coded("practice_example", "barrier_keys", ["B3"]) == [cat.barrier("B3").title]
            assert coded("measure", "pillars", ["encounter"]) == [cat.pillar("encounter").title]
            assert coded("idea", "pillar", "nine") == "nine"
            assert (
                label_of({"id": "x", "title": "", "template_key": "opening"})
                == cat.checklists["opening"].title
            )
        finally:
            set_language("de")


def test_a_long_question_is_cut_at_a_words_end() -> None:
    longest = max(load_catalog("de").indicators, key=lambda i: len(i.question))
    name, question = label_of({"id": "x", "indicator_key": longest.key}), longest.question
    assert len(name) <= 80 and name.endswith("…"), name
    assert question.startswith(name[:-1]) and question[len(name) - 1] in " ,", (name, question)
