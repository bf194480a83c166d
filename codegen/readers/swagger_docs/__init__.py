"""Reader for API docs written by swagger-codegen and openapi-generator (``docs/XxxApi.md``).

Python renderings are the main target (``# swagger_client.XxxApi``, ``# pkg.XxxApi``); the Java
and Go renderings share the method table and are read too. Model docs (``# Pet`` + ``##
Properties``) are recognised so that a folder of docs reads cleanly; their fields reach routes
through the API docs that link them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from codegen.model import Api, Diagnostic, ReadResult
from codegen.readers.swagger_docs.convert import Converter
from codegen.readers.swagger_docs.doc import scan
from codegen.readers.swagger_docs.models import ModelDocs, looks_like_model_doc

__all__ = ["read", "read_with_siblings", "sniff"]

_TABLE_ROW = re.compile(r"\[\*\*\w+\*\*\]\([^)]*\)\s*\|\s*\*\*[A-Za-z]+\*\*\s+/", re.M)
_TABLE_HEAD = re.compile(r"^\s*\|?\s*Method\s*\|\s*HTTP request\s*\|\s*Description", re.M)
_TITLE = re.compile(r"^#\s+\\?(?:[\w.]+\.)?\w*(?:Api|API)\s*$", re.M)
_OP_HEAD = re.compile(r"^#{1,2}\s+(?:\*\*\w+\*\*|\w+)\s*$\n+\s*>\s", re.M)
_OPENAPI_GENERATOR = re.compile(
    r"^### HTTP response details|Defining the host is optional|with \w+\.ApiClient\(", re.M
)


def sniff(text: str, path: str) -> int:
    """90 for a generated API doc, 60 for a generated model doc, 0 otherwise."""
    head = text[:20000]
    if _TABLE_HEAD.search(head) and _TABLE_ROW.search(head):
        score = 60
        if _TITLE.search(head[:2000]):
            score += 20
        if _OP_HEAD.search(text) or "### Return type" in text:
            score += 10
        return score
    if looks_like_model_doc(text):
        return 60
    return 0


def read(text: str, path: str) -> ReadResult:
    return read_with_siblings(text, path, {})


def read_with_siblings(text: str, path: str, siblings: Mapping[str, Any]) -> ReadResult:
    """Read one API doc; linked model docs come from ``siblings`` (path → Document) or disk.
    A reader bug becomes a diagnostic in :func:`codegen.readers.read_document`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    doc = scan(text)
    if not doc.table and not doc.ops and looks_like_model_doc(text):
        return ReadResult(
            api=Api(),
            diagnostics=(
                Diagnostic(
                    level="info",
                    file=path,
                    line=1,
                    code="model-doc",
                    message="model document: read through the API docs that link it",
                ),
            ),
        )
    diags: list[Diagnostic] = []
    object_is_any = not _OPENAPI_GENERATOR.search(text)
    texts = {p: getattr(d, "text", d) for p, d in siblings.items()}
    models = ModelDocs(
        path,
        {p: t for p, t in texts.items() if isinstance(t, str)},
        object_is_any=object_is_any,
        diags=diags,
    )
    return Converter(doc, path, models, diags, object_is_any, text).convert()
