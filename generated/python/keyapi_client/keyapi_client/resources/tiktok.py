"""TikTok 内容: TikTok 内容 routes."""

from __future__ import annotations

from .. import _base
from ..models import (
    GetResponse,
)

__all__ = ["AsyncTiktok", "Tiktok"]


class Tiktok:
    """TikTok 内容 routes."""

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client

    def analytics(
        self,
        *,
        video_ids: str,
    ) -> GetResponse:
        """视频详情分析

        ``GET /v1/tiktok/video/detail/analytics``

        获取一个或多个 TikTok 视频的综合分析数据，包括历史表现指标、关联商品和互动趋势。

        Args:
            video_ids: 支持批量传入 video_id，多个值用英文逗号分隔，最多 10 个。

        Returns:
            GetResponse: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "GET",
                "/v1/tiktok/video/detail/analytics",
                params={"video_ids": video_ids},
                required=("video_ids",),
            ),
            GetResponse,
        )


class AsyncTiktok:
    """TikTok 内容 routes."""

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client

    async def analytics(
        self,
        *,
        video_ids: str,
    ) -> GetResponse:
        """视频详情分析

        ``GET /v1/tiktok/video/detail/analytics``

        获取一个或多个 TikTok 视频的综合分析数据，包括历史表现指标、关联商品和互动趋势。

        Args:
            video_ids: 支持批量传入 video_id，多个值用英文逗号分隔，最多 10 个。

        Returns:
            GetResponse: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "GET",
                "/v1/tiktok/video/detail/analytics",
                params={"video_ids": video_ids},
                required=("video_ids",),
            ),
            GetResponse,
        )
