"""The Vietnamese text module: cleaning, folding, sort keys, typing artefacts."""

from __future__ import annotations

import unicodedata

import pytest

from desktop_app.domain.text import clean, fold, fold_words, name_sort_key, split_name, typing_artefacts


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Nguye\u0302\u0303n Va\u0306n \u0110u\u031b\u0301c", "Nguyễn Văn Đức"),  # NFD from macOS
        ("\u00d0\u1eb7ng Th\u1ecb Ho\u00e0", "Đặng Thị Hoà"),  # Icelandic Eth look-alike
        ("\u0189inh V\u0103n A", "Đinh Văn A"),  # African D look-alike
        ("  Lê\u00a0\u00a0Thị   Hà  ", "Lê Thị Hà"),  # NBSP and runs of spaces
        ("\ufeffTrần\u200b Văn\u200d Nam", "Trần Văn Nam"),  # BOM, zero-width characters
        ("Hà\u200fNội", "HàNội"),  # a right-to-left mark hidden in a name
        ("Vi\tThị\nThu", "Vi Thị Thu"),  # tabs and line breaks inside a one-line field
        ("A\x00B\x07C\x1b", "A B C"),  # control characters Excel rejects: a space, never joined words
        ("Ngô\ufeffVăn\x00Nul", "Ngô Văn Nul"),  # a BOM or NUL between words (issue 17)
        (None, ""),
        (123, "123"),
    ],
)
def test_clean(raw, expected):
    assert clean(raw) == expected
    assert unicodedata.is_normalized("NFC", clean(raw))


def test_clean_keeps_line_breaks_in_notes():
    assert clean("Dòng 1  \r\n  Dòng 2\n\n\n\nDòng 3", multiline=True) == "Dòng 1\nDòng 2\n\nDòng 3"


def test_clean_keeps_the_tcvn3_soft_hyphen_which_is_the_letter_u_horn():
    assert clean("Tr\xadêng") == "Tr\xadêng"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("duc", "Đức"),
        ("dang thi hoa", "Đặng Thị Hoà"),
        ("dang thi hoa", "Đặng Thị Hòa"),  # tone placement, both spellings
        ("thuy", "Thủy"),
        ("thuy", "Thuỷ"),
        ("huyen", "Huyên"),
        ("ubnd huyen cao loc", "UBND huyện Cao Lộc"),
        ("so tt tt", "Sở TT&TT"),
        ("nguyen van duc", "NGUYỄN VĂN ĐỨC"),
        ("nguyen", "Nguye\u0302\u0303n"),
    ],
)
def test_fold_matches_what_clerks_type(typed, stored):
    assert fold(stored) == typed


def test_fold_of_both_tone_placements_is_equal():
    assert fold("Hoà") == fold("Hòa") == "hoa"
    assert fold("Thuỷ") == fold("Thủy") == "thuy"
    assert fold("Đ") == "d" and fold("đ") == "d"


def test_fold_words_splits_on_punctuation():
    assert fold_words("Chánh Văn phòng, Người phát ngôn") == ["chanh", "van", "phong", "nguoi", "phat", "ngon"]


def test_split_name_takes_the_last_word_as_given_name():
    assert split_name("Nguyễn Thị Thu Hà") == ("Hà", "Nguyễn Thị Thu")
    assert split_name("Giang") == ("Giang", "")
    assert split_name("") == ("", "")


def _order(names):
    return sorted(names, key=name_sort_key)


def test_letters_outrank_tones():
    assert _order(["Ân", "Ăn", "Ánh", "Anh", "An"]) == ["An", "Anh", "Ánh", "Ăn", "Ân"]


def test_d_comes_before_d_stroke():
    assert _order(["Lê Văn Đức", "Trần Dũng"]) == ["Trần Dũng", "Lê Văn Đức"]


def test_code_point_order_is_not_vietnamese_order():
    # "Hưng" sorts before "Hải" by code point; Vietnamese puts ư after a.
    assert sorted(["Hưng", "Hải"]) == ["Hưng", "Hải"]
    assert _order(["Hưng", "Hải"]) == ["Hải", "Hưng"]


def test_tone_order_none_grave_hook_tilde_acute_dot():
    assert _order(["Hạ", "Há", "Hã", "Hả", "Hà", "Ha"]) == ["Ha", "Hà", "Hả", "Hã", "Há", "Hạ"]


def test_names_sort_by_given_name_then_the_rest():
    names = ["Nguyễn Văn Bình", "Trần Thị An", "Lê An", "Hoàng Văn Bình"]
    assert _order(names) == ["Lê An", "Trần Thị An", "Hoàng Văn Bình", "Nguyễn Văn Bình"]


@pytest.mark.parametrize(
    ("text", "suspicious"),
    [
        ("Nguyeenx Vawn Ducws", ["Nguyeenx", "Vawn", "Ducws"]),
        ("Nguye64n Va8n", ["Nguye64n", "Va8n"]),
        ("Nguyễn Văn Đức", []),
        ("Nguyen Van Duc", []),  # typed without accents on purpose: fine
        ("Chủ tịch UBND huyện", []),  # abbreviations are not artefacts
    ],
)
def test_typing_artefacts_are_flagged(text, suspicious):
    assert typing_artefacts(text) == suspicious
