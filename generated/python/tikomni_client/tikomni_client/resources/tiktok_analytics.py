"""TikTok-Analytics-API: TikTok-Analytics-API routes."""

from __future__ import annotations

from typing import Any

from .. import _base

__all__ = ["AsyncTiktokAnalytics", "TiktokAnalytics"]


class TiktokAnalytics:
    """TikTok-Analytics-API routes."""

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client

    def detect_fake_views(
        self,
        *,
        item_id: str,
        content_category: str | None = None,
    ) -> Any:
        """检测视频虚假流量分析/Detect fake views in video

        ``GET /api/u1/v1/tiktok/analytics/detect_fake_views``

        Purpose: - Analyze TikTok video traffic data using advanced algorithms to precisely
        detect potential fake views and unnatural engagement - Evaluate content authenticity and
        traffic quality based on TikTok's Traffic Pool theory - Provide comprehensive fraud risk
        analysis with in-depth assessment across 8 dimensions and 20+ metrics - Deliver
        professional traffic quality reports and optimization recommendations for creators, MCN
        agencies, and content managers  Parameters: - item_id: Video ID, required parameter, can
        be extracted from video URL (e.g., 7460937381265411370 from …

        Args:
            item_id: 作品id/Video id
            content_category: 内容分类/Content category, options: default, entertainment,
                education, product, verified_large

        Returns:
            Any: the decoded JSON, or the raw bytes when the server sends another type.
        """
        return self._client.request_json(
            _base.RequestSpec(
                "GET",
                "/api/u1/v1/tiktok/analytics/detect_fake_views",
                params={"item_id": item_id, "content_category": content_category},
                required=("item_id",),
            ),
        )

    def fetch_comment_keywords(
        self,
        *,
        item_id: str,
    ) -> Any:
        """获取视频评论关键词分析/Get comment keywords analysis

        ``GET /api/u1/v1/tiktok/analytics/fetch_comment_keywords``

        Purpose: - Analyze popular keywords and topics in video comments to uncover user
        feedback - Extract main content and opinions from audience comments to understand viewer
        focus points - Support creators in optimizing content strategy and enhancing audience
        engagement and connection  Parameters: - item_id: Video ID, required parameter, can be
        obtained from video sharing links or TikTok Studio  Return Description: - item_id: The
        requested video ID - key_words: List of keywords extracted from comments, including:   -
        key_word: Keyword text   - comments: List of comments containing this keyword, …

        Args:
            item_id: 作品id/Video id

        Returns:
            Any: the decoded JSON, or the raw bytes when the server sends another type.
        """
        return self._client.request_json(
            _base.RequestSpec(
                "GET",
                "/api/u1/v1/tiktok/analytics/fetch_comment_keywords",
                params={"item_id": item_id},
                required=("item_id",),
            ),
        )

    def fetch_creator_info_and_milestones(
        self,
        *,
        user_id: str,
    ) -> Any:
        """获取创作者信息和里程碑数据/Get creator info and milestones

        ``GET /api/u1/v1/tiktok/analytics/fetch_creator_info_and_milestones``

        Purpose: - Retrieve basic information and key metrics for TikTok creator accounts - View
        creator growth journey and important achieved milestones - Analyze creator account
        development trajectory, understand follower growth and content influence changes
        Parameters: - user_id: Creator user ID, required parameter, can be obtained from user
        profile URL or TikTok backend  Return Description: - user_id: The requested creator ID -
        creator_info: The creator's basic information   - nickname: Creator's display name   -
        sec_user_id: Security user ID   - unique_id: Unique username   - avatar_url: …

        Args:
            user_id: 用户id/User id

        Returns:
            Any: the decoded JSON, or the raw bytes when the server sends another type.
        """
        return self._client.request_json(
            _base.RequestSpec(
                "GET",
                "/api/u1/v1/tiktok/analytics/fetch_creator_info_and_milestones",
                params={"user_id": user_id},
                required=("user_id",),
            ),
        )

    def fetch_video_metrics(
        self,
        *,
        item_id: str,
    ) -> Any:
        """获取作品的统计数据/Get video metrics

        ``GET /api/u1/v1/tiktok/analytics/fetch_video_metrics``

        Purpose: - Retrieve detailed analytics data for TikTok videos, including views, likes,
        comments, and favorites - Provide total statistics and daily trends for 14 days since
        the release date, facilitating video performance analysis - Help creators analyze
        content effectiveness, evaluate user engagement, and optimize content strategy
        Parameters: - item_id: Video ID, required parameter, can be obtained from video sharing
        links or TikTok Studio  Return Description: - item_id: The requested video ID -
        video_views: Total number of video views   - value: View count value -
        video_views_14_days: …

        Args:
            item_id: 作品id/Video id

        Returns:
            Any: the decoded JSON, or the raw bytes when the server sends another type.
        """
        return self._client.request_json(
            _base.RequestSpec(
                "GET",
                "/api/u1/v1/tiktok/analytics/fetch_video_metrics",
                params={"item_id": item_id},
                required=("item_id",),
            ),
        )


class AsyncTiktokAnalytics:
    """TikTok-Analytics-API routes."""

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client

    async def detect_fake_views(
        self,
        *,
        item_id: str,
        content_category: str | None = None,
    ) -> Any:
        """检测视频虚假流量分析/Detect fake views in video

        ``GET /api/u1/v1/tiktok/analytics/detect_fake_views``

        Purpose: - Analyze TikTok video traffic data using advanced algorithms to precisely
        detect potential fake views and unnatural engagement - Evaluate content authenticity and
        traffic quality based on TikTok's Traffic Pool theory - Provide comprehensive fraud risk
        analysis with in-depth assessment across 8 dimensions and 20+ metrics - Deliver
        professional traffic quality reports and optimization recommendations for creators, MCN
        agencies, and content managers  Parameters: - item_id: Video ID, required parameter, can
        be extracted from video URL (e.g., 7460937381265411370 from …

        Args:
            item_id: 作品id/Video id
            content_category: 内容分类/Content category, options: default, entertainment,
                education, product, verified_large

        Returns:
            Any: the decoded JSON, or the raw bytes when the server sends another type.
        """
        return await self._client.request_json(
            _base.RequestSpec(
                "GET",
                "/api/u1/v1/tiktok/analytics/detect_fake_views",
                params={"item_id": item_id, "content_category": content_category},
                required=("item_id",),
            ),
        )

    async def fetch_comment_keywords(
        self,
        *,
        item_id: str,
    ) -> Any:
        """获取视频评论关键词分析/Get comment keywords analysis

        ``GET /api/u1/v1/tiktok/analytics/fetch_comment_keywords``

        Purpose: - Analyze popular keywords and topics in video comments to uncover user
        feedback - Extract main content and opinions from audience comments to understand viewer
        focus points - Support creators in optimizing content strategy and enhancing audience
        engagement and connection  Parameters: - item_id: Video ID, required parameter, can be
        obtained from video sharing links or TikTok Studio  Return Description: - item_id: The
        requested video ID - key_words: List of keywords extracted from comments, including:   -
        key_word: Keyword text   - comments: List of comments containing this keyword, …

        Args:
            item_id: 作品id/Video id

        Returns:
            Any: the decoded JSON, or the raw bytes when the server sends another type.
        """
        return await self._client.request_json(
            _base.RequestSpec(
                "GET",
                "/api/u1/v1/tiktok/analytics/fetch_comment_keywords",
                params={"item_id": item_id},
                required=("item_id",),
            ),
        )

    async def fetch_creator_info_and_milestones(
        self,
        *,
        user_id: str,
    ) -> Any:
        """获取创作者信息和里程碑数据/Get creator info and milestones

        ``GET /api/u1/v1/tiktok/analytics/fetch_creator_info_and_milestones``

        Purpose: - Retrieve basic information and key metrics for TikTok creator accounts - View
        creator growth journey and important achieved milestones - Analyze creator account
        development trajectory, understand follower growth and content influence changes
        Parameters: - user_id: Creator user ID, required parameter, can be obtained from user
        profile URL or TikTok backend  Return Description: - user_id: The requested creator ID -
        creator_info: The creator's basic information   - nickname: Creator's display name   -
        sec_user_id: Security user ID   - unique_id: Unique username   - avatar_url: …

        Args:
            user_id: 用户id/User id

        Returns:
            Any: the decoded JSON, or the raw bytes when the server sends another type.
        """
        return await self._client.request_json(
            _base.RequestSpec(
                "GET",
                "/api/u1/v1/tiktok/analytics/fetch_creator_info_and_milestones",
                params={"user_id": user_id},
                required=("user_id",),
            ),
        )

    async def fetch_video_metrics(
        self,
        *,
        item_id: str,
    ) -> Any:
        """获取作品的统计数据/Get video metrics

        ``GET /api/u1/v1/tiktok/analytics/fetch_video_metrics``

        Purpose: - Retrieve detailed analytics data for TikTok videos, including views, likes,
        comments, and favorites - Provide total statistics and daily trends for 14 days since
        the release date, facilitating video performance analysis - Help creators analyze
        content effectiveness, evaluate user engagement, and optimize content strategy
        Parameters: - item_id: Video ID, required parameter, can be obtained from video sharing
        links or TikTok Studio  Return Description: - item_id: The requested video ID -
        video_views: Total number of video views   - value: View count value -
        video_views_14_days: …

        Args:
            item_id: 作品id/Video id

        Returns:
            Any: the decoded JSON, or the raw bytes when the server sends another type.
        """
        return await self._client.request_json(
            _base.RequestSpec(
                "GET",
                "/api/u1/v1/tiktok/analytics/fetch_video_metrics",
                params={"item_id": item_id},
                required=("item_id",),
            ),
        )
