"""TCVN3 and VNI: every letter round-trips, fonts and characters reveal the encoding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.domain.legacy import (
    Encoding,
    decode,
    decode_tcvn3,
    decode_vni,
    detect_encoding,
    encode_tcvn3,
    encode_vni,
    encoding_from_font,
)
from desktop_app.domain.resources import resource_path

DATA = Path(__file__).parents[1] / "data"

TABLES = json.loads(resource_path("encodings", "legacy_vietnamese_encodings.json").read_text("utf-8"))
TCVN3_LETTERS = sorted(TABLES["tcvn3"]["map"].values())
VNI_LETTERS = sorted(TABLES["vni"]["map"])


@pytest.mark.parametrize("letter", TCVN3_LETTERS)
def test_every_tcvn3_letter_round_trips(letter):
    assert decode_tcvn3(encode_tcvn3(letter)) == letter
    assert decode_tcvn3(encode_tcvn3(f"x{letter}y")) == f"x{letter}y"


@pytest.mark.parametrize("letter", VNI_LETTERS)
def test_every_vni_letter_round_trips(letter):
    assert decode_vni(encode_vni(letter)) == letter
    assert decode_vni(encode_vni(f"Ng{letter}n")) == f"Ng{letter}n"


def test_every_tcvn3_byte_decodes_to_its_letter():
    for code, letter in TABLES["tcvn3"]["map"].items():
        assert decode_tcvn3(chr(int(code, 16))) == letter


def test_examples_from_the_brief():
    assert decode_tcvn3("NguyÔn V¨n §øc") == "Nguyễn Văn Đức"
    assert decode_vni("Nguyeãn Vaên Ñöùc") == "Nguyễn Văn Đức"


def test_tcvn3_soft_hyphen_is_u_horn():
    assert decode_tcvn3("Tr\xadêng") == "Trường"


def test_all_capitals_fonts_are_upper_cased():
    assert decode("hä vµ tªn", Encoding.TCVN3_CAPS) == "HỌ VÀ TÊN"
    assert encoding_from_font(".VnTimeH") is Encoding.TCVN3_CAPS
    assert encoding_from_font(".VnArialH") is Encoding.TCVN3_CAPS


@pytest.mark.parametrize(
    ("font", "encoding"),
    [(".VnTime", Encoding.TCVN3), (".VnArial", Encoding.TCVN3), ("VNI-Times", Encoding.VNI),
     ("VNI-Helve", Encoding.VNI), ("Times New Roman", None), ("Calibri", None), (None, None)],
)
def test_encoding_from_font(font, encoding):
    assert encoding_from_font(font) is encoding


@pytest.mark.parametrize(
    ("texts", "encoding"),
    [
        (["§ç Ngäc Tr\xadêng", "Gi¸m ®èc Trung t©m", "UBND tØnh L¹ng S¬n"], Encoding.TCVN3),
        (["Nguyeãn Vaên Ñöùc", "Phoù Giaùm ñoác"], Encoding.VNI),
        (["Nguyễn Văn Đức"], Encoding.UNICODE),
        (["José Müller", "Café"], Encoding.UNICODE),  # Western accents are not TCVN3
        (["Nguyen Van A"], Encoding.UNICODE),
        ([], Encoding.UNICODE),
    ],
)
def test_detection_by_characters(texts, encoding):
    assert detect_encoding(texts) is encoding


def test_detection_prefers_the_font():
    assert detect_encoding(["plain"], fonts=["Calibri", "VNI-Times"]) is Encoding.VNI


@pytest.mark.parametrize("sample", ["invite_list_tcvn3", "invite_list_sections", "invite_list_utf8_bom"])
def test_real_names_survive_both_legacy_round_trips(sample):
    people = json.loads((DATA / f"{sample}.expected.json").read_text("utf-8"))["people"]
    for person in people:
        for text in (person["full_name"], person["position"], person["unit"]):
            # TCVN3 has no capital toned letters ("Ủy" comes back "ủy"), so compare ignoring case
            assert decode_tcvn3(encode_tcvn3(text)).lower() == text.lower()
            assert decode_vni(encode_vni(text)) == text
            assert detect_encoding([encode_vni(text)]) in (Encoding.VNI, Encoding.UNICODE)
