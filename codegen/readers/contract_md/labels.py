"""The vocabulary of the contract format, in every label language it is written in."""

from __future__ import annotations

import re
from functools import lru_cache

#: bullet labels (lower-cased) → canonical key
BULLETS: dict[str, str] = {
    "summary": "summary",
    "摘要": "summary",
    "capabilities": "capabilities",
    "能力": "capabilities",
    "auth": "auth",
    "认证": "auth",
    "鉴权": "auth",
    "operationid": "operation_id",
    "operation id": "operation_id",
    "required": "required",
    "必填": "required",
    "是否必填": "required",
    "schema summary": "schema_summary",
    "schema 摘要": "schema_summary",
    "schema摘要": "schema_summary",
    "default auth": "default_auth",
    "默认认证": "default_auth",
    "tag description": "tag_description",
    "标签说明": "tag_description",
    "deprecated": "deprecated",
    "已弃用": "deprecated",
    "description": "description",
    "描述": "description",
    "tags": "tags",
    "tag": "tags",
    "标签": "tags",
    "source": "source",
    "数据源": "source",
    "version": "version",
    "版本": "version",
    "base url": "base_url",
    "server": "base_url",
    "基础路径": "base_url",
}

#: level-4 section headings → canonical section
SECTIONS: dict[str, str] = {
    "notes": "notes",
    "note": "notes",
    "description": "notes",
    "说明": "notes",
    "备注": "notes",
    "描述": "notes",
    "parameters": "parameters",
    "参数": "parameters",
    "request body": "body",
    "请求体": "body",
    "success response": "response",
    "success responses": "response",
    "responses": "response",
    "response": "response",
    "成功响应": "response",
    "响应": "response",
    "返回": "response",
    "返回值": "response",
    "error responses": "response",
    "errors": "response",
    "错误响应": "response",
    "query parameters": "parameters:query",
    "查询参数": "parameters:query",
    "path parameters": "parameters:path",
    "路径参数": "parameters:path",
    "header parameters": "parameters:header",
    "headers": "parameters:header",
    "请求头": "parameters:header",
    "cookie parameters": "parameters:cookie",
    "examples": "notes",
    "example": "notes",
    "示例": "notes",
    "request example": "notes",
    "请求示例": "notes",
    "response example": "notes",
    "响应示例": "notes",
    "usage": "notes",
    "用法": "notes",
    "remarks": "notes",
}

#: Auth values that mean "no authentication"
NO_AUTH = {
    "none",
    "无",
    "no",
    "",
    "not required",
    "no auth",
    "无需认证",
    "不需要",
    "public",
    "公开",
}

#: table header cells → column key
COLUMNS: dict[str, str] = {
    "field": "name",
    "name": "name",
    "parameter": "name",
    "字段": "name",
    "参数": "name",
    "参数名": "name",
    "名称": "name",
    "in": "in",
    "location": "in",
    "位置": "in",
    "type": "type",
    "类型": "type",
    "required": "required",
    "必填": "required",
    "是否必填": "required",
    "description": "description",
    "说明": "description",
    "描述": "description",
    "default": "default",
    "默认值": "default",
    "默认": "default",
    "example": "example",
    "示例": "example",
    "示例值": "example",
    "enum": "enum",
    "枚举": "enum",
    "可选值": "enum",
}

YES = {"yes", "y", "true", "是", "必填", "required", "✓", "✔", "1"}
NO = {"no", "n", "false", "否", "非必填", "optional", "", "none", "-", "0"}

LOCATIONS = {
    "query": "query",
    "path": "path",
    "header": "header",
    "cookie": "cookie",
    "查询": "query",
    "路径": "path",
    "请求头": "header",
}

TITLE_SUFFIX = re.compile(r"\s*(Full Contract|完整契约|Contract|契约)\s*$", re.I)
ROUTE_HEADING = re.compile(
    r"^`?\s*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE)\s+(/\S*?)\s*`?$", re.I
)
BULLET = re.compile(r"^(?P<label>[^:：]{1,40}?)\s*[:：]\s*(?P<value>.*)$", re.S)
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=2048)  # labels, column names and Yes/No cells repeat on every route
def norm(s: str) -> str:
    """Lower-case, collapse spaces, drop decoration so labels compare equal."""
    return _SPACES.sub(" ", s.strip().strip("*_`").strip()).lower()


def yes_no(cell: str) -> bool | None:
    v = norm(cell)
    if v in YES:
        return True
    if v in NO:
        return False
    return None
