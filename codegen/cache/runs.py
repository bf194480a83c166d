"""Whole-run cache entries for ``generate``/``check``: one key for everything a run depends on.

The key hashes codegen (version + code), the config file(s), every byte under every source
path, every template folder, the formatter and the versions of the tools that shape the
output. A hit yields the manifest of the output tree (path → content hash, API summary and
the diagnostics to print again); bodies are in ``blob/``. Nothing here imports pydantic, the
readers or the emitters, so a no-change run costs little more than hashing the inputs.
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.cache import Cache, code_salt, digest, tree_digest, version_of

RUN, BLOB = "run", "blob"
_TOOLS = ("black", "ruff", "jinja2", "PyYAML", "pydantic", "datamodel-code-generator")


@dataclass
class CachedDiag:
    """A diagnostic as stored in a manifest (same attributes as ``codegen.model.Diagnostic``)."""

    level: str
    file: str
    line: int
    code: str
    message: str

    def format(self) -> str:
        loc = f"{self.file}:{self.line}" if self.line else self.file
        return f"{loc}: {self.level}: {self.message}"


@dataclass
class Manifest:
    output: str
    files: dict[str, str] = field(default_factory=dict)
    apis: dict[str, int] = field(default_factory=dict)
    diagnostics: list[CachedDiag] = field(default_factory=list)

    def to_json(self) -> bytes:
        data = {
            "output": self.output,
            "files": self.files,
            "apis": self.apis,
            "diagnostics": [[d.level, d.file, d.line, d.code, d.message] for d in self.diagnostics],
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        data = json.loads(raw)
        return cls(
            output=str(data["output"]),
            files={str(k): str(v) for k, v in data["files"].items()},
            apis={str(k): int(v) for k, v in data["apis"].items()},
            diagnostics=[CachedDiag(*d) for d in data["diagnostics"]],
        )


def locate(explicit: str | None) -> tuple[Path, Path] | None:
    """(project root, config file) the way the CLI finds them, without importing pydantic."""
    root = Path.cwd()
    if explicit:
        path = Path(explicit).resolve()
        root = path.parent.parent if path.parent.name == "contracts" else path.parent
        return root, path
    for cand in (root / "contracts" / "codegen.toml", root / "pyproject.toml"):
        if cand.is_file():
            return root, cand
    return None


def run_key(
    explicit_config: str | None, templates: list[str], formatter: str | None, mode: str
) -> str | None:
    """The key of a whole run, or None when the inputs cannot be hashed cheaply (then: no cache)."""
    found = locate(explicit_config)
    if found is None:
        return None
    root, path = found
    parts: list[bytes | str] = [code_salt(), RUN, mode, str(root), formatter or ""]
    try:
        data = _config_data(path, parts)
        base = _base(path)
        apis = data.get("api") or []
        if not isinstance(apis, list):
            return None
        for api in apis:
            for src in api.get("sources") or ():
                parts += _source_parts(base / str(src))
        tdirs = [Path(str(t)) for t in (data.get("templates") or ())] + [Path(t) for t in templates]
        parts.append(
            tree_digest(
                [*[base / t if not t.is_absolute() else t for t in tdirs], *_builtin_templates()]
            )
        )
    except (OSError, ValueError, TypeError, AttributeError, tomllib.TOMLDecodeError):
        return None
    parts += _tool_versions()
    return digest(*parts)


def _config_data(path: Path, parts: list[bytes | str]) -> dict[str, Any]:
    raw = path.read_bytes()
    parts += [str(path), raw]
    data = tomllib.loads(raw.decode("utf-8"))
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("codegen", {})
        if "config" in data:
            return _config_data(path.parent / str(data["config"]), parts)
    if not isinstance(data, dict):
        raise ValueError("config is not a table")
    return data


def _base(path: Path) -> Path:
    return path.parent


def _source_parts(p: Path) -> list[bytes | str]:
    if p.is_dir():
        out: list[bytes | str] = [f"dir:{p}"]
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames.sort()
            for name in sorted(filenames):
                f = Path(dirpath, name)
                out += [str(f), f.read_bytes()]
        return out
    if p.is_file():
        return [f"file:{p}", p.read_bytes()]
    return [f"missing:{p}"]


def _builtin_templates() -> list[Path]:
    pkg = Path(__file__).resolve().parent.parent
    repo = pkg.parent / "templates"
    return [repo if repo.is_dir() else pkg / "templates"]


def _tool_versions() -> list[bytes | str]:
    return [f"{name}={version_of(name) or '-'}" for name in _TOOLS]


# -- manifests and blobs -----------------------------------------------------------------------


def load(cache: Cache, key: str) -> Manifest | None:
    raw = cache.get(RUN, key)
    if raw is None:
        return None
    try:
        return Manifest.from_json(raw)
    except (ValueError, KeyError, TypeError, AttributeError):
        cache.discard(RUN, key)
        return None


#: File bodies are kept (to restore a damaged tree without planning) only for trees up to this
#: size; a larger tree is planned again instead (its parts are cached), and a run does not
#: write tens of MB of blobs.
BLOBS_MAX_CHARS = 16 * 1024 * 1024


def file_digest(data: bytes) -> str:
    """The digest of a file's bytes (the manifest's, and its blob's key)."""
    return hashlib.sha256(data).hexdigest()


def text_digest(text: str, chunk: int = 1 << 20) -> str:
    """:func:`file_digest` of ``text`` as UTF-8, never encoding a big text whole."""
    h = hashlib.sha256()
    for at in range(0, len(text), chunk):
        h.update(text[at : at + chunk].encode("utf-8"))
    return h.hexdigest()


def save(
    cache: Cache,
    key: str,
    manifest: Manifest,
    files: dict[str, str],
    digests: dict[str, str] | None = None,
) -> None:
    """Record the run: its manifest (each file's :func:`file_digest`, taken from ``digests``
    where given) and, for a small tree, the file bodies."""
    blobs = sum(len(t) for t in files.values()) <= BLOBS_MAX_CHARS
    for rel, text in files.items():
        sha = (digests or {}).get(rel) or text_digest(text)
        manifest.files[rel] = sha
        if blobs and not cache.touch(BLOB, sha):
            cache.put(BLOB, sha, text.encode("utf-8"))
    cache.put(RUN, key, manifest.to_json())


def tree_matches(root: Path, manifest: Manifest) -> bool:
    """Whether ``root`` holds exactly the manifest's files (reports aside), byte for byte."""
    from codegen.output import list_tree

    names = list_tree(root)
    if set(names) != set(manifest.files):
        return False
    try:  # one file in memory at a time
        return all(file_digest((root / rel).read_bytes()) == manifest.files[rel] for rel in names)
    except OSError:
        return False


def files_of(cache: Cache, manifest: Manifest) -> dict[str, str] | None:
    """The manifest's file bodies, or None when any blob is missing or damaged."""
    out: dict[str, str] = {}
    for rel, sha in manifest.files.items():
        data = cache.get(BLOB, sha)
        if data is None or file_digest(data) != sha:
            return None
        out[rel] = data.decode("utf-8")
    return out
