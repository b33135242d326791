"""Folders and settings: flags win over the environment, a damaged settings file never stops the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from vopi_desktop.config import Settings, load_config


def test_flag_wins_over_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOPI_DATA_DIR", str(tmp_path / "env"))
    monkeypatch.setenv("VOPI_DATABASE_URL", "postgresql://vopi@db.example/vopi")
    assert load_config(None, None).data_dir == (tmp_path / "env").resolve()
    config = load_config(tmp_path / "flag", "sqlite:///" + str(tmp_path / "x.sqlite3"))
    assert config.data_dir == (tmp_path / "flag").resolve()
    assert config.sqlite_path == tmp_path / "x.sqlite3"
    assert config.backups_dir == config.data_dir / "backups"


def test_server_location_is_shown_without_password(tmp_path: Path) -> None:
    config = load_config(tmp_path, "postgresql+psycopg://amt:geheim@db.kreis.example:5432/vopi")
    assert config.sqlite_path is None
    assert config.display_location == "postgresql+psycopg://amt@db.kreis.example:5432/vopi"


@pytest.mark.parametrize("content", ["[]", "{kaputt", '"text"', '{"language": "fr", "backups_to_keep": -3}'])
def test_odd_settings_files_fall_back_to_defaults(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    settings = Settings.load(path)
    assert settings.language == "de"
    assert settings.backups_to_keep == 10


def test_settings_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "settings.json"
    Settings(language="en", last_municipality="abc", backups_to_keep=4).save(path)
    assert Settings.load(path) == Settings(language="en", last_municipality="abc", backups_to_keep=4)


def test_portable_program_keeps_its_data_beside_it(tmp_path, monkeypatch) -> None:
    import sys

    from vopi_desktop import config as config_module

    program = tmp_path / "USB-Stick" / "VOPI Desktop" / "vopi-desktop.exe"
    program.parent.mkdir(parents=True)
    program.touch()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    monkeypatch.delenv("VOPI_DATA_DIR", raising=False)
    assert config_module.load_config().data_dir != program.parent / "Daten"  # no marker: the user's folder
    (program.parent / "portable.txt").write_text("portable", encoding="utf-8")
    assert config_module.load_config().data_dir == program.parent / "Daten"
    assert config_module.load_config(tmp_path / "elsewhere").data_dir == tmp_path / "elsewhere"  # flag wins
