"""All-or-nothing output under SIGKILL, and byte-identical output across hash seeds, working
directories and input order."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from codegen.output import read_tree
from tests.conftest import ROOT, run_codegen


def _project(dest: Path) -> Path:
    shutil.copytree(ROOT / "contracts", dest / "contracts")
    shutil.copy2(ROOT / "pyproject.toml", dest / "pyproject.toml")
    return dest


def test_sigkill_mid_run_leaves_old_or_new_tree_never_a_mix(tmp_path: Path) -> None:
    proj = _project(tmp_path / "p")
    assert run_codegen("generate", cwd=proj).returncode == 0
    old = read_tree(proj / "generated")
    contract = proj / "contracts" / "tikomni" / "tiktok-creator-api.contract.md"
    contract.write_text(
        contract.read_text(encoding="utf-8").replace(
            "Get Creator Account Health Status", "Get Creator Account Health", 1
        ),
        encoding="utf-8",
    )
    outcomes = []
    for delay in (0.05, 0.2, 0.4, 0.7, 1.0, 1.5, 2.5):
        proc = subprocess.Popen(
            [sys.executable, "-m", "codegen", "generate"],
            cwd=proj,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = read_tree(proj / "generated")
        assert now, "generated/ vanished"
        if now != old:
            outcomes.append("new")
            # a finished swap: the tree is exactly what a full run produces
            done = run_codegen("check", cwd=proj)
            assert done.returncode == 0, done.stderr
            break
        outcomes.append("old")
    assert "old" in outcomes  # at least one kill landed before the swap, and old was intact
    assert run_codegen("generate", cwd=proj).returncode == 0
    assert not any(p.name.startswith(".generated") for p in proj.iterdir())


def test_output_is_identical_across_hash_seeds_cwds_and_input_order(tmp_path: Path) -> None:
    a = _project(tmp_path / "a")
    b = _project(tmp_path / "b")
    # same sources listed in the opposite order in b
    cfg = b / "contracts" / "codegen.toml"
    text = cfg.read_text(encoding="utf-8")
    start = text.index("sources = [") + len("sources = [")
    end = text.index("]", start)
    items = [x for x in text[start:end].split("\n") if x.strip()]
    cfg.write_text(
        text[:start] + "\n" + "\n".join(reversed(items)) + "\n" + text[end:], encoding="utf-8"
    )
    env1 = {**os.environ, "PYTHONHASHSEED": "1"}
    env2 = {**os.environ, "PYTHONHASHSEED": "4242"}
    p1 = subprocess.run(
        [sys.executable, "-m", "codegen", "generate"],
        cwd=a,
        env=env1,
        capture_output=True,
        text=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    p2 = subprocess.run(
        [
            sys.executable,
            "-m",
            "codegen",
            "generate",
            "--config",
            str(b / "contracts" / "codegen.toml"),
        ],
        cwd=elsewhere,
        env=env2,
        capture_output=True,
        text=True,
    )
    assert p1.returncode == 0, p1.stderr
    assert p2.returncode == 0, p2.stderr
    ta, tb = read_tree(a / "generated"), read_tree(b / "generated")
    assert sorted(ta) == sorted(tb)
    for rel in ta:
        assert ta[rel] == tb[rel], rel
    assert not (elsewhere / "generated").exists()
    for blob in ta.values():
        assert str(tmp_path).encode() not in blob  # no machine paths
