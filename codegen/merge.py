"""Several read documents of one API → one model.

Routes from different sources are the same route when their method+path match (after the
configured path-prefix map) or their normalised operation ids match. Duplicates within the
inputs become warnings naming both ``file:line``s; the first source (config order) wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from codegen.model import Api, Diagnostic, ReadResult, Route, SecurityScheme, Tag, Text

PrefixMap = Sequence[tuple[str, str]]


def map_path(path: str, prefix_map: PrefixMap) -> str:
    for old, new in prefix_map:
        if path.startswith(old):
            return new + path[len(old) :]
    return path


def normalise_op_id(op: str | None) -> str | None:
    if not op:
        return None
    return re.sub(r"_\d+$", "", op).replace("-", "_").lower()


def combine(
    results: Sequence[ReadResult],
    *,
    prefix_map: PrefixMap = (),
    title: str | None = None,
    version: str | None = None,
    servers: Sequence[str] | None = None,
    description: str | None = None,
) -> tuple[Api, list[Diagnostic]]:
    diags: list[Diagnostic] = []
    routes: dict[tuple[str, str], Route] = {}
    tags: dict[str, Tag] = {}
    schemes: dict[str, SecurityScheme] = {}
    security: list[str] = []
    found_servers: list[str] = []
    titles: list[str] = []
    for res in results:
        api = res.api
        if api.routes:
            titles.append(api.title)
        for t in api.tags:
            tags.setdefault(t.name, t)
        for s in api.security_schemes:
            schemes.setdefault(s.name, s)
        for name in api.security:
            if name not in security:
                security.append(name)
        for srv in api.servers:
            if srv not in found_servers:
                found_servers.append(srv)
        for r in api.routes:
            r2 = r.model_copy(update={"path": map_path(r.path, prefix_map)}) if prefix_map else r
            prev = routes.get(r2.key)
            if prev is not None:
                diags.append(
                    Diagnostic(
                        level="warning",
                        file=r.source.file if r.source else "",
                        line=r.source.line if r.source else 0,
                        code="duplicate-route",
                        message=f"{r2.method} {r2.path} is also documented at {prev.source}; "
                        "the first one is kept",
                    )
                )
                continue
            routes[r2.key] = r2
    merged = Api(
        title=title or (titles[0] if len(set(titles)) == 1 else "API"),
        version=version or "0.0.0",
        description=Text(text=description) if description else Text(),
        servers=tuple(servers) if servers else tuple(found_servers),
        security_schemes=tuple(schemes.values()),
        security=tuple(security),
        tags=tuple(tags.values()),
        routes=tuple(routes.values()),
    )
    return merged, diags
