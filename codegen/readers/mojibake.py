"""Mojibake repair: UTF-8 text that was decoded with a legacy single-byte codec."""

from __future__ import annotations

import re

# Codecs that UTF-8 text is commonly mis-decoded as; ftfy covers latin-1/cp1252 and friends,
# Mac Roman is tried explicitly because ftfy does not consider it.
_EXTRA_CODECS = ("mac_roman",)


#: Characters mis-decoded UTF-8 is made of (Latin-1 supplement … IPA, box drawing / math):
#: text without any of them cannot hold mojibake. One regex search, not a loop per character.
_SUSPICIOUS = re.compile("[\u0080-\u02ff\u2200-\u25ff]")
_CJK = re.compile("[\u4e00-\u9fff]")


def _cjk_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CJK.findall(text)) / len(text)


def fix(text: str) -> str:
    """Return ``text`` with mojibake repaired; unchanged when nothing looks mis-decoded."""
    if not _suspicious(text):
        return text  # nothing mis-decoded can be in it (and _undo would find nothing either)
    import ftfy  # only here: its import costs as much as reading a small document

    fixed = ftfy.fix_encoding(text)
    for codec in _EXTRA_CODECS:
        candidate = _undo(fixed, codec)
        if candidate is not None and _better(candidate, fixed):
            fixed = candidate
    return fixed


def _suspicious(text: str) -> bool:
    return _SUSPICIOUS.search(text) is not None


def _undo(text: str, codec: str) -> str | None:
    """Re-encode line by line with ``codec`` and decode as UTF-8 where that round-trips."""
    if not _suspicious(text):
        return None
    out: list[str] = []
    changed = False
    for line in text.split("\n"):
        try:
            repaired = line.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            out.append(line)
            continue
        changed = changed or repaired != line
        out.append(repaired)
    return "\n".join(out) if changed else None


def _better(candidate: str, current: str) -> bool:
    return _cjk_share(candidate) > _cjk_share(current) or (
        len(candidate) < len(current) and _cjk_share(candidate) >= _cjk_share(current)
    )
