"""Golden snapshot: regenerating from contracts/ must reproduce the committed generated/ tree.

To update after an intended change: `make generate`, review `git diff generated/`, commit.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from codegen.output import read_tree
from tests.conftest import ROOT, run_codegen


def _copy_project(dest: Path) -> None:
    for name in ("contracts", "pyproject.toml"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name)
        else:
            shutil.copy2(src, dest / name)


def test_generated_tree_matches_snapshot(tmp_path: Path) -> None:
    _copy_project(tmp_path)
    proc = run_codegen("generate", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    fresh = read_tree(tmp_path / "generated")
    committed = read_tree(ROOT / "generated")
    assert sorted(fresh) == sorted(committed), "file lists differ; run `make generate`"
    for rel in sorted(fresh):
        assert fresh[rel] == committed[rel], f"generated/{rel} differs; run `make generate`"


def test_check_passes_on_committed_tree_and_fails_on_drift(tmp_path: Path) -> None:
    _copy_project(tmp_path)
    shutil.copytree(
        ROOT / "generated",
        tmp_path / "generated",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    ok = run_codegen("check", cwd=tmp_path)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    spec = tmp_path / "generated" / "openapi" / "tikomni.openapi.json"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace('"3.1.0"', '"3.0.0"', 1), encoding="utf-8"
    )
    drift = run_codegen("check", cwd=tmp_path)
    assert drift.returncode == 1
    assert "drifted: generated/openapi/tikomni.openapi.json" in drift.stderr
    assert '-  "openapi": "3.0.0",' in drift.stdout and '+  "openapi": "3.1.0",' in drift.stdout
