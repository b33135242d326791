"""Find the shipped resources from a source checkout, an installed wheel and a frozen bundle alike."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    """The folder that holds catalog/, translations/, fonts/ and icons/.

    A wheel carries it inside the package (hatchling force-include), a PyInstaller bundle beside the
    executable under ``_MEIPASS``, and a source checkout at the top of the repository.
    """
    here = Path(__file__).resolve().parent
    candidates = [here / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "vopi_desktop" / "resources")
    candidates.append(here.parent / "resources")
    for candidate in candidates:
        if (candidate / "catalog").is_dir():
            return candidate
    raise FileNotFoundError("VOPI resources not found; the installation is incomplete.")


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
