"""Reader for Mintlify page exports: an embedded ````yaml <spec> METHOD /path```` OpenAPI block,
or ``openapi: 'spec.json METHOD /path'`` front matter resolved against a spec file."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from codegen.model import ReadResult
from codegen.readers.mintlify.reader import read_page

__all__ = ["read", "read_with_siblings", "sniff"]

_FENCE = re.compile(
    r"^ {0,3}(`{3,}|~{3,})\s*ya?ml(?:\s+\S+)?\s+(?:get|post|put|patch|delete|head|options|trace)"
    r"\s+/\S*\s*$",
    re.I | re.M,
)
_FRONT_OPENAPI = re.compile(r"\A---[ \t]*\n(?:(?!---).*\n)*?openapi\s*:", re.M)
_CONTRACT = re.compile(r"^#{2,4} `(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE) /", re.M)
_CONTRACT_SECTION = re.compile(r"^#### (?:Parameters|Request Body|参数|请求体)\s*$", re.M)
_GENERATOR_DOC = re.compile(r"^# [A-Za-z_][\w]*\.\w+Api\s*$", re.M)


def sniff(text: str, path: str) -> int:
    """High for a page with an OpenAPI yaml fence or ``openapi:`` front matter; 0 for contract
    markdown and swagger-codegen / openapi-generator API docs."""
    if _CONTRACT.search(text) and _CONTRACT_SECTION.search(text):
        return 0
    if _GENERATOR_DOC.search(text[:2000]):
        return 0
    if _FENCE.search(text):
        return 90
    if _FRONT_OPENAPI.match(text):
        return 85
    return 0


def read(text: str, path: str) -> ReadResult:
    return read_page(text, path, None)


def read_with_siblings(text: str, path: str, siblings: Mapping[str, Any]) -> ReadResult:
    """Like :func:`read`, resolving front-matter ``openapi:`` specs among the other inputs."""
    return read_page(text, path, siblings)
