"""Reader for OpenAPI 3.0/3.1 and Swagger 2.0 documents, in JSON or YAML."""

from __future__ import annotations

import re

from codegen.model import Api, ReadResult
from codegen.readers.openapi_file.loader import LineOf, load
from codegen.readers.openapi_file.operations import api_from_openapi

__all__ = ["LineOf", "api_from_openapi", "read", "sniff"]

_YAML_VERSION = re.compile(r"^(?:openapi|swagger)\s*:", re.M)
_YAML_PATHS = re.compile(r"^paths\s*:", re.M)
_JSON_VERSION = re.compile(r'"(?:openapi|swagger)"\s*:')
_JSON_PATHS = re.compile(r'"paths"\s*:')
_FENCE = re.compile(r"^\s*(```|~~~)", re.M)


def sniff(text: str, path: str) -> int:
    """High when the top level has ``openapi:``/``swagger:`` and ``paths``; 0 for markdown."""
    head = text.lstrip("\ufeff \t\n")
    if head.startswith("{"):
        sample = text[:200_000]
        return 85 if _JSON_VERSION.search(sample) and _JSON_PATHS.search(text) else 0
    first = next((ln for ln in head.split("\n", 50) if ln.strip() and not ln.startswith("#")), "")
    if first.strip() != "---" and not re.match(r"^[\w$\"'-][^:]*:", first):
        return 0
    if first.startswith(("- ", "-\t")):  # a sequence item (a markdown bullet): not a mapping
        return 0
    if _FENCE.search(text):
        return 0
    if _YAML_VERSION.search(text) and _YAML_PATHS.search(text):
        return 80
    return 0


def read(text: str, path: str) -> ReadResult:
    # a reader bug becomes a diagnostic in codegen.readers.read_document, the one safety net
    loaded = load(text, path)
    if loaded.data is None:
        return ReadResult(api=Api(), diagnostics=tuple(loaded.diagnostics))
    result = api_from_openapi(loaded.data, path, loaded.line_of)
    if loaded.diagnostics:
        result = ReadResult(api=result.api, diagnostics=(*loaded.diagnostics, *result.diagnostics))
    return result
