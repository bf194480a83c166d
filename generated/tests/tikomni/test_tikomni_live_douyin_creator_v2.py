"""Live smoke tests of ``client.douyin_creator_v2``: one per route, against a real server.

Skipped unless ``TIKOMNI_BASE_URL`` and ``TIKOMNI_API_TOKEN`` are set. The arguments
are the documented examples: replace them with values your account can use. A test passes
when the server accepts the request and the client parses the response.
"""

from __future__ import annotations

import pytest
from tikomni_client import Client
from tikomni_client.models import Response

pytestmark = pytest.mark.live


def test_live_fetch_author_diagnosis(live_client: Client) -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_author_diagnosis 获取创作者账号诊断/Fetch author diagnosis"""
    result = live_client.douyin_creator_v2.fetch_author_diagnosis(
        cookie="Your_Cookie_Here",
    )
    assert isinstance(result, Response)


def test_live_fetch_item_analysis_involved_vertical(live_client: Client) -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_analysis_involved_vertical 获取作品垂类标签/Fetch item analysis involved vertical"""
    result = live_client.douyin_creator_v2.fetch_item_analysis_involved_vertical(
        cookie="Your_Cookie_Here",
        start_date="20250713",
        end_date="20251011",
    )
    assert isinstance(result, Response)


def test_live_fetch_item_analysis_item_performance(live_client: Client) -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_analysis_item_performance 获取投稿表现数据/Fetch item analysis item performance"""
    result = live_client.douyin_creator_v2.fetch_item_analysis_item_performance(
        cookie="Your_Cookie_Here",
        start_date="20250713",
        end_date="20251011",
        primary_verticals=["动物"],
        genres=[2, 3, 4, 5, 8],
        metric_type=1,
    )
    assert isinstance(result, Response)


def test_live_fetch_item_analysis_overview(live_client: Client) -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_analysis_overview 获取投稿分析概览/Fetch item analysis overview"""
    result = live_client.douyin_creator_v2.fetch_item_analysis_overview(
        cookie="Your_Cookie_Here",
        start_date="20250713",
        end_date="20251011",
        primary_verticals=["动物"],
        genres=[1, 2, 3, 4, 5, 8],
    )
    assert isinstance(result, Response)


def test_live_fetch_item_audience_others(live_client: Client) -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_audience_others 获取作品观众其他数据分析/Fetch item audience others analysis"""
    result = live_client.douyin_creator_v2.fetch_item_audience_others(
        cookie="Your_Cookie_Here",
        item_id="7559536212910853422",
    )
    assert isinstance(result, Response)


def test_live_fetch_item_audience_portrait(live_client: Client) -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_audience_portrait 获取作品观众数据分析/Fetch item audience portrait"""
    result = live_client.douyin_creator_v2.fetch_item_audience_portrait(
        cookie="Your_Cookie_Here",
        item_id="7559536212910853422",
    )
    assert isinstance(result, Response)


def test_live_fetch_item_danmaku_analysis(live_client: Client) -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_danmaku_analysis 获取作品弹幕分析/Fetch item bullet analysis"""
    result = live_client.douyin_creator_v2.fetch_item_danmaku_analysis(
        cookie="Your_Cookie_Here",
        item_id="7559536212910853422",
    )
    assert isinstance(result, Response)


def test_live_fetch_item_list(live_client: Client) -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_list 获取投稿作品列表/Fetch item list"""
    result = live_client.douyin_creator_v2.fetch_item_list(
        cookie="Your_Cookie_Here",
        start_time=1758988800000,
        end_time=1760198399000,
        count=10,
        order_by=1,
        fields="metrics,review,visibility",
        need_cooperation=True,
        need_long_article=True,
        cursor=1,
    )
    assert isinstance(result, Response)


def test_live_fetch_item_list_download(live_client: Client) -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_list_download 导出投稿作品列表/Download item list"""
    live_client.douyin_creator_v2.fetch_item_list_download(
        cookie="Your_Cookie_Here",
        min_cursor=1752336000000,
        max_cursor=1760198399000,
        type_filters=[2, 3, 4, 5, 1, 8],
        need_long_article=True,
    )


def test_live_fetch_item_overview_data(live_client: Client) -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_overview_data 获取作品总览数据/Fetch item overview data"""
    result = live_client.douyin_creator_v2.fetch_item_overview_data(
        cookie="Your_Cookie_Here",
        ids="7559536212910853422,7559536212910853423",
        fields="example-fields",
    )
    assert isinstance(result, Response)


def test_live_fetch_item_play_source(live_client: Client) -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_play_source 获取作品流量来源统计/Fetch item play source statistics"""
    result = live_client.douyin_creator_v2.fetch_item_play_source(
        cookie="Your_Cookie_Here",
        item_id="7559536212910853422",
    )
    assert isinstance(result, Response)


def test_live_fetch_item_search_keyword(live_client: Client) -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_search_keyword 获取作品搜索关键词统计/Fetch item search keywords statistics"""
    result = live_client.douyin_creator_v2.fetch_item_search_keyword(
        cookie="Your_Cookie_Here",
        item_id="7559536212910853422",
    )
    assert isinstance(result, Response)


def test_live_fetch_item_watch_trend(live_client: Client) -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_watch_trend 获取作品观看趋势分析/Fetch item watch trend analysis"""
    result = live_client.douyin_creator_v2.fetch_item_watch_trend(
        cookie="Your_Cookie_Here",
        item_id="7559536212910853422",
        analysis_type=1,
    )
    assert isinstance(result, Response)


def test_live_fetch_live_room_history_list(live_client: Client) -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_live_room_history_list 获取直播场次历史记录/Fetch live room history list"""
    result = live_client.douyin_creator_v2.fetch_live_room_history_list(
        cookie="Your_Cookie_Here",
        start_date="2025-09-11",
        end_date="2025-10-11",
        limit=400,
        need_living=1,
        download=0,
    )
    assert isinstance(result, Response)
