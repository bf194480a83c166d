"""``Client`` and ``AsyncClient``: one attribute per resource, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._base import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .resources.tiktok import AsyncTiktok, Tiktok

__all__ = ["AsyncClient", "Client"]


class Client(SyncAPIClient):
    """Synchronous client for KeyAPI TikTok.

    Use as a context manager, or call ``close()`` when done.
    """

    @cached_property
    def tiktok(self) -> Tiktok:
        """TikTok 内容 routes."""
        from .resources.tiktok import Tiktok

        return Tiktok(self)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for KeyAPI TikTok.

    Use as an async context manager, or await ``close()`` when done.
    """

    @cached_property
    def tiktok(self) -> AsyncTiktok:
        """TikTok 内容 routes."""
        from .resources.tiktok import AsyncTiktok

        return AsyncTiktok(self)
