"""Splitting documentation text into its Chinese and English halves."""

from __future__ import annotations

import re
from functools import lru_cache

from codegen.model import Text

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_BLOCK = re.compile(r"^#\s*\[(中文|English|示例/Example|Example/示例|Example|示例)\]\s*$", re.M)
_EXAMPLE_KEYS = ("示例/Example", "Example/示例", "Example", "示例")


def has_cjk(s: str) -> bool:
    return bool(_CJK.search(s))


@lru_cache(maxsize=8192)  # field descriptions repeat across routes; Text is frozen
def split_inline(text: str) -> Text:
    """Split ``中文/English`` or ``English | 中文`` one-liners; other text stays whole."""
    text = text.strip()
    if not text or not has_cjk(text):
        return Text(text=text)
    for sep in (" | ", "|", " / ", "/"):
        if sep not in text:
            continue
        # try every separator position, prefer the one that cleanly separates CJK from ASCII
        parts = text.split(sep)
        for i in range(1, len(parts)):
            left, right = sep.join(parts[:i]).strip(), sep.join(parts[i:]).strip()
            if not left or not right:
                continue
            if has_cjk(left) and not has_cjk(right) and _mostly_latin(right):
                return Text(text=text, zh=left, en=right)
            if has_cjk(right) and not has_cjk(left) and _mostly_latin(left):
                return Text(text=text, zh=right, en=left)
    return Text(text=text)


def _mostly_latin(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) / len(letters) > 0.9


def split_blocks(text: str) -> Text:
    """Split notes written as ``# [中文] … # [English] …`` (an example block is kept in both)."""
    text = text.strip("\n")
    marks = list(_BLOCK.finditer(text))
    if not marks:
        return split_inline(text) if "\n" not in text else Text(text=text)
    parts: dict[str, str] = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        parts[m.group(1)] = text[m.end() : end].strip("\n")
    zh, en = parts.get("中文"), parts.get("English")
    ex = next((parts[k] for k in _EXAMPLE_KEYS if k in parts), None)
    if ex:
        tail = "\n\n" + ex.strip("\n")
        zh = zh + tail if zh is not None else None
        en = en + tail if en is not None else None
    return Text(text=text, zh=zh, en=en)
