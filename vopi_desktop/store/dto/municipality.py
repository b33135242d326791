"""Municipality and process settings as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Municipality:
    id: str
    name: str
    kind: str
    state: str
    population: int | None
    contact_name: str
    contact_email: str
    contact_phone: str
    is_example: bool
    version: int


@dataclass
class MunicipalityInput:
    name: str
    kind: str
    state: str
    population: int | None = None
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    is_example: bool = False


@dataclass(frozen=True)
class ProcessState:
    """What the Start page needs: the occasions chosen and how far each area is filled in."""

    occasions: tuple[str, ...]
    own_concern: str
    counts: dict[str, int] = field(default_factory=dict)
