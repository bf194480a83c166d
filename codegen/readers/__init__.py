"""Input readers. Each reader module offers ``sniff(text, path) -> int`` (0 = not mine, higher =
more certain) and ``read(text, path) -> ReadResult``. :func:`read_path` picks the reader whose
sniff scores highest, so formats are detected from content, not file names.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from codegen.model import Api, Diagnostic, ReadResult
from codegen.readers.textio import MAX_BYTES, decode

#: Reader modules, tried in this order; the highest sniff score wins (ties: earliest).
READER_MODULES: tuple[str, ...] = (
    "codegen.readers.contract_md",
    "codegen.readers.swagger_docs",
    "codegen.readers.mintlify",
    "codegen.readers.openapi_file",
)

#: Default merge precedence by format (lower wins real conflicts): full specs, then contracts,
#: then docs-site fragments, then generator docs that drop types and bodies.
READER_RANK: dict[str, int] = {
    "codegen.readers.openapi_file": 10,
    "codegen.readers.contract_md": 20,
    "codegen.readers.mintlify": 30,
    "codegen.readers.swagger_docs": 40,
}

DOC_SUFFIXES = (".md", ".mdx", ".markdown", ".json", ".yaml", ".yml", ".txt")


@dataclass(frozen=True)
class Document:
    """One input document: where it came from and its decoded text."""

    path: str
    text: str


def _readers() -> list[ModuleType]:
    mods = []
    for name in READER_MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        if hasattr(mod, "sniff") and hasattr(mod, "read"):
            mods.append(mod)
    return mods


def expand_paths(paths: Iterable[str]) -> tuple[list[str], list[Diagnostic]]:
    """Files as given, folders expanded to their documents (sorted, recursive)."""
    out: list[str] = []
    diags: list[Diagnostic] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = sorted(
                str(f)
                for f in path.rglob("*")
                if f.is_file() and f.suffix.lower() in DOC_SUFFIXES and not f.name.startswith(".")
            )
            if not found:
                diags.append(_err(p, "no-documents", "folder holds no documents to read"))
            out.extend(found)
        elif path.is_file():
            out.append(str(path))
        else:
            diags.append(_err(p, "not-found", "no such file or folder"))
    return out, diags


def load_document(path: str) -> tuple[Document | None, list[Diagnostic]]:
    """Read and decode a file; errors (too large, binary, unreadable) become diagnostics."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES:
            return None, [_err(path, "too-large", f"file is {size} bytes; limit is {MAX_BYTES}")]
        data = Path(path).read_bytes()
    except OSError as exc:
        return None, [_err(path, "unreadable", f"cannot read file: {exc.strerror}")]
    decoded = decode(data, path)
    if decoded.binary:
        return None, decoded.diagnostics
    return Document(path, decoded.text), decoded.diagnostics


def read_document(doc: Document, siblings: Mapping[str, Document] | None = None) -> ReadResult:
    """Parse one decoded document with the reader that recognises it."""
    if not doc.text.strip():
        return ReadResult(api=Api(), diagnostics=(_err(doc.path, "empty", "document is empty"),))
    best: tuple[int, ModuleType | None] = (0, None)
    for mod in _readers():
        score = int(mod.sniff(doc.text, doc.path))
        if score > best[0]:
            best = (score, mod)
    reader = best[1]
    if reader is None:
        return ReadResult(
            api=Api(),
            diagnostics=(
                _err(doc.path, "unknown-format", "not a recognised API document format", 1),
            ),
        )
    try:
        if siblings is not None and hasattr(reader, "read_with_siblings"):
            result: ReadResult = reader.read_with_siblings(doc.text, doc.path, siblings)
        else:
            result = reader.read(doc.text, doc.path)
    except RecursionError:
        return _failed(doc.path, "document nests too deeply to read")
    except Exception as exc:  # a reader bug must never surface as a traceback
        return _failed(
            doc.path,
            f"internal error while reading ({type(exc).__name__}: {exc}); "
            "please report this document",
        )
    return result.model_copy(update={"rank": READER_RANK.get(reader.__name__, 50)})


def _failed(path: str, message: str) -> ReadResult:
    return ReadResult(api=Api(), diagnostics=(_err(path, "reader-failed", message, 1),))


def _err(file: str, code: str, msg: str, line: int = 0) -> Diagnostic:
    return Diagnostic(level="error", file=file, line=line, code=code, message=msg)
