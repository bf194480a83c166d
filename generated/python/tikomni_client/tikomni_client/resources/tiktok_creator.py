"""TikTok-Creator-API: TikTok创作者数据和账号收益数据接口/TikTok-Creator-API data and account revenue data endpoints"""

from __future__ import annotations

from typing import Any

from .. import _base
from ..models import (
    GetAccountHealthStatusRequest,
    GetAccountInsightsOverviewRequest,
    GetAccountViolationListRequest,
    GetCreatorAccountInfoRequest,
    GetLiveOverviewRequest,
    GetProductAnalyticsListRequest,
    GetProductRelatedVideosRequest,
    GetShowcaseProductListRequest,
    GetVideoAnalyticsSummaryRequest,
    GetVideoAssociatedProductListRequest,
    GetVideoAudienceStatsRequest,
    GetVideoDetailedStatsRequest,
    GetVideoListRequest,
    GetVideoToProductStatsRequest,
    Response,
)

__all__ = ["AsyncTiktokCreator", "TiktokCreator"]


class TiktokCreator:
    """TikTok创作者数据和账号收益数据接口/TikTok-Creator-API data and account revenue data endpoints"""

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client

    def get_account_health_status(
        self,
        *,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
    ) -> Response[Any]:
        """获取创作者账号健康状态/Get Creator Account Health Status

        ``POST /api/u1/v1/tiktok/creator/get_account_health_status``

        Purpose:
        - Retrieve the health status of a TikTok Shop creator account, including the health
        score over the past 90 days and the current number of accumulated violation points.
        - About violation points:
        - Violation points are key metrics used by TikTok to measure the health of a creator
        account.
        - Higher violation points indicate worse account health, and may lead to restrictions
        such as reduced exposure, suspension, or account bans.
        - Violation points directly impact the account’s visibility and recommendation on the
        platform.
        …

        Args:
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_account_health_status",
                json=_base.body(
                    GetAccountHealthStatusRequest, {"cookie": cookie, "proxy": proxy}
                ),
            ),
            Response[Any],
        )

    def get_account_insights_overview(
        self,
        *,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        start_date: str | None = "04-01-2025",
    ) -> Response[Any]:
        """获取创作者账号概览/Get Creator Account Overview

        ``POST /api/u1/v1/tiktok/creator/get_account_insights_overview``

        Purpose:
        - Retrieve performance overview of a TikTok Shop creator account within a specified date
        range, including metrics like revenue, exposure, clicks, and orders.
        - By default, it aggregates data from the month of start_date (e.g., if start_date is
        2025-04-01, it retrieves data for the entire month of April).

        Notes:
        - This API is only applicable to TikTok accounts that have TikTok Shop enabled.
        - Data is segmented by time granularity (daily/monthly), and can be used for performance
        analysis or trend monitoring.
        …

        Args:
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            start_date: 查询开始时间,如 '04-01-2025'/ Query Start Date, e.g. '04-01-2025'

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_account_insights_overview",
                json=_base.body(
                    GetAccountInsightsOverviewRequest,
                    {"cookie": cookie, "proxy": proxy, "start_date": start_date},
                ),
            ),
            Response[Any],
        )

    def get_account_violation_list(
        self,
        *,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        page: int | None = 1,
    ) -> Response[Any]:
        """获取创作者账号违规记录列表/Get Creator Account Violation Record List

        ``POST /api/u1/v1/tiktok/creator/get_account_violation_list``

        Purpose:
        - Retrieve the violation history of a TikTok Shop creator account, providing details
        about past violations and corresponding enforcement actions.
        - The returned violation records include violation type, violation time, violation
        reasons, enforcement actions, appeal status, and eligibility for appeal.
        - Pagination is supported to retrieve multiple records in chronological order.
        - Suitable for creator account risk management, health monitoring, and compliance
        auditing.

        Notes:
        …

        Args:
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            page: 页码/Page Number

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_account_violation_list",
                json=_base.body(
                    GetAccountViolationListRequest,
                    {"cookie": cookie, "proxy": proxy, "page": page},
                ),
            ),
            Response[Any],
        )

    def get_creator_account_info(
        self,
        *,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
    ) -> Response[Any]:
        """获取创作者账号信息/Get Creator Account Info

        ``POST /api/u1/v1/tiktok/creator/get_creator_account_info``

        Purpose:
        - Retrieve basic information of a TikTok Shop creator account, including username,
        avatar URLs, account ID, register region, partner binding info, and permission list.
        - Useful for verifying account status, displaying user profile data, checking partner
        binding status, and determining access permissions for business processes.

        Notes:
        - Applicable to all TikTok creator accounts.

        Parameters:
        …

        Args:
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_creator_account_info",
                json=_base.body(
                    GetCreatorAccountInfoRequest, {"cookie": cookie, "proxy": proxy}
                ),
            ),
            Response[Any],
        )

    def get_live_analytics_summary(
        self,
        *,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        start_date: str | None = "04-01-2025",
    ) -> Response[Any]:
        """获取创作者直播概览/Get Creator Live Overview

        ``POST /api/u1/v1/tiktok/creator/get_live_analytics_summary``

        Purpose:
        - Retrieve a summary of live streaming performance for a TikTok Shop creator account
        within a specified time range.
        - By default, it covers one full calendar month starting from the provided start_date
        (e.g., input 04-01-2025 will fetch data for the entire April 2025).

        Response Fields:
        - segments (List of segmented data):
        - time_selector: Time period settings (period, start/end timestamps, timezone, locale)
        - filter.creator_id: Creator ID
        …

        Args:
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            start_date: 查询开始时间,如 '04-01-2025'/ Query Start Date, e.g. '04-01-2025'

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_live_analytics_summary",
                json=_base.body(
                    GetLiveOverviewRequest,
                    {"cookie": cookie, "proxy": proxy, "start_date": start_date},
                ),
            ),
            Response[Any],
        )

    def get_product_analytics_list(
        self,
        *,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        start_date: str | None = "2025-04-01",
        end_date: str | None = "2025-05-01",
        page: int | None = 0,
    ) -> Response[Any]:
        """获取创作者商品列表分析/Get Creator Product List Analytics

        ``POST /api/u1/v1/tiktok/creator/get_product_analytics_list``

        Purpose:
        - Retrieve the list of products promoted by a TikTok Shop creator account within a
        specified time range, along with their sales analytics.
        - Supports sorting by revenue or product publish time and allows pagination.

        Response Fields:
        - segments (List of segmented data):
        - filter.creator_id: Creator account ID
        - list_control:
        - rules: Sorting rules (e.g., by revenue, by product ID)
        …

        Args:
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            start_date: 开始日期,如 '2025-04-01'/ Start Date, e.g. '2025-04-01'
            end_date: 结束日期,如 '2025-05-01'/ End Date, e.g. '2025-05-01'
            page: 页码/Page Number

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_product_analytics_list",
                json=_base.body(
                    GetProductAnalyticsListRequest,
                    {
                        "cookie": cookie,
                        "proxy": proxy,
                        "start_date": start_date,
                        "end_date": end_date,
                        "page": page,
                    },
                ),
            ),
            Response[Any],
        )

    def get_product_related_videos(
        self,
        *,
        item_id: str,
        product_id: str,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        start_date: str | None = "04-01-2025",
    ) -> Response[Any]:
        """获取同款商品关联视频/Get Product Related Videos

        ``POST /api/u1/v1/tiktok/creator/get_product_related_videos``

        Purpose:
        - Retrieve the list of all videos associated with a specified product along with their
        interaction metrics (such as like count, comment count, share count).
        - Useful for analyzing the promotional effectiveness and differences of the same product
        across different creators' videos.
        - Supports time-based filtering, defaulting to the calendar month of the specified
        start_date.

        Notes:
        - Requires both item_id (current video ID) and product_id (product ID).
        …

        Args:
            item_id: 视频 ID/Video ID
            product_id: 商品 ID/Product ID
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            start_date: 查询开始时间,如 '04-01-2025'/ Query Start Date, e.g. '04-01-2025'

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_product_related_videos",
                json=_base.body(
                    GetProductRelatedVideosRequest,
                    {
                        "item_id": item_id,
                        "product_id": product_id,
                        "cookie": cookie,
                        "proxy": proxy,
                        "start_date": start_date,
                    },
                ),
            ),
            Response[Any],
        )

    def get_showcase_product_list(
        self,
        *,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        count: int | None = 20,
        offset: int | None = 0,
    ) -> Response[Any]:
        """获取橱窗商品列表/Get Showcase Product List

        ``POST /api/u1/v1/tiktok/creator/get_showcase_product_list``

        Purpose:
        - Retrieve the list of products currently displayed in a TikTok Shop creator's showcase.
        - Useful for product management, analytics, and monitoring promoted items.

        Notes:
        - Only available for TikTok creator accounts with the showcase feature enabled.
        - Supports pagination via count and offset.

        Parameters:
        - cookie: User Cookie string for authentication
        …

        Args:
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            count: 每页数量/Page Size
            offset: 偏移量/Offset

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_showcase_product_list",
                json=_base.body(
                    GetShowcaseProductListRequest,
                    {
                        "cookie": cookie,
                        "proxy": proxy,
                        "count": count,
                        "offset": offset,
                    },
                ),
            ),
            Response[Any],
        )

    def get_video_analytics_summary(
        self,
        *,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
    ) -> Response[Any]:
        """获取创作者视频概览/Get Creator Video Overview

        ``POST /api/u1/v1/tiktok/creator/get_video_analytics_summary``

        Purpose:
        - Retrieve a video performance overview for a TikTok Shop creator account over a
        specified time range.
        - By default, the API fetches data for the past 30 days (or full calendar month based on
        the platform settings).
        - Useful for analyzing metrics like video count, views, new followers, and generated
        GMV.

        Response Fields:
        - segments (List of segmented data):
        …

        Args:
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_video_analytics_summary",
                json=_base.body(
                    GetVideoAnalyticsSummaryRequest, {"cookie": cookie, "proxy": proxy}
                ),
            ),
            Response[Any],
        )

    def get_video_associated_product_list(
        self,
        *,
        item_ids: list[str],
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        start_date: str | None = "04-01-2025",
    ) -> Response[Any]:
        """获取视频关联商品列表/Get Video Associated Product List

        ``POST /api/u1/v1/tiktok/creator/get_video_associated_product_list``

        Purpose:
        - Retrieve the list of products associated with specified videos on TikTok Shop, along
        with their promotional performance data.
        - Useful for analyzing the number of products linked to each video, the product price
        range, product detail page links, and sales performance metrics.

        Notes:
        - Requires item_ids (list of video IDs).
        - The time range defaults to the calendar month of the specified start_date.
        - Supports querying multiple videos at once.
        …

        Args:
            item_ids: 视频 ID 列表/Video ID List
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            start_date: 查询开始时间,如 '04-01-2025'/ Query Start Date, e.g. '04-01-2025'

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_video_associated_product_list",
                json=_base.body(
                    GetVideoAssociatedProductListRequest,
                    {
                        "item_ids": item_ids,
                        "cookie": cookie,
                        "proxy": proxy,
                        "start_date": start_date,
                    },
                ),
            ),
            Response[Any],
        )

    def get_video_audience_stats(
        self,
        *,
        item_id: str,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        start_date: str | None = "04-01-2025",
    ) -> Response[Any]:
        """获取视频受众分析数据/Get Video Audience Analysis Data

        ``POST /api/u1/v1/tiktok/creator/get_video_audience_stats``

        Purpose:
        - Retrieve audience profile statistics for a specified TikTok video, including gender
        distribution, age distribution, and regional distribution.
        - Useful for accurately understanding the characteristics of the video audience to guide
        content creation, product selection, and marketing strategy optimization.
        - Supports trend analysis across different time intervals (daily/weekly/monthly).

        Notes:
        - Requires item_id (video ID).
        - Audience profile data is based on characteristics of users who viewed and interacted
        …

        Args:
            item_id: 视频 ID/Video ID
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            start_date: 查询开始时间,如 '04-01-2025'/ Query Start Date, e.g. '04-01-2025'

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_video_audience_stats",
                json=_base.body(
                    GetVideoAudienceStatsRequest,
                    {
                        "item_id": item_id,
                        "cookie": cookie,
                        "proxy": proxy,
                        "start_date": start_date,
                    },
                ),
            ),
            Response[Any],
        )

    def get_video_detailed_stats(
        self,
        *,
        item_id: str,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        start_date: str | None = "04-01-2025",
    ) -> Response[Any]:
        """获取视频详细分段统计数据/Get Video Detailed Statistics

        ``POST /api/u1/v1/tiktok/creator/get_video_detailed_stats``

        Purpose:
        - Retrieve detailed segmented statistics for a specified TikTok video within a given
        calendar month.
        - Supports analyzing new followers, likes, comments, shares, product views, and video
        completion rates across different time segments (daily/weekly/monthly).
        - Useful for deeply analyzing the performance changes of a single video over time,
        optimizing content strategies and promotional outcomes.

        Notes:
        - Requires item_id (video ID).
        …

        Args:
            item_id: 视频 ID/Video ID
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            start_date: 查询开始时间,如 '04-01-2025'/ Query Start Date, e.g. '04-01-2025'

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_video_detailed_stats",
                json=_base.body(
                    GetVideoDetailedStatsRequest,
                    {
                        "item_id": item_id,
                        "cookie": cookie,
                        "proxy": proxy,
                        "start_date": start_date,
                    },
                ),
            ),
            Response[Any],
        )

    def get_video_list_analytics(
        self,
        *,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        start_date: str | None = "04-01-2025",
        page: int | None = 0,
        rules: str | None = "VIDEO_LIST_PUBLISH_TIME",
    ) -> Response[Any]:
        """获取创作者视频列表分析/Get Creator Video List Analytics

        ``POST /api/u1/v1/tiktok/creator/get_video_list_analytics``

        Purpose:
        - Retrieve a list of videos published by a TikTok Shop creator account within a
        specified time range, along with detailed performance metrics.
        - Supports pagination to fetch multiple pages of video records within the given time
        range.

        Response Fields:
        - segments (List of segmented data):
        - time_selector: Time range settings (start/end timestamps, timezone, locale)
        - filter.creator_id: Creator account ID
        …

        Args:
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            start_date: 查询开始时间,如 '04-01-2025'/ Query Start Date, e.g. '04-01-2025'
            page: 页码/Page Number
            rules: 列表排序规则,默认按发布时间排序/ List sorting rule, default is by publish time

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_video_list_analytics",
                json=_base.body(
                    GetVideoListRequest,
                    {
                        "cookie": cookie,
                        "proxy": proxy,
                        "start_date": start_date,
                        "page": page,
                        "rules": rules,
                    },
                ),
            ),
            Response[Any],
        )

    def get_video_to_product_stats(
        self,
        *,
        item_id: str,
        product_id: str,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        start_date: str | None = "04-01-2025",
    ) -> Response[Any]:
        """获取视频与商品关联统计数据/Get Video-Product Association Statistics

        ``POST /api/u1/v1/tiktok/creator/get_video_to_product_stats``

        Purpose:
        - Retrieve detailed promotional statistics between a specific TikTok video and a
        specific product.
        - Supports analyzing metrics such as product views, clicks, sales, order counts, product
        revenue, and direct revenue.
        - The data is segmented by time intervals (daily/weekly/monthly) to observe trends over
        time.

        Notes:
        - Requires both item_id (video ID) and product_id (product ID).
        …

        Args:
            item_id: 视频 ID/Video ID
            product_id: 商品 ID/Product ID
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            start_date: 查询开始时间,如 '04-01-2025'/ Query Start Date, e.g. '04-01-2025'

        Returns:
            Response[Any]: the parsed response.
        """
        return self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_video_to_product_stats",
                json=_base.body(
                    GetVideoToProductStatsRequest,
                    {
                        "item_id": item_id,
                        "product_id": product_id,
                        "cookie": cookie,
                        "proxy": proxy,
                        "start_date": start_date,
                    },
                ),
            ),
            Response[Any],
        )


class AsyncTiktokCreator:
    """TikTok创作者数据和账号收益数据接口/TikTok-Creator-API data and account revenue data endpoints"""

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client

    async def get_account_health_status(
        self,
        *,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
    ) -> Response[Any]:
        """获取创作者账号健康状态/Get Creator Account Health Status

        ``POST /api/u1/v1/tiktok/creator/get_account_health_status``

        Purpose:
        - Retrieve the health status of a TikTok Shop creator account, including the health
        score over the past 90 days and the current number of accumulated violation points.
        - About violation points:
        - Violation points are key metrics used by TikTok to measure the health of a creator
        account.
        - Higher violation points indicate worse account health, and may lead to restrictions
        such as reduced exposure, suspension, or account bans.
        - Violation points directly impact the account’s visibility and recommendation on the
        platform.
        …

        Args:
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_account_health_status",
                json=_base.body(
                    GetAccountHealthStatusRequest, {"cookie": cookie, "proxy": proxy}
                ),
            ),
            Response[Any],
        )

    async def get_account_insights_overview(
        self,
        *,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        start_date: str | None = "04-01-2025",
    ) -> Response[Any]:
        """获取创作者账号概览/Get Creator Account Overview

        ``POST /api/u1/v1/tiktok/creator/get_account_insights_overview``

        Purpose:
        - Retrieve performance overview of a TikTok Shop creator account within a specified date
        range, including metrics like revenue, exposure, clicks, and orders.
        - By default, it aggregates data from the month of start_date (e.g., if start_date is
        2025-04-01, it retrieves data for the entire month of April).

        Notes:
        - This API is only applicable to TikTok accounts that have TikTok Shop enabled.
        - Data is segmented by time granularity (daily/monthly), and can be used for performance
        analysis or trend monitoring.
        …

        Args:
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            start_date: 查询开始时间,如 '04-01-2025'/ Query Start Date, e.g. '04-01-2025'

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_account_insights_overview",
                json=_base.body(
                    GetAccountInsightsOverviewRequest,
                    {"cookie": cookie, "proxy": proxy, "start_date": start_date},
                ),
            ),
            Response[Any],
        )

    async def get_account_violation_list(
        self,
        *,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        page: int | None = 1,
    ) -> Response[Any]:
        """获取创作者账号违规记录列表/Get Creator Account Violation Record List

        ``POST /api/u1/v1/tiktok/creator/get_account_violation_list``

        Purpose:
        - Retrieve the violation history of a TikTok Shop creator account, providing details
        about past violations and corresponding enforcement actions.
        - The returned violation records include violation type, violation time, violation
        reasons, enforcement actions, appeal status, and eligibility for appeal.
        - Pagination is supported to retrieve multiple records in chronological order.
        - Suitable for creator account risk management, health monitoring, and compliance
        auditing.

        Notes:
        …

        Args:
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            page: 页码/Page Number

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_account_violation_list",
                json=_base.body(
                    GetAccountViolationListRequest,
                    {"cookie": cookie, "proxy": proxy, "page": page},
                ),
            ),
            Response[Any],
        )

    async def get_creator_account_info(
        self,
        *,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
    ) -> Response[Any]:
        """获取创作者账号信息/Get Creator Account Info

        ``POST /api/u1/v1/tiktok/creator/get_creator_account_info``

        Purpose:
        - Retrieve basic information of a TikTok Shop creator account, including username,
        avatar URLs, account ID, register region, partner binding info, and permission list.
        - Useful for verifying account status, displaying user profile data, checking partner
        binding status, and determining access permissions for business processes.

        Notes:
        - Applicable to all TikTok creator accounts.

        Parameters:
        …

        Args:
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_creator_account_info",
                json=_base.body(
                    GetCreatorAccountInfoRequest, {"cookie": cookie, "proxy": proxy}
                ),
            ),
            Response[Any],
        )

    async def get_live_analytics_summary(
        self,
        *,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        start_date: str | None = "04-01-2025",
    ) -> Response[Any]:
        """获取创作者直播概览/Get Creator Live Overview

        ``POST /api/u1/v1/tiktok/creator/get_live_analytics_summary``

        Purpose:
        - Retrieve a summary of live streaming performance for a TikTok Shop creator account
        within a specified time range.
        - By default, it covers one full calendar month starting from the provided start_date
        (e.g., input 04-01-2025 will fetch data for the entire April 2025).

        Response Fields:
        - segments (List of segmented data):
        - time_selector: Time period settings (period, start/end timestamps, timezone, locale)
        - filter.creator_id: Creator ID
        …

        Args:
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            start_date: 查询开始时间,如 '04-01-2025'/ Query Start Date, e.g. '04-01-2025'

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_live_analytics_summary",
                json=_base.body(
                    GetLiveOverviewRequest,
                    {"cookie": cookie, "proxy": proxy, "start_date": start_date},
                ),
            ),
            Response[Any],
        )

    async def get_product_analytics_list(
        self,
        *,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        start_date: str | None = "2025-04-01",
        end_date: str | None = "2025-05-01",
        page: int | None = 0,
    ) -> Response[Any]:
        """获取创作者商品列表分析/Get Creator Product List Analytics

        ``POST /api/u1/v1/tiktok/creator/get_product_analytics_list``

        Purpose:
        - Retrieve the list of products promoted by a TikTok Shop creator account within a
        specified time range, along with their sales analytics.
        - Supports sorting by revenue or product publish time and allows pagination.

        Response Fields:
        - segments (List of segmented data):
        - filter.creator_id: Creator account ID
        - list_control:
        - rules: Sorting rules (e.g., by revenue, by product ID)
        …

        Args:
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            start_date: 开始日期,如 '2025-04-01'/ Start Date, e.g. '2025-04-01'
            end_date: 结束日期,如 '2025-05-01'/ End Date, e.g. '2025-05-01'
            page: 页码/Page Number

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_product_analytics_list",
                json=_base.body(
                    GetProductAnalyticsListRequest,
                    {
                        "cookie": cookie,
                        "proxy": proxy,
                        "start_date": start_date,
                        "end_date": end_date,
                        "page": page,
                    },
                ),
            ),
            Response[Any],
        )

    async def get_product_related_videos(
        self,
        *,
        item_id: str,
        product_id: str,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        start_date: str | None = "04-01-2025",
    ) -> Response[Any]:
        """获取同款商品关联视频/Get Product Related Videos

        ``POST /api/u1/v1/tiktok/creator/get_product_related_videos``

        Purpose:
        - Retrieve the list of all videos associated with a specified product along with their
        interaction metrics (such as like count, comment count, share count).
        - Useful for analyzing the promotional effectiveness and differences of the same product
        across different creators' videos.
        - Supports time-based filtering, defaulting to the calendar month of the specified
        start_date.

        Notes:
        - Requires both item_id (current video ID) and product_id (product ID).
        …

        Args:
            item_id: 视频 ID/Video ID
            product_id: 商品 ID/Product ID
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            start_date: 查询开始时间,如 '04-01-2025'/ Query Start Date, e.g. '04-01-2025'

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_product_related_videos",
                json=_base.body(
                    GetProductRelatedVideosRequest,
                    {
                        "item_id": item_id,
                        "product_id": product_id,
                        "cookie": cookie,
                        "proxy": proxy,
                        "start_date": start_date,
                    },
                ),
            ),
            Response[Any],
        )

    async def get_showcase_product_list(
        self,
        *,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        count: int | None = 20,
        offset: int | None = 0,
    ) -> Response[Any]:
        """获取橱窗商品列表/Get Showcase Product List

        ``POST /api/u1/v1/tiktok/creator/get_showcase_product_list``

        Purpose:
        - Retrieve the list of products currently displayed in a TikTok Shop creator's showcase.
        - Useful for product management, analytics, and monitoring promoted items.

        Notes:
        - Only available for TikTok creator accounts with the showcase feature enabled.
        - Supports pagination via count and offset.

        Parameters:
        - cookie: User Cookie string for authentication
        …

        Args:
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            count: 每页数量/Page Size
            offset: 偏移量/Offset

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_showcase_product_list",
                json=_base.body(
                    GetShowcaseProductListRequest,
                    {
                        "cookie": cookie,
                        "proxy": proxy,
                        "count": count,
                        "offset": offset,
                    },
                ),
            ),
            Response[Any],
        )

    async def get_video_analytics_summary(
        self,
        *,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
    ) -> Response[Any]:
        """获取创作者视频概览/Get Creator Video Overview

        ``POST /api/u1/v1/tiktok/creator/get_video_analytics_summary``

        Purpose:
        - Retrieve a video performance overview for a TikTok Shop creator account over a
        specified time range.
        - By default, the API fetches data for the past 30 days (or full calendar month based on
        the platform settings).
        - Useful for analyzing metrics like video count, views, new followers, and generated
        GMV.

        Response Fields:
        - segments (List of segmented data):
        …

        Args:
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_video_analytics_summary",
                json=_base.body(
                    GetVideoAnalyticsSummaryRequest, {"cookie": cookie, "proxy": proxy}
                ),
            ),
            Response[Any],
        )

    async def get_video_associated_product_list(
        self,
        *,
        item_ids: list[str],
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        start_date: str | None = "04-01-2025",
    ) -> Response[Any]:
        """获取视频关联商品列表/Get Video Associated Product List

        ``POST /api/u1/v1/tiktok/creator/get_video_associated_product_list``

        Purpose:
        - Retrieve the list of products associated with specified videos on TikTok Shop, along
        with their promotional performance data.
        - Useful for analyzing the number of products linked to each video, the product price
        range, product detail page links, and sales performance metrics.

        Notes:
        - Requires item_ids (list of video IDs).
        - The time range defaults to the calendar month of the specified start_date.
        - Supports querying multiple videos at once.
        …

        Args:
            item_ids: 视频 ID 列表/Video ID List
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            start_date: 查询开始时间,如 '04-01-2025'/ Query Start Date, e.g. '04-01-2025'

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_video_associated_product_list",
                json=_base.body(
                    GetVideoAssociatedProductListRequest,
                    {
                        "item_ids": item_ids,
                        "cookie": cookie,
                        "proxy": proxy,
                        "start_date": start_date,
                    },
                ),
            ),
            Response[Any],
        )

    async def get_video_audience_stats(
        self,
        *,
        item_id: str,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        start_date: str | None = "04-01-2025",
    ) -> Response[Any]:
        """获取视频受众分析数据/Get Video Audience Analysis Data

        ``POST /api/u1/v1/tiktok/creator/get_video_audience_stats``

        Purpose:
        - Retrieve audience profile statistics for a specified TikTok video, including gender
        distribution, age distribution, and regional distribution.
        - Useful for accurately understanding the characteristics of the video audience to guide
        content creation, product selection, and marketing strategy optimization.
        - Supports trend analysis across different time intervals (daily/weekly/monthly).

        Notes:
        - Requires item_id (video ID).
        - Audience profile data is based on characteristics of users who viewed and interacted
        …

        Args:
            item_id: 视频 ID/Video ID
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            start_date: 查询开始时间,如 '04-01-2025'/ Query Start Date, e.g. '04-01-2025'

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_video_audience_stats",
                json=_base.body(
                    GetVideoAudienceStatsRequest,
                    {
                        "item_id": item_id,
                        "cookie": cookie,
                        "proxy": proxy,
                        "start_date": start_date,
                    },
                ),
            ),
            Response[Any],
        )

    async def get_video_detailed_stats(
        self,
        *,
        item_id: str,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        start_date: str | None = "04-01-2025",
    ) -> Response[Any]:
        """获取视频详细分段统计数据/Get Video Detailed Statistics

        ``POST /api/u1/v1/tiktok/creator/get_video_detailed_stats``

        Purpose:
        - Retrieve detailed segmented statistics for a specified TikTok video within a given
        calendar month.
        - Supports analyzing new followers, likes, comments, shares, product views, and video
        completion rates across different time segments (daily/weekly/monthly).
        - Useful for deeply analyzing the performance changes of a single video over time,
        optimizing content strategies and promotional outcomes.

        Notes:
        - Requires item_id (video ID).
        …

        Args:
            item_id: 视频 ID/Video ID
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            start_date: 查询开始时间,如 '04-01-2025'/ Query Start Date, e.g. '04-01-2025'

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_video_detailed_stats",
                json=_base.body(
                    GetVideoDetailedStatsRequest,
                    {
                        "item_id": item_id,
                        "cookie": cookie,
                        "proxy": proxy,
                        "start_date": start_date,
                    },
                ),
            ),
            Response[Any],
        )

    async def get_video_list_analytics(
        self,
        *,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        start_date: str | None = "04-01-2025",
        page: int | None = 0,
        rules: str | None = "VIDEO_LIST_PUBLISH_TIME",
    ) -> Response[Any]:
        """获取创作者视频列表分析/Get Creator Video List Analytics

        ``POST /api/u1/v1/tiktok/creator/get_video_list_analytics``

        Purpose:
        - Retrieve a list of videos published by a TikTok Shop creator account within a
        specified time range, along with detailed performance metrics.
        - Supports pagination to fetch multiple pages of video records within the given time
        range.

        Response Fields:
        - segments (List of segmented data):
        - time_selector: Time range settings (start/end timestamps, timezone, locale)
        - filter.creator_id: Creator account ID
        …

        Args:
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            start_date: 查询开始时间,如 '04-01-2025'/ Query Start Date, e.g. '04-01-2025'
            page: 页码/Page Number
            rules: 列表排序规则,默认按发布时间排序/ List sorting rule, default is by publish time

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_video_list_analytics",
                json=_base.body(
                    GetVideoListRequest,
                    {
                        "cookie": cookie,
                        "proxy": proxy,
                        "start_date": start_date,
                        "page": page,
                        "rules": rules,
                    },
                ),
            ),
            Response[Any],
        )

    async def get_video_to_product_stats(
        self,
        *,
        item_id: str,
        product_id: str,
        cookie: str | None = "Your_Cookie_String",
        proxy: str | None = None,
        start_date: str | None = "04-01-2025",
    ) -> Response[Any]:
        """获取视频与商品关联统计数据/Get Video-Product Association Statistics

        ``POST /api/u1/v1/tiktok/creator/get_video_to_product_stats``

        Purpose:
        - Retrieve detailed promotional statistics between a specific TikTok video and a
        specific product.
        - Supports analyzing metrics such as product views, clicks, sales, order counts, product
        revenue, and direct revenue.
        - The data is segmented by time intervals (daily/weekly/monthly) to observe trends over
        time.

        Notes:
        - Requires both item_id (video ID) and product_id (product ID).
        …

        Args:
            item_id: 视频 ID/Video ID
            product_id: 商品 ID/Product ID
            cookie: 用户 Cookie 字符串/User Cookie String
            proxy: 可选 HTTP 代理地址/Optional HTTP Proxy Address
            start_date: 查询开始时间,如 '04-01-2025'/ Query Start Date, e.g. '04-01-2025'

        Returns:
            Response[Any]: the parsed response.
        """
        return await self._client.request(
            _base.RequestSpec(
                "POST",
                "/api/u1/v1/tiktok/creator/get_video_to_product_stats",
                json=_base.body(
                    GetVideoToProductStatsRequest,
                    {
                        "item_id": item_id,
                        "product_id": product_id,
                        "cookie": cookie,
                        "proxy": proxy,
                        "start_date": start_date,
                    },
                ),
            ),
            Response[Any],
        )
