"""Type cells (``array<string(uri)>``, ``string enum[a, b]``, ``string | null``) and value
cells (defaults, examples, enums) of the contract format."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from codegen.model import JsonScalar, Schema, Value

_SCALARS = {"string", "integer", "number", "boolean", "object", "null", "array"}
_DYNAMIC = {"dynamic object", "动态对象", "dict", "map"}
_UNKNOWN = {"not declared", "未声明", "any", "unknown", ""}
_FMT = re.compile(r"^(?P<base>.*?)\((?P<fmt>[A-Za-z0-9_\-]+)\)$")
_ENUM = re.compile(r"^(?P<base>.*?)\s*enum\s*\[(?P<vals>.*)\]$", re.S)
_ARRAY = re.compile(r"^array\s*<(?P<inner>.*)>$", re.S)
#: placeholders the format writes for "no value"
NONE_CELLS = {"none", "", "-", "—", "无", "n/a"}


class TypeError_(ValueError):
    """A type cell that cannot be understood."""


@lru_cache(maxsize=4096)  # documents repeat a handful of type cells thousands of times
def parse_type(cell: str) -> Schema:
    """Parse a type cell into a :class:`Schema` (without fields; frozen, so shared)."""
    s = cell.replace("\\|", "|").strip()
    if not s:
        return Schema()
    m = _ENUM.match(s)
    if m:
        base = parse_type(m.group("base"))
        return base.model_copy(update={"enum": parse_enum(m.group("vals"), base.type)})
    if "|" in s and not _ARRAY.match(s):
        parts = [p.strip() for p in _split_top(s, "|")]
        if len(parts) < 2:  # unbalanced brackets hide the bars: not a type we can read
            raise TypeError_(f"unknown type {cell!r}")
        return _union(parts)
    m = _ARRAY.match(s)
    if m:
        return Schema(type="array", items=parse_type(m.group("inner")))
    fmt = None
    m = _FMT.match(s)
    if m and m.group("base").strip():
        s, fmt = m.group("base").strip(), m.group("fmt")
        if "|" in s:
            parts = [p.strip() for p in _split_top(s, "|")]
            if len(parts) < 2:
                raise TypeError_(f"unknown type {cell!r}")
            u = _union(parts)
            return u.model_copy(update={"format": fmt}) if u.type != "any" else u
    low = s.lower()
    if low in _DYNAMIC:
        # the format writes "dynamic object" for a schema that declares no type at all
        return Schema(format=fmt)
    if low in _UNKNOWN:
        return Schema()
    if low in _SCALARS:
        return Schema(type=low, format=fmt)
    if low in ("int", "long", "int64", "int32"):
        return Schema(type="integer", format=fmt)
    if low in ("float", "double"):
        return Schema(type="number", format=fmt)
    if low in ("bool",):
        return Schema(type="boolean", format=fmt)
    if low in ("str", "text"):
        return Schema(type="string", format=fmt)
    raise TypeError_(f"unknown type {cell!r}")


def _split_top(s: str, sep: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for ch in s:
        if ch in "<[(":
            depth += 1
        elif ch in ">])":
            depth -= 1
        if ch == sep and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return out


def _union(parts: list[str]) -> Schema:
    schemas = [parse_type(p) for p in parts if p]
    nullable = any(x.type == "null" for x in schemas)
    rest = [x for x in schemas if x.type != "null"]
    if not rest:
        return Schema(type="null")
    if len(rest) == 1:
        return rest[0].model_copy(update={"nullable": nullable or rest[0].nullable})
    return Schema(type="any", nullable=nullable, variants=tuple(rest))


def parse_enum(vals: str, type_: str) -> tuple[JsonScalar, ...]:
    out: list[JsonScalar] = []
    for raw in _split_top(vals, ","):
        v = raw.strip().strip("`")
        if not v:
            continue
        if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
            v = v[1:-1]
        out.append(coerce(v, type_))
    return tuple(out)


def coerce(v: str, type_: str) -> JsonScalar:
    """Interpret a cell string as a value of the given JSON type (falls back to the string)."""
    try:
        if type_ == "integer":
            return int(v)
        if type_ == "number":
            return float(v) if any(c in v for c in ".eE") else int(v)
        if type_ == "boolean" and v.lower() in ("true", "false"):
            return v.lower() == "true"
    except ValueError:
        pass
    return v


def is_truncated(s: str) -> bool:
    t = s.rstrip()
    return (
        t.endswith("…")
        or t.endswith(", ...")
        or "{...}" in t
        or t.endswith("[...]")
        or (t.endswith("...") and len(t) > 60)
    )


def parse_value(cell: str, schema: Schema) -> Value | None:
    """A default/example cell as a typed :class:`Value`; ``None`` for placeholders."""
    return _parse_value(cell, schema.type)


@lru_cache(maxsize=4096)
def _parse_value(cell: str, t: str) -> Value | None:
    s = cell.replace("\\|", "|").strip()
    if s.lower() in NONE_CELLS:
        return None
    if len(s) >= 2 and s.startswith("`") and s.endswith("`"):
        s = s[1:-1]
    truncated = is_truncated(s)
    value: Any = s
    if t in ("object", "array", "any") and s[:1] in "[{":
        try:
            value = json.loads(s)
        except ValueError:
            value = s
    elif t in ("integer", "number", "boolean"):
        value = coerce(s, t)
        if isinstance(value, str) and s.lower() == "null":
            value = None
    elif t == "any":
        try:
            value = json.loads(s)
        except ValueError:
            value = s
    return Value(value=value, truncated=truncated)
