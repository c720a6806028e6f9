"""A build's outputs are on disk before the folder's pointer names them: every file of the new
generation, and the generation folder itself, is fsynced before the rename that makes it current."""

import os

from kg.outdir import POINTER, OutDir


def test_every_output_is_fsynced_before_the_switch(tmp_path, monkeypatch):
    events = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        return real_fsync(fd)

    def replace(src, dst):
        events.append(("replace", str(dst)))
        return real_replace(src, dst)

    with OutDir.locked(tmp_path / "out") as out:
        gen = out.new_generation()
        (gen / "graph.json").write_text("{}")
        (gen / "store.lbug").write_bytes(b"\0" * 10)
        (gen / "parts").mkdir()
        (gen / "parts" / "a.csv").write_text("x\n")
        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "replace", replace)
        out.switch(gen)
        monkeypatch.undo()
    switch = events.index(("replace", str(out.meta / POINTER)))
    synced = {path for kind, path in events[:switch] if kind == "fsync"}
    for f in ("graph.json", "store.lbug", "parts/a.csv", "parts", "."):
        assert os.path.normpath(str(gen / f)) in synced, f
    assert (tmp_path / "out" / "graph.json").read_text() == "{}"
