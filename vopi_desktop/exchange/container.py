"""The .vopi container: a ZIP of exactly manifest.json and data.json, optionally sealed.

Reading trusts nothing in the file: the size is checked before anything is read, members are read
with ``ZipFile.open(name).read(limit + 1)`` (``ZipFile.read`` believes the header's size, and a
member that lies about it would inflate to gigabytes), and every ZIP or zlib failure becomes one
sentence.
"""

from __future__ import annotations

import io
import stat
import struct
import zipfile
import zlib
from pathlib import Path

from . import seal
from .errors import damaged, refuse

MANIFEST, DATA = "manifest.json", "data.json"
MEMBERS = (MANIFEST, DATA)
# Sized to what is really sent, with room, because memory grows with the data. The large demo (25
# municipalities, 10,000 actors, 14,999 links: 28,971 records) is a consultant's whole workspace and
# the largest realistic file: data.json 13.5 MB, 2.4 MB packed; its biggest Landkreis (1,261
# actors) is an eighth of that. Read and checked, records take about 5 bytes of RAM per byte of data.json. Peak RSS of
# `vopi-desktop import` (2026-12-06): 133 MB for the large demo, 200 MB for twice it (27 MiB),
# 292 MB for 32 MiB whose notes hold an emoji (the decoded text then takes 4 bytes a character),
# 982 MB under the former 160 MB limit. So 32 MiB: 2.4 times the large demo, under 300 MB.
MAX_FILE = 40 * 1024 * 1024  # bytes on disk: data.json at its limit fits even stored unpacked and sealed
MAX_MANIFEST = 256 * 1024
MAX_DATA = 32 * 1024 * 1024  # bytes of data.json unpacked
MAX_RATIO = 100  # unpacked / packed; JSON of this kind packs 5–10 to 1
ZIP_MAGIC = b"PK\x03\x04"
END_MAGIC, END_SEARCH = b"PK\x05\x06", 22 + 65535  # the end record, with its longest comment
MAX_DIRECTORY = 64 * 1024  # two entries with names of any sane length


def pack(manifest: bytes, data: bytes, password: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr(MANIFEST, manifest)
        archive.writestr(DATA, data)
    blob = buffer.getvalue()
    return seal.seal(blob, password) if password is not None else blob


def read_file(path: Path) -> bytes:
    """The file's bytes, refused before reading when it is larger than any exchange file can be."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise refuse(f"Datei nicht gefunden: {path}", f"File not found: {path}") from None
    except OSError as exc:
        raise refuse(f"Die Datei ist nicht lesbar: {exc}", f"The file cannot be read: {exc}") from None
    if not path.is_file():
        raise refuse(f"{path.name} ist keine Datei.", f"{path.name} is not a file.")
    if size > MAX_FILE:
        raise refuse(
            f"Die Datei ist zu groß ({size // 2**20} MB, höchstens {MAX_FILE // 2**20} MB).",
            f"The file is too large ({size // 2**20} MB, at most {MAX_FILE // 2**20} MB).",
        )
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_FILE + 1)
    except OSError as exc:
        raise refuse(f"Die Datei ist nicht lesbar: {exc}", f"The file cannot be read: {exc}") from None


def unpack(blob: bytes, password: str | None = None) -> tuple[bytes, bytes]:
    """Returns the bytes of manifest.json and data.json, or refuses the file with one sentence."""
    if len(blob) > MAX_FILE:
        raise refuse("Die Datei ist zu groß.", "The file is too large.")
    if seal.is_sealed(blob):
        blob = seal.open_sealed(blob, password)
    if not blob.startswith(ZIP_MAGIC):
        raise damaged("kein ZIP-Archiv", "not a ZIP archive")
    _check_directory(blob)
    try:
        with zipfile.ZipFile(io.BytesIO(blob)) as archive:
            infos = archive.infolist()
            _check_members(infos)
            sizes = {info.filename: info for info in infos}
            manifest = _read(archive, sizes[MANIFEST], MAX_MANIFEST)
            data = _read(archive, sizes[DATA], MAX_DATA)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise damaged(f"beschädigtes ZIP ({_short(exc)})", f"damaged ZIP ({_short(exc)})") from None
    if len(data) > max(len(blob), 1) * MAX_RATIO:
        raise _bomb()
    return manifest, data


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


def _bomb():
    return damaged(
        "der Inhalt ist auffällig stark gepackt (ZIP-Bombe?)",
        "the content is packed suspiciously tightly (zip bomb?)",
    )


def _check_directory(blob: bytes) -> None:
    """The end record's member count and directory size, before zipfile reads the directory: it
    makes an object per entry, so 600,000 empty members (50 MB) cost 3 s and 300 MB to refuse."""
    end = blob.rfind(END_MAGIC, max(0, len(blob) - END_SEARCH))
    if end < 0 or len(blob) < end + 22:
        return  # no end record: zipfile says the archive is damaged
    entries, directory_size = struct.unpack_from("<HI", blob, end + 10)
    if entries > len(MEMBERS):
        raise damaged(
            f"{entries} Bestandteile statt {len(MEMBERS)}", f"{entries} members instead of {len(MEMBERS)}"
        )
    if directory_size > MAX_DIRECTORY:
        raise damaged(
            "beschädigtes ZIP (das Inhaltsverzeichnis ist zu groß)",
            "damaged ZIP (the table of contents is too large)",
        )


def _check_members(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > len(MEMBERS):
        raise damaged(
            f"{len(infos)} Bestandteile statt {len(MEMBERS)}",
            f"{len(infos)} members instead of {len(MEMBERS)}",
        )
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
            raise damaged(f"absoluter Pfad „{name[:80]}“", f"absolute path “{name[:80]}”")
        if ".." in name.replace("\\", "/").split("/") or "/" in name or "\\" in name:
            raise damaged(f"Pfad im Archiv „{name[:80]}“", f"path inside the archive “{name[:80]}”")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise damaged(f"symbolische Verknüpfung „{name[:80]}“", f"symbolic link “{name[:80]}”")
        if name not in MEMBERS:
            raise damaged(f"unerwarteter Bestandteil „{name[:80]}“", f"unexpected member “{name[:80]}”")
        if info.flag_bits & 0x1:
            raise damaged("ZIP-Verschlüsselung wird nicht unterstützt", "ZIP encryption is not supported")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise damaged("unbekanntes Packverfahren", "unknown compression method")
    names = [info.filename for info in infos]
    if sorted(names) != sorted(MEMBERS):
        raise damaged(
            "manifest.json und data.json müssen je genau einmal enthalten sein",
            "manifest.json and data.json must each be there exactly once",
        )


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    # The header's sizes are only claims; they are checked first for a quick refusal, and the read
    # itself is bounded by our limit, not by them.
    if info.file_size > limit:
        raise damaged(
            f"{info.filename} ist ausgepackt zu groß ({info.file_size // 2**20} MB)",
            f"{info.filename} is too large unpacked ({info.file_size // 2**20} MB)",
        )
    if info.file_size > max(info.compress_size, 1) * MAX_RATIO:
        raise _bomb()
    with archive.open(info) as member:
        content = member.read(limit + 1)
    if len(content) > limit:
        raise damaged(f"{info.filename} ist ausgepackt zu groß", f"{info.filename} is too large unpacked")
    return content
