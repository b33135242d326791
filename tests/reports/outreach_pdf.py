"""Reading the outreach document back: every word with its box (``pdftotext -bbox``), lines, QR codes."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tests.support.tools import require_tool

_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Word:
    page: int
    x0: float
    x1: float
    y0: float
    text: str  # as the text layer has it (right-to-left words come out in visual order)
    page_height: float

    @property
    def logical(self) -> str:
        """The word as typed: a right-to-left word reversed back, presentation forms folded."""
        if any(
            unicodedata.bidirectional(ch) in ("R", "AL") for ch in unicodedata.normalize("NFKC", self.text)
        ):
            return unicodedata.normalize("NFKC", self.text[::-1])
        return unicodedata.normalize("NFKC", self.text)


def words(pdf: Path) -> list[Word]:
    tool = require_tool("pdftotext", "poppler-utils")
    html = subprocess.run([tool, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    out: list[Word] = []
    page, height = 0, 0.0
    for line in html.splitlines():
        line = line.strip()
        if line.startswith("<page "):
            page += 1
            height = float(dict(_ATTR.findall(line))["height"])
        elif line.startswith("<word "):
            a = dict(_ATTR.findall(line[: line.index(">")]))
            text = line[line.index(">") + 1 : line.rindex("</word>")]
            text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
            out.append(Word(page, float(a["xMin"]), float(a["xMax"]), float(a["yMin"]), text, height))
    return out


def lines(found: list[Word]) -> dict[tuple[int, int], list[Word]]:
    """The words of each printed line, keyed by page and rounded top, left to right."""
    out: dict[tuple[int, int], list[Word]] = {}
    for w in found:
        out.setdefault((w.page, round(w.y0)), []).append(w)
    return {k: sorted(v, key=lambda w: w.x0) for k, v in sorted(out.items())}


def find_line(found: list[Word], phrase: str, page: int | None = None) -> list[Word]:
    """The words of ``phrase`` (logical order) on the first line holding all of them."""
    wanted = [unicodedata.normalize("NFKC", w) for w in phrase.split()]
    for (p, _y), items in lines(found).items():
        if page is not None and p != page:
            continue
        by_word = {w.logical: w for w in items}
        if all(w in by_word for w in wanted):
            return [by_word[w] for w in wanted]
    raise AssertionError(f"no line holds {phrase!r}")


def qr_codes(pdf: Path, tmp: Path, dpi: int = 150) -> list[str]:
    """Every QR code on the pages rendered at ``dpi``, decoded (UTF-8 by its ECI)."""
    zbarimg = require_tool("zbarimg", "zbar-tools")
    pdftoppm = require_tool("pdftoppm", "poppler-utils")
    subprocess.run([pdftoppm, "-png", "-r", str(dpi), str(pdf), str(tmp / "page")], check=True)
    decoded: list[str] = []
    for png in sorted(tmp.glob("page*.png")):
        run = subprocess.run([zbarimg, "-q", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)],
                             capture_output=True, text=True)  # fmt: skip
        decoded += _split(run.stdout)
    return decoded


def _split(stdout: str) -> list[str]:
    """zbarimg prints one code per line; a vCard spans lines from BEGIN to END."""
    out: list[str] = []
    card: list[str] = []
    for line in stdout.replace("\r", "").splitlines():
        if card or line.startswith("BEGIN:VCARD"):
            card.append(line)
            if line.startswith("END:VCARD"):
                out.append("\n".join(card))
                card = []
        elif line:
            out.append(line)
    return out


def vcard(text: str) -> dict[str, str]:
    """The properties of a vCard (parameters dropped, escapes undone)."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        name, _, value = line.partition(":")
        out[name.split(";")[0].upper()] = re.sub(r"\\(.)", lambda m: "\n" if m[1] in "nN" else m[1], value)
    return out
