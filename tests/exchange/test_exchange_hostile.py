"""Every malformed or hostile file is refused with one sentence and leaves the database as it was."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.exchange import hostile
from tests.exchange.helpers import everything
from vopi_desktop.cli import main
from vopi_desktop.config import load_config
from vopi_desktop.exchange import container, importer
from vopi_desktop.exchange.errors import ExchangeError
from vopi_desktop.exchange.export import export
from vopi_desktop.store.db import make_engine, upgrade
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.workspace import Workspace

SEALED = {"tampered_seal", "wrong_password"}


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A valid file of the demo town, and a file of another town that B holds before each case."""
    folder = tmp_path_factory.mktemp("hostile")
    engine = make_engine(f"sqlite:///{folder / 'a.sqlite3'}")
    upgrade(engine)
    ws = Workspace(engine, who="Quelle")
    fill_demo(ws, "small")
    other = ws.municipalities.create(MunicipalityInput(name="Anderswo", kind="gemeinde", state="HE"))
    actor = ws.actors.create(other.id, ActorInput(name="Chor Anderswo", type="verein"))
    town = next(m.name for m in ws.municipalities.list() if m.id != other.id)
    export(ws.exchange, folder / "town.vopi", municipality=town)
    export(ws.exchange, folder / "other.vopi", municipality="Anderswo")
    ws.close()
    with zipfile.ZipFile(folder / "town.vopi") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
    return {
        "manifest": manifest,
        "data": data,
        "other": {"actor_id": actor.id},
        "other_file": folder / "other.vopi",
    }


def _hostile_file(sources: dict, name: str, folder: Path) -> Path:
    make, _ = hostile.CASES[name]
    path = folder / f"{name}.vopi"
    path.write_bytes(make(sources["manifest"], sources["data"], sources["other"]))
    return path


def test_there_are_at_least_twenty_cases() -> None:
    assert len(hostile.CASES) >= 20


@pytest.mark.parametrize("name", sorted(hostile.CASES))
def test_refused_with_one_sentence_and_nothing_written(pair, sources, tmp_path: Path, name: str) -> None:
    _, b = pair
    importer.apply(b.exchange, importer.prepare(b.exchange, sources["other_file"]), None)
    before = everything(b)
    path = _hostile_file(sources, name, tmp_path)
    password = hostile.PASSWORD if name in SEALED else None
    with pytest.raises(ExchangeError) as refused:
        plan = importer.prepare(b.exchange, path, password)
        importer.apply(b.exchange, plan, None)
    message = str(refused.value)
    assert hostile.CASES[name][1] in message
    assert "\n" not in message and "Traceback" not in message
    assert everything(b) == before


@pytest.mark.parametrize("name", sorted(hostile.CASES))
def test_the_cli_refuses_with_one_line_and_a_non_zero_exit(
    sources, tmp_path: Path, capsys, name: str
) -> None:
    data_dir = tmp_path / "data"
    assert main(["--data-dir", str(data_dir), "import", str(sources["other_file"])]) == 0
    config = load_config(data_dir, None)
    ws = Workspace.open(config)
    before = everything(ws)
    ws.close()
    capsys.readouterr()
    password_file = tmp_path / "pw.txt"
    password_file.write_text(hostile.PASSWORD + "\n", encoding="utf-8")
    args = ["--data-dir", str(data_dir), "import", str(_hostile_file(sources, name, tmp_path))]
    if name in SEALED:
        args += ["--password-file", str(password_file)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("vopi-desktop: ") and hostile.CASES[name][1] in err
    ws = Workspace.open(config)
    assert everything(ws) == before
    ws.close()


def test_a_member_larger_than_the_limit_is_refused_while_reading(
    sources, tmp_path: Path, monkeypatch
) -> None:
    """The absolute size limit holds even when the header does not say how large the member is."""
    path = tmp_path / "big.vopi"
    path.write_bytes(hostile.file_of(sources["manifest"], sources["data"]))
    monkeypatch.setattr(container, "MAX_DATA", 1000)
    with pytest.raises(ExchangeError, match="zu groß"):
        importer.read(path)


def test_a_file_too_large_is_refused_before_reading(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "huge.vopi"
    path.write_bytes(b"PK\x03\x04" + b"\0" * 5000)
    monkeypatch.setattr(container, "MAX_FILE", 4000)
    with pytest.raises(ExchangeError, match="zu groß"):
        importer.read(path)


@pytest.mark.parametrize("limit", ["MAX_DATA", "MAX_TOTAL", "MAX_RECORDS"])
def test_an_export_no_import_would_take_is_not_written(pair, tmp_path: Path, monkeypatch, limit: str) -> None:
    """The size limits hold on the way out too: a file the receiver could not open is refused here."""
    from vopi_desktop.exchange import document

    a, _ = pair
    fill_demo(a, "small")
    monkeypatch.setattr(container if limit == "MAX_DATA" else document, limit, 10)
    with pytest.raises(ExchangeError, match="einzeln exportieren"):
        export(a.exchange, tmp_path / "big.vopi")
    assert list(tmp_path.glob("big.vopi*")) == []


def test_an_older_file_without_a_newer_column_gets_its_default(sources, tmp_path: Path) -> None:
    """What an older app wrote (a field missing) is upgraded, not refused."""
    data = json.loads(json.dumps(sources["data"]))
    for actor in data["actor"]:
        del actor["map_x"]
    path = tmp_path / "old.vopi"
    path.write_bytes(hostile.file_of(sources["manifest"], data))
    incoming = importer.read(path)
    assert all(actor["map_x"] is None for actor in incoming.records["actor"])


def test_format_upgrades_run_step_by_step(sources, tmp_path: Path, monkeypatch) -> None:
    from vopi_desktop.exchange import manifest

    def rename(data: dict) -> dict:  # the version of today seen as one that called the table "akteur"
        data["actor"] = data.pop("akteur")
        return data

    today = manifest.FORMAT_VERSION
    monkeypatch.setattr(manifest, "FORMAT_VERSION", today + 1)
    monkeypatch.setattr(manifest, "UPGRADES", {**manifest.UPGRADES, today: rename})
    data = json.loads(json.dumps(sources["data"]))
    data["akteur"] = data.pop("actor")
    path = tmp_path / "v1.vopi"
    path.write_bytes(hostile.file_of(sources["manifest"], data))
    assert len(importer.read(path).records["actor"]) == len(sources["data"]["actor"])


def test_a_directory_of_many_members_is_refused_before_it_is_parsed(monkeypatch) -> None:
    """zipfile builds an object per central-directory entry on opening: a 50 MB file of 600,000
    empty members took 3 s and 300 MB before the member count was seen. The end record is read first."""
    import io

    blob = io.BytesIO()
    with zipfile.ZipFile(blob, "w", zipfile.ZIP_STORED) as archive:
        for i in range(3000):
            archive.writestr(f"{i}", b"")

    def never(*args, **kwargs):
        raise AssertionError("the archive was opened")

    monkeypatch.setattr(container.zipfile, "ZipFile", never)
    with pytest.raises(ExchangeError, match="3000 Bestandteile"):
        container.unpack(blob.getvalue())


def test_a_central_directory_larger_than_two_members_need_is_refused(sources, monkeypatch) -> None:
    """The end record may claim two members while its directory runs on for megabytes."""
    blob = bytearray(hostile.file_of(sources["manifest"], sources["data"]))
    end = blob.rfind(b"PK\x05\x06")
    blob[end + 12 : end + 16] = (40 * 2**20).to_bytes(4, "little")  # size of the central directory
    with pytest.raises(ExchangeError, match="beschädigtes ZIP"):
        container.unpack(bytes(blob))
