"""One formatting pass over a rendered package: ruff (isort rules + black-compatible format).

Templates already write nearly black-stable code; this pass settles the rest (line breaks in
long signatures, the import block of the datamodel-code-generator output) with two ruff runs
over a temporary folder, whatever the package size.

Inside a ``generate`` run each file's result is cached under a hash of (ruff's version, its
arguments, the file's path, the package's top-level names — isort tells first-party imports
by them — and the unformatted text): ruff only sees files whose text changed.

Resource and test modules of the built-in templates are formatted in pieces instead (see
:mod:`codegen.emit.python.chunks`): :func:`start_format` formats many functions at once.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from codegen.emit.python.datamodels import ModelGenerationError

_ARGS = ["--isolated", "--line-length", "88", "--target-version", "py311"]
KIND = "format"


def _ruff() -> str:
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return str(find_ruff_bin())


def tops_of(paths: list[str]) -> list[str]:
    """Top-level entries of the package folder (``name/`` for folders)."""
    return sorted({p.split("/", 1)[0] + ("/" if "/" in p else "") for p in paths})


def format_package(files: dict[str, str], tops: list[str] | None = None) -> dict[str, str]:
    """``files`` with every ``.py`` file import-sorted and formatted (others unchanged);
    ``tops`` are the package's top-level names when ``files`` is not the whole package."""
    from codegen.cache import scope

    py = sorted(p for p in files if p.endswith(".py"))
    if not py:
        return files
    tops = tops if tops is not None else tops_of(list(files))
    cache = scope.active()
    keys: dict[str, str] = {}
    out = dict(files)
    todo = py
    if cache is not None:
        from codegen.cache import digest

        base = digest(salt(), json.dumps(tops))
        keys = {rel: digest(base, rel, files[rel]) for rel in py}
        todo = []
        for rel in py:
            hit = cache.get(KIND, keys[rel])
            if hit is None:
                todo.append(rel)
            else:
                out[rel] = hit.decode("utf-8")
    if todo:
        done = _run_ruff({rel: files[rel] for rel in todo}, tops)
        for rel, text in done.items():
            out[rel] = text
            if cache is not None:
                cache.put(KIND, keys[rel], text.encode("utf-8"))
    return out


def salt() -> str:
    """What every formatting result depends on besides the text: codegen, ruff, its flags."""
    from codegen.cache import code_salt, digest

    return digest(code_salt(), KIND, _version(), json.dumps(_ARGS))


def start_format(text: str) -> Callable[[], str]:
    """Start formatting one module's text (no import fixes: for code without imports) in
    ruff's process; the returned function waits for the result. The caller may work
    meanwhile."""
    proc = subprocess.Popen(
        [_ruff(), "format", *_ARGS, "--quiet", "--stdin-filename", "_chunks.py", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    answer: list[tuple[bytes, bytes]] = []
    talker = threading.Thread(
        target=lambda: answer.append(proc.communicate(text.encode("utf-8"))), daemon=True
    )
    talker.start()

    def wait() -> str:
        talker.join()
        out, err = answer[0] if answer else (b"", b"no answer")
        if proc.returncode != 0:
            detail = err.decode("utf-8", "replace").strip()
            raise ModelGenerationError(f"formatting failed: {detail}")
        return out.decode("utf-8")

    return wait


def _run_ruff(files: dict[str, str], tops: list[str], check: bool = True) -> dict[str, str]:
    ruff = _ruff()
    with tempfile.TemporaryDirectory(prefix="codegen-fmt-") as tmp:
        root = Path(tmp)
        for top in tops:  # first-party names, as in the whole package
            if top.endswith("/"):
                (root / top).mkdir(exist_ok=True)
        for rel, text in files.items():
            dest = root / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(text, encoding="utf-8", newline="\n")
        for top in tops:
            if not top.endswith("/") and top.endswith((".py", ".pyi")):
                (root / top).touch(exist_ok=True)
        names = sorted(files)
        cmds = [[ruff, "format", *_ARGS, "--quiet"]]
        if check:
            fix = [ruff, "check", *_ARGS, "--select", "I,F401", "--fix", "--exit-zero", "--quiet"]
            cmds.insert(0, fix)
        for cmd in cmds:
            proc = subprocess.run(
                [*cmd, "--", *names], cwd=root, capture_output=True, text=True, check=False
            )
            if proc.returncode != 0:
                raise ModelGenerationError(f"formatting failed: {proc.stderr.strip()}")
        return {rel: (root / rel).read_text(encoding="utf-8") for rel in files}


_VERSION: str | None = None


def _version() -> str:
    global _VERSION
    if _VERSION is None:
        from codegen.cache import version_of

        _VERSION = version_of("ruff") or _ruff()
    return _VERSION
