"""The password seal of a .vopi file: AES-256-GCM under a key from scrypt.

Layout (all of it is authenticated: the header is the AEAD's associated data)::

    b"VOPISEAL"  1 byte seal version  1 byte log2(n)  1 byte r  1 byte p  16 bytes salt  12 bytes nonce
    ciphertext with the 16-byte GCM tag at its end

The file goes by e-mail and the password by phone. A wrong password and a tampered byte look the
same to GCM, so the message names both.
"""

from __future__ import annotations

import os
import struct

from .errors import refuse

MAGIC = b"VOPISEAL"
SEAL_VERSION = 1
LOG2_N, R, P = 15, 8, 1  # scrypt: 32 MiB of memory, about 0.1 s on an office PC
HEADER = struct.Struct(">8sBBBB16s12s")
# A file's own parameters are bounded, so a crafted header cannot ask for gigabytes or minutes.
MAX_LOG2_N, MAX_R, MAX_P = 17, 8, 2
MIN_PASSWORD = 8


def is_sealed(head: bytes) -> bool:
    return head.startswith(MAGIC)


def _key(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p)
    return kdf.derive(password.encode("utf-8"))


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise refuse(
            f"Das Passwort ist zu kurz (mindestens {MIN_PASSWORD} Zeichen).",
            f"The password is too short (at least {MIN_PASSWORD} characters).",
        )
    return password


def seal(data: bytes, password: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    header = HEADER.pack(MAGIC, SEAL_VERSION, LOG2_N, R, P, salt, nonce)
    key = _key(check_password(password), salt, LOG2_N, R, P)
    return header + AESGCM(key).encrypt(nonce, data, header)


def open_sealed(blob: bytes, password: str | None) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if password is None:
        raise refuse(
            "Die Datei ist mit einem Passwort geschützt; bitte das Passwort angeben.",
            "The file is protected by a password; please give the password.",
        )
    if len(blob) < HEADER.size + 16:
        raise refuse("Die verschlüsselte Datei ist unvollständig.", "The encrypted file is incomplete.")
    header = blob[: HEADER.size]
    _magic, version, log2_n, r, p, salt, nonce = HEADER.unpack(header)
    if version > SEAL_VERSION:
        raise refuse(
            "Die Datei wurde mit einer neueren Version verschlüsselt; bitte VOPI Desktop aktualisieren.",
            "The file was sealed by a newer version; please update VOPI Desktop.",
        )
    if version < 1 or not (10 <= log2_n <= MAX_LOG2_N and 1 <= r <= MAX_R and 1 <= p <= MAX_P):
        raise refuse(
            "Der Kopf der verschlüsselten Datei ist ungültig.", "The header of the encrypted file is invalid."
        )
    key = _key(password, salt, log2_n, r, p)
    try:
        return AESGCM(key).decrypt(nonce, blob[HEADER.size :], header)
    except InvalidTag:
        raise refuse(
            "Falsches Passwort, oder die Datei wurde unterwegs verändert.",
            "Wrong password, or the file was changed on the way.",
        ) from None
