"""Reading a set of documents into one API model: expand → load → read → merge."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from codegen.merge import PrefixMap, combine
from codegen.model import Api, Diagnostic, ReadResult
from codegen.readers import Document, expand_paths, load_document, read_document


@dataclass
class Loaded:
    api: Api
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.level == "error"]


def read_all(paths: Sequence[str]) -> tuple[list[ReadResult], list[Diagnostic]]:
    files, diags = expand_paths(paths)
    docs: dict[str, Document] = {}
    for f in files:
        doc, more = load_document(f)
        diags.extend(more)
        if doc is not None:
            docs[f] = doc
    results: list[ReadResult] = []
    for f in files:
        if f in docs:
            res = read_document(docs[f], docs)
            results.append(res)
            diags.extend(res.diagnostics)
    return results, diags


def load_api(
    paths: Sequence[str],
    *,
    prefix_map: PrefixMap = (),
    title: str | None = None,
    version: str | None = None,
    servers: Sequence[str] | None = None,
    description: str | None = None,
    precedence: Sequence[str] = (),
) -> Loaded:
    results, diags = read_all(paths)
    api, more = combine(
        results,
        prefix_map=prefix_map,
        title=title,
        version=version,
        servers=servers,
        description=description,
        precedence=precedence,
    )
    diags.extend(more)
    return Loaded(api, sort_diagnostics(diags))


def sort_diagnostics(diags: list[Diagnostic]) -> list[Diagnostic]:
    seen: set[tuple[str, int, str, str]] = set()
    out = []
    for d in sorted(diags, key=lambda d: (d.file, d.line, d.code, d.message)):
        k = (d.file, d.line, d.code, d.message)
        if k not in seen:
            seen.add(k)
            out.append(d)
    return out
