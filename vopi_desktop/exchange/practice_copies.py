"""A practice example taken in from another municipality is the receiver's own record, with an id of
its own: why, and how the merge plan gives it (``plan.make_plan`` calls ``file_practice_copies``)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from .document import PRACTICE, Incoming
from .manifest import PRACTICE_EXAMPLES
from .registry import by_name

if TYPE_CHECKING:
    from ..store.services.exchange import ExchangeService

# The namespace of copies' ids (``copy_id``). Never change it: a changed one makes every example
# received again a second copy.
COPY_NAMESPACE = uuid.UUID("5b0f6c1e-8a52-4f0e-9d0b-7c3e2a1f6d40")


def copy_id(owner: str, original: str) -> str:
    """The id of a copy of a practice example filed under ``owner``: derived from both, so the same
    example received twice is the same record (no duplicate; deleted here stays deleted), and it is
    never the original's id, which another municipality may hold in the same workspace."""
    return str(uuid.uuid5(COPY_NAMESPACE, f"{owner}/{original}"))


def file_practice_copies(service: ExchangeService, incoming: Incoming, local: dict[str, list[dict]]) -> None:
    """A practice example taken in from another municipality is the receiver's own record (review
    F28): it gets an id of its own (``copy_id``). Kept under the sender's id, the receiver's next
    full file carried that id under the receiver, and a consultant holding both towns was refused
    the whole file ("a record that belongs to another municipality here"). A copy is also not
    the original: the receiver may edit or delete it without touching the sender's.

    - A file of practice examples: every example the receiving municipality does not hold already
      under that id (one of its own, sent back to it) becomes a copy; one of its own it deleted keeps
      its id, so the plan's rule holds (deleted here is not brought back by an older file).
    - A workspace file: an example whose id another municipality holds here is such a copy, taken
      in under the sender's id by an older release; it is mapped the same way, so it is kept beside
      the original, and the same example in the next file from that town is the same record.

    Nothing refers to a practice example, so only the record's own id changes."""
    records = incoming.records[PRACTICE]
    if not records:
        return
    here = {row["id"] for row in local[PRACTICE]}
    if incoming.manifest.content == PRACTICE_EXAMPLES:
        here |= service.deleted_under(PRACTICE, records[0]["municipality_id"])  # all go to one target
    unknown = [record for record in records if record["id"] not in here]
    if not unknown:
        return
    if incoming.manifest.content != PRACTICE_EXAMPLES:
        elsewhere = service.ids_of([by_name()[PRACTICE].table])[PRACTICE]
        unknown = [record for record in unknown if record["id"] in elsewhere]
    for record in unknown:
        record["id"] = copy_id(record["municipality_id"], record["id"])
