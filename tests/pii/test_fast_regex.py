"""fast_regex: the gate's patterns, compiled to scan faster, match exactly as `re.compile` does."""

from __future__ import annotations

import glob
import importlib
import json
import re
import unicodedata
from pathlib import Path

import pytest

from quality_gate.pii.recognizers import fast_regex
from quality_gate.pii.recognizers.base import KoreanPatternRecognizer

ROOT = Path(__file__).resolve().parent
MODULES = ["account", "address", "birth_date", "birth_date_context", "birth_date_records", "card", "chat", "cues",
           "date_values", "driver_license", "email", "form_fields", "ip", "latin",
           "learned", "masked_name", "passport", "person", "phone", "place", "plate", "record_rows",
           "registration", "spaced", "staff_ids", "tagger_spans"]


def _documents() -> list[str]:
    """Text nobody wrote for these regexes: the evaluation documents (all sets), NFKC as the gate sees them."""
    texts = []
    for path in sorted(glob.glob(str(ROOT / "eval_*" / "*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            texts.extend(unicodedata.normalize("NFKC", json.loads(line)["text"]) for line in fh if line.strip())
    return texts


def _gate_patterns() -> list[tuple[str, str, int]]:
    """(where, source, flags) of every pattern the recognizers compile once: their PATTERNS, QUICK
    checks, class-level and module-level regexes."""
    from quality_gate.pii.recognizers import RECOGNIZERS  # noqa: F401 - imports every recognizer module

    found = {}
    for cls in _subclasses(KoreanPatternRecognizer):
        for pattern in cls.PATTERNS:
            found[(pattern.regex, cls.FLAGS)] = f"{cls.__name__}: {pattern.name}"
        if cls.QUICK:
            found[(cls.QUICK, 0)] = f"{cls.__name__}: QUICK"
        for attribute, value in vars(cls).items():  # HEADER, SPACED_LABEL, ...
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[(value.pattern, value.flags & ~re.UNICODE)] = f"{cls.__name__}.{attribute}"
    for name in MODULES:
        module = importlib.import_module(f"quality_gate.pii.recognizers.{name}")
        for attribute, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[(value.pattern, value.flags & ~re.UNICODE)] = f"{name}.{attribute}"
    return [(where, source, flags) for (source, flags), where in found.items()]


def _subclasses(cls) -> list[type]:
    out = []
    for sub in cls.__subclasses__():
        out += [sub, *_subclasses(sub)]
    return out


@pytest.fixture(scope="module")
def documents() -> list[str]:
    texts = _documents()
    assert len(texts) > 4000  # every frozen set is there
    return texts


def _matches(regex: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in regex.finditer(text)]


def test_a_leading_lookbehind_moves_after_the_first_character():
    """The rewrite happens (so the speed-up cannot vanish unnoticed) and changes nothing it finds."""
    source = r"(?<![0-9])(?<![0-9][-.])(?P<v>[0-9]{2,6})(?:-[0-9]{1,7}){1,4}(?![0-9])"
    fast = fast_regex.compile(source)
    assert fast.pattern == source and fast.groupindex == re.compile(source).groupindex
    # The compiled form starts with the digit class: re's scan can jump to the next digit.
    assert fast.fullmatch("5") is None and fast.search("번호 1234-5678") is not None
    for text in ["1234-5678", "x12-34", "9-12-34", "12.-34", "a 123-4567-89 b", "1-2", "12-3 45-678", "0123456-1"]:
        assert _matches(fast, text) == _matches(re.compile(source), text), text
    # Lookbehinds before an alternation and a lazy repeat, and one inside a named group.
    for source in [r"(?<![가-힣])(?:서울|부산)시", r"(?<!x)a{1,3}?b", r"(?P<g>(?<![A-Z])[A-Z]{2})[0-9]",
                   r"(?<=\()[0-9]+(?=\))", r"(?<![0-9])[0-9]"]:
        fast = fast_regex.compile(source)
        for text in ["서울시 부산시", "가서울시", "aab xab xaaab", "AB1 xAB1 ABC1", "(12) 3)", "1 22 x3"]:
            assert _matches(fast, text) == _matches(re.compile(source), text), (source, text)


def test_a_leading_case_insensitive_group_starts_with_a_case_sensitive_class():
    """`(?i:dob|birth)` scans like `[BDbd]...`: the rewrite happens and matches exactly as written, with the
    characters beyond upper and lower case that match case-insensitively (the Kelvin sign, the long s,
    the dotted and dotless i)."""
    sources = [r"(?i:dob|d\.o\.b|birth|born|b-?day|sinh|né)", r"(?<![A-Za-z])(?i:Jan(?:uary)?|Feb|May|june?)\s?(?P<d>[0-9]{1,2})",
               r"(?<![0-9])(?i:ab)", r"(?i:emp|eid|staff|hr[ _])[-_]?[0-9]+", r"(?i:k)|x", r"(?i:id|is)"]
    texts = ["DOB 1990 d.o.b Birthday BDAY b-day bday born SINH Né", "Jan 5 june12 JUNE 3 xMay 4 MAY 7 January 30",
             "1ab ab AB aB", "EMP-1 eid_22 \u212aEY Staff3 hr 4 HR_5 \u0130D3 \u0131s \u017fTAFF9", "\u212a k K x", "\u0130D \u0131s ID iS"]
    for source in sources:
        plain, fast = re.compile(source), fast_regex.compile(source)
        assert fast is not plain and fast.pattern == source and fast.groupindex == plain.groupindex
        for text in texts:
            assert _matches(fast, text) == _matches(plain, text), (source, text)
    # `re` jumps between the characters that can start a match: the compiled code has a charset prefix.
    assert fast_regex.compile(r"(?i:dob|birth)").search("가" * 50 + "Dob") is not None


def test_a_pattern_with_no_first_character_gets_the_class_of_its_possible_first_characters():
    """`(?:0?[1-9]|3[01])` starts with a digit but with no single character or class `re` can jump to: the
    compiled pattern carries the class of every character a match can start with, and matches as written,
    through optional parts, alternatives, lookarounds and anchors."""
    sources = [r"(?:0?[1-9]|[12][0-9]|3[01])[./-](?:0?[1-9]|1[0-2])", r"(?:(?:昭和|大正)\s?)?(?:19|20)?[0-9]{2}년",
               r"(?=[0-9])(?:[0-9]{2})?\b[0-9]월", r"(?:|x)y", r"a*b|c?d", r"(?:ab)*\s?[가-힣]{2}(?=님)",
               r"(?<![0-9])(?:[0-9]{2})?-[0-9]"]
    texts = ["날짜 1.2 12/31 3-9 05.07 32.1", "昭和 64년 1990년 90 년 大正90년", "12 3월 123월 9월", "xy y xxy",
             "aab b cd d ccd", "홍길동님 ab 길동님 abab\t김님", "12-3 -4 1-2 a-5"]
    for source in sources:
        plain, fast = re.compile(source), fast_regex.compile(source)
        assert fast is not plain and fast.pattern == source, source
        for text in texts:
            assert _matches(fast, text) == _matches(plain, text), (source, text)
    # Not worked out: a negated class, any character, a case-insensitive group inside; compiled as written.
    for source in [r"(?:[^0-9]|x)y", r"(?:.|x)y", r"(?:ab|(?i:c))?[A-Z]"]:
        assert fast_regex.compile(source) is re.compile(source), source


def test_the_other_cases_of_ascii_characters_are_all_there():
    """Every code point that matches an ASCII letter case-insensitively is the letter, its other case or in
    _OTHER_CASES: the class that starts a rewritten group (above) misses none."""
    for letter in "abcdefghijklmnopqrstuvwxyz":
        regex = re.compile(f"(?i:{letter})")
        matching = {chr(x) for x in range(0x110000) if regex.fullmatch(chr(x))}
        assert matching == {letter, letter.upper(), *fast_regex._OTHER_CASES.get(letter, "")}, letter


def test_patterns_that_cannot_be_rewritten_are_compiled_as_written():
    for source in [r"(?<![0-9])(?i:[ab])", r"(?<![0-9])x?y", r"(?<![0-9])(?=a)a", r"plain", r"(?<!a)"]:
        assert _matches(fast_regex.compile(source), "ab xy y a plain") == _matches(re.compile(source), "ab xy y a plain")


def test_every_gate_pattern_matches_as_written_on_the_evaluation_documents(documents):
    patterns = _gate_patterns()
    assert len(patterns) > 150
    rewritten = 0
    for where, source, flags in patterns:
        plain, fast = re.compile(source, flags), fast_regex.compile(source, flags)
        if fast is plain:  # not rewritten (re.compile caches: the same object)
            continue
        rewritten += 1
        for text in documents:
            assert _matches(fast, text) == _matches(plain, text), where
    assert rewritten > 60  # most guards are rewritten (66 of the recognizers' own patterns on Python 3.11)


def test_quick_checks_find_a_match_exactly_where_the_whole_pattern_does(documents):
    for cls in _subclasses(KoreanPatternRecognizer):
        if not cls.QUICK:
            continue
        plain, quick = re.compile(cls.QUICK), fast_regex.compile_any(cls.QUICK)
        assert [quick.search(t) is not None for t in documents] == [plain.search(t) is not None for t in documents], \
            cls.__name__
    split = fast_regex.compile_any(r"학\s*번|학생|(?i:stu|major)|[0-9]\s?세")
    assert len(split.regexes) == 3  # the literal alternatives together, each other one apart
    assert [split.search(t) is not None for t in ["학 번", "STU", "3 세", "학교", "major", "세"]] == \
        [True, True, True, False, True, False]
