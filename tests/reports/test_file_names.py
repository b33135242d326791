"""The PDFs of ``report --all`` are named the way Germans write umlauts without them."""

from __future__ import annotations

import pytest

from vopi_desktop.reports.run import file_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Mühlberg im Gäu", "dossier-muehlberg-im-gaeu.pdf"),
        ("Ölbronn – Straße", "dossier-oelbronn-strasse.pdf"),
        ("Bad Überkingen", "dossier-bad-ueberkingen.pdf"),
        ("Çanakkale Şehir", "dossier-canakkale-sehir.pdf"),  # other accents simply dropped
        ("حلب", "dossier-kommune.pdf"),  # nothing left in Latin letters
    ],
)
def test_umlauts_become_two_letters(name: str, expected: str) -> None:
    assert file_name("dossier", name) == expected
