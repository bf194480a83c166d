"""One formatting pass over a rendered package: ruff (isort rules + black-compatible format).

Templates already write nearly black-stable code; this pass settles the rest (line breaks in
long signatures, the import block of the datamodel-code-generator output) with two ruff runs
over a temporary folder, whatever the package size.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from codegen.emit.python.datamodels import ModelGenerationError

_ARGS = ["--isolated", "--line-length", "88", "--target-version", "py311"]


def _ruff() -> str:
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return str(find_ruff_bin())


def format_package(files: dict[str, str]) -> dict[str, str]:
    """``files`` with every ``.py`` file import-sorted and formatted (others unchanged)."""
    py = sorted(p for p in files if p.endswith(".py"))
    if not py:
        return files
    ruff = _ruff()
    with tempfile.TemporaryDirectory(prefix="codegen-fmt-") as tmp:
        root = Path(tmp)
        for rel in py:
            dest = root / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(files[rel], encoding="utf-8", newline="\n")
        for cmd in (
            [ruff, "check", *_ARGS, "--select", "I,F401", "--fix", "--exit-zero", "--quiet", "."],
            [ruff, "format", *_ARGS, "--quiet", "."],
        ):
            proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                raise ModelGenerationError(f"formatting failed: {proc.stderr.strip()}")
        out = dict(files)
        for rel in py:
            out[rel] = (root / rel).read_text(encoding="utf-8")
    return out
