"""Malformed and hostile .vopi files, each made from a valid export by one change.

Each case maps a name to (make(manifest, data) -> file bytes, words the refusal must contain).
``manifest`` and ``data`` are the parsed JSON of a valid file of one municipality; "other" is a
municipality B holds already (for the case that reuses its record ids).
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import stat
import struct
import uuid
import zipfile
from collections.abc import Callable
from typing import Any

from vopi_desktop.exchange import seal

PASSWORD = "Telefon-2026"
Maker = Callable[[dict, dict, dict], bytes]


def zip_of(members: list[tuple[str | zipfile.ZipInfo, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, body in members:
            archive.writestr(name, body)
    return buffer.getvalue()


def file_of(
    manifest: dict,
    data: Any,
    raw_data: bytes | None = None,
    fix_sha: bool = True,
    method: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    body = raw_data if raw_data is not None else json.dumps(data).encode()
    manifest = dict(manifest)
    if fix_sha:
        manifest["data_sha256"] = hashlib.sha256(body).hexdigest()
    return zip_of([("manifest.json", json.dumps(manifest).encode()), ("data.json", body)], method)


def _data_case(change: Callable[[dict, dict], None], counts: bool = True) -> Maker:
    """Change data.json (and keep the manifest's counts and checksum right, so the data check is reached)."""

    def make(manifest: dict, data: dict, other: dict) -> bytes:
        data, manifest = copy.deepcopy(data), copy.deepcopy(manifest)
        change(data, other)
        if counts:
            manifest["counts"] = {k: len(v) for k, v in data.items() if isinstance(v, list)}
        return file_of(manifest, data)

    return make


def _actor(data: dict) -> dict:
    return data["actor"][0]


def _lying_size(manifest: dict, data: dict, other: dict) -> bytes:
    blob = bytearray(file_of(manifest, data))
    # Rewrite data.json's uncompressed size in the local header and the central directory to 10 bytes.
    with zipfile.ZipFile(io.BytesIO(bytes(blob))) as archive:
        info = archive.getinfo("data.json")
    struct.pack_into("<I", blob, info.header_offset + 22, 10)
    for offset in _central_entries(bytes(blob)):
        name_len = struct.unpack_from("<H", blob, offset + 28)[0]
        if bytes(blob[offset + 46 : offset + 46 + name_len]) == b"data.json":
            struct.pack_into("<I", blob, offset + 24, 10)
    return bytes(blob)


def _central_entries(blob: bytes) -> list[int]:
    offsets, start = [], 0
    while (found := blob.find(b"PK\x01\x02", start)) != -1:
        offsets.append(found)
        start = found + 4
    return offsets


def _symlink(manifest: dict, data: dict, other: dict) -> bytes:
    link = zipfile.ZipInfo("data.json")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    return zip_of([("manifest.json", json.dumps(manifest).encode()), (link, b"/etc/passwd")])


def _bomb(manifest: dict, data: dict, other: dict) -> bytes:
    return file_of(manifest, None, raw_data=b"[" + b" " * 30_000_000 + b"]")


def _sealed_tampered(manifest: dict, data: dict, other: dict) -> bytes:
    blob = bytearray(seal.seal(file_of(manifest, data), PASSWORD))
    blob[-20] ^= 0x01
    return bytes(blob)


def _deep(manifest: dict, data: dict, other: dict) -> bytes:
    # Stored, not packed: 100,000 brackets would pack tightly enough to be refused as a bomb first.
    return file_of(manifest, None, raw_data=b"[" * 50_000 + b"]" * 50_000, method=zipfile.ZIP_STORED)


def _foreign(data: dict, other: dict) -> None:
    # An actor id that B keeps under another municipality, claimed for this one (as an extra record).
    data["actor"].append(dict(copy.deepcopy(_actor(data)), id=other["actor_id"], name="Übernommen"))


def _newer(manifest: dict, data: dict, other: dict) -> bytes:
    return file_of(dict(manifest, format_version=99), data)


def _number_text(token: str) -> Maker:
    """A raw JSON number the standard library would accept (NaN, Infinity, 1e999) in an actor's map_x."""

    def make(manifest: dict, data: dict, other: dict) -> bytes:
        data = copy.deepcopy(data)
        _actor(data)["map_x"] = 12345.5
        raw = json.dumps(data).encode().replace(b"12345.5", token.encode(), 1)
        return file_of(manifest, None, raw_data=raw)

    return make


def _set(entity: str, field: str, value: Any) -> Callable[[dict, dict], None]:
    def change(data: dict, other: dict) -> None:
        data[entity][0][field] = value

    return change


def _id_with_line_break(data: dict, other: dict) -> None:
    # "$" in a pattern also matches before a final newline: such an id must not pass as valid.
    data["actor"].append(dict(copy.deepcopy(_actor(data)), id=str(uuid.uuid4()) + "\n", name="Neu"))


def _duplicate_name(data: dict, other: dict) -> None:
    # Two actors of one town under one name: refused while reading, not by the database's unique index.
    data["actor"].append(dict(copy.deepcopy(_actor(data)), id=str(uuid.uuid4())))


def _name_of_another_town(data: dict, other: dict) -> None:
    # The manifest names the town as exported; data.json (what is written) takes the name of a town
    # B holds under another id.
    data["municipality"][0]["name"] = "Anderswo"
    # A real town's: the demo's example town would be left out instead (exchange/example_towns.py).
    data["municipality"][0]["is_example"] = False


def _duplicate(data: dict, other: dict) -> None:
    data["actor"].append(copy.deepcopy(_actor(data)))


def _broken_reference(data: dict, other: dict) -> None:
    data["actor_link"][0]["target_id"] = str(uuid.uuid4())


def _other_place_reference(data: dict, other: dict) -> None:
    data["actor_link"][0]["target_id"] = other["actor_id"]


def _owner_not_in_file(data: dict, other: dict) -> None:
    _actor(data)["municipality_id"] = str(uuid.uuid4())


CASES: dict[str, tuple[Maker, str]] = {
    "not_a_zip": (lambda m, d, o: b"Dies ist keine Austauschdatei.\n" * 10, "kein ZIP"),
    "empty_file": (lambda m, d, o: b"", "kein ZIP"),
    "truncated": (lambda m, d, o: file_of(m, d)[: len(file_of(m, d)) // 2], "beschädigtes ZIP"),
    "tampered_data": (
        lambda m, d, o: file_of(m, d, raw_data=json.dumps(d).encode() + b" ", fix_sha=False),
        "Prüfsumme",
    ),
    "tampered_seal": (_sealed_tampered, "verändert"),
    "wrong_password": (lambda m, d, o: seal.seal(file_of(m, d), "Anderes-Passwort"), "Falsches Passwort"),
    "path_traversal": (lambda m, d, o: zip_of([("manifest.json", b"{}"), ("../data.json", b"{}")]), "Pfad"),
    "absolute_path": (
        lambda m, d, o: zip_of([("manifest.json", b"{}"), ("/tmp/data.json", b"{}")]),
        "absoluter Pfad",
    ),
    "symlink_member": (_symlink, "symbolische Verknüpfung"),
    "too_many_members": (
        lambda m, d, o: zip_of([(f"f{i}.json", b"{}") for i in range(500)]),
        "500 Bestandteile",
    ),
    "third_member": (
        lambda m, d, o: zip_of([("manifest.json", b"{}"), ("data.json", b"{}"), ("evil.exe", b"MZ")]),
        "3 Bestandteile",
    ),
    "zip_bomb_ratio": (_bomb, "ZIP-Bombe"),
    "member_lies_about_size": (_lying_size, "beschädigtes ZIP"),
    "deep_json": (_deep, "zu tief verschachtelt"),
    "huge_string": (_data_case(_set("actor", "notes", "x" * 200_000)), "länger als"),
    "nan": (_number_text("NaN"), "kein gültiges JSON"),
    "infinity": (_number_text("-Infinity"), "kein gültiges JSON"),
    "overflowing_number": (_number_text("1e999"), "kein gültiges JSON"),
    "bad_date": (_data_case(_set("actor", "consent_date", "2026-02-30")), "ungültiges Datum"),
    "bad_timestamp": (_data_case(_set("actor", "updated_at", "gestern")), "ungültiger Zeitpunkt"),
    "newer_version": (_newer, "bitte VOPI Desktop aktualisieren"),
    "unknown_entity": (
        _data_case(lambda d, o: d.__setitem__("geheim", [])),
        "bitte VOPI Desktop aktualisieren",
    ),
    "broken_reference": (_data_case(_broken_reference), "nicht in der Datei"),
    "reference_to_another_municipality": (_data_case(_other_place_reference), "nicht in der Datei"),
    "duplicate_ids": (_data_case(_duplicate), "doppelt"),
    "duplicate_names": (_data_case(_duplicate_name), "doppelt"),
    "name_of_another_town_in_data": (_data_case(_name_of_another_town), "andere Kommune „Anderswo“"),
    "id_with_line_break": (_data_case(_id_with_line_break), "keine gültige ID"),
    "record_of_another_municipality": (_data_case(_foreign), "hier zur Kommune „Anderswo“ gehört"),
    "owner_not_in_file": (_data_case(_owner_not_in_file), "nicht in der Datei ist"),
    "nul_character": (_data_case(_set("actor", "name", "Verein\x00")), "Steuerzeichen"),
    "bool_as_number": (_data_case(_set("actor", "size", True)), "ganze Zahl"),
    "counts_do_not_match": (_data_case(_duplicate, counts=False), "Manifest"),
    "practice_file_with_other_data": (
        lambda m, d, o: file_of(dict(m, content="practice_examples", municipalities=[]), d),
        "andere Daten",
    ),
    "unknown_content": (
        lambda m, d, o: file_of(dict(m, content="geheim"), d),
        "bitte VOPI Desktop aktualisieren",
    ),
    "no_manifest": (lambda m, d, o: zip_of([("data.json", b"{}")]), "genau einmal"),
    "not_utf8": (lambda m, d, o: file_of(m, None, raw_data=b"\xff\xfe{}"), "kein UTF-8"),
}
