"""Throwaway PostgreSQL server for the test-suite.

The store must behave the same on SQLite and PostgreSQL, so the tests need a real
PostgreSQL.  Rather than asking every developer (and CI) to run one, this module
starts a private, disposable server in a temp dir on a free localhost port, tuned
for speed (no fsync) because its data is thrown away at the end of the session.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import glob
import os
import pwd
import re
import shlex
import shutil
import socket
import stat
import subprocess
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ENV_URL = "VOPI_TEST_POSTGRES_URL"
SUPERUSER = "vopi"
# Used only when running as root on a machine without a ``postgres`` account.
FALLBACK_OS_USER = "vopi-pgtest"
REQUIRED_BINARIES = ("initdb", "pg_ctl", "postgres")
START_TIMEOUT_S = 60
INSTALL_LOCK = Path(tempfile.gettempdir()) / "vopi-pg-install.lock"


class PostgresUnavailableError(RuntimeError):
    """Raised when no server can be provided; the message says why (shown as skip/fail reason)."""


# --------------------------------------------------------------------------- binaries


def _has_binaries(bindir: str | os.PathLike[str]) -> bool:
    return all(os.access(Path(bindir, name), os.X_OK) for name in REQUIRED_BINARIES)


def _version_key(path: str) -> tuple[int, ...]:
    """Sort /usr/lib/postgresql/<ver>/bin numerically so 15 beats 9.6."""
    version = Path(path).parent.name
    return tuple(int(part) for part in re.findall(r"\d+", version)) or (0,)


def find_bindir() -> Path | None:
    """Locate a directory holding initdb, pg_ctl and postgres, or None."""
    candidates: list[str] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        # pg_config may come from libpq-dev without a server; the existence check below handles that.
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True
            ).stdout.strip()
            if out:
                candidates.append(out)
    candidates.extend(sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True))
    pg_ctl = shutil.which("pg_ctl")
    if pg_ctl:
        candidates.append(str(Path(pg_ctl).resolve().parent))
    for candidate in candidates:
        if _has_binaries(candidate):
            return Path(candidate)
    return None


def _tail(text: str | bytes | None, lines: int = 30) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return "\n".join((text or "").strip().splitlines()[-lines:])


def install_postgres() -> None:
    """Install the Debian server package; only attempted as root (CI machines are throwaway)."""
    if os.geteuid() != 0:
        raise PostgresUnavailableError(
            "PostgreSQL server binaries not found (initdb/pg_ctl) and not running as root to install "
            f"them; install the 'postgresql' package or set {ENV_URL}"
        )
    if not shutil.which("apt-get"):
        raise PostgresUnavailableError(
            f"PostgreSQL server binaries not found and apt-get is unavailable; set {ENV_URL}"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "postgresql"]):
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=900)
        except (OSError, subprocess.SubprocessError) as exc:
            raise PostgresUnavailableError(f"{shlex.join(cmd)} failed: {exc}") from exc
        if proc.returncode != 0:
            raise PostgresUnavailableError(
                f"{shlex.join(cmd)} failed (exit {proc.returncode}):\n{_tail(proc.stdout + proc.stderr)}"
            )


def ensure_bindir() -> Path:
    """Find the server binaries, installing them if needed (serialised so xdist workers don't race apt)."""
    bindir = find_bindir()
    if bindir:
        return bindir
    with open(INSTALL_LOCK, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        bindir = find_bindir()  # another worker may have installed it meanwhile
        if bindir is None:
            install_postgres()
            bindir = find_bindir()
    if bindir is None:
        raise PostgresUnavailableError("installed 'postgresql' but still cannot find initdb/pg_ctl/postgres")
    return bindir


# --------------------------------------------------------------------------- running as another user


@dataclass(frozen=True)
class _OsUser:
    name: str
    uid: int
    gid: int


def _server_os_user() -> _OsUser | None:
    """initdb/postgres refuse to run as root, so pick an unprivileged account; None = run as ourselves."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", FALLBACK_OS_USER):
        with contextlib.suppress(KeyError):
            entry = pwd.getpwnam(name)
            return _OsUser(name, entry.pw_uid, entry.pw_gid)
    cmd = [
        "useradd",
        "--system",
        "--user-group",
        "--no-create-home",
        "--shell",
        "/usr/sbin/nologin",
        FALLBACK_OS_USER,
    ]
    with open(INSTALL_LOCK, "a") as lock:  # parallel workers: one creates the account, the others find it
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            entry = pwd.getpwnam(FALLBACK_OS_USER)
        except KeyError:
            proc = subprocess.run(cmd, capture_output=True, text=True)
            if proc.returncode != 0:
                reason = _tail(proc.stderr)
                raise PostgresUnavailableError(
                    f"running as root and could not create a server user: {reason}"
                ) from None
            entry = pwd.getpwnam(FALLBACK_OS_USER)
    return _OsUser(FALLBACK_OS_USER, entry.pw_uid, entry.pw_gid)


def _clean_env() -> dict[str, str]:
    """Drop PG*/locale variables from the caller so they cannot redirect pg_ctl or break initdb."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "LC_")) and k != "LANG"}
    env["LANG"] = "C"
    return env


def _run_as(
    user: _OsUser | None, cmd: Sequence[str], cwd: Path, timeout: float
) -> subprocess.CompletedProcess[str]:
    """Run cmd as the server user: runuser, else su, else a plain setuid via subprocess."""
    kwargs: dict[str, Any] = {}
    if user is None:
        full = list(cmd)
    elif shutil.which("runuser"):
        full = ["runuser", "-u", user.name, "--", *cmd]
    elif shutil.which("su"):
        full = ["su", user.name, "-s", "/bin/sh", "-c", shlex.join(cmd)]
    else:
        full = list(cmd)
        kwargs = {"user": user.uid, "group": user.gid, "extra_groups": []}
    return subprocess.run(
        full,
        cwd=cwd,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        **kwargs,
    )


# --------------------------------------------------------------------------- the server


def free_port() -> int:
    """Ask the kernel for an unused port (tiny race until postgres binds it; start() retries)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _make_tmpdir(user: _OsUser | None) -> Path:
    """Temp dir the server user owns and can reach (root's TMPDIR may not be traversable by postgres)."""
    parent = "/tmp" if user is not None and os.path.isdir("/tmp") else None
    path = Path(tempfile.mkdtemp(prefix="vopi-pg-", dir=parent))
    if user is not None:
        os.chown(path, user.uid, user.gid)
        for ancestor in path.parents:
            if not os.stat(ancestor).st_mode & stat.S_IXOTH:
                shutil.rmtree(path, ignore_errors=True)
                raise PostgresUnavailableError(f"{ancestor} is not traversable by user {user.name!r}")
    return path


@dataclass
class PostgresServer:
    """A running throwaway server; stop() kills it and deletes all its files."""

    bindir: Path
    tmpdir: Path
    port: int
    user: _OsUser | None
    _stopped: bool = field(default=False, repr=False)

    @property
    def datadir(self) -> Path:
        return self.tmpdir / "data"

    @property
    def logfile(self) -> Path:
        return self.tmpdir / "server.log"

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the maintenance database (create test databases from here)."""
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/postgres"

    def log_tail(self, lines: int = 30) -> str:
        try:
            return _tail(self.logfile.read_text(errors="replace"), lines)
        except OSError:
            return "(no server log)"

    def stop(self) -> None:
        """Idempotent: immediate shutdown is fine since the data is discarded anyway."""
        if self._stopped:
            return
        self._stopped = True
        if (self.datadir / "postmaster.pid").exists():
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                _run_as(
                    self.user,
                    [
                        str(self.bindir / "pg_ctl"),
                        "stop",
                        "-D",
                        str(self.datadir),
                        "-m",
                        "immediate",
                        "-w",
                        "-t",
                        "30",
                    ],
                    self.tmpdir,
                    timeout=60,
                )
        shutil.rmtree(self.tmpdir, ignore_errors=True)


def _initdb(bindir: Path, datadir: Path, user: _OsUser | None, cwd: Path) -> None:
    base = [
        str(bindir / "initdb"),
        "-D",
        str(datadir),
        "--auth=trust",
        "-U",
        SUPERUSER,
        "--encoding=UTF8",
        "--no-sync",
    ]
    errors: list[str] = []
    for locale_args in (["--locale=C.UTF-8"], ["--no-locale"]):
        proc = _run_as(user, [*base, *locale_args], cwd, timeout=120)
        if proc.returncode == 0:
            return
        errors.append(f"$ {shlex.join([*base, *locale_args])}\n{_tail(proc.stdout + proc.stderr)}")
        shutil.rmtree(datadir, ignore_errors=True)
    raise PostgresUnavailableError("initdb failed:\n" + "\n".join(errors))


def _configure(datadir: Path, tmpdir: Path) -> None:
    """Settings for a private, disposable, fast server (port is passed on the command line)."""
    settings = {
        "listen_addresses": "'127.0.0.1'",
        "unix_socket_directories": f"'{tmpdir}'",
        "fsync": "off",
        "synchronous_commit": "off",
        "full_page_writes": "off",
        "logging_collector": "off",
    }
    with open(datadir / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write("\n# vopi test harness\n")
        conf.writelines(f"{key} = {value}\n" for key, value in settings.items())


def start_postgres(attempts: int = 3) -> PostgresServer:
    """Start a fresh server and wait until it accepts connections (PostgresUnavailableError if not)."""
    bindir = ensure_bindir()
    user = _server_os_user()
    tmpdir = _make_tmpdir(user)
    try:
        datadir = tmpdir / "data"
        _initdb(bindir, datadir, user, tmpdir)
        _configure(datadir, tmpdir)
        failure = ""
        for _ in range(attempts):
            server = PostgresServer(bindir=bindir, tmpdir=tmpdir, port=free_port(), user=user)
            cmd = [
                str(bindir / "pg_ctl"),
                "start",
                "-D",
                str(datadir),
                "-l",
                str(server.logfile),
                "-w",
                "-t",
                str(START_TIMEOUT_S),
                "-s",
                "-o",
                f"-p {server.port}",
            ]
            proc = _run_as(user, cmd, tmpdir, timeout=START_TIMEOUT_S + 30)
            if proc.returncode == 0:
                atexit.register(server.stop)  # safety net if the session ends without finalizers
                return server
            log = server.log_tail()
            failure = f"$ {shlex.join(cmd)}\n{_tail(proc.stdout + proc.stderr)}\n--- server log ---\n{log}"
            if "already in use" not in log:  # only a lost port race is worth retrying
                break
        raise PostgresUnavailableError(f"PostgreSQL failed to start:\n{failure}")
    except (OSError, subprocess.SubprocessError) as exc:
        _discard(bindir, tmpdir, user)
        raise PostgresUnavailableError(f"PostgreSQL failed to start: {exc}") from exc
    except BaseException:
        _discard(bindir, tmpdir, user)
        raise


def _discard(bindir: Path, tmpdir: Path, user: _OsUser | None) -> None:
    """Clean up a half-started server (pg_ctl may time out while the postmaster still runs)."""
    PostgresServer(bindir=bindir, tmpdir=tmpdir, port=0, user=user).stop()


# --------------------------------------------------------------------------- databases


def normalize_url(url: str) -> str:
    """Force the psycopg (v3) driver: a bare postgresql:// would make SQLAlchemy look for psycopg2."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.drivername in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def connect_kwargs(url: str) -> dict[str, Any]:
    """psycopg.connect() keyword arguments equivalent to a SQLAlchemy URL."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    kwargs: dict[str, Any] = dict(parsed.translate_connect_args(username="user", database="dbname"))
    kwargs.update({k: v if isinstance(v, str) else v[-1] for k, v in parsed.query.items()})
    return kwargs


def check_server(url: str, timeout: int = 5) -> None:
    """Fail fast with a readable message when a configured server is unreachable."""
    import psycopg

    try:
        with psycopg.connect(**connect_kwargs(url), connect_timeout=timeout) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        raise PostgresUnavailableError(f"cannot connect to PostgreSQL at {_redact(url)}: {exc}") from exc


def _redact(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def create_database(server_url: str, template: str = "template0") -> str:
    """Create a uniquely named database, empty or a copy of ``template`` (a database nobody is connected
    to), and return its SQLAlchemy URL."""
    import psycopg
    from psycopg import sql
    from sqlalchemy.engine import make_url

    name = f"vopi_test_{uuid.uuid4().hex}"
    with psycopg.connect(**connect_kwargs(server_url), autocommit=True) as conn:
        conn.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {} ENCODING 'UTF8'").format(
                sql.Identifier(name), sql.Identifier(template)
            )
        )
    return make_url(normalize_url(server_url)).set(database=name).render_as_string(hide_password=False)


def database_name(db_url: str) -> str:
    from sqlalchemy.engine import make_url

    return str(make_url(db_url).database)


def drop_database(server_url: str, db_url: str) -> None:
    """Drop a test database (via the server URL's database), kicking out connections a test leaked."""
    import psycopg
    from psycopg import sql
    from sqlalchemy.engine import make_url

    name = make_url(db_url).database
    with psycopg.connect(**connect_kwargs(server_url), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@contextlib.contextmanager
def running_postgres() -> Iterator[str]:
    """Base URL of VOPI_TEST_POSTGRES_URL if set, else of a freshly started throwaway server."""
    env_url = os.environ.get(ENV_URL)
    if env_url:
        url = normalize_url(env_url)
        check_server(url)
        yield url
        return
    server = start_postgres()
    try:
        yield server.url
    finally:
        server.stop()
