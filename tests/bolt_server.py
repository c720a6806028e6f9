"""A real Bolt server for the tests: ArcadeDB embedded (pip arcadedb-embedded) on 127.0.0.1, run in a
child process, or the Neo4j named by NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (/ NEO4J_DATABASE) when set.

ArcadeDB ships a JRE and a Bolt protocol plugin; ``ArcadeDBServer`` starts it (through JPype) when the
plugin is listed in ``server_plugins``. Its Cypher accepts Neo4j 5's constraint and index DDL, ``MERGE``
and ``SET +=``, so the loader runs unchanged on it.

The server runs in its own Python process (``python tests/bolt_server.py``), not in the test process: a
JVM inside pytest stays alive until the interpreter exits, and its shutdown beside LadybugDB's native
code could end a fully green run with a segmentation fault. The child is told to stop by closing its
stdin, and leaves with ``os._exit`` once ArcadeDB has stopped.

The JVM is started with a 1 GB heap (the package default is 4 GB; the test machines are small) and a
logging configuration that keeps ArcadeDB's INFO lines off the console and its log files out of the
working directory.
"""
from __future__ import annotations

import contextlib
import importlib.util
import os
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator


@dataclass
class BoltServer:
    uri: str
    user: str
    password: str
    database: str | None
    kind: str  # "arcadedb" or "neo4j"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _quiet_logging(root: Path) -> str:
    """A java.util.logging configuration: warnings to the console, nothing to ./log."""
    cfg = root / "arcadedb-log.properties"
    cfg.write_text(
        "handlers = java.util.logging.ConsoleHandler\n"
        ".level = WARNING\n"
        "com.arcadedb.level = WARNING\n"
        "java.util.logging.ConsoleHandler.level = WARNING\n",
        encoding="utf-8",
    )
    return str(cfg)


READY = "kg-bolt-ready"
START_TIMEOUT_S = 120.0
#: ArcadeDB refuses a shorter root password (with a Java stack trace, so it is checked here first).
MIN_PASSWORD = 8


def check_password(password: str) -> None:
    """ValueError (one line) for a root password ArcadeDB would refuse."""
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"ArcadeDB needs a root password of at least {MIN_PASSWORD} characters "
                         f"(this one has {len(password)})")


def _serve(root: Path, database: str, password: str, bolt: int) -> None:
    """The child process: start ArcadeDB, say so on stdout, stop when stdin closes."""
    check_password(password)
    from arcadedb_embedded.server import ArcadeDBServer  # noqa: PLC0415

    os.environ.setdefault("ARCADEDB_JVM_ERROR_FILE", str(root / "hs_err_pid%p.log"))
    srv = ArcadeDBServer(
        root_path=str(root / "databases"),
        root_password=password,
        config={
            "host": "127.0.0.1",
            "http_port": free_port(),
            "server_httpsIncomingPort": free_port(),
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "bolt_port": bolt,
            "server_defaultDatabases": f"{database}[root]",
        },
        jvm_kwargs={
            "heap_size": "1g",
            "jvm_args": [f"-Djava.util.logging.config.file={_quiet_logging(root)}"],
            "common_pool_parallelism": 2,
        },
    )
    srv.start()
    print(READY, flush=True)
    os.dup2(2, 1)  # anything printed later goes to the log, never into a pipe nobody reads
    try:
        sys.stdin.read()  # returns when the parent closes the pipe (or dies)
    finally:
        try:
            srv.stop()
        finally:
            sys.stdout.flush()
            os._exit(0)  # skip the JVM's shutdown at interpreter exit


def _wait_ready(proc: subprocess.Popen, bolt: int, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        if not select.select([proc.stdout], [], [], 0.5)[0]:
            continue
        line = proc.stdout.readline()
        if line.strip() == READY:
            with socket.create_connection(("127.0.0.1", bolt), timeout=5):
                return
        elif not line:
            time.sleep(0.05)
    proc.kill()
    tail = log.read_text(encoding="utf-8", errors="replace")[-2000:] if log.is_file() else ""
    raise RuntimeError(f"ArcadeDB did not start (exit {proc.poll()}):\n{tail}")


@contextlib.contextmanager
def bolt_server(database: str = "kg", password: str = "kg-test-password", port: int | None = None
                ) -> Iterator[BoltServer]:
    """Yield a running Bolt server; ArcadeDB is stopped and its files removed afterwards.

    The user is ``root``; ``password`` needs at least ``MIN_PASSWORD`` characters (ValueError).
    Raises ImportError when arcadedb-embedded is not installed (the tests then skip)."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        yield BoltServer(uri, os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""),
                         os.environ.get("NEO4J_DATABASE") or None, "neo4j")
        return
    if importlib.util.find_spec("arcadedb_embedded") is None:
        raise ImportError("arcadedb-embedded is not installed (pip install arcadedb-embedded)")
    check_password(password)
    root = Path(tempfile.mkdtemp(prefix="kg-arcade-"))
    bolt = port or free_port()
    log = root / "server.log"
    with open(log, "w", encoding="utf-8") as err:
        proc = subprocess.Popen(
            [sys.executable, __file__, str(root), database, password, str(bolt)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, text=True, cwd=root,
        )
    try:
        _wait_ready(proc, bolt, log)
        yield BoltServer(f"bolt://127.0.0.1:{bolt}", "root", password, database, "arcadedb")
    finally:
        try:
            proc.stdin.close()
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        shutil.rmtree(root, ignore_errors=True)


def serve_forever(argv: list[str]) -> int:
    """``python tests/bolt_server.py serve [--port 7687] [--password ...] [--database kg]``: a Bolt server
    for trying ``kg load`` / ``kg query --uri`` without Docker, until Ctrl-C (its data is deleted then)."""
    import argparse  # noqa: PLC0415

    ap = argparse.ArgumentParser(prog="python tests/bolt_server.py serve")
    ap.add_argument("--port", type=int, default=7687)
    ap.add_argument("--password", default=os.environ.get("NEO4J_PASSWORD", "kgpassword"))
    ap.add_argument("--database", default="kg")
    args = ap.parse_args(argv)
    os.environ.pop("NEO4J_URI", None)
    import signal  # noqa: PLC0415

    def stop(*_):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        with bolt_server(args.database, args.password, args.port) as srv:
            print(f"Bolt server at {srv.uri}: --user {srv.user} --database {srv.database} "
                  f"(password as given); Ctrl-C stops it and deletes its data", flush=True)
            while True:
                time.sleep(3600)
    except (ValueError, ImportError, RuntimeError) as exc:
        print(f"Error: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve"]:
        sys.exit(serve_forever(sys.argv[2:]))
    try:
        _serve(Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4]))
    except ValueError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        sys.exit(2)
