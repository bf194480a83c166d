"""Typed client for TikOmni API (API version 5.3.2).

``Client`` and ``AsyncClient`` are the entry points; ``models`` holds the data models.
"""

from ._base import DEFAULT_BASE_URL, TOKEN_ENV, ClientConfig
from ._client import AsyncClient, Client
from ._errors import (
    ApiConnectionError,
    ApiError,
    AuthenticationError,
    BadRequestError,
    ClientError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ResponseValidationError,
    ServerError,
    UnprocessableEntityError,
)

__version__ = "5.3.2"
API_VERSION = "5.3.2"

__all__ = [
    "API_VERSION",
    "DEFAULT_BASE_URL",
    "TOKEN_ENV",
    "ApiConnectionError",
    "ApiError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientConfig",
    "ClientError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseValidationError",
    "ServerError",
    "UnprocessableEntityError",
    "__version__",
]
