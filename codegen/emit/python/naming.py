"""Python names for the client: resources (one per tag), methods (one per route), parameters.

Every name is a valid, non-keyword identifier and unique in its scope; collisions are resolved
deterministically (routes are visited in (path, method) order).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from codegen.emit.filters import identifier, pascal, snake
from codegen.emit.openapi.build import METHOD_ORDER, route_stem
from codegen.model import Route

#: Attributes of the generated clients that a resource may not shadow.
CLIENT_ATTRS = frozenset(
    {"base_url", "close", "config", "request", "request_bytes", "request_json", "send"}
)
_VAR = re.compile(r"^\{.*\}$")
#: Builtins a method body uses at run time: a parameter may not shadow them.
_BUILTINS = frozenset({"list", "dict", "str", "int", "float", "bool", "bytes", "type", "object"})


def unique(name: str, used: set[str]) -> str:
    """``name``, or ``name_2``, ``name_3``… — the first not in ``used`` (which is updated)."""
    cand, n = name, 2
    while cand in used:
        cand, n = f"{name}_{n}", n + 1
    used.add(cand)
    return cand


def resource_name(tag: str | None) -> str:
    """``TikTok-Creator-API`` → ``tiktok_creator`` (words lower-cased, a trailing ``api`` dropped)."""
    words = [w for w in snake(re.sub(r"[^0-9A-Za-z]+", " ", tag or "").lower()).split("_") if w]
    if len(words) > 1 and words[-1] == "api":
        words.pop()
    name = identifier("_".join(words) or "default", fallback="api")
    return f"{name}_" if name in CLIENT_ATTRS else name


def resource_names(tags: Iterable[str | None]) -> dict[str | None, str]:
    """Unique resource attribute names for the tags, assigned in sorted tag order."""
    used: set[str] = set()
    return {t: unique(resource_name(t), used) for t in sorted(set(tags), key=lambda t: t or "")}


def class_name(resource: str) -> str:
    return pascal(resource)


def _segment_name(r: Route) -> str:
    segs = [s for s in r.path.split("/") if s]
    if segs and not _VAR.match(segs[-1]):
        return identifier(segs[-1], fallback="call")
    if r.operation_id:
        return identifier(route_stem(r), fallback="call")
    fixed = [s for s in segs if not _VAR.match(s)]
    return identifier(f"{r.method.lower()}_{fixed[-1] if fixed else 'root'}", fallback="call")


def method_names(routes: Iterable[Route]) -> dict[tuple[str, str], str]:
    """Method name per route key, unique among ``routes`` (one resource's routes).

    The path's last segment (``get_account_health_status``); when several routes share it,
    each takes its operation id's stem (without the ``_api_v1_…_post`` tail), then the HTTP
    method as a suffix, then a number.
    """
    ordered = sorted(routes, key=lambda r: (r.path, METHOD_ORDER.index(r.method)))
    first = {r.key: _segment_name(r) for r in ordered}
    counts: dict[str, int] = {}
    for name in first.values():
        counts[name] = counts.get(name, 0) + 1
    used = {n for n, c in counts.items() if c == 1}
    out: dict[tuple[str, str], str] = {}
    for r in ordered:
        name = first[r.key]
        if counts[name] == 1:
            out[r.key] = name
            continue
        for cand in (
            identifier(route_stem(r), fallback="call") if r.operation_id else None,
            f"{name}_{r.method.lower()}",
        ):
            if cand and cand not in used:
                out[r.key] = unique(cand, used)
                break
        else:
            out[r.key] = unique(name, used)
    return out


def param_names(wire: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Keyword-parameter names for wire names, unique within one method signature."""
    used = set(taken)
    out = []
    for w in wire:
        name = identifier(w, fallback="param")
        out.append(unique(f"{name}_" if name in _BUILTINS else name, used))
    return out
