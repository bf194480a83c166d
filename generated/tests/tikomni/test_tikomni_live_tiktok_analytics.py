"""Live smoke tests of ``client.tiktok_analytics``: one per route, against a real server.

Skipped unless ``TIKOMNI_BASE_URL`` and ``TIKOMNI_API_TOKEN`` are set. The arguments
are the documented examples: replace them with values your account can use. A test passes
when the server accepts the request and the client parses the response.
"""

from __future__ import annotations

import pytest
from tikomni_client import Client

pytestmark = pytest.mark.live


def test_live_detect_fake_views(live_client: Client) -> None:
    """GET /api/u1/v1/tiktok/analytics/detect_fake_views 检测视频虚假流量分析/Detect fake views in video"""
    live_client.tiktok_analytics.detect_fake_views(
        item_id="example-item_id",
        content_category="example-content_category",
    )


def test_live_fetch_comment_keywords(live_client: Client) -> None:
    """GET /api/u1/v1/tiktok/analytics/fetch_comment_keywords 获取视频评论关键词分析/Get comment keywords analysis"""
    live_client.tiktok_analytics.fetch_comment_keywords(
        item_id="example-item_id",
    )


def test_live_fetch_creator_info_and_milestones(live_client: Client) -> None:
    """GET /api/u1/v1/tiktok/analytics/fetch_creator_info_and_milestones 获取创作者信息和里程碑数据/Get creator info and milestones"""
    live_client.tiktok_analytics.fetch_creator_info_and_milestones(
        user_id="example-user_id",
    )


def test_live_fetch_video_metrics(live_client: Client) -> None:
    """GET /api/u1/v1/tiktok/analytics/fetch_video_metrics 获取作品的统计数据/Get video metrics"""
    live_client.tiktok_analytics.fetch_video_metrics(
        item_id="example-item_id",
    )
