"""Keep the .ts files in step with the code.

    python tools/i18n.py update        run lupdate on every UI module; English = source text, finished
    python tools/i18n.py todo          print the German entries still to translate, as JSON
    python tools/i18n.py apply F.json  write German translations from {context: {source: translation}}

The source strings in the code are English; German is the shipped default language.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("de", "en")


def sources() -> list[str]:
    files = [ROOT / "vopi_desktop" / "app.py", *sorted((ROOT / "vopi_desktop" / "ui").rglob("*.py"))]
    return [str(f.relative_to(ROOT)) for f in files]


def lupdate(ts_file: Path) -> None:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(exe), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(ts_file)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def load(lang: str) -> ET.ElementTree:
    return ET.parse(TS_DIR / f"vopi_{lang}.ts")


def save(tree: ET.ElementTree, lang: str) -> None:
    root = tree.getroot()
    root.set("language", "de_DE" if lang == "de" else "en_GB")
    root.set("sourcelanguage", "en_GB")
    ET.indent(tree, space="    ")
    path = TS_DIR / f"vopi_{lang}.ts"
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        lupdate(TS_DIR / f"vopi_{lang}.ts")
    tree = load("en")
    for _ctx, source, translation in messages(tree):
        forms = translation.findall("numerusform")
        if forms:  # "%n actor(s)": one form for 1, one for the rest
            translation.text = None
            for form, text in zip(forms, english_forms(source), strict=False):
                form.text = text
        else:
            translation.text = source
        translation.attrib.pop("type", None)
    save(tree, "en")
    save(load("de"), "de")
    print(f"{sum(len(v) for v in todo().values())} German strings to translate")


def english_forms(source: str) -> tuple[str, str]:
    """'%n municipality(ies)' -> ('%n municipality', '%n municipalities'); '(s)' likewise."""
    one = re.sub(r"\((?:s|es|ies)\)", "", source)
    many = re.sub(r"y\(ies\)", "ies", source)
    many = re.sub(r"\((s|es)\)", r"\1", many)
    return one, many


def finished(translation: ET.Element) -> bool:
    """Translated: a text, or (plural forms) every form filled."""
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def todo() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for ctx, source, translation in messages(load("de")):
        if not finished(translation):
            out.setdefault(ctx, {})[source] = ""
    return out


def apply(path: Path) -> None:
    wanted: dict[str, dict[str, str | list[str]]] = json.loads(path.read_text(encoding="utf-8"))
    tree = load("de")
    done = 0
    for ctx, source, translation in messages(tree):
        text = wanted.get(ctx, {}).get(source)
        forms = translation.findall("numerusform")
        if isinstance(text, list) and forms:  # plural forms: ["%n Kommune", "%n Kommunen"]
            for form, form_text in zip(forms, text, strict=False):
                form.text = form_text
            translation.text = None
            translation.attrib.pop("type", None)
            done += 1
        elif text:
            translation.text = text
            translation.attrib.pop("type", None)
            done += 1
    save(tree, "de")
    print(f"{done} translations written; {sum(len(v) for v in todo().values())} still open")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        update()
    elif command == "todo":
        print(json.dumps(todo(), ensure_ascii=False, indent=1))
    elif command == "apply":
        apply(Path(sys.argv[2]))
    else:
        sys.exit(__doc__)
