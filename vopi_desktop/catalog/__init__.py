"""The built-in catalogue: occasions, barriers, approaches, checklists, pillars, methods, vocabularies.

Content lives as bilingual JSON in ``resources/catalog``; this package turns it into frozen records
in one language and checks it on load. No Qt and no database here, so reports, the CLI and the
exchange code can use it as freely as the UI.

Typical use::

    from vopi_desktop.catalog import load_catalog

    cat = load_catalog("de")
    cat.barrier("B5").title
    cat.label("actor_types", "verein")
"""

from vopi_desktop.catalog.catalog import Catalog
from vopi_desktop.catalog.checks import AREA_KEYS
from vopi_desktop.catalog.loader import load_catalog, load_catalog_from, normalise_language
from vopi_desktop.catalog.model import (
    Approach,
    Barrier,
    BarrierGroup,
    CatalogError,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    DataProtectionRule,
    Indicator,
    Method,
    MethodPhase,
    Occasion,
    Pillar,
    Placement,
    Practice,
    ProtocolSection,
)

__all__ = [
    "AREA_KEYS",
    "Approach",
    "Barrier",
    "BarrierGroup",
    "Catalog",
    "CatalogError",
    "ChecklistItem",
    "ChecklistSection",
    "ChecklistTemplate",
    "DataProtectionRule",
    "Indicator",
    "Method",
    "MethodPhase",
    "Occasion",
    "Pillar",
    "Placement",
    "Practice",
    "ProtocolSection",
    "load_catalog",
    "load_catalog_from",
    "normalise_language",
]
