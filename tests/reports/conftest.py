"""The small demo made once per module, and its documents made through the CLI and read back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from vopi_desktop.cli import main


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("demo")
    assert main(["--data-dir", str(data), "demo"]) == 0
    return data


@pytest.fixture(scope="module")
def make_pdf(demo_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """``make_pdf("dossier", "--blank")``: the document's path (each set of arguments made once)."""
    out_dir = tmp_path_factory.mktemp("pdf")
    made: dict[tuple[str, ...], Path] = {}

    def make(kind: str, *extra: str) -> Path:
        key = (kind, *extra)
        if key not in made:
            out = out_dir / f"{'_'.join(key).replace('-', '')}.pdf"
            assert main(["--data-dir", str(demo_dir), "report", kind, "--out", str(out), *extra]) == 0
            made[key] = out
        return made[key]

    return make


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
