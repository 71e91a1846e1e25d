"""Checking an attendee's fields: the first problem for the store, all of them for a form."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.models import AttendeeInput
from desktop_app.domain.validation import attendee_problems, validate_attendee


def test_every_problem_of_a_form_is_found_in_the_store_s_order():
    data = AttendeeInput(full_name=" ", position="x" * 5000, phone="09abc", email="abc@")
    problems = attendee_problems(data)
    assert [(p.field, p.code) for p in problems] == [
        ("full_name", "required"), ("position", "too_long"), ("phone", "bad_phone"), ("email", "bad_email")]
    with pytest.raises(ValidationError) as first:
        validate_attendee(data)
    assert (first.value.field, first.value.code) == ("full_name", "required")


def test_a_good_attendee_has_no_problems():
    assert attendee_problems(AttendeeInput(full_name="Đặng Thị Hoà", phone="0912 345 678")) == []
