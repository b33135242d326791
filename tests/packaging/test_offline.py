"""The offline guarantee: the app's commands open no connection to an internet address.

The commands run in one child process under strace, so connections made by Qt's C++ code count as well
as Python's. Local sockets (AF_UNIX: the single-instance channel, D-Bus, accessibility) and loopback are
allowed; anything else on AF_INET/AF_INET6 fails the test.
"""

from __future__ import annotations

import ipaddress
import re
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.support.tools import require_tool

DRIVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from vopi_desktop.cli import build_parser, main

    out = Path(sys.argv[1])
    commands = {a.dest: a for a in build_parser()._subparsers._group_actions}["command"].choices
    pages = commands["smoke"]._option_string_actions["--page"].choices
    runs = [["demo"], ["check"], ["backup", "--out", str(out / "b.sqlite3")]]
    runs += [["smoke", "--page", page] for page in pages]
    if "report" in commands:
        runs.append(["report", "dossier", "--all", "--out", str(out / "reports")])
    if "export" in commands:
        runs.append(["export", "--out", str(out / "all.vopi")])
        runs.append(["import", str(out / "all.vopi"), "--dry-run"])
    for argv in runs:
        code = main(argv)
        print("ran", " ".join(argv), "->", code, flush=True)
        if code != 0:
            sys.exit(f"{argv} exited {code}")
    """
)

_ADDRESS = re.compile(r'sa_family=AF_INET6?, .*?(?:inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)")')


def _internet_addresses(trace: str) -> list[str]:
    found = []
    for line in trace.splitlines():
        match = _ADDRESS.search(line)
        if match:
            address = ipaddress.ip_address(match.group(1) or match.group(2))
            if not address.is_loopback:
                found.append(line)
    return found


def test_parser_sees_internet_connections() -> None:
    line = (
        '4711 connect(3, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("93.184.216.34")}, 16)'
    )
    local = '4711 connect(3, {sa_family=AF_INET, sin_port=htons(5432), sin_addr=inet_addr("127.0.0.1")}, 16)'
    v6 = '1 connect(3, {sa_family=AF_INET6, sin6_port=htons(80), inet_pton(AF_INET6, "2001:db8::1", &sin6_addr)'
    assert _internet_addresses("\n".join([line, local, v6])) == [line, v6]


def test_commands_open_no_internet_connection(tmp_path: Path) -> None:
    strace = require_tool("strace", "strace")
    trace = tmp_path / "trace.txt"
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    command = [strace, "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(trace)]
    proc = subprocess.run(
        [*command, sys.executable, str(driver), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "ran smoke --page start -> 0" in proc.stdout
    assert _internet_addresses(trace.read_text(encoding="utf-8", errors="replace")) == []
