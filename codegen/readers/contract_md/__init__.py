"""Reader for route-contract markdown ("Full Contract" documents, English or Chinese labels)."""

from __future__ import annotations

import re

from codegen.model import ReadResult
from codegen.readers.contract_md.parser import ContractParser

_ROUTE = re.compile(r"^#{2,4} `(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE) /", re.M)
_SECTION = re.compile(
    r"^#### (Parameters|Request Body|Success Response|参数|请求体|成功响应)\s*$", re.M
)


def sniff(text: str, path: str) -> int:
    """How sure we are that ``text`` is a contract document (0 = not at all)."""
    if not _ROUTE.search(text):
        return 0
    score = 50
    if _SECTION.search(text):
        score += 30
    if re.search(r"^- (operationId|Summary|摘要)\s*[:：]", text, re.M):
        score += 15
    return score


def read(text: str, path: str) -> ReadResult:
    return ContractParser(text, path).parse()
