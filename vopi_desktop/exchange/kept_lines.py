"""The line for each field the import keeps as it is here because the file names a record deleted
here (``cleared.KeptHere``), for the preview and ``import --dry-run`` alike: what the file names,
that it is deleted here and stays so, and what stays here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..lang import t
from .labels import field_name, quoted

if TYPE_CHECKING:  # the preview says these lines too, and the UI never imports SQLAlchemy
    from .cleared import KeptHere


def kept_line(note: KeptHere, theirs: Sequence[str], ours: str | None) -> str:
    """``theirs``: the names of the file's records deleted here; ``ours``: the name of the record a
    reference here points at (None: empty here, or the note is of a list)."""
    name, one = field_name(note.field), len(theirs) == 1
    named = ", ".join(map(quoted, theirs))
    de = f"{name}: {named} aus der Datei {'ist' if one else 'sind'} hier gelöscht und {'bleibt' if one else 'bleiben'} es; "
    en = f"{name}: {named} of the file {'is' if one else 'are'} deleted here and {'stays' if one else 'stay'} so; "
    if note.in_list:
        return t(de + "die Liste bleibt wie hier.", en + "the list stays as it is here.")
    if ours is None:
        return t(de + "hier bleibt das Feld leer.", en + "the field stays empty here.")
    return t(de + f"{quoted(ours)} bleibt.", en + f"{quoted(ours)} stays.")
