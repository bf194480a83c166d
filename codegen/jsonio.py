"""Parsing JSON fast: orjson (several times faster on a 14 MB spec) with the json module's
exact meaning kept — where orjson refuses what json accepts (integers beyond 64 bits, NaN and
Infinity, lone surrogates) or reads differently (orjson turns integers beyond 64 bits into
floats: text with a run of 19 digits anywhere goes to the json module), the json module reads
it instead."""

from __future__ import annotations

import json
import re
from typing import Any

try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - orjson is a dependency; json still works
    _orjson = None  # type: ignore[assignment]


_LONG_DIGITS = re.compile(r"[0-9]{19}")
_LONG_DIGITS_B = re.compile(rb"[0-9]{19}")


def loads(data: str | bytes) -> Any:
    """``json.loads(data)``; raises ValueError on text that is not JSON."""
    long_digits = (
        _LONG_DIGITS.search(data) if isinstance(data, str) else _LONG_DIGITS_B.search(data)
    )
    if _orjson is not None and not long_digits:
        try:
            return _orjson.loads(data)
        except _orjson.JSONDecodeError:
            pass
    return json.loads(data)
