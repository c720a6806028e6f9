"""A real Bolt server for the tests: ArcadeDB embedded (pip arcadedb-embedded) in-process, on 127.0.0.1,
or the Neo4j named by NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD when set."""
from __future__ import annotations

import contextlib
import os
import shutil
import socket
import tempfile
from dataclasses import dataclass
from typing import Iterator


@dataclass
class BoltServer:
    uri: str
    user: str
    password: str
    database: str | None
    kind: str


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def bolt_server(database: str = "kg") -> Iterator[BoltServer]:
    """Yield a running Bolt server; ArcadeDB is stopped and its files removed afterwards."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        yield BoltServer(uri, os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""),
                         os.environ.get("NEO4J_DATABASE") or None, "neo4j")
        return
    from arcadedb_embedded.server import ArcadeDBServer  # noqa: PLC0415

    root = tempfile.mkdtemp(prefix="kg-arcade-")
    password = "kg-test-password"
    bolt = free_port()
    srv = ArcadeDBServer(
        root_path=root,
        root_password=password,
        config={
            "host": "127.0.0.1",
            "http_port": free_port(),
            "server_httpsIncomingPort": free_port(),
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "bolt_port": bolt,
            "server_defaultDatabases": f"{database}[root]",
        },
    )
    srv.start()
    try:
        yield BoltServer(f"bolt://127.0.0.1:{bolt}", "root", password, database, "arcadedb")
    finally:
        srv.stop()
        shutil.rmtree(root, ignore_errors=True)
