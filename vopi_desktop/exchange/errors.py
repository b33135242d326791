"""The one error of the exchange: a sentence the user can act on, shown as it is."""

from __future__ import annotations

from ..lang import t
from ..store.errors import StoreError


class ExchangeError(StoreError):
    """A refused file or a failed export; the database is as it was."""


def refuse(de: str, en: str) -> ExchangeError:
    return ExchangeError(t(de, en))


def damaged(detail_de: str, detail_en: str) -> ExchangeError:
    return refuse(
        f"Die Datei ist keine gültige VOPI-Austauschdatei: {detail_de}",
        f"The file is not a valid VOPI exchange file: {detail_en}",
    )
