"""Live smoke tests of ``client.tiktok_creator``: one per route, against a real server.

Skipped unless ``TIKOMNI_BASE_URL`` and ``TIKOMNI_API_TOKEN`` are set. The arguments
are the documented examples: replace them with values your account can use. A test passes
when the server accepts the request and the client parses the response.
"""

from __future__ import annotations

import pytest
from tikomni_client import Client
from tikomni_client.models import Response

pytestmark = pytest.mark.live


def test_live_get_account_health_status(live_client: Client) -> None:
    """POST /api/u1/v1/tiktok/creator/get_account_health_status 获取创作者账号健康状态/Get Creator Account Health Status"""
    result = live_client.tiktok_creator.get_account_health_status(
        cookie="Your_Cookie_String",
        proxy="example-proxy",
    )
    assert isinstance(result, Response)


def test_live_get_account_insights_overview(live_client: Client) -> None:
    """POST /api/u1/v1/tiktok/creator/get_account_insights_overview 获取创作者账号概览/Get Creator Account Overview"""
    result = live_client.tiktok_creator.get_account_insights_overview(
        cookie="Your_Cookie_String",
        proxy="example-proxy",
        start_date="04-01-2025",
    )
    assert isinstance(result, Response)


def test_live_get_account_violation_list(live_client: Client) -> None:
    """POST /api/u1/v1/tiktok/creator/get_account_violation_list 获取创作者账号违规记录列表/Get Creator Account Violation Record List"""
    result = live_client.tiktok_creator.get_account_violation_list(
        cookie="Your_Cookie_String",
        proxy="example-proxy",
        page=1,
    )
    assert isinstance(result, Response)


def test_live_get_creator_account_info(live_client: Client) -> None:
    """POST /api/u1/v1/tiktok/creator/get_creator_account_info 获取创作者账号信息/Get Creator Account Info"""
    result = live_client.tiktok_creator.get_creator_account_info(
        cookie="Your_Cookie_String",
        proxy="example-proxy",
    )
    assert isinstance(result, Response)


def test_live_get_live_analytics_summary(live_client: Client) -> None:
    """POST /api/u1/v1/tiktok/creator/get_live_analytics_summary 获取创作者直播概览/Get Creator Live Overview"""
    result = live_client.tiktok_creator.get_live_analytics_summary(
        cookie="Your_Cookie_String",
        proxy="example-proxy",
        start_date="04-01-2025",
    )
    assert isinstance(result, Response)


def test_live_get_product_analytics_list(live_client: Client) -> None:
    """POST /api/u1/v1/tiktok/creator/get_product_analytics_list 获取创作者商品列表分析/Get Creator Product List Analytics"""
    result = live_client.tiktok_creator.get_product_analytics_list(
        cookie="Your_Cookie_String",
        proxy="example-proxy",
        start_date="2025-04-01",
        end_date="2025-05-01",
        page=0,
    )
    assert isinstance(result, Response)


def test_live_get_product_related_videos(live_client: Client) -> None:
    """POST /api/u1/v1/tiktok/creator/get_product_related_videos 获取同款商品关联视频/Get Product Related Videos"""
    result = live_client.tiktok_creator.get_product_related_videos(
        item_id="example-item_id",
        product_id="example-product_id",
        cookie="Your_Cookie_String",
        proxy="example-proxy",
        start_date="04-01-2025",
    )
    assert isinstance(result, Response)


def test_live_get_showcase_product_list(live_client: Client) -> None:
    """POST /api/u1/v1/tiktok/creator/get_showcase_product_list 获取橱窗商品列表/Get Showcase Product List"""
    result = live_client.tiktok_creator.get_showcase_product_list(
        cookie="Your_Cookie_String",
        proxy="example-proxy",
        count=20,
        offset=0,
    )
    assert isinstance(result, Response)


def test_live_get_video_analytics_summary(live_client: Client) -> None:
    """POST /api/u1/v1/tiktok/creator/get_video_analytics_summary 获取创作者视频概览/Get Creator Video Overview"""
    result = live_client.tiktok_creator.get_video_analytics_summary(
        cookie="Your_Cookie_String",
        proxy="example-proxy",
    )
    assert isinstance(result, Response)


def test_live_get_video_associated_product_list(live_client: Client) -> None:
    """POST /api/u1/v1/tiktok/creator/get_video_associated_product_list 获取视频关联商品列表/Get Video Associated Product List"""
    result = live_client.tiktok_creator.get_video_associated_product_list(
        item_ids=["example-item_ids"],
        cookie="Your_Cookie_String",
        proxy="example-proxy",
        start_date="04-01-2025",
    )
    assert isinstance(result, Response)


def test_live_get_video_audience_stats(live_client: Client) -> None:
    """POST /api/u1/v1/tiktok/creator/get_video_audience_stats 获取视频受众分析数据/Get Video Audience Analysis Data"""
    result = live_client.tiktok_creator.get_video_audience_stats(
        item_id="example-item_id",
        cookie="Your_Cookie_String",
        proxy="example-proxy",
        start_date="04-01-2025",
    )
    assert isinstance(result, Response)


def test_live_get_video_detailed_stats(live_client: Client) -> None:
    """POST /api/u1/v1/tiktok/creator/get_video_detailed_stats 获取视频详细分段统计数据/Get Video Detailed Statistics"""
    result = live_client.tiktok_creator.get_video_detailed_stats(
        item_id="example-item_id",
        cookie="Your_Cookie_String",
        proxy="example-proxy",
        start_date="04-01-2025",
    )
    assert isinstance(result, Response)


def test_live_get_video_list_analytics(live_client: Client) -> None:
    """POST /api/u1/v1/tiktok/creator/get_video_list_analytics 获取创作者视频列表分析/Get Creator Video List Analytics"""
    result = live_client.tiktok_creator.get_video_list_analytics(
        cookie="Your_Cookie_String",
        proxy="example-proxy",
        start_date="04-01-2025",
        page=0,
        rules="VIDEO_LIST_PUBLISH_TIME",
    )
    assert isinstance(result, Response)


def test_live_get_video_to_product_stats(live_client: Client) -> None:
    """POST /api/u1/v1/tiktok/creator/get_video_to_product_stats 获取视频与商品关联统计数据/Get Video-Product Association Statistics"""
    result = live_client.tiktok_creator.get_video_to_product_stats(
        item_id="example-item_id",
        product_id="example-product_id",
        cookie="Your_Cookie_String",
        proxy="example-proxy",
        start_date="04-01-2025",
    )
    assert isinstance(result, Response)
