"""Errors raised by the client: one base class, one subclass per kind of failure."""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "ClientError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseValidationError",
    "ServerError",
    "UnprocessableEntityError",
    "error_for_response",
]


class ClientError(Exception):
    """Base class of every error this package raises."""


class RequestValidationError(ClientError, ValueError):
    """The request was not sent: a required parameter is missing or a value is invalid."""


class ApiConnectionError(ClientError):
    """The server could not be reached (after the configured retries)."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request


class ResponseValidationError(ClientError):
    """The server answered with a body that does not match the documented model."""

    def __init__(self, message: str, *, response: httpx.Response, data: Any) -> None:
        super().__init__(message)
        self.response = response
        self.data = data


class ApiError(ClientError):
    """The server answered with an error status (4xx/5xx)."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any = None,
        code: Any = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.code = code
        self.request_id = request_id

    def __str__(self) -> str:
        rid = f" (request id {self.request_id})" if self.request_id else ""
        return f"HTTP {self.status_code}: {self.message}{rid}"


class BadRequestError(ApiError):
    """HTTP 400."""


class AuthenticationError(ApiError):
    """HTTP 401: the token is missing, wrong or expired."""


class PermissionDeniedError(ApiError):
    """HTTP 403: the token may not use this route."""


class NotFoundError(ApiError):
    """HTTP 404."""


class UnprocessableEntityError(ApiError):
    """HTTP 422: the server rejected the parameters."""


class RateLimitError(ApiError):
    """HTTP 429: too many requests (raised once the retries are used up)."""


class ServerError(ApiError):
    """HTTP 5xx (raised once the retries are used up)."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _first(*values: Any) -> Any:
    for v in values:
        if v not in (None, ""):
            return v
    return None


def error_for_response(response: httpx.Response) -> ApiError:
    """The typed error for an error response, with code, message and request id when sent."""
    try:
        body: Any = response.json()
    except ValueError:
        body = response.text or None
    doc = body if isinstance(body, dict) else {}
    detail = doc.get("detail")
    inner = detail if isinstance(detail, dict) else {}
    message = _first(
        doc.get("message"),
        inner.get("message"),
        detail if isinstance(detail, str) else None,
        doc.get("error") if isinstance(doc.get("error"), str) else None,
        body if isinstance(body, str) else None,
        response.reason_phrase,
        "request failed",
    )
    if isinstance(detail, list) and detail:
        message = f"{message}: {detail}" if doc.get("message") else str(detail)
    request_id = _first(
        doc.get("request_id"),
        inner.get("request_id"),
        response.headers.get("x-request-id"),
    )
    code = _first(doc.get("code"), inner.get("code"))
    status = response.status_code
    cls = _BY_STATUS.get(status, ServerError if status >= 500 else ApiError)
    return cls(
        str(message),
        response=response,
        body=body,
        code=code,
        request_id=None if request_id is None else str(request_id),
    )
