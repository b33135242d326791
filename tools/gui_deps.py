"""Before `make run` on Linux: the system libraries Qt's xcb plugin needs (not on PyPI).

Lists what `ldd` cannot find; installs the Debian packages when run as root with apt-get, and
otherwise prints the one command to run. Silent when everything is there, on Windows and on macOS.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 "
    "libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libfontconfig1 libdbus-1-3"
).split()


def missing_libraries() -> list[str]:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists() or shutil.which("ldd") is None:
        return []
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    libs = [line.split()[0] for line in out.splitlines() if "not found" in line]
    if not any(
        Path(p).exists()
        for p in ("/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0")
    ):
        libs.append("libxcb-cursor.so.0")  # loaded at run time, so ldd does not see it
    return libs


def main() -> int:
    if not sys.platform.startswith("linux"):
        return 0
    missing = missing_libraries()
    if not missing:
        return 0
    command = ["apt-get", "install", "-y", "-q", *PACKAGES]
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("Installing the system libraries Qt needs on Linux: " + " ".join(missing))
        subprocess.run(["apt-get", "update", "-q"], check=False)
        return subprocess.run(command, check=False).returncode
    print("Qt needs these system libraries: " + " ".join(missing))
    print("Install them with:  sudo " + " ".join(command))
    return 1


if __name__ == "__main__":
    sys.exit(main())
