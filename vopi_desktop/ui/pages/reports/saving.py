"""Copy made documents to where the user wants them: all of them or none (no half-written set)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path

Pairs = Sequence[tuple[Path, Path]]  # (made file, target)


def existing(pairs: Pairs) -> list[Path]:
    """The targets that would replace a file already there (the page asks before it does)."""
    return [target for _source, target in pairs if target.exists()]


def save_all(pairs: Pairs) -> None:
    """Copy every file beside its target as ``.part``, then rename them all into place.

    An ``OSError`` (folder not writable, disk full, a target that is a folder) removes the parts
    already written and is raised: the targets stay as they were.
    """
    parts: list[tuple[Path, Path]] = []
    try:
        for source, target in pairs:
            part = target.with_name(target.name + ".part")
            parts.append((part, target))
            shutil.copyfile(source, part)
        for _part, target in parts:
            if target.is_dir():
                raise IsADirectoryError(21, os.strerror(21), str(target))
        for part, target in parts:
            os.replace(part, target)
    except OSError:
        for part, _target in parts:
            part.unlink(missing_ok=True)
        raise
