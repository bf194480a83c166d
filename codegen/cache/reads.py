"""Per-document cache entries: (codegen, path, file bytes) → load diagnostics + ``ReadResult``.

Keyed on the raw bytes, so a hit skips decoding (mojibake repair included) as well as parsing.
A document read by a reader that also looks at its siblings (``read_with_siblings``: swagger
model pages, Mintlify snippets) is stored with a hash of the whole document set and only
reused while that set is unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from codegen.cache import Cache, code_salt, digest
from codegen.model import Diagnostic, ReadResult
from codegen.readers import Document
from codegen.readers.textio import MAX_BYTES

KIND = "read"

Hit = tuple[list[Diagnostic], ReadResult]


class ReadCache:
    """The cache entries of one set of files."""

    def __init__(self, cache: Cache, files: list[str]) -> None:
        self.cache = cache
        salt = code_salt()
        self.keys: dict[str, str] = {}
        for f in files:
            try:
                p = Path(f)
                if p.stat().st_size > MAX_BYTES:
                    continue
                data = p.read_bytes()
            except OSError:
                continue
            self.keys[f] = digest(salt, KIND, f, data)
        self.set_digest = digest(*sorted(f"{f}\0{k}" for f, k in self.keys.items()))

    def stored(self, path: str) -> bool:
        """Whether the cache holds an entry for ``path`` (which :meth:`lookup` may still
        refuse: damaged, or read with siblings that changed)."""
        key = self.keys.get(path)
        return key is not None and self.cache.has(KIND, key)

    def lookup(self) -> dict[str, Hit]:
        """The cached results of the files that hit; misses are simply absent."""
        out: dict[str, Hit] = {}
        for path, key in self.keys.items():
            raw = self.cache.get(KIND, key)
            if raw is None:
                continue
            try:
                head, diags, body = raw.split(b"\n", 2)
                if head != b"-" and head.decode("ascii") != self.set_digest:
                    continue
                loaded = [Diagnostic(**d) for d in json.loads(diags)]
                out[path] = (loaded, ReadResult.model_validate_json(body))
            except (ValidationError, ValueError, TypeError):
                self.cache.discard(KIND, key)
        return out

    def store(
        self,
        path: str,
        load_diags: list[Diagnostic],
        result: ReadResult,
        dumped: bytes | None,
        siblings: bool,
    ) -> None:
        """Keep the ``result`` of reading ``path`` (``dumped``: its :func:`dump`, when
        already at hand; ``siblings``: :func:`uses_siblings` of the document)."""
        key = self.keys.get(path)
        if key is None:
            return
        head = self.set_digest if siblings else "-"
        diags = json.dumps([d.model_dump() for d in load_diags], ensure_ascii=False)
        body = dumped if dumped is not None else dump(result)
        self.cache.put_stream(KIND, key, (f"{head}\n{diags}\n".encode(), body))


def dump(result: ReadResult) -> bytes:
    """The JSON a result is cached (and sent from a parse worker) as: defaults left out, a
    fifth smaller and as much faster to load back; loading restores them. UTF-8 bytes from
    end to end (pydantic writes bytes; a ``str`` would be decoded here, encoded for the pipe,
    decoded after it and encoded for the cache: 17 MB of mostly CJK text four times over on
    1,000 routes)."""
    return ReadResult.__pydantic_serializer__.to_json(result, exclude_defaults=True)


def uses_siblings(doc: Document) -> bool:
    """Whether a reader that reads sibling documents could claim this one (conservative)."""
    from codegen.readers import _readers

    for mod in _readers():
        if hasattr(mod, "read_with_siblings"):
            try:
                if int(mod.sniff(doc.text, doc.path)) > 0:
                    return True
            except Exception:
                return True
    return False
