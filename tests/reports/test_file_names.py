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


def test_names_that_would_share_a_file_are_numbered(tmp_path) -> None:
    """Review 3, H2: "Mühlheim" and "Muehlheim" made one file for two towns under ``--all``, one
    document lost and the preview showing the other town's under its name."""
    from vopi_desktop.cli import main
    from vopi_desktop.config import load_config
    from vopi_desktop.reports.run import file_names
    from vopi_desktop.store.dto.municipality import MunicipalityInput
    from vopi_desktop.store.workspace import Workspace

    assert file_names("plan", ["Mühlheim", "Muehlheim", "MÜHLHEIM", "حلب", "دمشق"]) == [
        "plan-muehlheim.pdf", "plan-muehlheim-2.pdf", "plan-muehlheim-3.pdf", "plan-kommune.pdf",
        "plan-kommune-2.pdf",
    ]  # fmt: skip
    data = tmp_path / "data"
    config = load_config(data, None)
    config.ensure_dirs()
    ws = Workspace.open(config)
    try:
        for name in ("Mühlheim", "Muehlheim"):
            ws.municipalities.create(MunicipalityInput(name=name, kind="gemeinde", state="BW"))
    finally:
        ws.close()
    out = tmp_path / "out"
    assert main(["--data-dir", str(data), "report", "plan", "--all", "--out", str(out)]) == 0
    from pypdf import PdfReader

    made = sorted(out.iterdir())
    assert [p.name for p in made] == ["plan-muehlheim-2.pdf", "plan-muehlheim.pdf"]
    authors = sorted(PdfReader(p).metadata.author for p in made)
    assert authors == ["Muehlheim", "Mühlheim"]
