"""Test modules written route by route (see :mod:`codegen.emit.python.chunks`).

A route's three tests (sync, async, live) are cached under a hash of the route's client
method inputs (:func:`codegen.emit.python.routes.route_key`), the component schemas its
operation reaches (the values are synthesised from them), the model classes its annotations
name, the server's base path and the auth header.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from jinja2 import Environment

from codegen.cache import digest
from codegen.emit.openapi import document
from codegen.emit.python import chunks
from codegen.emit.python import plan as client_plan
from codegen.emit.python import routes as client_routes
from codegen.emit.python.datamodels import Models
from codegen.emit.python.format import tops_of
from codegen.emit.tests import plan
from codegen.model import Api

KIND = "testroute"
_REF = re.compile(r'"\$ref": ?"#/components/schemas/((?:[^"\\]|\\.)*)"')


def _refs(dumped: str) -> set[str]:
    """The component schemas a JSON text refers to."""
    return {json.loads(f'"{name}"') for name in _REF.findall(dumped)}


class _Reach:
    """The component schemas a piece of the document reaches, and their hashes."""

    def __init__(self, doc: dict[str, Any]) -> None:
        schemas = (doc.get("components") or {}).get("schemas") or {}
        self.direct = {n: _refs(json.dumps(s, ensure_ascii=False)) for n, s in schemas.items()}
        self.hashes = client_routes.component_hashes(doc)

    def closure(self, dumped: str) -> list[str]:
        seen: set[str] = set()
        todo = [n for n in _refs(dumped) if n in self.direct]
        while todo:
            n = todo.pop()
            if n not in seen:
                seen.add(n)
                todo.extend(r for r in self.direct[n] if r in self.direct and r not in seen)
        return [f"{n}:{self.hashes[n]}" for n in sorted(seen)]


def _keys(api: Api, ctx: dict[str, Any], models: Models, prefix: str) -> list[list[str]]:
    from codegen.cache import scope

    doc = document(api)
    resources: list[client_plan.Resource] = ctx["resources"]
    py_keys = client_routes.keys(api, resources, models)
    ops = client_routes.op_dumps(doc)
    reach = scope.memo(("tests-reach",), doc, lambda: _Reach(doc))
    known = models.known()
    salt = digest(chunks.templates_salt(), KIND, prefix, ctx["auth_header"])
    out = []
    for res, res_keys in zip(resources, py_keys, strict=True):
        row = []
        for i, py_key in enumerate(res_keys):
            r, _ = res.routes[i]
            tokens = client_routes.tokens_of(resources, py_key)
            if tokens is None:
                tokens = sorted(client_plan.method_tokens([res.method_at(i)]))
            parts = [res.attr, py_key, *sorted(set(tokens) & known)]
            row.append(digest(salt, *parts, *reach.closure(ops.get(r.key, "{}"))))
        out.append(row)
    return out


def modules(env: Environment, api: Api, ctx: dict[str, Any], models: Models) -> dict[str, str]:
    """Every file of the test suite (built-in templates), formatted."""
    from codegen.cache import scope

    doc = document(api)
    resources: list[client_plan.Resource] = ctx["resources"]
    prefix = plan.base_path(ctx["base_url"])
    known = models.known()
    stem = ctx["stem"]
    package = ctx["package"]
    all_keys = _keys(api, ctx, models, prefix) if scope.active() is not None else None
    memos = [chunks.RouteMemo(KIND, f"{package}/{stem}/{res.attr}") for res in resources]
    found: list[list[tuple[list[str], Any] | None]] = []
    todo: list[tuple[int, int, plan.Case]] = []
    for ri, res in enumerate(resources):
        row = [
            memos[ri].get(all_keys[ri][i]) if all_keys is not None else None
            for i in range(len(res.routes))
        ]
        for i, hit in enumerate(row):
            if hit is None or not _valid(hit):
                row[i] = None
                c = plan.case(res.attr, res.method_at(i), doc, models, prefix, ctx["auth_header"])
                todo.append((ri, i, c))
        found.append(row)
    names = [
        "conftest.py",
        f"{ctx['mock_module']}.py",
        "ruff.toml",
        *([f"test_{stem}_errors.py"] if any(res.routes for res in resources) else []),
        *(f"test_{stem}_{res.attr}.py" for res in resources if res.routes),
        *(f"test_{stem}_live_{res.attr}.py" for res in resources if res.routes),
    ]
    tops = tops_of(names)
    if todo:
        macros: Any = env.get_template("tests/_macros.jinja").module
        raw = [
            (0, str(fn(c)))
            for _, _, c in todo
            for fn in (macros.sync_test, macros.async_test, macros.live_test)
        ]
        waiting = chunks.start_chunks(raw)
        # the names each route's tests use, while the formatter runs (the same before)
        names_of = [
            (
                chunks.used_names(raw[3 * n][1] + raw[3 * n + 1][1]),
                chunks.used_names(raw[3 * n + 2][1]),
            )
            for n in range(len(todo))
        ]
        done = waiting()
        for n, (ri, i, c) in enumerate(todo):
            texts = done[3 * n : 3 * n + 3]
            data = {
                "n": sorted(c.names(known)),
                "r": c.response,
                "u": names_of[n][0],
                "lu": names_of[n][1],
            }
            found[ri][i] = (texts, data)
            if all_keys is not None:
                memos[ri].put(all_keys[ri][i], texts, data)
    rows: list[list[tuple[list[str], Any]]] = [[h for h in row if h is not None] for row in found]
    sample = _sample(resources, rows, doc, models, prefix, ctx["auth_header"])
    base = {
        **ctx,
        "sample": sample,
        "sample_imports": sorted(sample.names(known)) if sample else [],
    }
    small = {
        "conftest.py": env.get_template("tests/conftest.py.jinja").render(**base),
        f"{ctx['mock_module']}.py": env.get_template("tests/mock.py.jinja").render(**base),
        "ruff.toml": env.get_template("tests/ruff.toml.jinja").render(**base),
    }
    if sample is not None:
        errors = env.get_template("tests/test_errors.py.jinja")
        small[f"test_{stem}_errors.py"] = errors.render(**base)
    skeletons: dict[str, chunks.Skeleton] = {}
    bodies: dict[str, str] = {}
    for res, done_row in zip(resources, rows, strict=True):
        if not done_row:
            continue
        sub = {
            **base,
            "resource": res.attr,
            "resource_cases": [],
            "resource_imports": sorted(set().union(*(data["n"] for _, data in done_row))),
        }
        reads = [sub[k] for k in ("resource", "resource_imports", "package", "mock_module")]
        reads += [sub["base_url_env"], sub["live_token_env"]]
        for rel, template, parts, used in (
            (f"test_{stem}_{res.attr}.py", "tests/test_resource.py.jinja", (0, 1), "u"),
            (f"test_{stem}_live_{res.attr}.py", "tests/test_live.py.jinja", (2,), "lu"),
        ):
            names_used: set[str] = set().union(*(data[used] for _, data in done_row))
            skeletons[rel] = chunks.Skeleton(reads, _renderer(env, template, sub), names_used)
            bodies[rel] = "".join("\n\n" + texts[p] for texts, _ in done_row for p in parts)
    out = chunks.format_with_skeletons(small, skeletons, tops)
    for rel, body in bodies.items():
        out[rel] += body
    for memo in memos:
        memo.save()
    return out


def _renderer(env: Environment, template: str, ctx: dict[str, Any]) -> Callable[[], str]:
    return lambda: env.get_template(template).render(**ctx)


def _sample(
    resources: list[client_plan.Resource],
    entries: list[list[tuple[list[str], Any]]],
    doc: dict[str, Any],
    models: Models,
    prefix: str,
    auth_header: str,
) -> plan.Case | None:
    """The case the error and retry tests call: the first that returns a parsed model."""
    spots = [(ri, i) for ri, row in enumerate(entries) for i in range(len(row))]
    if not spots:
        return None
    ri, i = next(((ri, i) for ri, i in spots if entries[ri][i][1]["r"] == "model"), spots[0])
    res = resources[ri]
    return plan.case(res.attr, res.method_at(i), doc, models, prefix, auth_header)


def _valid(hit: tuple[list[str], Any]) -> bool:
    texts, data = hit
    return (
        len(texts) == 3
        and isinstance(data, dict)
        and isinstance(data.get("r"), str)
        and all(isinstance(data.get(k), list) for k in ("n", "u", "lu"))
    )
