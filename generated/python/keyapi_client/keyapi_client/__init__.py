"""Typed client for KeyAPI TikTok (API version 1.0.0).

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

__version__ = "1.0.0"
API_VERSION = "1.0.0"

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
