"""The parts of a Mintlify page export that matter: front matter, title, lead, OpenAPI fences.

Only block rules of markdown-it-py run (fence, heading, blockquote, paragraph), so JSX/HTML noise
is just paragraphs we never look at, and every block token carries its line span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import yaml
from markdown_it import MarkdownIt

METHOD_WORDS = "get|post|put|patch|delete|head|options|trace"
#: ```` ```yaml <spec-name> <METHOD> <path> ```` (the spec name is optional).
FENCE_INFO = re.compile(
    rf"^ya?ml(?:\s+(?P<spec>\S+?))?\s+(?P<method>{METHOD_WORDS})\s+(?P<path>/\S*)\s*$", re.I
)
#: ``openapi: 'spec.json METHOD /path'`` or ``openapi: METHOD /path`` in front matter.
OPENAPI_REF = re.compile(
    rf"^\s*(?:(?P<spec>\S+)\s+)?(?P<method>{METHOD_WORDS})\s+(?P<path>/\S*)\s*$", re.I
)
_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_INDEX_NOTE = re.compile(r"documentation index|llms\.txt|^source:", re.I | re.M)


@dataclass(frozen=True)
class Fence:
    """An embedded OpenAPI block: its header and its body's first line in the page (1-based)."""

    spec: str | None
    method: str
    path: str
    body: str
    first_line: int


@dataclass
class Page:
    front: dict[str, Any] = field(default_factory=dict)
    front_line: int = 0
    front_error: tuple[int, str] | None = None
    title: str = ""
    lead: str = ""
    fences: list[Fence] = field(default_factory=list)


@lru_cache(maxsize=1)
def _md() -> MarkdownIt:
    md = MarkdownIt("zero").enable(["heading", "blockquote", "fence"])
    md.disable("inline")
    return md


def parse_page(text: str) -> Page:
    page = Page()
    body, offset = text, 0
    m = _FRONT.match(text)
    if m:
        offset = text[: m.end()].count("\n")
        body = text[m.end() :]
        page.front_line = 2
        try:
            front = yaml.safe_load(m.group(1))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            page.front_error = ((mark.line + 2) if mark is not None else 1, str(exc).split("\n")[0])
            front = None
        if isinstance(front, dict):
            page.front = {str(k): v for k, v in front.items()}
    tokens = _md().parse(body)
    after_title = False
    quote: list[str] = []
    for i, tok in enumerate(tokens):
        if tok.type == "fence" and tok.map is not None:
            info = FENCE_INFO.match(tok.info.strip())
            if info:
                page.fences.append(
                    Fence(
                        info["spec"],
                        info["method"].upper(),
                        info["path"],
                        tok.content,
                        tok.map[0] + 2 + offset,
                    )
                )
        elif tok.type == "heading_open" and tok.tag == "h1" and not page.title:
            page.title = tokens[i + 1].content.strip()
            after_title = True
            continue
        elif tok.type == "blockquote_open" and after_title and not page.lead and tok.map:
            lines = body.split("\n")[tok.map[0] : tok.map[1]]
            quote = [re.sub(r"^\s*>\s?", "", ln) for ln in lines]
            lead = "\n".join(quote).strip()
            if not _INDEX_NOTE.search(lead):
                page.lead = lead
        if tok.type in ("paragraph_open", "heading_open", "fence") and tok.level == 0:
            after_title = False
    return page
