from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_openapi.py"
CORPUS = SHARED / "corpus"


def need_shared() -> None:
    if not SCORER.is_file() or not CORPUS.is_dir():
        pytest.skip(f"shared corpus not available at {SHARED} (only present in the dev workspace)")


def run_codegen(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args],
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def score(candidate: Path, truth: Path, docs_glob: str, *extra: str) -> dict[str, int]:
    """Run the project's judge and return its counts (exact, found, n, ...)."""
    import json

    out = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            str(candidate),
            str(truth),
            docs_glob,
            "--json",
            "--verbose",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    ).stdout
    lines = out.strip().splitlines()
    counts = next(json.loads(line) for line in lines if line.startswith("{"))
    counts["_report"] = "\n".join(lines)
    return counts  # type: ignore[no-any-return]
