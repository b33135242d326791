"""manifest.json (DESIGN §7), the safe JSON reader, and the upgrade of older format versions."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .. import __version__
from .errors import damaged, refuse

FORMAT = "vopi-exchange"
FORMAT_VERSION = 2  # 2: "deleted", the tombstones of a full file (tombstones.py)
# What a file holds: a workspace's municipalities with their records, or practice examples a
# consultant sends back, which the receiver files under one of its municipalities. In both,
# "municipalities" names the municipalities whose records the file holds (id, name): in a file of
# practice examples the towns they come from, which the receiver's preview names. A file of
# practice examples of the previous release has "municipalities": [] (sender not named); a reader of
# that release ignores the list in such a file, so the field needs no new format version.
WORKSPACE, PRACTICE_EXAMPLES = "workspace", "practice_examples"
# Upgrades of data.json from an older format version to the next: {old_version: function}. A file
# written before a column or table existed needs none (missing fields get the column's default);
# an entry is due when a field is renamed or its meaning changes.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: lambda data: {**data, "deleted": []},  # format 1 carried no deletions: nothing deleted
}
OLDEST_VERSION = 1


@dataclass(frozen=True)
class Manifest:
    format_version: int
    app_version: str
    created_at: str
    created_by: str
    municipalities: tuple[tuple[str, str], ...]  # (id, name)
    counts: dict[str, int]
    personal_data: bool
    data_sha256: str
    content: str = WORKSPACE
    # The file's "municipalities" as written. ``municipalities`` becomes what the records are filed
    # under here (a file of practice examples: the receiving one); this keeps whom they came from.
    senders: tuple[tuple[str, str], ...] = ()


def build(
    data: bytes,
    who: str,
    municipalities: list[tuple[str, str]],
    counts: dict[str, int],
    personal: bool,
    content: str = WORKSPACE,
) -> bytes:
    body = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "content": content,
        "app_version": __version__,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "created_by": who,
        "municipalities": [{"id": mid, "name": name} for mid, name in municipalities],
        "counts": counts,
        "personal_data": personal,
        "data_sha256": hashlib.sha256(data).hexdigest(),
    }
    return json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not allowed")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("number out of range")
    return value


def decode(raw: bytes, what: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise damaged(f"{what} ist kein UTF-8", f"{what} is not UTF-8") from None


def loads(raw: bytes | str, what: str) -> Any:
    """JSON without NaN/Infinity, huge numbers or runaway nesting, as one clear refusal."""
    text = decode(raw, what) if isinstance(raw, bytes) else raw
    try:
        return json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except RecursionError:
        raise damaged(f"{what} ist zu tief verschachtelt", f"{what} is nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, NaN, Infinity, an integer of thousands of digits
        detail = str(exc).splitlines()[0][:100]
        raise damaged(
            f"{what} ist kein gültiges JSON ({detail})", f"{what} is not valid JSON ({detail})"
        ) from None


def parse(raw: bytes, data: bytes) -> Manifest:
    """Checks the manifest and that data.json is the one it describes (not altered on the way)."""
    body = loads(raw, MANIFEST_NAME)
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise damaged("das Manifest fehlt oder gehört nicht zu VOPI", "the manifest is missing or not VOPI's")
    version = body.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise damaged("ungültige Formatversion", "invalid format version")
    if version > FORMAT_VERSION:
        raise refuse(
            f"Die Datei stammt aus einer neueren Version von VOPI Desktop (Format {version}); "
            "bitte VOPI Desktop aktualisieren.",
            f"The file comes from a newer version of VOPI Desktop (format {version}); please update VOPI Desktop.",
        )
    if version < OLDEST_VERSION:
        raise refuse(
            f"Das Dateiformat {version} ist zu alt und wird nicht mehr gelesen.",
            f"The file format {version} is too old and no longer read.",
        )
    digest = body.get("data_sha256")
    if not isinstance(digest, str) or hashlib.sha256(data).hexdigest() != digest.lower():
        raise refuse(
            "Die Daten passen nicht zur Prüfsumme im Manifest: die Datei wurde verändert oder ist beschädigt.",
            "The data does not match the manifest's checksum: the file was altered or is damaged.",
        )
    places = body.get("municipalities")
    counts = body.get("counts")
    if not isinstance(places, list) or not all(
        isinstance(p, dict) and isinstance(p.get("id"), str) and isinstance(p.get("name"), str)
        for p in places
    ):
        raise damaged("die Kommunen im Manifest sind ungültig", "the manifest's municipalities are invalid")
    if not isinstance(counts, dict) or not all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) for k, v in counts.items()
    ):
        raise damaged("die Anzahlen im Manifest sind ungültig", "the manifest's counts are invalid")
    personal = body.get("personal_data")
    if not isinstance(personal, bool):
        raise damaged("Angabe zu personenbezogenen Daten fehlt", "personal data flag missing")
    content = body.get("content", WORKSPACE)
    if content not in (WORKSPACE, PRACTICE_EXAMPLES):
        raise refuse(
            "Die Datei enthält eine Art von Daten, die diese Version nicht kennt; bitte VOPI Desktop aktualisieren.",
            "The file holds a kind of data this version does not know; please update VOPI Desktop.",
        )
    named = tuple((p["id"].lower(), p["name"][:200]) for p in places)
    return Manifest(
        format_version=version,
        app_version=str(body.get("app_version", ""))[:40],
        created_at=str(body.get("created_at", ""))[:40],
        created_by=str(body.get("created_by", ""))[:200],
        municipalities=named,
        counts=counts,
        personal_data=personal,
        data_sha256=digest.lower(),
        content=content,
        senders=named,
    )


def upgrade(version: int, data: dict[str, Any]) -> dict[str, Any]:
    """Bring data.json of an older format version up to this one, step by step."""
    while version < FORMAT_VERSION:
        step = UPGRADES.get(version)
        if step is not None:
            data = step(data)
        version += 1
    return data


MANIFEST_NAME = "manifest.json"
