"""Smoke-test the frozen bundle as an office PC would run it: copied outside the checkout, no Python on PATH.

Usage: python packaging/check_bundle.py dist/vopi-desktop-VERSION
Runs --version, demo, check, smoke on every page and, where the program has them, report, export and
import; exits non-zero with the failing command's output.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from vopi_desktop.reports.kinds import KINDS  # the checkout's kinds: the bundle is built from it


def main(bundle: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="vopi-bundle-") as tmp:
        home = Path(tmp)
        app = home / "Programme" / "VOPI Desktop"  # a space, as under "C:\Program Files"
        shutil.copytree(bundle, app, symlinks=True)
        (home / "empty").mkdir()
        env = {
            "PATH": str(home / "empty"),
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
        # Windows programs need their system folders; nothing else leaks in.
        env.update(
            {k: v for k, v in os.environ.items() if k.upper() in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP")}
        )
        exe = app / ("vopi-desktop-cli.exe" if sys.platform == "win32" else "vopi-desktop")  # see the spec
        data = ["--data-dir", str(home / "Daten")]

        def run(*args: str) -> str:
            proc = subprocess.run(
                [str(exe), *args], capture_output=True, text=True, env=env, cwd=home, timeout=300
            )
            print(f"{'ok ' if proc.returncode == 0 else 'FAIL'} vopi-desktop {' '.join(args)}", flush=True)
            if proc.returncode != 0:
                raise SystemExit(f"exit {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
            return proc.stdout

        assert run("--version").startswith("VOPI Desktop ")
        run(*data, "demo")
        run(*data, "check")
        usage = run("--help")
        pages = re.search(r"--page \{([^}]+)\}", run("smoke", "--help")).group(1).split(",")
        for page in pages:
            shot = home / f"{page}.png"
            run(*data, "smoke", "--page", page, "--screenshot", str(shot))
            assert shot.stat().st_size > 0
        if re.search(r"\breport\b", usage):
            # every kind: a module only one kind needs may be missing from the bundle (CI stop 19)
            for kind in KINDS:
                run(*data, "report", kind, "--all", "--out", str(home / "Berichte" / kind))
            run(*data, "report", "opening-checklist", "--blank", "--out", str(home / "leer.pdf"))
            # QR codes (ReportLab's barcodes, imported from strings) and Arabic shaping (uharfbuzz)
            run(*data, "report", "outreach", "--languages", "de,ar", "--out", str(home / "Mitmachen.pdf"))
            run(*data, "report", "outreach", "--languages", "de,fa", "--layout", "bilingual",
                "--out", str(home / "Mitmachen-fa.pdf"))  # fmt: skip
        if re.search(r"\bexport\b", usage):
            run(*data, "export", "--out", str(home / "alles.vopi"))
            run("--data-dir", str(home / "Leer"), "import", str(home / "alles.vopi"))
        files = [f for f in app.rglob("*") if f.is_file() and not f.is_symlink()]
        # Portable mode: with portable.txt beside the program the data lands in Daten next to it.
        (app / "portable.txt").write_text("portable", encoding="utf-8")
        run("demo")
        assert (app / "Daten" / "vopi.sqlite3").is_file(), (
            "portable mode did not keep the data beside the program"
        )
        shutil.rmtree(app / "Daten")
        (app / "portable.txt").unlink()
        size = sum(f.stat().st_size for f in files)
        print(f"bundle size: {size / 1e6:.0f} MB in {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
