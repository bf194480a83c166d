"""Data models of KeyAPI TikTok: request bodies, responses and the response envelope."""

from __future__ import annotations

from ._models import (
    Datum,
    GetResponse,
)

__all__ = [
    "Datum",
    "GetResponse",
]
