"""Text → data for OpenAPI documents: JSON or YAML, with a ``line_of(pointer)`` for ``file:line``.

YAML is composed once into nodes; the node tree gives every mapping key its real line and is then
constructed into plain data. JSON is parsed with :mod:`json` (fast on large specs) and lines are
found by a best-effort search for the keys along a pointer.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from codegen.model import Diagnostic

Pointer = Sequence[str | int]
LineOf = Callable[[Pointer], int]

#: Deepest pointer recorded in the YAML line index (paths/<p>/<m>/parameters/<i> is 5).
MAX_INDEX_DEPTH = 8
#: Deepest nesting converted to plain data (protects against alias bombs and runaway input).
MAX_DATA_DEPTH = 200


@dataclass
class Loaded:
    """A parsed document (or the reason it could not be parsed)."""

    data: Any = None
    line_of: LineOf | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)


def load(text: str, path: str, line_offset: int = 0) -> Loaded:
    """Parse ``text`` as JSON (when it looks like JSON) or YAML; never raises."""
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            return Loaded(
                diagnostics=[
                    _err(path, exc.lineno + line_offset, "bad-json", f"invalid JSON: {exc.msg}")
                ]
            )
        except RecursionError:
            return Loaded(diagnostics=[_err(path, 0, "too-deep", "JSON nests too deeply")])
        return Loaded(data=data, line_of=_json_lines(text, line_offset))
    return _load_yaml(text, path, line_offset)


def _load_yaml(text: str, path: str, line_offset: int) -> Loaded:
    loader_cls: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_cls(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return Loaded(diagnostics=[_err(path, 1 + line_offset, "empty", "document is empty")])
        index: dict[tuple[str | int, ...], int] = {}
        _index(node, (), index, set())
        data = _plain(loader.construct_document(node), 0)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 + line_offset) if mark is not None else 0
        problem = exc.problem or exc.context or "syntax error"
        return Loaded(diagnostics=[_err(path, line, "bad-yaml", f"invalid YAML: {problem}")])
    except (yaml.YAMLError, RecursionError, ValueError, TypeError) as exc:
        return Loaded(diagnostics=[_err(path, 0, "bad-yaml", f"invalid YAML: {exc}")])
    finally:
        loader.dispose()

    def line_of(pointer: Pointer) -> int:
        key = tuple(pointer)
        while key:
            if key in index:
                return index[key] + line_offset
            key = key[:-1]
        return 0

    return Loaded(data=data, line_of=line_of)


def _index(
    node: yaml.Node,
    ptr: tuple[str | int, ...],
    out: dict[tuple[str | int, ...], int],
    active: set[int],
) -> None:
    """Record the 1-based line of every key and list item up to :data:`MAX_INDEX_DEPTH`."""
    if len(ptr) >= MAX_INDEX_DEPTH or id(node) in active:
        return
    active.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode):
                sub = (*ptr, str(k.value))
                out.setdefault(sub, k.start_mark.line + 1)
                _index(v, sub, out, active)
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            sub = (*ptr, i)
            out.setdefault(sub, v.start_mark.line + 1)
            _index(v, sub, out, active)
    active.discard(id(node))


def _plain(value: Any, depth: int) -> Any:
    """YAML data → JSON-compatible data: string keys, dates as ISO strings, bounded depth."""
    if depth > MAX_DATA_DEPTH:
        raise ValueError("document nests too deeply")
    if isinstance(value, dict):
        return {_key(k): _plain(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v, depth + 1) for v in value]
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, float) and value != value:  # NaN is not JSON
        return None
    return value


def _key(k: Any) -> str:
    if isinstance(k, bool):
        return "true" if k else "false"
    if k is None:
        return "null"
    if isinstance(k, (_dt.date, _dt.datetime)):
        return k.isoformat()
    return str(k)


def _json_lines(text: str, line_offset: int) -> LineOf:
    """Best-effort lines in JSON: find each pointer key in turn, after the previous one."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    cache: dict[tuple[str | int, ...], int] = {}

    def pos_of(ptr: tuple[str | int, ...]) -> int:
        if not ptr:
            return 0
        if ptr in cache:
            return cache[ptr]
        base = pos_of(ptr[:-1])
        last = ptr[-1]
        pos = base
        if isinstance(last, str):
            m = re.compile(re.escape(json.dumps(last)) + r"\s*:").search(text, base)
            if m is not None:
                pos = m.start()
        cache[ptr] = pos
        return pos

    def line_of(pointer: Pointer) -> int:
        ptr = tuple(pointer)
        if not ptr:
            return 1 + line_offset
        return bisect_right(starts, pos_of(ptr)) + line_offset

    return line_of


def _err(file: str, line: int, code: str, message: str) -> Diagnostic:
    return Diagnostic(level="error", file=file, line=line, code=code, message=message)
