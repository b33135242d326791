"""The CLI contract: export, import (--dry-run, --prefer, --password-file), and `vopi-desktop FILE.vopi`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vopi_desktop import app
from vopi_desktop.cli import main
from vopi_desktop.config import load_config
from vopi_desktop.store.workspace import Workspace

from .helpers import everything


def _ws(folder: Path) -> Workspace:
    return Workspace.open(load_config(folder, None))


def test_export_and_import_between_two_data_folders(tmp_path: Path, capsys) -> None:
    a, b, out = tmp_path / "a", tmp_path / "b", tmp_path / "a.vopi"
    assert main(["--data-dir", str(a), "demo"]) == 0
    assert main(["--data-dir", str(a), "export", "--out", str(out)]) == 0
    ws = _ws(b)  # b's workspace made as the app makes it (`check` makes none)
    before = everything(ws)
    ws.close()
    capsys.readouterr()
    assert main(["--data-dir", str(b), "import", str(out), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "Akteure: 42 neu" in printed and "Probelauf" in printed  # one of them in the trash
    # German names and a local date, not the tables' names and the manifest's UTC stamp
    assert "Hemmnis-Bewertungen: 21 neu" in printed
    assert not {"actor:", "barrier_assessment", "checklist_item_state"} & set(printed.split())
    assert "+00:00" not in printed
    assert re.search(r"^Datei a\.vopi von .+, \d\d\.\d\d\.\d{4}, \d\d:\d\d$", printed, re.MULTILINE)
    ws = _ws(b)
    assert everything(ws) == before  # the dry run wrote nothing
    ws.close()
    assert main(["--data-dir", str(b), "import", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Sicherung vorher" in printed and "Übernommen" in printed
    assert main(["--data-dir", str(b), "import", str(out)]) == 0
    assert "Nichts zu übernehmen" in capsys.readouterr().out


def test_password_file_and_personal_data_option(tmp_path: Path, capsys) -> None:
    a, out, secret = tmp_path / "a", tmp_path / "s.vopi", tmp_path / "pw.txt"
    secret.write_text("Telefon-2026\n", encoding="utf-8")
    main(["--data-dir", str(a), "demo"])
    args = [
        "--data-dir",
        str(a),
        "export",
        "--out",
        str(out),
        "--without-personal-data",
        "--password-file",
        str(secret),
    ]
    assert main(args) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "b"), "import", str(out)]) == 1
    assert "Passwort" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "b"), "import", str(out), "--password-file", str(secret)]) == 0
    assert "Ohne personenbezogene Daten" in capsys.readouterr().out


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--out", "{tmp}/x.vopi", "--municipality", "Nirgendwo"],
        ["export", "--out", "{tmp}/x.vopi", "--password-file", "{tmp}/missing.txt"],
        ["import", "{tmp}/missing.vopi"],
        ["import", "{tmp}/x.vopi", "--prefer", "sometimes"],
    ],
)
def test_errors_are_one_line_and_non_zero(tmp_path: Path, capsys, args: list[str]) -> None:
    main(["--data-dir", str(tmp_path / "a"), "demo"])
    capsys.readouterr()
    code = main(["--data-dir", str(tmp_path / "a"), *[a.format(tmp=tmp_path) for a in args]])
    err = capsys.readouterr().err
    assert code != 0 and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "x.vopi").exists()


def test_a_vopi_path_alone_starts_the_gui_with_its_preview(tmp_path: Path, monkeypatch) -> None:
    started = {}
    monkeypatch.setattr(
        app, "run_gui", lambda config, lang, open_file=None: started.setdefault("file", open_file) and 0
    )
    main(["--data-dir", str(tmp_path / "a"), str(tmp_path / "Brief von Musterstadt.vopi")])
    assert started["file"] == tmp_path / "Brief von Musterstadt.vopi"


def test_practice_examples_by_cli(tmp_path: Path, capsys) -> None:
    a, b, out = tmp_path / "a", tmp_path / "b", tmp_path / "beispiele.vopi"
    main(["--data-dir", str(a), "demo"])
    ws = _ws(a)
    town = ws.municipalities.list()[0].name
    ws.close()
    assert main(["--data-dir", str(a), "export", "--out", str(out), "--practice-examples"]) == 1
    assert "--municipality" in capsys.readouterr().err and not out.exists()
    assert (
        main(
            ["--data-dir", str(a), "export", "--out", str(out), "--practice-examples", "--municipality", town]
        )
        == 0
    )
    assert "Praxisbeispiele geschrieben" in capsys.readouterr().out
    main(["--data-dir", str(b), "demo"])  # b has its own town and a second one below
    ws = _ws(b)
    from vopi_desktop.store.dto.municipality import MunicipalityInput

    ws.municipalities.create(MunicipalityInput(name="Zweitdorf", kind="gemeinde", state="BY"))
    ws.close()
    capsys.readouterr()
    assert main(["--data-dir", str(b), "import", str(out)]) == 1
    assert "Kommune wählen" in capsys.readouterr().err
    assert main(["--data-dir", str(b), "import", str(out), "--municipality", "Zweitdorf"]) == 0
    printed = capsys.readouterr().out
    assert f"Praxisbeispiele von {town} für Zweitdorf" in printed and "Praxisbeispiele: 3 neu" in printed


def test_a_deletion_travels_by_cli(tmp_path: Path, capsys) -> None:
    """Review 2, G15, as the consultant runs it: the town's second file names the deleted measure in
    `import --dry-run` and the import deletes it here."""
    a, b = tmp_path / "a", tmp_path / "b"
    gone = "Antragswerkstatt für Migrantenorganisationen"
    assert main(["--data-dir", str(a), "demo"]) == 0
    assert main(["--data-dir", str(a), "export", "--out", str(tmp_path / "1.vopi")]) == 0
    assert main(["--data-dir", str(b), "import", str(tmp_path / "1.vopi")]) == 0
    ws = _ws(a)
    mid = ws.municipalities.list()[0].id
    measure = next(m for m in ws.measures.list(mid) if m.title == gone)
    ws.measures.delete(measure.id, measure.version)
    ws.close()
    assert main(["--data-dir", str(a), "export", "--out", str(tmp_path / "2.vopi")]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(b), "import", str(tmp_path / "2.vopi"), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert f"  In der Datei gelöscht: 1 Maßnahme („{gone}“) – wird hier auch gelöscht\n" in printed, printed
    assert main(["--data-dir", str(b), "import", str(tmp_path / "2.vopi")]) == 0
    assert "Übernommen: 0 neu, 0 aktualisiert, 1 gelöscht." in capsys.readouterr().out
    ws = _ws(b)
    assert gone not in [m.title for m in ws.measures.list(mid)]
    ws.close()


def test_prefer_local_keeps_a_reused_name_apart_by_cli(tmp_path: Path, capsys) -> None:
    """The town purged the actor "Elterncafé Nord" and made a new one of that name; `--prefer local`
    keeps the old one here: the dry run says the new one is kept apart, the import writes both."""
    from vopi_desktop.store.dto.actors import ActorInput

    a, b, name = tmp_path / "a", tmp_path / "b", "Elterncafé Nord"
    assert main(["--data-dir", str(a), "demo"]) == 0
    ws = _ws(a)
    mid = ws.municipalities.list()[0].id
    old = ws.actors.create(mid, ActorInput(name, ws.actors.list(mid)[0].type))
    ws.close()
    assert main(["--data-dir", str(a), "export", "--out", str(tmp_path / "1.vopi")]) == 0
    assert main(["--data-dir", str(b), "import", str(tmp_path / "1.vopi")]) == 0
    ws = _ws(a)
    ws.actors.trash(old.id)
    ws.actors.purge(old.id)
    new = ws.actors.create(mid, ActorInput(name, old.type))
    ws.close()
    assert main(["--data-dir", str(a), "export", "--out", str(tmp_path / "2.vopi")]) == 0
    capsys.readouterr()
    second = ["--data-dir", str(b), "import", str(tmp_path / "2.vopi"), "--prefer", "local"]
    assert main([*second, "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert f"  In der Datei gelöscht: 1 Akteur („{name}“) – bleibt hier\n" in printed, printed
    assert f"getrennt gehalten als „{name} (importiert)“\n" in printed, printed
    assert main(second) == 0
    assert "Übernommen: 1 neu, 0 aktualisiert." in capsys.readouterr().out
    ws = _ws(b)
    names = {x.id: x.name for x in ws.actors.list(mid)}
    ws.close()
    assert (names[old.id], names[new.id]) == (name, f"{name} (importiert)")
