"""The generated test suites (``generated/tests/<api>/``) pass, and are black/ruff/mypy clean.

Each suite runs in its own ``pytest`` process with the API's client package on ``PYTHONPATH``
(as a user would run it), without bytecode so ``generated/`` stays exactly as committed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.config import find_config, load
from codegen.emit.python import package_name
from tests.conftest import ROOT, run_codegen

BIN = Path(sys.executable).parent
#: the project's own pytest options (addopts) are not the suite's
PYTEST = [sys.executable, "-m", "pytest", "-o", "addopts=", "-q", "-p", "no:cacheprovider"]
TESTS = ROOT / "generated" / "tests"


def suites() -> list[tuple[str, str]]:
    """(api name, client package) of every API with a generated suite."""
    config = load(find_config(ROOT), ROOT)
    return [(cfg.name, package_name(cfg)) for cfg in config.api if (TESTS / cfg.name).is_dir()]


SUITES = suites()


def suite_env(package_root: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_BASE_URL", "_API_TOKEN"))}
    env.update(PYTHONPATH=str(package_root), PYTHONDONTWRITEBYTECODE="1", **extra)
    return env


def run_suite(
    suite: Path, package_root: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``pytest SUITE`` in a fresh process, the client package importable from package_root."""
    return subprocess.run(
        [*PYTEST, str(suite), *args],
        cwd=suite,
        env=env or suite_env(package_root),
        capture_output=True,
        text=True,
        timeout=600,
    )


def counts(output: str) -> dict[str, int]:
    """``{"passed": n, "failed": n, ...}`` from pytest's closing line."""
    return {k: int(n) for n, k in re.findall(r"(\d+) (passed|failed|skipped|errors?)", output)}


def test_every_configured_api_has_a_suite() -> None:
    config = load(find_config(ROOT), ROOT)
    assert [name for name, _ in SUITES] == [cfg.name for cfg in config.api if cfg.client]


@pytest.mark.parametrize(("api", "package"), SUITES, ids=[a for a, _ in SUITES])
def test_generated_suite_passes(api: str, package: str) -> None:
    proc = run_suite(TESTS / api, ROOT / "generated" / "python" / package)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    found = counts(proc.stdout.splitlines()[-1])
    routes = sum(
        p.read_text(encoding="utf-8").count("\ndef test_live_")
        for p in (TESTS / api).glob("test_*_live_*.py")
    )
    assert routes > 0 and found.get("failed", 0) == 0
    assert found["skipped"] == routes  # the live tests, without a server
    assert found["passed"] >= 2 * routes  # sync + async per route, plus errors and retries


@pytest.mark.parametrize(("api", "package"), SUITES, ids=[a for a, _ in SUITES])
def test_generated_suite_quality(api: str, package: str) -> None:
    suite = TESTS / api
    black = subprocess.run(
        [str(BIN / "black"), "--check", "-q", "."], cwd=suite, capture_output=True, text=True
    )
    assert black.returncode == 0, black.stderr
    ruff = subprocess.run(
        [str(BIN / "ruff"), "check", "-q", "--no-cache", "."],  # the suite's own ruff.toml
        cwd=suite,
        capture_output=True,
        text=True,
    )
    assert ruff.returncode == 0, ruff.stdout
    env = {**os.environ, "MYPYPATH": str(ROOT / "generated" / "python" / package)}
    mypy = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--cache-dir", os.devnull, "."],
        cwd=suite,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert mypy.returncode == 0, mypy.stdout


def test_client_command_writes_a_runnable_suite(tmp_path: Path) -> None:
    """``codegen client … -o DIR`` writes ``DIR/tests``; ``pytest DIR/tests`` passes, and the
    hostile fixture's doc text (quotes, backslashes, code) stays data."""
    out = tmp_path / "hostile_client"
    fixture = ROOT / "tests" / "fixtures" / "client" / "hostile.openapi.json"
    proc = run_codegen("client", str(fixture), "--name", "hostile_client", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert (out / "tests" / "conftest.py").is_file()
    result = run_suite(out / "tests", out)
    assert result.returncode == 0, result.stdout + result.stderr
    found = counts(result.stdout.splitlines()[-1])
    assert found["passed"] >= 2 * found["skipped"] > 0
    assert not list(tmp_path.rglob("PWNED"))
    ruff = subprocess.run(
        [str(BIN / "ruff"), "check", "-q", "--no-cache", "tests"], cwd=out, capture_output=True
    )
    assert ruff.returncode == 0, ruff.stdout
