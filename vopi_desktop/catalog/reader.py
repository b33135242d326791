"""Typed, path-aware access to the catalogue JSON.

Every accessor checks the shape it expects and, if the data is wrong, raises ``CatalogError``
naming the file and the JSON path (``barriers.json: barriers[B5].title.en``). Whoever edits the
catalogue by hand then sees exactly where the problem is.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from vopi_desktop.catalog.model import CatalogError

LANGUAGES = ("de", "en")


def read_json(root: Path, name: str, lang: str) -> Node:
    """Parse one catalogue file and wrap it as the root node."""
    path = root / name
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"{name}: cannot read catalogue file {path} ({exc.strerror or exc})") from exc
    try:
        value = json.loads(raw, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        raise CatalogError(
            f"{name}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    except _DuplicateKeyError as exc:
        raise CatalogError(f"{name}: the key {exc.args[0]!r} appears twice in one object") from None
    return Node(value, name, "", lang)


class _DuplicateKeyError(Exception):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Refuse objects with a repeated key: plain ``json`` would silently keep the last one."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


class Node:
    """A JSON value together with where it came from and the language to resolve texts to."""

    __slots__ = ("file", "lang", "path", "value")

    def __init__(self, value: Any, file: str, path: str, lang: str) -> None:
        self.value = value
        self.file = file
        self.path = path
        self.lang = lang

    def error(self, message: str, key: str | None = None) -> CatalogError:
        """An error located at this node (or at its field ``key``)."""
        where = self._child_path(key) if key is not None else self.path
        return CatalogError(f"{self.file}: {where or '(top level)'}: {message}")

    def _child_path(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _object(self) -> dict[str, Any]:
        if not isinstance(self.value, dict):
            raise self.error(f"expected an object, found {type(self.value).__name__}")
        return self.value

    def field_names(self) -> list[str]:
        """The field names of this object, in file order."""
        return list(self._object())

    def field(self, key: str) -> Node:
        """A required field of this object."""
        obj = self._object()
        if key not in obj:
            raise self.error("required field is missing", key)
        return Node(obj[key], self.file, self._child_path(key), self.lang)

    def only(self, *allowed: str) -> Node:
        """Reject unknown fields, which are nearly always typos of a known one."""
        extra = sorted(set(self._object()) - set(allowed))
        if extra:
            raise self.error(f"unexpected field(s) {', '.join(extra)}; allowed: {', '.join(allowed)}")
        return self

    def items(self, key: str, *, min_count: int = 0) -> list[Node]:
        """The elements of a list field, each addressable as ``key[<item key or index>]``."""
        node = self.field(key)
        if not isinstance(node.value, list):
            raise node.error(f"expected a list, found {type(node.value).__name__}")
        if len(node.value) < min_count:
            raise node.error(f"expected at least {min_count} entries, found {len(node.value)}")
        result = []
        for index, value in enumerate(node.value):
            label = value.get("key") if isinstance(value, dict) else None
            tag = label if isinstance(label, str) and label else str(index)
            result.append(Node(value, self.file, f"{node.path}[{tag}]", self.lang))
        return result

    def string(self, key: str) -> str:
        """A required, non-empty plain string (keys, references)."""
        node = self.field(key)
        if not isinstance(node.value, str) or not node.value.strip():
            raise node.error("expected a non-empty string")
        return node.value

    def strings(self, key: str) -> tuple[str, ...]:
        """A list of non-empty plain strings; may be empty."""
        node = self.field(key)
        if not isinstance(node.value, list) or not all(isinstance(v, str) and v.strip() for v in node.value):
            raise node.error("expected a list of non-empty strings")
        return tuple(node.value)

    def optional_int(self, key: str) -> int | None:
        """A required field that holds a non-negative integer or ``null``."""
        node = self.field(key)
        value = node.value
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise node.error("expected a non-negative integer or null")
        return value

    def text(self, key: str, *, optional: bool = False) -> str:
        """A bilingual text resolved to this node's language.

        Both languages are checked on every load, whichever is asked for, so a missing English
        text is found by the German test run too. ``optional`` texts may be ``null`` (empty).
        """
        node = self.field(key)
        if node.value is None and optional:
            return ""
        return node.as_text()

    def as_text(self) -> str:
        """This node read as a ``{"de": ..., "en": ...}`` text."""
        if not isinstance(self.value, dict):
            raise self.error('expected a text object {"de": ..., "en": ...}')
        for lang in LANGUAGES:
            value = self.value.get(lang)
            if not isinstance(value, str) or not value.strip():
                name = {"de": "German", "en": "English"}[lang]
                raise self.error(f"{name} text ({lang!r}) is missing or empty", lang)
        extra = sorted(set(self.value) - set(LANGUAGES))
        if extra:
            raise self.error(f"unexpected language(s) {', '.join(extra)}")
        return self.value[self.lang].strip()

    def text_list(self, key: str) -> tuple[str, ...]:
        """A list of bilingual texts (tips), each resolved to this node's language."""
        return tuple(item.as_text() for item in self.items(key))

    def text_map(self) -> dict[str, str]:
        """This object read as ``key → text`` in order (a vocabulary)."""
        obj = self._object()
        if not obj:
            raise self.error("expected at least one entry")
        return {key: Node(v, self.file, self._child_path(key), self.lang).as_text() for key, v in obj.items()}
