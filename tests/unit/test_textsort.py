"""The shared sort key: umlauts and accents sort with their base letter."""

from __future__ import annotations

from vopi_desktop.textsort import sort_key


def test_umlauts_sort_with_their_base_letter() -> None:
    assert sort_key("Ölbronn") == "olbronn"
    assert sort_key("Straße") == "strasse"  # casefold spells ß out
    assert sorted(["Zell", "Ölbronn", "Altdorf", "Überlingen", "Ulm"], key=sort_key) == [
        "Altdorf",
        "Ölbronn",
        "Überlingen",
        "Ulm",
        "Zell",
    ]


def test_case_and_accents_do_not_matter() -> None:
    assert sort_key("ÄRZTE") == sort_key("ärzte") == "arzte"
    assert sort_key("Café") == "cafe"
    assert sort_key("") == ""


def test_actor_table_sorts_names_with_the_shared_key(qapp) -> None:
    """Clicking the Name header: "Ökumenischer Kreis" stands with the O's, in both directions."""
    from PySide6.QtCore import Qt

    from vopi_desktop.catalog import load_catalog
    from vopi_desktop.store.dto.actors import ActorSummary
    from vopi_desktop.ui.pages.actors.model import NAME, TYPE, ActorTableModel

    def row(n: int, name: str, kind: str) -> ActorSummary:
        return ActorSummary(str(n), "m", name, kind, (), (), None, "", False, None, 1)

    model = ActorTableModel(load_catalog("de"))
    names = ["Zeller Chor", "Ökumenischer Kreis", "anadolu Kulturverein", "Offene Tür"]
    model.set_rows([row(n, name, "verein") for n, name in enumerate(names)])
    expected = ["anadolu Kulturverein", "Offene Tür", "Ökumenischer Kreis", "Zeller Chor"]
    assert model.visible_names() == expected
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert model.visible_names() == expected[::-1]
    model.sort(TYPE, Qt.SortOrder.AscendingOrder)  # equal types: by name
    assert model.visible_names() == expected


# ----- the forgiving search key (issue 6 item 8)


def test_search_key_folds_case_umlauts_and_accents() -> None:
    from vopi_desktop.textsort import search_key

    assert search_key("Königsbrück") == "konigsbruck"
    assert search_key("Ayşe Çağrı") == "ayse cagri"
    assert search_key("Straße") == "strasse"
    assert search_key("Café Élysée") == "cafe elysee"
    assert search_key("Işık") == "isik"  # dotless ı: NFKD keeps it whole, the table folds it
    assert search_key("İstanbul") == "istanbul"  # dotted capital İ
    assert search_key("Øresund Łódź") == "oresund lodz"
    assert search_key("ÄÖÜ") == "aou"
    assert search_key("") == ""


def test_search_key_drops_invisible_joiners() -> None:
    from vopi_desktop.textsort import search_key

    assert search_key("Mi\u200dgra\u200cnt\u00adin") == "migrantin"
    assert search_key("\ufeffVerein\u200b") == "verein"


def test_matches_every_word_in_any_field() -> None:
    from vopi_desktop.textsort import matches

    assert matches("konigsbruck", "Stadtbibliothek Königsbrück")
    assert matches("Königsbrück", "Stadtbibliothek Königsbrück")  # a typed umlaut still matches
    assert matches("KÖNIGSBRUCK", "Königsbrück")
    assert matches("ayse", "Frauentreff", "Ayşe Yılmaz")  # words may sit in different fields
    assert matches("ayse yilmaz", "Ayşe Yılmaz")
    assert matches("strasse", "Hauptstraße")
    assert not matches("ayse verein", "Ayşe Yılmaz")  # every word must occur
    assert matches("", "anything") and matches("   ")
    assert not matches("x", None, "")


def test_actor_table_search_forgives_umlauts_and_accents(qapp) -> None:
    from vopi_desktop.catalog import load_catalog
    from vopi_desktop.store.dto.actors import ActorSummary
    from vopi_desktop.ui.pages.actors.model import ActorTableModel

    def row(n: int, name: str, contact: str) -> ActorSummary:
        return ActorSummary(str(n), "m", name, "verein", (), (), None, contact, False, None, 1)

    model = ActorTableModel(load_catalog("de"))
    model.set_rows([row(1, "Chor Königsbrück", ""), row(2, "Frauentreff", "Ayşe Demir"), row(3, "TSV", "")])
    for query, expected in (
        ("konigsbruck", ["Chor Königsbrück"]),
        ("Königsbrück", ["Chor Königsbrück"]),
        ("ayse", ["Frauentreff"]),
        ("AYŞE demir", ["Frauentreff"]),
    ):
        model.set_filter(text=query)
        assert model.visible_names() == expected, query
