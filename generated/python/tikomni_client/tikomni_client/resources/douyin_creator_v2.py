"""Douyin-Creator-V2-API: 抖音创作者V2数据接口(需要用户Cookie,可获取作品流量总览等数据)/Douyin-Creator-V2-API data endpoints (Requires user Cookie, can get item traffic overview data"""

from __future__ import annotations

from typing import Any

from .. import _base
from ..models import (
    FetchAuthorDiagnosisRequest,
    FetchItemAnalysisInvolvedVerticalRequest,
    FetchItemAnalysisItemPerformanceRequest,
    FetchItemAnalysisOverviewRequest,
    FetchItemAudienceOthersRequest,
    FetchItemAudiencePortraitRequest,
    FetchItemDanmakuAnalysisRequest,
    FetchItemListDownloadRequest,
    FetchItemListRequest,
    FetchItemOverviewDataRequest,
    FetchItemPlaySourceRequest,
    FetchItemSearchKeywordRequest,
    FetchItemWatchTrendRequest,
    FetchLiveRoomHistoryListRequest,
    Response,
)

__all__ = ["AsyncDouyinCreatorV2", "DouyinCreatorV2"]


class DouyinCreatorV2:
    """抖音创作者V2数据接口(需要用户Cookie,可获取作品流量总览等数据)/Douyin-Creator-V2-API data endpoints (Requires user Cookie, can get item traffic overview data"""

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client

    def fetch_author_diagnosis(
        self,
        *,
        cookie: str,
    ) -> Response[Any]:
        """获取创作者账号诊断/Fetch author diagnosis

        ``POST /api/u1/v1/douyin/creator_v2/fetch_author_diagnosis``

        Purpose:
        - Get Douyin creator account diagnosis data and optimization suggestions
        - Automatically analyze account performance for the past 7 days
        - Provide assessment and improvement suggestions for key metrics
        - Help creators understand account health and optimize content strategy
        - This API requires valid Douyin Creator Platform Cookie
        - Use POST method, Cookie transmitted in request body, more secure
        - No need to specify time range, system automatically fetches data for past 7 days

        Request Body Parameters:
        …

        Args:
            cookie: 用户Cookie/User Cookie

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_author_diagnosis",
                json=_base.body(FetchAuthorDiagnosisRequest, {"cookie": cookie}),
            ),
            Response[Any],
        )

    def fetch_item_analysis_involved_vertical(
        self,
        *,
        cookie: str,
        start_date: str,
        end_date: str,
    ) -> Response[Any]:
        """获取作品垂类标签/Fetch item analysis involved vertical

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_analysis_involved_vertical``

        Purpose:
        - Get the vertical tags involved in submitted items within the specified time period
        - Used as parameters for subsequent calls to the submission analysis interface
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        - start_date: Start date in YYYYMMDD format (required)
        - end_date: End date in YYYYMMDD format (required)
        …

        Args:
            cookie: 用户Cookie/User Cookie
            start_date: 开始日期(格式YYYYMMDD)/Start date (format YYYYMMDD)
            end_date: 结束日期(格式YYYYMMDD)/End date (format YYYYMMDD)

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_analysis_involved_vertical",
                json=_base.body(
                    FetchItemAnalysisInvolvedVerticalRequest,
                    {"cookie": cookie, "start_date": start_date, "end_date": end_date},
                ),
            ),
            Response[Any],
        )

    def fetch_item_analysis_item_performance(
        self,
        *,
        cookie: str,
        start_date: str,
        end_date: str,
        primary_verticals: list[str],
        genres: list[int] | None = None,
        metric_type: int | None = 1,
    ) -> Response[Any]:
        """获取投稿表现数据/Fetch item analysis item performance

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_analysis_item_performance``

        Purpose:
        - Get performance data for submitted items, including views, likes, comments, shares,
        etc.
        - Analyze content performance across different genres and verticals
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure
        - Recommend calling fetch_item_analysis_involved_vertical first to get vertical tags

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        …

        Args:
            cookie: 用户Cookie/User Cookie
            start_date: 开始日期(格式YYYYMMDD)/Start date (format YYYYMMDD)
            end_date: 结束日期(格式YYYYMMDD)/End date (format YYYYMMDD)
            primary_verticals: 垂类标签列表/Primary verticals list (从involved_vertical接口获取)
            genres: 体裁类型列表/Genres list: 1=1min以内视频, 2=1-3min视频, 3=3-5min视频, 4=5min+视频, 5=图文,
                8=长图文
            metric_type: 指标类型/Metric type: 1=播放量(Views), 2=点赞量(Likes), 3=评论量(Comments),
                4=分享量(Shares)

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_analysis_item_performance",
                json=_base.body(
                    FetchItemAnalysisItemPerformanceRequest,
                    {
                        "cookie": cookie,
                        "start_date": start_date,
                        "end_date": end_date,
                        "primary_verticals": primary_verticals,
                        "genres": genres,
                        "metric_type": metric_type,
                    },
                ),
            ),
            Response[Any],
        )

    def fetch_item_analysis_overview(
        self,
        *,
        cookie: str,
        start_date: str,
        end_date: str,
        primary_verticals: list[str],
        genres: list[int] | None = None,
    ) -> Response[Any]:
        """获取投稿分析概览/Fetch item analysis overview

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_analysis_overview``

        Purpose:
        - Get comprehensive analysis data for account submitted items
        - Including submission performance statistics for different genres and verticals
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure
        - Recommend calling fetch_item_analysis_involved_vertical first to get vertical tags

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        - start_date: Start date in YYYYMMDD format (required)
        …

        Args:
            cookie: 用户Cookie/User Cookie
            start_date: 开始日期(格式YYYYMMDD)/Start date (format YYYYMMDD)
            end_date: 结束日期(格式YYYYMMDD)/End date (format YYYYMMDD)
            primary_verticals: 垂类标签列表/Primary verticals list (从involved_vertical接口获取)
            genres: 体裁类型列表/Genres list: 1=1min以内视频, 2=1-3min视频, 3=3-5min视频, 4=5min+视频, 5=图文,
                8=长图文

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_analysis_overview",
                json=_base.body(
                    FetchItemAnalysisOverviewRequest,
                    {
                        "cookie": cookie,
                        "start_date": start_date,
                        "end_date": end_date,
                        "primary_verticals": primary_verticals,
                        "genres": genres,
                    },
                ),
            ),
            Response[Any],
        )

    def fetch_item_audience_others(
        self,
        *,
        cookie: str,
        item_id: str,
    ) -> Response[Any]:
        """获取作品观众其他数据分析/Fetch item audience others analysis

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_audience_others``

        Purpose:
        - Get Douyin item audience other data analysis, including audience distribution and
        audience keywords
        - Understand whether the audience are fans and what topics they are interested in
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        - item_id: Item ID (required)
        …

        Args:
            cookie: 用户Cookie/User Cookie
            item_id: 作品ID/Item ID

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_audience_others",
                json=_base.body(
                    FetchItemAudienceOthersRequest,
                    {"cookie": cookie, "item_id": item_id},
                ),
            ),
            Response[Any],
        )

    def fetch_item_audience_portrait(
        self,
        *,
        cookie: str,
        item_id: str,
    ) -> Response[Any]:
        """获取作品观众数据分析/Fetch item audience portrait

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_audience_portrait``

        Purpose:
        - Get Douyin item audience portrait data
        - Understand viewer demographic characteristics
        - Includes active distribution, gender distribution, region distribution, age
        distribution
        - Help creators precisely target audiences and optimize content strategy
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        …

        Args:
            cookie: 用户Cookie/User Cookie
            item_id: 作品ID/Item ID

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_audience_portrait",
                json=_base.body(
                    FetchItemAudiencePortraitRequest,
                    {"cookie": cookie, "item_id": item_id},
                ),
            ),
            Response[Any],
        )

    def fetch_item_danmaku_analysis(
        self,
        *,
        cookie: str,
        item_id: str,
    ) -> Response[Any]:
        """获取作品弹幕分析/Fetch item bullet analysis

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_danmaku_analysis``

        Purpose:
        - Get Douyin item bullet (danmaku) analysis data
        - Understand audience bullet interaction at various video time points
        - Help creators identify hot segments and audience reactions
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        - item_id: Item ID (required)
        …

        Args:
            cookie: 用户Cookie/User Cookie
            item_id: 作品ID/Item ID

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_danmaku_analysis",
                json=_base.body(
                    FetchItemDanmakuAnalysisRequest,
                    {"cookie": cookie, "item_id": item_id},
                ),
            ),
            Response[Any],
        )

    def fetch_item_list(
        self,
        *,
        cookie: str,
        start_time: int,
        end_time: int,
        count: int | None = 10,
        order_by: int | None = 1,
        fields: str | None = "metrics,review,visibility",
        need_cooperation: bool | None = True,
        need_long_article: bool | None = True,
        cursor: int | None = None,
    ) -> Response[Any]:
        """获取投稿作品列表/Fetch item list

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_list``

        Purpose:
        - Get all published items within the specified time range
        - Support pagination query, maximum 100 items per request
        - Data update description:
        - Views, likes, comments, shares, favorites update in real-time
        - Other metrics update hourly
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        …

        Args:
            cookie: 用户Cookie/User Cookie
            start_time: 开始时间戳(毫秒)/Start time timestamp (milliseconds)
            end_time: 结束时间戳(毫秒)/End time timestamp (milliseconds)
            count: 每页数量/Count per page (最多100条)
            order_by: 排序方式/Order by (1-26): 1=发布时间↓(新到旧), 2=发布时间↑(旧到新), 3=播放量↓, 4=播放量↑,
                5=点赞量↓, 6=点赞量↑, 7=评论量↓, 8=评论量↑, 9=分享量↓, 10=分享量↑, 11=收藏量↓, 12=收藏量↑,
                13=2s跳出率↓, 14=2s跳出率↑, 15=5…
            fields: 需要返回的字段/Fields to return
            need_cooperation: 是否需要合作信息/Need cooperation info
            need_long_article: 是否包含长图文/Include long articles
            cursor: 分页游标/Pagination cursor (可选)

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_list",
                json=_base.body(
                    FetchItemListRequest,
                    {
                        "cookie": cookie,
                        "start_time": start_time,
                        "end_time": end_time,
                        "count": count,
                        "order_by": order_by,
                        "fields": fields,
                        "need_cooperation": need_cooperation,
                        "need_long_article": need_long_article,
                        "cursor": cursor,
                    },
                ),
            ),
            Response[Any],
        )

    def fetch_item_list_download(
        self,
        *,
        cookie: str,
        min_cursor: int,
        max_cursor: int,
        type_filters: list[int] | None = None,
        need_long_article: bool | None = True,
    ) -> Any:
        """导出投稿作品列表/Download item list

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_list_download``

        Purpose:
        - Export detailed data of top 1000 items within the specified time range
        - Support filtering export content by genre types
        - This API is for batch export, not suitable for real-time queries
        - Export tasks are processed asynchronously, need to wait for server to generate file
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        …

        Args:
            cookie: 用户Cookie/User Cookie
            min_cursor: 最小游标(开始时间戳,毫秒)/Min cursor (start timestamp in milliseconds)
            max_cursor: 最大游标(结束时间戳,毫秒)/Max cursor (end timestamp in milliseconds)
            type_filters: 体裁类型过滤/Type filters: 1=1min以内视频, 2=1-3min视频, 3=3-5min视频,
                4=5min+视频, 5=图文, 8=长图文
            need_long_article: 是否包含长图文/Include long articles

        Returns:
            Any: the decoded JSON, or the raw bytes when the server sends another type.
        """
        return self._client.request_json(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_list_download",
                json=_base.body(
                    FetchItemListDownloadRequest,
                    {
                        "cookie": cookie,
                        "min_cursor": min_cursor,
                        "max_cursor": max_cursor,
                        "type_filters": type_filters,
                        "need_long_article": need_long_article,
                    },
                ),
            ),
        )

    def fetch_item_overview_data(
        self,
        *,
        cookie: str,
        ids: str,
        fields: str | None = None,
    ) -> Response[Any]:
        """获取作品总览数据/Fetch item overview data

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_overview_data``

        Purpose:
        - Get Douyin item overview data, including traffic metrics, review status, play info,
        etc.
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        - ids: Item ID list, separated by comma (e.g.,
        "7559536212910853422,7559536212910853423")
        …

        Args:
            cookie: 用户Cookie/User Cookie
            ids: 作品ID列表,多个ID用逗号分隔/Item IDs, separated by comma
            fields: 需要返回的字段,多个字段用逗号分隔/Fields to return, separated by comma. 可选值: metrics(指标)
                ,review(审核),play_info(播放信息),dou_plus(抖+),integrated_incentive(综合激励),incentiv
                e_life(激励生命…

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_overview_data",
                json=_base.body(
                    FetchItemOverviewDataRequest,
                    {"cookie": cookie, "ids": ids, "fields": fields},
                ),
            ),
            Response[Any],
        )

    def fetch_item_play_source(
        self,
        *,
        cookie: str,
        item_id: str,
    ) -> Response[Any]:
        """获取作品流量来源统计/Fetch item play source statistics

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_play_source``

        Purpose:
        - Get Douyin item play source statistics
        - Statistics of the proportion of item views from different sources
        - If a channel is not shown, it means there are no views from that channel yet
        - For newly published items, the recommended page traffic may be low initially, please
        wait for system distribution
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        …

        Args:
            cookie: 用户Cookie/User Cookie
            item_id: 作品ID/Item ID

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_play_source",
                json=_base.body(
                    FetchItemPlaySourceRequest, {"cookie": cookie, "item_id": item_id}
                ),
            ),
            Response[Any],
        )

    def fetch_item_search_keyword(
        self,
        *,
        cookie: str,
        item_id: str,
    ) -> Response[Any]:
        """获取作品搜索关键词统计/Fetch item search keywords statistics

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_search_keyword``

        Purpose:
        - Get Douyin item search keywords statistics
        - Understand which search keywords users used to find and watch the item
        - Help creators optimize content titles, tags, and descriptions to improve search
        exposure
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        …

        Args:
            cookie: 用户Cookie/User Cookie
            item_id: 作品ID/Item ID

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_search_keyword",
                json=_base.body(
                    FetchItemSearchKeywordRequest,
                    {"cookie": cookie, "item_id": item_id},
                ),
            ),
            Response[Any],
        )

    def fetch_item_watch_trend(
        self,
        *,
        cookie: str,
        item_id: str,
        analysis_type: int | None = 1,
    ) -> Response[Any]:
        """获取作品观看趋势分析/Fetch item watch trend analysis

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_watch_trend``

        Purpose:
        - Get Douyin item watch trend analysis data
        - Understand user behavior patterns while watching the item
        - Help creators optimize video content structure and pacing
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        - item_id: Item ID (required)
        …

        Args:
            cookie: 用户Cookie/User Cookie
            item_id: 作品ID/Item ID
            analysis_type: 分析类型/Analysis type: 1=留存分析(Retention), 2=点赞分析(Like),
                7=跳出分析(Bounce)

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_watch_trend",
                json=_base.body(
                    FetchItemWatchTrendRequest,
                    {
                        "cookie": cookie,
                        "item_id": item_id,
                        "analysis_type": analysis_type,
                    },
                ),
            ),
            Response[Any],
        )

    def fetch_live_room_history_list(
        self,
        *,
        cookie: str,
        start_date: str,
        end_date: str,
        limit: int | None = 400,
        need_living: int | None = 1,
        download: int | None = 0,
    ) -> Response[Any]:
        """获取直播场次历史记录/Fetch live room history list

        ``POST /api/u1/v1/douyin/creator_v2/fetch_live_room_history_list``

        Purpose:
        - Get Douyin creator's live room history list
        - View all live session data within a specified time range
        - Support querying ongoing and historical live sessions
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        - start_date: Start date in YYYY-MM-DD format (required, e.g., "2025-09-11")
        …

        Args:
            cookie: 用户Cookie/User Cookie
            start_date: 开始日期(格式YYYY-MM-DD)/Start date (format YYYY-MM-DD)
            end_date: 结束日期(格式YYYY-MM-DD)/End date (format YYYY-MM-DD)
            limit: 每页数量限制/Limit per page (最多400条)
            need_living: 是否包含正在直播的场次/Include living rooms: 0=不包含, 1=包含
            download: 是否下载/Download: 0=不下载, 1=下载

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_live_room_history_list",
                json=_base.body(
                    FetchLiveRoomHistoryListRequest,
                    {
                        "cookie": cookie,
                        "start_date": start_date,
                        "end_date": end_date,
                        "limit": limit,
                        "need_living": need_living,
                        "download": download,
                    },
                ),
            ),
            Response[Any],
        )


class AsyncDouyinCreatorV2:
    """抖音创作者V2数据接口(需要用户Cookie,可获取作品流量总览等数据)/Douyin-Creator-V2-API data endpoints (Requires user Cookie, can get item traffic overview data"""

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client

    async def fetch_author_diagnosis(
        self,
        *,
        cookie: str,
    ) -> Response[Any]:
        """获取创作者账号诊断/Fetch author diagnosis

        ``POST /api/u1/v1/douyin/creator_v2/fetch_author_diagnosis``

        Purpose:
        - Get Douyin creator account diagnosis data and optimization suggestions
        - Automatically analyze account performance for the past 7 days
        - Provide assessment and improvement suggestions for key metrics
        - Help creators understand account health and optimize content strategy
        - This API requires valid Douyin Creator Platform Cookie
        - Use POST method, Cookie transmitted in request body, more secure
        - No need to specify time range, system automatically fetches data for past 7 days

        Request Body Parameters:
        …

        Args:
            cookie: 用户Cookie/User Cookie

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_author_diagnosis",
                json=_base.body(FetchAuthorDiagnosisRequest, {"cookie": cookie}),
            ),
            Response[Any],
        )

    async def fetch_item_analysis_involved_vertical(
        self,
        *,
        cookie: str,
        start_date: str,
        end_date: str,
    ) -> Response[Any]:
        """获取作品垂类标签/Fetch item analysis involved vertical

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_analysis_involved_vertical``

        Purpose:
        - Get the vertical tags involved in submitted items within the specified time period
        - Used as parameters for subsequent calls to the submission analysis interface
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        - start_date: Start date in YYYYMMDD format (required)
        - end_date: End date in YYYYMMDD format (required)
        …

        Args:
            cookie: 用户Cookie/User Cookie
            start_date: 开始日期(格式YYYYMMDD)/Start date (format YYYYMMDD)
            end_date: 结束日期(格式YYYYMMDD)/End date (format YYYYMMDD)

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_analysis_involved_vertical",
                json=_base.body(
                    FetchItemAnalysisInvolvedVerticalRequest,
                    {"cookie": cookie, "start_date": start_date, "end_date": end_date},
                ),
            ),
            Response[Any],
        )

    async def fetch_item_analysis_item_performance(
        self,
        *,
        cookie: str,
        start_date: str,
        end_date: str,
        primary_verticals: list[str],
        genres: list[int] | None = None,
        metric_type: int | None = 1,
    ) -> Response[Any]:
        """获取投稿表现数据/Fetch item analysis item performance

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_analysis_item_performance``

        Purpose:
        - Get performance data for submitted items, including views, likes, comments, shares,
        etc.
        - Analyze content performance across different genres and verticals
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure
        - Recommend calling fetch_item_analysis_involved_vertical first to get vertical tags

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        …

        Args:
            cookie: 用户Cookie/User Cookie
            start_date: 开始日期(格式YYYYMMDD)/Start date (format YYYYMMDD)
            end_date: 结束日期(格式YYYYMMDD)/End date (format YYYYMMDD)
            primary_verticals: 垂类标签列表/Primary verticals list (从involved_vertical接口获取)
            genres: 体裁类型列表/Genres list: 1=1min以内视频, 2=1-3min视频, 3=3-5min视频, 4=5min+视频, 5=图文,
                8=长图文
            metric_type: 指标类型/Metric type: 1=播放量(Views), 2=点赞量(Likes), 3=评论量(Comments),
                4=分享量(Shares)

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_analysis_item_performance",
                json=_base.body(
                    FetchItemAnalysisItemPerformanceRequest,
                    {
                        "cookie": cookie,
                        "start_date": start_date,
                        "end_date": end_date,
                        "primary_verticals": primary_verticals,
                        "genres": genres,
                        "metric_type": metric_type,
                    },
                ),
            ),
            Response[Any],
        )

    async def fetch_item_analysis_overview(
        self,
        *,
        cookie: str,
        start_date: str,
        end_date: str,
        primary_verticals: list[str],
        genres: list[int] | None = None,
    ) -> Response[Any]:
        """获取投稿分析概览/Fetch item analysis overview

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_analysis_overview``

        Purpose:
        - Get comprehensive analysis data for account submitted items
        - Including submission performance statistics for different genres and verticals
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure
        - Recommend calling fetch_item_analysis_involved_vertical first to get vertical tags

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        - start_date: Start date in YYYYMMDD format (required)
        …

        Args:
            cookie: 用户Cookie/User Cookie
            start_date: 开始日期(格式YYYYMMDD)/Start date (format YYYYMMDD)
            end_date: 结束日期(格式YYYYMMDD)/End date (format YYYYMMDD)
            primary_verticals: 垂类标签列表/Primary verticals list (从involved_vertical接口获取)
            genres: 体裁类型列表/Genres list: 1=1min以内视频, 2=1-3min视频, 3=3-5min视频, 4=5min+视频, 5=图文,
                8=长图文

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_analysis_overview",
                json=_base.body(
                    FetchItemAnalysisOverviewRequest,
                    {
                        "cookie": cookie,
                        "start_date": start_date,
                        "end_date": end_date,
                        "primary_verticals": primary_verticals,
                        "genres": genres,
                    },
                ),
            ),
            Response[Any],
        )

    async def fetch_item_audience_others(
        self,
        *,
        cookie: str,
        item_id: str,
    ) -> Response[Any]:
        """获取作品观众其他数据分析/Fetch item audience others analysis

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_audience_others``

        Purpose:
        - Get Douyin item audience other data analysis, including audience distribution and
        audience keywords
        - Understand whether the audience are fans and what topics they are interested in
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        - item_id: Item ID (required)
        …

        Args:
            cookie: 用户Cookie/User Cookie
            item_id: 作品ID/Item ID

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_audience_others",
                json=_base.body(
                    FetchItemAudienceOthersRequest,
                    {"cookie": cookie, "item_id": item_id},
                ),
            ),
            Response[Any],
        )

    async def fetch_item_audience_portrait(
        self,
        *,
        cookie: str,
        item_id: str,
    ) -> Response[Any]:
        """获取作品观众数据分析/Fetch item audience portrait

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_audience_portrait``

        Purpose:
        - Get Douyin item audience portrait data
        - Understand viewer demographic characteristics
        - Includes active distribution, gender distribution, region distribution, age
        distribution
        - Help creators precisely target audiences and optimize content strategy
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        …

        Args:
            cookie: 用户Cookie/User Cookie
            item_id: 作品ID/Item ID

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_audience_portrait",
                json=_base.body(
                    FetchItemAudiencePortraitRequest,
                    {"cookie": cookie, "item_id": item_id},
                ),
            ),
            Response[Any],
        )

    async def fetch_item_danmaku_analysis(
        self,
        *,
        cookie: str,
        item_id: str,
    ) -> Response[Any]:
        """获取作品弹幕分析/Fetch item bullet analysis

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_danmaku_analysis``

        Purpose:
        - Get Douyin item bullet (danmaku) analysis data
        - Understand audience bullet interaction at various video time points
        - Help creators identify hot segments and audience reactions
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        - item_id: Item ID (required)
        …

        Args:
            cookie: 用户Cookie/User Cookie
            item_id: 作品ID/Item ID

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_danmaku_analysis",
                json=_base.body(
                    FetchItemDanmakuAnalysisRequest,
                    {"cookie": cookie, "item_id": item_id},
                ),
            ),
            Response[Any],
        )

    async def fetch_item_list(
        self,
        *,
        cookie: str,
        start_time: int,
        end_time: int,
        count: int | None = 10,
        order_by: int | None = 1,
        fields: str | None = "metrics,review,visibility",
        need_cooperation: bool | None = True,
        need_long_article: bool | None = True,
        cursor: int | None = None,
    ) -> Response[Any]:
        """获取投稿作品列表/Fetch item list

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_list``

        Purpose:
        - Get all published items within the specified time range
        - Support pagination query, maximum 100 items per request
        - Data update description:
        - Views, likes, comments, shares, favorites update in real-time
        - Other metrics update hourly
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        …

        Args:
            cookie: 用户Cookie/User Cookie
            start_time: 开始时间戳(毫秒)/Start time timestamp (milliseconds)
            end_time: 结束时间戳(毫秒)/End time timestamp (milliseconds)
            count: 每页数量/Count per page (最多100条)
            order_by: 排序方式/Order by (1-26): 1=发布时间↓(新到旧), 2=发布时间↑(旧到新), 3=播放量↓, 4=播放量↑,
                5=点赞量↓, 6=点赞量↑, 7=评论量↓, 8=评论量↑, 9=分享量↓, 10=分享量↑, 11=收藏量↓, 12=收藏量↑,
                13=2s跳出率↓, 14=2s跳出率↑, 15=5…
            fields: 需要返回的字段/Fields to return
            need_cooperation: 是否需要合作信息/Need cooperation info
            need_long_article: 是否包含长图文/Include long articles
            cursor: 分页游标/Pagination cursor (可选)

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_list",
                json=_base.body(
                    FetchItemListRequest,
                    {
                        "cookie": cookie,
                        "start_time": start_time,
                        "end_time": end_time,
                        "count": count,
                        "order_by": order_by,
                        "fields": fields,
                        "need_cooperation": need_cooperation,
                        "need_long_article": need_long_article,
                        "cursor": cursor,
                    },
                ),
            ),
            Response[Any],
        )

    async def fetch_item_list_download(
        self,
        *,
        cookie: str,
        min_cursor: int,
        max_cursor: int,
        type_filters: list[int] | None = None,
        need_long_article: bool | None = True,
    ) -> Any:
        """导出投稿作品列表/Download item list

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_list_download``

        Purpose:
        - Export detailed data of top 1000 items within the specified time range
        - Support filtering export content by genre types
        - This API is for batch export, not suitable for real-time queries
        - Export tasks are processed asynchronously, need to wait for server to generate file
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        …

        Args:
            cookie: 用户Cookie/User Cookie
            min_cursor: 最小游标(开始时间戳,毫秒)/Min cursor (start timestamp in milliseconds)
            max_cursor: 最大游标(结束时间戳,毫秒)/Max cursor (end timestamp in milliseconds)
            type_filters: 体裁类型过滤/Type filters: 1=1min以内视频, 2=1-3min视频, 3=3-5min视频,
                4=5min+视频, 5=图文, 8=长图文
            need_long_article: 是否包含长图文/Include long articles

        Returns:
            Any: the decoded JSON, or the raw bytes when the server sends another type.
        """
        return await self._client.request_json(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_list_download",
                json=_base.body(
                    FetchItemListDownloadRequest,
                    {
                        "cookie": cookie,
                        "min_cursor": min_cursor,
                        "max_cursor": max_cursor,
                        "type_filters": type_filters,
                        "need_long_article": need_long_article,
                    },
                ),
            ),
        )

    async def fetch_item_overview_data(
        self,
        *,
        cookie: str,
        ids: str,
        fields: str | None = None,
    ) -> Response[Any]:
        """获取作品总览数据/Fetch item overview data

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_overview_data``

        Purpose:
        - Get Douyin item overview data, including traffic metrics, review status, play info,
        etc.
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        - ids: Item ID list, separated by comma (e.g.,
        "7559536212910853422,7559536212910853423")
        …

        Args:
            cookie: 用户Cookie/User Cookie
            ids: 作品ID列表,多个ID用逗号分隔/Item IDs, separated by comma
            fields: 需要返回的字段,多个字段用逗号分隔/Fields to return, separated by comma. 可选值: metrics(指标)
                ,review(审核),play_info(播放信息),dou_plus(抖+),integrated_incentive(综合激励),incentiv
                e_life(激励生命…

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_overview_data",
                json=_base.body(
                    FetchItemOverviewDataRequest,
                    {"cookie": cookie, "ids": ids, "fields": fields},
                ),
            ),
            Response[Any],
        )

    async def fetch_item_play_source(
        self,
        *,
        cookie: str,
        item_id: str,
    ) -> Response[Any]:
        """获取作品流量来源统计/Fetch item play source statistics

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_play_source``

        Purpose:
        - Get Douyin item play source statistics
        - Statistics of the proportion of item views from different sources
        - If a channel is not shown, it means there are no views from that channel yet
        - For newly published items, the recommended page traffic may be low initially, please
        wait for system distribution
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        …

        Args:
            cookie: 用户Cookie/User Cookie
            item_id: 作品ID/Item ID

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_play_source",
                json=_base.body(
                    FetchItemPlaySourceRequest, {"cookie": cookie, "item_id": item_id}
                ),
            ),
            Response[Any],
        )

    async def fetch_item_search_keyword(
        self,
        *,
        cookie: str,
        item_id: str,
    ) -> Response[Any]:
        """获取作品搜索关键词统计/Fetch item search keywords statistics

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_search_keyword``

        Purpose:
        - Get Douyin item search keywords statistics
        - Understand which search keywords users used to find and watch the item
        - Help creators optimize content titles, tags, and descriptions to improve search
        exposure
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        …

        Args:
            cookie: 用户Cookie/User Cookie
            item_id: 作品ID/Item ID

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_search_keyword",
                json=_base.body(
                    FetchItemSearchKeywordRequest,
                    {"cookie": cookie, "item_id": item_id},
                ),
            ),
            Response[Any],
        )

    async def fetch_item_watch_trend(
        self,
        *,
        cookie: str,
        item_id: str,
        analysis_type: int | None = 1,
    ) -> Response[Any]:
        """获取作品观看趋势分析/Fetch item watch trend analysis

        ``POST /api/u1/v1/douyin/creator_v2/fetch_item_watch_trend``

        Purpose:
        - Get Douyin item watch trend analysis data
        - Understand user behavior patterns while watching the item
        - Help creators optimize video content structure and pacing
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        - item_id: Item ID (required)
        …

        Args:
            cookie: 用户Cookie/User Cookie
            item_id: 作品ID/Item ID
            analysis_type: 分析类型/Analysis type: 1=留存分析(Retention), 2=点赞分析(Like),
                7=跳出分析(Bounce)

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_item_watch_trend",
                json=_base.body(
                    FetchItemWatchTrendRequest,
                    {
                        "cookie": cookie,
                        "item_id": item_id,
                        "analysis_type": analysis_type,
                    },
                ),
            ),
            Response[Any],
        )

    async def fetch_live_room_history_list(
        self,
        *,
        cookie: str,
        start_date: str,
        end_date: str,
        limit: int | None = 400,
        need_living: int | None = 1,
        download: int | None = 0,
    ) -> Response[Any]:
        """获取直播场次历史记录/Fetch live room history list

        ``POST /api/u1/v1/douyin/creator_v2/fetch_live_room_history_list``

        Purpose:
        - Get Douyin creator's live room history list
        - View all live session data within a specified time range
        - Support querying ongoing and historical live sessions
        - This API requires users to provide valid Douyin Creator Platform Cookie
        - Use POST method, Cookie is transmitted in request body, more secure

        Request Body Parameters:
        - cookie: User's Douyin Creator Platform Cookie (required, transmitted in request body)
        - start_date: Start date in YYYY-MM-DD format (required, e.g., "2025-09-11")
        …

        Args:
            cookie: 用户Cookie/User Cookie
            start_date: 开始日期(格式YYYY-MM-DD)/Start date (format YYYY-MM-DD)
            end_date: 结束日期(格式YYYY-MM-DD)/End date (format YYYY-MM-DD)
            limit: 每页数量限制/Limit per page (最多400条)
            need_living: 是否包含正在直播的场次/Include living rooms: 0=不包含, 1=包含
            download: 是否下载/Download: 0=不下载, 1=下载

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/douyin/creator_v2/fetch_live_room_history_list",
                json=_base.body(
                    FetchLiveRoomHistoryListRequest,
                    {
                        "cookie": cookie,
                        "start_date": start_date,
                        "end_date": end_date,
                        "limit": limit,
                        "need_living": need_living,
                        "download": download,
                    },
                ),
            ),
            Response[Any],
        )
