"""YAML of big documents, piece by piece, with pieces proven before taken from the cache.

:func:`codegen.emit.filters.yaml_pieces` cuts a document into pieces (each path item, each
component, each other top-level key); their YAML, joined, is byte for byte the YAML of the
whole document. A piece is keyed by a hash of its keys and JSON. Pieces made in this run are
*fresh*: :func:`codegen.emit.openapi.prove` parses each back (in the worker process) before
the run may write anything, and only then are they stored (one table per document title), so
the cache holds only pieces known to parse back to their value.
"""

from __future__ import annotations

import json
from typing import Any

from codegen.cache import scope
from codegen.emit import filters

KIND = "yaml"

#: A fresh piece: (key, piece keys, value, text).
Fresh = tuple[str, tuple[str, ...], Any, str]


def _salt() -> str:
    import yaml

    from codegen.cache import code_salt, digest

    return digest(code_salt(), KIND, yaml.__version__, str(getattr(yaml, "__with_libyaml__", "")))


def _slot(value: dict[str, Any]) -> str:
    from codegen.cache import digest

    info = value.get("info")
    title = info.get("title") if isinstance(info, dict) else None
    return digest(_salt(), "table", str(title))


def _load(slot: str) -> dict[str, str]:
    cache = scope.active()
    raw = cache.get(KIND, slot) if cache is not None else None
    if not raw:
        return {}
    try:
        table = json.loads(raw)
    except ValueError:
        return {}
    return table if isinstance(table, dict) else {}


def write(value: dict[str, Any]) -> str:
    """The YAML of ``value`` (see :func:`codegen.emit.filters.to_yaml`); remembers the fresh
    pieces for :func:`fresh`."""
    from codegen.cache import digest

    salt = _salt()
    slot = _slot(value)
    table = _load(slot)
    texts: list[tuple[tuple[str, ...], str]] = []
    made: list[Fresh] = []
    keys: list[str] = []
    for piece_keys, item in filters.yaml_pieces(value):
        key = digest(salt, json.dumps([piece_keys, item], ensure_ascii=False))
        keys.append(key)
        text = table.get(key)
        if not isinstance(text, str):
            text = filters.yaml_piece(piece_keys, item)
            made.append((key, piece_keys, item, text))
        texts.append((piece_keys, text))
    scope.memo(("yaml-fresh",), value, lambda: (slot, table, keys, made))
    return filters.join_pieces(texts)


def fresh(value: dict[str, Any]) -> list[Fresh] | None:
    """The pieces :func:`write` made in this run for ``value`` (None: it did not write it)."""
    got = scope.recall(("yaml-fresh",), value)
    return None if got is None else got[3]


def proof_texts(pieces: list[Fresh]) -> list[tuple[str, str, Any]]:
    """(label, YAML text, expected value) to parse back: each piece with its wrapper lines."""
    out = []
    for _key, piece_keys, item, text in pieces:
        expected: Any = item
        for k in reversed(piece_keys):
            expected = {k: expected}
        label = "/".join(str(k) for k in piece_keys)
        out.append((label, filters.join_pieces([(piece_keys, text)]), expected))
    return out


def keep(value: dict[str, Any]) -> None:
    """Store the pieces of ``value`` (call once its fresh pieces are proven)."""
    got = scope.recall(("yaml-fresh",), value)
    cache = scope.active()
    if got is None or cache is None:
        return
    scope.forget(("yaml-fresh",), value)
    slot, table, keys, made = got
    if not made and len(table) == len(keys):
        return
    new = {k: table[k] for k in keys if k in table}
    del table
    new.update((k, text) for k, _pk, _item, text in made)
    cache.put(KIND, slot, json.dumps(new, ensure_ascii=False).encode("utf-8"))
