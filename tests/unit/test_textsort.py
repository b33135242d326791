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
