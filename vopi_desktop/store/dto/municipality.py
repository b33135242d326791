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

    @classmethod
    def of(cls, m: Municipality) -> MunicipalityInput:
        """The input that stores ``m`` as it is (what undoing an edit hands back)."""
        return cls(
            m.name,
            m.kind,
            m.state,
            m.population,
            m.contact_name,
            m.contact_email,
            m.contact_phone,
            m.is_example,
        )


@dataclass(frozen=True)
class ProcessState:
    """What the Start page needs: the occasions chosen and how far each area is filled in."""

    occasions: tuple[str, ...]
    own_concern: str
    counts: dict[str, int] = field(default_factory=dict)
