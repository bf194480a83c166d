"""The Jinja environment for the site: the shared template loader, with HTML autoescaping.

Templates ending in ``.html.jinja`` are autoescaped, so doc text is always escaped. Markdown
from the docs goes through :func:`markdown`, which renders CommonMark (plus tables) with raw
HTML disabled and unsafe link schemes (``javascript:`` …) refused by markdown-it's link check.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from jinja2 import Environment
from markdown_it import MarkdownIt
from markupsafe import Markup

from codegen.emit import environment as base_environment


@cache
def _md() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def markdown(text: str | None) -> Markup:
    """Doc text (markdown) as safe HTML: raw HTML in the text is shown, never interpreted."""
    if not text:
        return Markup("")
    return Markup(_md().render(str(text)))  # markdown-it escapes: html=False


def json_script(value: Any) -> Markup:
    """JSON for the inside of ``<script type="application/json">`` (cannot close the tag)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(ch, esc)
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)  # no <, > or & remain


def _autoescape(name: str | None) -> bool:
    return bool(name) and str(name).endswith((".html.jinja", ".html"))


def environment(template_dirs: list[str] | None = None) -> Environment:
    """User template folders layered over the built-in ``templates/`` (see docs/templates.md)."""
    env = base_environment(template_dirs)
    env.autoescape = _autoescape
    env.filters.update(markdown=markdown, json_script=json_script)
    return env
