"""Values for generated tests, read from the emitted OpenAPI document.

A request argument takes the documented example, else the default, else a value synthesised
to match its schema; a mocked response is built the same way. Every value is plain JSON data
(the templates write it with ``py_repr``), deterministic, and checked against its schema
(type, enum, format, bounds, pattern) so a mock server that validates requests accepts it.
"""

from __future__ import annotations

import re
from typing import Any

_REF = "#/components/schemas/"
#: Canonical values per string format: what a pydantic model parses *and* dumps back unchanged.
_FORMATS: dict[str, str] = {
    "date": "2025-01-02",
    "date-time": "2025-01-02T03:04:05Z",
    "time": "03:04:05",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
}
_FORMAT_CHECKS: dict[str, re.Pattern[str]] = {
    "date": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "date-time": re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})"),
    "uuid": re.compile(r"[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}"),
}
#: Formats whose documented examples are not used: the model would re-serialise them.
_CANONICAL_ONLY = frozenset({"date-time", "time", "uri", "url", "email", "hostname"})
_MAX_DEPTH = 6


class Schemas:
    """Resolves ``$ref``s against the document's ``components.schemas``."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.components: dict[str, Any] = (doc.get("components") or {}).get("schemas") or {}

    def resolve(self, schema: Any) -> dict[str, Any]:
        seen: set[str] = set()
        s = schema if isinstance(schema, dict) else {}
        while isinstance(s.get("$ref"), str) and s["$ref"].startswith(_REF):
            name = s["$ref"][len(_REF) :]
            if name in seen:
                return {}
            seen.add(name)
            s = self.components.get(name) or {}
        return s

    def merged(self, schema: Any) -> dict[str, Any]:
        """``schema`` resolved, with ``allOf`` parts merged into one object schema."""
        s = self.resolve(schema)
        parts = s.get("allOf")
        if not isinstance(parts, list):
            return s
        out: dict[str, Any] = {k: v for k, v in s.items() if k != "allOf"}
        props: dict[str, Any] = dict(out.get("properties") or {})
        required: list[str] = list(out.get("required") or [])
        for part in parts:
            p = self.merged(part)
            props.update(p.get("properties") or {})
            required += [r for r in p.get("required") or [] if r not in required]
            for k, v in p.items():
                if k not in ("properties", "required"):
                    out.setdefault(k, v)
        if props:
            out["properties"] = props
            out.setdefault("type", "object")
        if required:
            out["required"] = required
        return out


def _types(s: dict[str, Any]) -> list[str]:
    t = s.get("type")
    names = [t] if isinstance(t, str) else list(t or [])
    return [n for n in names if n != "null"]


def _variants(s: dict[str, Any]) -> list[Any]:
    alts = s.get("anyOf") or s.get("oneOf") or []
    return [a for a in alts if isinstance(a, dict) and a.get("type") != "null"]


def fits(value: Any, schema: Any, schemas: Schemas, depth: int = 0) -> bool:
    """``value`` is valid for ``schema`` (the checks a validating mock server makes)."""
    s = schemas.merged(schema)
    if depth > _MAX_DEPTH:
        return True
    if "const" in s:
        return bool(value == s["const"])
    alts = s.get("anyOf") or s.get("oneOf")
    if isinstance(alts, list) and alts:
        return any(fits(value, a, schemas, depth + 1) for a in alts)
    enum = s.get("enum")
    if isinstance(enum, list) and enum and value not in enum:
        return False
    types = _types(s)
    if value is None:
        return "null" in str(s.get("type")) or bool(s.get("nullable"))
    if not types:
        return True
    return any(_fits_type(value, t, s, schemas, depth) for t in types)


def _fits_type(value: Any, t: str, s: dict[str, Any], schemas: Schemas, depth: int) -> bool:
    if t == "boolean":
        return isinstance(value, bool)
    if t in ("integer", "number"):
        ok = not isinstance(value, bool) and isinstance(
            value, int if t == "integer" else int | float
        )
        return ok and _in_bounds(value, s)
    if t == "string":
        return isinstance(value, str) and _string_ok(value, s)
    if t == "array":
        if not isinstance(value, list) or len(value) < int(s.get("minItems") or 0):
            return False
        return all(fits(v, s.get("items") or {}, schemas, depth + 1) for v in value)
    if t == "object":
        if not isinstance(value, dict):
            return False
        props = s.get("properties") or {}
        if any(r not in value for r in s.get("required") or []):
            return False
        return all(fits(v, props[k], schemas, depth + 1) for k, v in value.items() if k in props)
    return False


def _in_bounds(value: float, s: dict[str, Any]) -> bool:
    lo = _bound(s.get("minimum"), None, 0)
    hi = _bound(s.get("maximum"), None, 0)
    xlo = _bound(None, s.get("exclusiveMinimum"), 0)
    xhi = _bound(None, s.get("exclusiveMaximum"), 0)
    return not (
        (lo is not None and value < lo)
        or (hi is not None and value > hi)
        or (xlo is not None and value <= xlo)
        or (xhi is not None and value >= xhi)
    )


def _num(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _string_ok(value: str, s: dict[str, Any]) -> bool:
    if len(value) < int(s.get("minLength") or 0):
        return False
    if isinstance(s.get("maxLength"), int) and len(value) > s["maxLength"]:
        return False
    check = _FORMAT_CHECKS.get(str(s.get("format")))
    if check is not None and not check.fullmatch(value):
        return False
    pattern = s.get("pattern")
    if isinstance(pattern, str):
        try:
            return re.search(pattern, value) is not None
        except re.error:
            return True
    return True


def _documented(candidates: list[Any], schema: Any, schemas: Schemas) -> tuple[bool, Any]:
    if not any(c is not None for c in candidates):
        return False, None
    s = schemas.merged(schema)
    if str(s.get("format")) in _CANONICAL_ONLY:
        return False, None
    for c in candidates:
        if c is not None and fits(c, schema, schemas):
            return True, c
    return False, None


def candidates(schema: Any, schemas: Schemas, extra: tuple[Any, ...] = ()) -> list[Any]:
    """Documented values for ``schema``, best first: given ones, examples, default."""
    s = schemas.resolve(schema)
    out = list(extra)
    if "example" in s:
        out.append(s["example"])
    examples = s.get("examples")
    if isinstance(examples, list):
        out += examples
    if "default" in s:
        out.append(s["default"])
    return out


def value(
    schema: Any,
    schemas: Schemas,
    *,
    name: str = "value",
    extra: tuple[Any, ...] = (),
    optional_props: bool = True,
    depth: int = 0,
) -> Any:
    """A value valid for ``schema``: documented when possible, synthesised otherwise.

    ``optional_props`` includes an object's optional properties too (responses, bodies).
    """
    found, v = _documented(candidates(schema, schemas, extra), schema, schemas)
    if found:
        return v
    return _synth(schemas.merged(schema), schemas, name, optional_props, depth)


def _synth(s: dict[str, Any], schemas: Schemas, name: str, full: bool, depth: int) -> Any:
    if "const" in s:
        return s["const"]
    enum = [v for v in s.get("enum") or [] if v is not None]
    if enum:
        return enum[0]
    alts = _variants(s)
    if alts:
        return value(alts[0], schemas, name=name, optional_props=full, depth=depth + 1)
    types = _types(s)
    t = types[0] if types else ("object" if s.get("properties") else "string")
    if t == "boolean":
        return True
    if t in ("integer", "number"):
        return _number(s, t == "integer")
    if t == "array":
        item = value(s.get("items") or {}, schemas, name=name, optional_props=full, depth=depth + 1)
        return [item] * max(1, int(s.get("minItems") or 1))
    if t == "object":
        return _object(s, schemas, full, depth)
    return _string(s, name)


def _object(s: dict[str, Any], schemas: Schemas, full: bool, depth: int) -> dict[str, Any]:
    required = set(s.get("required") or [])
    out: dict[str, Any] = {}
    for key, prop in (s.get("properties") or {}).items():
        if key in required or (full and depth < _MAX_DEPTH):
            out[key] = value(prop, schemas, name=key, optional_props=full, depth=depth + 1)
    return out


def _number(s: dict[str, Any], integer: bool) -> int | float:
    step = 1 if integer else 0.5
    lo = _bound(s.get("minimum"), s.get("exclusiveMinimum"), step)
    hi = _bound(s.get("maximum"), s.get("exclusiveMaximum"), -step)
    v: float = 1 if integer else 1.5
    if lo is not None and v < lo:
        v = lo
    if hi is not None and v > hi:
        v = hi
    return int(v) if integer else float(v)


def _bound(inclusive: Any, exclusive: Any, step: float) -> float | None:
    if _num(exclusive):
        return float(exclusive) + step
    return float(inclusive) if _num(inclusive) else None


_SAMPLES = ("example", "1", "a", "A", "2025-01-02", "example@example.com", "x1")


def _string(s: dict[str, Any], name: str) -> str:
    fmt = str(s.get("format"))
    base = _FORMATS.get(fmt) or (f"example-{name}" if name else "example")
    tries = [base, *_SAMPLES]
    for t in tries:
        if _string_ok(t, s):
            return t
    lo = int(s.get("minLength") or 0)
    hi = s.get("maxLength")
    text = (base * (lo // max(1, len(base)) + 1))[: max(lo, len(base))]
    return text[:hi] if isinstance(hi, int) else text


def wire(v: Any) -> str:
    """How a scalar travels in a query string, header or form field."""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def wire_list(v: Any) -> list[str]:
    return [wire(x) for x in v] if isinstance(v, list) else [wire(v)]
