"""Data models of TikOmni API: request bodies, responses and the response envelope."""

from __future__ import annotations

from typing import Generic, TypeVar

from ._models import (
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
    ResponseModel,
)

DataT = TypeVar("DataT")


class Response(ResponseModel, Generic[DataT]):
    """The response envelope shared by the routes; ``data`` holds the route's payload."""

    data: DataT | None = None


__all__ = [
    "FetchAuthorDiagnosisRequest",
    "FetchItemAnalysisInvolvedVerticalRequest",
    "FetchItemAnalysisItemPerformanceRequest",
    "FetchItemAnalysisOverviewRequest",
    "FetchItemAudienceOthersRequest",
    "FetchItemAudiencePortraitRequest",
    "FetchItemDanmakuAnalysisRequest",
    "FetchItemListDownloadRequest",
    "FetchItemListRequest",
    "FetchItemOverviewDataRequest",
    "FetchItemPlaySourceRequest",
    "FetchItemSearchKeywordRequest",
    "FetchItemWatchTrendRequest",
    "FetchLiveRoomHistoryListRequest",
    "GetAccountHealthStatusRequest",
    "GetAccountInsightsOverviewRequest",
    "GetAccountViolationListRequest",
    "GetCreatorAccountInfoRequest",
    "GetLiveOverviewRequest",
    "GetProductAnalyticsListRequest",
    "GetProductRelatedVideosRequest",
    "GetShowcaseProductListRequest",
    "GetVideoAnalyticsSummaryRequest",
    "GetVideoAssociatedProductListRequest",
    "GetVideoAudienceStatsRequest",
    "GetVideoDetailedStatsRequest",
    "GetVideoListRequest",
    "GetVideoToProductStatsRequest",
    "Response",
    "ResponseModel",
]
