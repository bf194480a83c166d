"""Decoding documents: BOM, UTF-16, mojibake repair, damaged characters, diff-view wrapping."""

from __future__ import annotations

from codegen.readers import Document, read_document
from codegen.readers.textio import decode
from tests.conftest import ROOT

CONTRACT = (ROOT / "contracts" / "tikomni" / "tiktok-creator-api.contract.md").read_text(
    encoding="utf-8"
)


def test_bom_and_utf16_are_accepted() -> None:
    assert decode(b"\xef\xbb\xbf# T\n", "a.md").text == "# T\n"
    assert decode("# 标题\n".encode("utf-16"), "a.md").text == "# 标题\n"


def test_mac_roman_mojibake_is_repaired() -> None:
    original = "获取创作者账号健康状态/Get Creator Account Health Status\n"
    garbled = original.encode("utf-8").decode("mac_roman")
    assert garbled != original
    out = decode(garbled.encode("utf-8"), "m.md")
    assert out.text == original
    assert any(d.code == "mojibake" for d in out.diagnostics)


def test_cut_characters_are_reported_with_their_line() -> None:
    data = "line one\nline two 中".encode()[:-1] + b"\nline three\n"
    out = decode(data, "cut.md")
    lines = [d.line for d in out.diagnostics if d.code == "damaged-text"]
    assert lines == [2]


def test_clean_text_is_left_alone() -> None:
    text = "# Title — “quotes” café 中文 ±\n"
    out = decode(text.encode(), "c.md")
    assert out.text == text and not out.diagnostics


def test_registry_diff_view_is_unwrapped() -> None:
    head = "@scope/pkg 0.1.0\nThis diff represents the content of package versions.\n- package/x.md +10 -0\n"
    framed = "".join(f"|\n|\n{i}\n|\n+\n{line}\n" for i, line in enumerate(CONTRACT.split("\n"), 1))
    out = decode((head + framed).encode(), "diff.txt")
    assert any(d.code == "unwrapped" for d in out.diagnostics)
    res = read_document(Document("diff.txt", out.text))
    plain = read_document(Document("plain.md", CONTRACT))
    assert [r.key for r in res.api.routes] == [r.key for r in plain.api.routes]
    assert res.api.routes[0].source is not None and res.api.routes[0].source.line == 16
