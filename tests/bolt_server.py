"""A real Bolt server for the tests: ArcadeDB embedded (pip arcadedb-embedded) in-process, on 127.0.0.1,
or the Neo4j named by NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (/ NEO4J_DATABASE) when set.

ArcadeDB ships a JRE and a Bolt protocol plugin; ``ArcadeDBServer`` starts it in this process (through
JPype) when the plugin is listed in ``server_plugins``. Its Cypher accepts Neo4j 5's constraint and
index DDL, ``MERGE`` and ``SET +=``, so the loader runs unchanged on it.

The JVM is started with a 1 GB heap (the package default is 4 GB; the test machines are small) and a
logging configuration that keeps ArcadeDB's INFO lines off the console and its log files out of the
working directory. Both only apply if this is the first JVM start of the process.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import socket
import tempfile
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


@contextlib.contextmanager
def bolt_server(database: str = "kg") -> Iterator[BoltServer]:
    """Yield a running Bolt server; ArcadeDB is stopped and its files removed afterwards."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        yield BoltServer(uri, os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""),
                         os.environ.get("NEO4J_DATABASE") or None, "neo4j")
        return
    from arcadedb_embedded.server import ArcadeDBServer  # noqa: PLC0415

    root = Path(tempfile.mkdtemp(prefix="kg-arcade-"))
    os.environ.setdefault("ARCADEDB_JVM_ERROR_FILE", str(root / "hs_err_pid%p.log"))
    password = "kg-test-password"
    bolt = free_port()
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
    try:
        yield BoltServer(f"bolt://127.0.0.1:{bolt}", "root", password, database, "arcadedb")
    finally:
        srv.stop()
        shutil.rmtree(root, ignore_errors=True)
