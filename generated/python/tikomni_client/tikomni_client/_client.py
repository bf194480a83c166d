"""``Client`` and ``AsyncClient``: one attribute per resource, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._base import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .resources.douyin_creator_v2 import AsyncDouyinCreatorV2, DouyinCreatorV2
    from .resources.tiktok_analytics import AsyncTiktokAnalytics, TiktokAnalytics
    from .resources.tiktok_creator import AsyncTiktokCreator, TiktokCreator

__all__ = ["AsyncClient", "Client"]


class Client(SyncAPIClient):
    """Synchronous client for TikOmni API.

    Use as a context manager, or call ``close()`` when done.
    """

    @cached_property
    def douyin_creator_v2(self) -> DouyinCreatorV2:
        """抖音创作者V2数据接口(需要用户Cookie,可获取作品流量总览等数据)/Douyin-Creator-V2-API data endpoints (Requires user Cookie, can get item traffic overview data"""
        from .resources.douyin_creator_v2 import DouyinCreatorV2

        return DouyinCreatorV2(self)

    @cached_property
    def tiktok_analytics(self) -> TiktokAnalytics:
        """TikTok-Analytics-API routes."""
        from .resources.tiktok_analytics import TiktokAnalytics

        return TiktokAnalytics(self)

    @cached_property
    def tiktok_creator(self) -> TiktokCreator:
        """TikTok创作者数据和账号收益数据接口/TikTok-Creator-API data and account revenue data endpoints"""
        from .resources.tiktok_creator import TiktokCreator

        return TiktokCreator(self)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for TikOmni API.

    Use as an async context manager, or await ``close()`` when done.
    """

    @cached_property
    def douyin_creator_v2(self) -> AsyncDouyinCreatorV2:
        """抖音创作者V2数据接口(需要用户Cookie,可获取作品流量总览等数据)/Douyin-Creator-V2-API data endpoints (Requires user Cookie, can get item traffic overview data"""
        from .resources.douyin_creator_v2 import AsyncDouyinCreatorV2

        return AsyncDouyinCreatorV2(self)

    @cached_property
    def tiktok_analytics(self) -> AsyncTiktokAnalytics:
        """TikTok-Analytics-API routes."""
        from .resources.tiktok_analytics import AsyncTiktokAnalytics

        return AsyncTiktokAnalytics(self)

    @cached_property
    def tiktok_creator(self) -> AsyncTiktokCreator:
        """TikTok创作者数据和账号收益数据接口/TikTok-Creator-API data and account revenue data endpoints"""
        from .resources.tiktok_creator import AsyncTiktokCreator

        return AsyncTiktokCreator(self)
