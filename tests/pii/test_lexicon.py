"""lexicon.one_or_two_of: what follows a value inside its word is one ending or two in a row."""

from __future__ import annotations

import pytest

from quality_gate.pii import lexicon

ENDINGS = frozenset({"는", "은", "님", "께서", "에서", "에", "의", "이", "가"})


@pytest.mark.parametrize("rest, expected", [
    ("는", True), ("님께서", True), ("에서는", True), ("께서는", True), ("", False), ("은색", False),
    ("님께", False), ("는는는", False), ("에서에서", True), ("이가", True), ("x", False), ("가x", False),
])
def test_one_or_two_endings(rest, expected):
    assert lexicon.one_or_two_of(rest, ENDINGS) is expected


def test_the_empty_rest_counts_only_where_it_is_an_ending():
    assert lexicon.one_or_two_of("", ENDINGS | {""}) is True
    assert lexicon.one_or_two_of("는", frozenset({"", "는"})) is True
