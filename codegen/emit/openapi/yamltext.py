"""YAML of big documents, piece by piece, with pieces proven before taken from the cache.

:func:`codegen.emit.filters.yaml_pieces` cuts a document into pieces (each path item, each
component, each other top-level key); their YAML, joined, is byte for byte the YAML of the
whole document. A piece is keyed by a hash of its keys and JSON. Pieces made in this run are
*fresh*. A piece written by :mod:`codegen.emit.openapi.yamlemit` is libyaml's text for its
value by construction (proven by its tests) and needs no parsing back; a piece PyYAML
wrote (a value that writer leaves to it) is parsed back by :func:`codegen.emit.openapi.prove`
(in the worker process) before the run may write anything. Pieces are stored (one table per
document title) only after that, so the cache holds only pieces known to read back as their
value.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from codegen.cache import scope
from codegen.emit import filters

KIND = "yaml"

#: A fresh piece: (key, piece keys, value, start, end): its text is ``yaml[start:end]`` of
#: the YAML :func:`write` returned (offsets, so a big document's pieces are not kept twice).
Fresh = tuple[str, tuple[str, ...], Any, int, int]


def _salt() -> str:
    import yaml

    from codegen.cache import code_salt, digest

    return digest(code_salt(), KIND, yaml.__version__, str(getattr(yaml, "__with_libyaml__", "")))


def _slot(value: dict[str, Any]) -> str:
    from codegen.cache import digest

    info = value.get("info")
    title = info.get("title") if isinstance(info, dict) else None
    return digest(_salt(), "table", str(title))


class _Table:
    """The pieces of the last document written in a slot: its YAML text and, per piece key,
    where that piece's text is in it (one string, not thousands)."""

    def __init__(self, text: str = "", index: dict[str, list[int]] | None = None) -> None:
        self.text = text
        self.index = index or {}

    def get(self, key: str) -> str | None:
        span = self.index.get(key)
        return self.text[span[0] : span[1]] if span else None

    def __len__(self) -> int:
        return len(self.index)

    def chunks(self, size: int = 1 << 20) -> Iterator[bytes]:
        """The table as stored (index line, then the text), in pieces: a 15 MB document is
        never encoded (or copied) whole. :meth:`decode` reads it back."""
        yield json.dumps(self.index).encode("ascii") + b"\n"
        for at in range(0, len(self.text), size):
            yield self.text[at : at + size].encode("utf-8")

    @classmethod
    def decode(cls, raw: bytes) -> _Table:
        head, _, body = raw.partition(b"\n")
        index = json.loads(head)
        if not isinstance(index, dict):
            raise ValueError("not a table")
        return cls(body.decode("utf-8"), index)


def _load(slot: str) -> _Table:
    cache = scope.active()
    raw = cache.get(KIND, slot) if cache is not None else None
    if not raw:
        return _Table()
    try:
        return _Table.decode(raw)
    except (ValueError, UnicodeDecodeError):
        return _Table()


def _piece_key(salt: str, piece_keys: tuple[str, ...], item: Any) -> str:
    from codegen.cache import digest
    from codegen.emit.openapi.validation import compact

    return digest(salt, str(len(piece_keys)), *map(repr, piece_keys), compact(item))


def write(value: dict[str, Any]) -> str:
    """The YAML of ``value`` (see :func:`codegen.emit.filters.to_yaml`); remembers the fresh
    pieces for :func:`fresh`."""
    salt = _salt()
    slot = _slot(value)
    table = _load(slot)
    texts: list[tuple[tuple[str, ...], str]] = []
    spans: list[tuple[str, tuple[str, ...], Any]] = []
    keys: list[str] = []
    written: list[tuple[str, ...]] = []
    for piece_keys, item in filters.yaml_pieces(value):
        key = _piece_key(salt, piece_keys, item)
        keys.append(key)
        text = table.get(key)
        if text is None:
            written.append(piece_keys)
            text, by_pyyaml = filters.yaml_piece_made(piece_keys, item)
            if by_pyyaml:  # only PyYAML's pieces are parsed back (see yamlemit)
                spans.append((key, piece_keys, item))
        texts.append((piece_keys, text))
    joined, offsets = filters.join_pieces(texts, offsets=True)
    fresh_keys = {k for k, _pk, _i in spans}
    made: list[Fresh] = [
        (k, pk, item, start, end)
        for (k, pk, item), (start, end) in zip(
            spans, (o for k, o in zip(keys, offsets, strict=True) if k in fresh_keys), strict=True
        )
    ]
    stored = len(table)  # the previous table itself (a whole YAML text) is let go of now
    del table
    scope.memo(("yaml-fresh",), value, lambda: (slot, stored, keys, made, offsets, written))
    return joined


def fresh(value: dict[str, Any]) -> list[Fresh] | None:
    """The pieces :func:`write` had PyYAML make in this run for ``value``: those to parse
    back (None: it did not write ``value``)."""
    got = scope.recall(("yaml-fresh",), value)
    return None if got is None else got[3]


def written(value: dict[str, Any]) -> list[tuple[str, ...]] | None:
    """The keys of every piece :func:`write` wrote in this run (not from the cache)."""
    got = scope.recall(("yaml-fresh",), value)
    return None if got is None else got[5]


def proof_texts(pieces: list[Fresh], yaml_text: str) -> list[tuple[str, str, Any]]:
    """(label, YAML text, expected value) to parse back: each piece with its wrapper lines."""
    out = []
    for _key, piece_keys, item, start, end in pieces:
        expected: Any = item
        for k in reversed(piece_keys):
            expected = {k: expected}
        label = "/".join(str(k) for k in piece_keys)
        out.append((label, filters.join_pieces([(piece_keys, yaml_text[start:end])]), expected))
    return out


def keep(value: dict[str, Any], yaml_text: str) -> None:
    """Store the pieces of ``value`` (call once its fresh pieces are proven); ``yaml_text``
    begins with what :func:`write` returned."""
    got = scope.recall(("yaml-fresh",), value)
    cache = scope.active()
    if got is None or cache is None:
        return
    scope.forget(("yaml-fresh",), value)
    slot, stored, keys, _made, offsets, new = got
    if not new and stored == len(keys):  # nothing new: the stored table is this one
        return
    index = {key: [start, end] for key, (start, end) in zip(keys, offsets, strict=True)}
    table = _Table(yaml_text, index)
    scope.later(lambda: cache.put_stream(KIND, slot, table.chunks()))
