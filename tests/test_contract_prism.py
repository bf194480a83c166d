"""Contract check: every generated client method against a Prism mock of its emitted spec.

For each API, Prism (``@stoplight/prism-cli``, pinned in package.json, installed by ``npm ci``)
serves ``generated/openapi/<api>.openapi.json`` on a free local port with ``--errors``, so a
request that violates the spec gets a 4xx/422 answer instead of a mock. The generated live
smoke tests (``generated/tests/<api>/test_*_live_*.py``, one per route, the documented example
arguments) then run against it: every route must be accepted (no error, no ``sl-violations``
header — the ``live_client`` fixture checks it) and every mocked response must parse.
Prism is stopped afterwards, also on failure.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from codegen.emit.tests import env_names
from tests.conftest import ROOT
from tests.test_generated_suites import SUITES, TESTS, run_suite, suite_env

PRISM_PKG = ROOT / "node_modules" / "@stoplight" / "prism-cli"
PRISM_BIN = ROOT / "node_modules" / ".bin" / "prism"
START_TIMEOUT = 60.0
STOP_TIMEOUT = 10.0
TOKEN = "contract-test-token"


def missing_prism() -> str | None:
    """Why Prism cannot run here, or None when it can."""
    if shutil.which("node") is None:
        return "node is not installed (the Prism contract check needs Node.js and `npm ci`)"
    if not PRISM_PKG.is_dir() or not PRISM_BIN.exists():
        return "node_modules/@stoplight/prism-cli is missing: run `npm ci` (make test does)"
    return None


def need_prism() -> None:
    reason = missing_prism()
    if reason:
        pytest.skip(reason)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _listening(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


@dataclass
class Prism:
    url: str
    log: Path

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-6000:]


@contextmanager
def prism(spec: Path, log: Path) -> Iterator[Prism]:
    """Prism mocking ``spec`` on a free port of 127.0.0.1; stopped on exit, whatever happened."""
    port = free_port()
    cmd = [str(PRISM_BIN), "mock", "-h", "127.0.0.1", "-p", str(port), "--errors", str(spec)]
    with log.open("w", encoding="utf-8") as out:
        proc = subprocess.Popen(
            cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    server = Prism(f"http://127.0.0.1:{port}", log)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not _listening(port):
            if proc.poll() is not None:
                raise RuntimeError(f"prism exited with {proc.returncode}:\n{server.output()}")
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"prism did not listen within {START_TIMEOUT}s:\n{server.output()}"
                )
            time.sleep(0.2)
        yield server
    finally:
        _stop(proc)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)  # Prism and any worker it started
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=STOP_TIMEOUT)


@dataclass
class ContractRun:
    """The outcome of one API's live suite against Prism."""

    returncode: int
    output: str
    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _junit(path: Path) -> tuple[list[str], list[str], list[str]]:
    passed: list[str] = []
    failed: list[str] = []
    skipped: list[str] = []
    if not path.is_file():
        return passed, failed, skipped
    for case in ET.parse(path).getroot().iter("testcase"):
        name = case.get("name", "")
        if case.find("failure") is not None or case.find("error") is not None:
            failed.append(name)
        elif case.find("skipped") is not None:
            skipped.append(name)
        else:
            passed.append(name)
    return passed, failed, skipped


def check_against_prism(
    spec: Path, suite: Path, package: str, package_root: Path, work: Path
) -> ContractRun:
    """Run ``suite``'s live tests, with the client from ``package_root``, against Prism."""
    start = time.perf_counter()
    base_env, token_env = env_names(package)
    report = work / "contract.xml"
    with prism(spec, work / "prism.log") as server:
        env = suite_env(package_root, **{base_env: server.url, token_env: TOKEN})
        proc = run_suite(suite, package_root, "-m", "live", f"--junitxml={report}", env=env)
        log = server.output()
    passed, failed, skipped = _junit(report)
    output = proc.stdout + proc.stderr + "\n--- prism log (tail) ---\n" + log
    return ContractRun(
        proc.returncode, output, passed, failed, skipped, time.perf_counter() - start
    )


def operations(spec: Path) -> int:
    doc = json.loads(spec.read_text(encoding="utf-8"))
    return sum(len(ops) for ops in doc["paths"].values())


@pytest.mark.parametrize(("api", "package"), SUITES, ids=[a for a, _ in SUITES])
def test_prism_accepts_every_route(api: str, package: str, tmp_path: Path) -> None:
    need_prism()
    spec = ROOT / "generated" / "openapi" / f"{api}.openapi.json"
    run = check_against_prism(
        spec, TESTS / api, package, ROOT / "generated" / "python" / package, tmp_path
    )
    assert run.returncode == 0, run.output
    assert not run.failed and not run.skipped, run.output
    assert len(run.passed) == operations(spec), run.output  # one live test per route
    print(f"\n{api}: {len(run.passed)} routes accepted by Prism in {run.seconds:.1f}s")
