"""Clients from third-party pages whose body fields use string formats (uuid, uri, date-time)
must type-check: the names datamodel-code-generator uses are imported where they are used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, run_codegen


def test_client_from_mintlify_fixtures_passes_mypy_strict(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    proc = run_codegen(
        "client",
        str(ROOT / "tests" / "fixtures" / "mintlify"),
        "--name",
        "pages_client",
        "-o",
        str(out),
    )
    assert proc.returncode == 0, proc.stderr
    assert "UserWarning" not in proc.stderr
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (out / "pages_client").rglob("*.py"))
    assert "UUID" in sources  # the firecrawl page has a uuid body field
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "pages_client"],
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert mypy.returncode == 0, mypy.stdout
