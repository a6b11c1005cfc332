"""Bytes to text: encodings are detected, binary and empty inputs fail."""

from __future__ import annotations

import pytest

from foretold.errors import IngestError
from foretold.ingest.decode import binary_kind, declared_charset, decode

WESTERN = "The café’s owner was “delighted” — and so was Zoë, said Renée."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_text_is_decoded_in_its_encoding(encoding: str) -> None:
    assert decode(WESTERN.encode(encoding), "x.txt") == WESTERN


def test_latin1_text_is_decoded() -> None:
    text = "Le président a déclaré que la réforme serait adoptée avant l'été."
    assert decode(text.encode("latin-1"), "x.txt") == text


def test_declared_charset_is_used() -> None:
    page = '<html><head><meta charset="windows-1251"></head><body>Привет</body></html>'
    data = page.encode("cp1251")
    assert declared_charset(data) == "cp1251"
    assert "Привет" in decode(data, "x.html")


def test_empty_and_binary_inputs_fail_naming_the_source() -> None:
    with pytest.raises(IngestError, match=r"^x\.txt: empty file$"):
        decode(b" \n\t", "x.txt")
    with pytest.raises(IngestError, match=r"^x\.txt: binary file \(a ZIP archive\), not text$"):
        decode(b"PK\x03\x04" + bytes(100), "x.txt")


def test_binary_kind() -> None:
    assert binary_kind(b"%PDF-1.4") == "a PDF document"
    assert binary_kind(b"plain words\n") is None
    assert binary_kind("text".encode("utf-16")) is None
    assert binary_kind(b"abc\x00def") == "binary data"
