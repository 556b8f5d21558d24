"""Property tests: generated identifiers in generated sentences are always masked, whatever the
particle, position or separator; masking never crashes and is stable on its own output."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from configuration import load_config
from quality_gate.pii import build_masker
from quality_gate.pii.checksums import luhn_ok, rrn_checksum_ok

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

PREFIXES = ["", "연락처 ", "민원 관련해서 ", "제 번호는 ", "급합니다. ", "(", "담당자께: "]
PARTICLES = ["", "로", "으로", "입니다", "이고", "에", "가", "(으)로", ")", ".", " 로 연락 주세요"]


@pytest.fixture(scope="module")
def masker():
    return build_masker(load_config().quality_gate.pii)


@pytest.fixture(scope="module")
def rules_masker():
    """The rules alone (no learned tagger): deterministic on its own output."""
    return build_masker(load_config().quality_gate.pii.model_copy(update={"learned": None}))


@st.composite
def mobile_numbers(draw):
    prefix = draw(st.sampled_from(["010", "011", "016", "017", "018", "019"]))
    middle = draw(st.integers(1000, 9999))
    last = draw(st.integers(0, 9999))
    sep = draw(st.sampled_from(["-", " ", ".", "", " - "]))
    return f"{prefix}{sep}{middle}{sep}{last:04d}"


@st.composite
def rrns(draw):
    year = draw(st.integers(0, 99))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    gender = draw(st.sampled_from("12") if year > 25 else st.sampled_from("1234"))
    serial = draw(st.integers(0, 99999))
    digits = f"{year:02d}{month:02d}{day:02d}{gender}{serial:05d}"
    total = sum(int(d) * w for d, w in zip(digits, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]))
    digits += str((11 - total % 11) % 10)
    assert rrn_checksum_ok(digits)
    sep = draw(st.sampled_from(["-", "", " - "]))
    return f"{digits[:6]}{sep}{digits[6:]}"


@st.composite
def cards(draw):
    first = draw(st.sampled_from("4593"))
    body = [int(first)] + [draw(st.integers(0, 9)) for _ in range(14)]
    for check in range(10):
        digits = "".join(map(str, body)) + str(check)
        if luhn_ok(digits):
            break
    sep = draw(st.sampled_from(["-", " ", ""]))
    return sep.join(digits[i:i + 4] for i in range(0, 16, 4))


@st.composite
def emails(draw):
    local = draw(st.from_regex(r"[a-z][a-z0-9._]{1,10}[a-z0-9]", fullmatch=True))
    domain = draw(st.sampled_from(["naver.com", "daum.net", "gmail.com", "korea.kr", "snu.ac.kr", "hanmail.net"]))
    at = draw(st.sampled_from(["@", " [at] ", "(at)", " 골뱅이 "]))
    return f"{local}{at}{domain}"


def _sentence(value: str, prefix: str, particle: str) -> str:
    return f"{prefix}{value}{particle} 확인 부탁드립니다."


@SETTINGS
@given(value=mobile_numbers(), prefix=st.sampled_from(PREFIXES), particle=st.sampled_from(PARTICLES))
def test_mobile_numbers_are_always_masked(masker, value, prefix, particle):
    result = masker.mask(_sentence(value, prefix, particle), "t")
    assert value not in result.text and "PHONE_NUMBER" in result.entity_counts, result.text


@SETTINGS
@given(value=rrns(), prefix=st.sampled_from(["주민번호 ", "", "본인 확인: "]), particle=st.sampled_from(PARTICLES))
def test_checksum_valid_rrns_are_always_masked(masker, value, prefix, particle):
    result = masker.mask(_sentence(value, prefix, particle), "t")
    assert value not in result.text and "KR_RRN" in result.entity_counts, result.text


@SETTINGS
@given(value=cards(), prefix=st.sampled_from(["카드 ", "", "결제 카드번호: "]), particle=st.sampled_from(PARTICLES))
def test_luhn_valid_cards_are_always_masked(masker, value, prefix, particle):
    result = masker.mask(_sentence(value, prefix, particle), "t")
    assert value not in result.text and "CREDIT_CARD" in result.entity_counts, result.text


@SETTINGS
@given(value=emails(), prefix=st.sampled_from(["메일 ", "", "회신: "]), particle=st.sampled_from(PARTICLES))
def test_emails_are_always_masked(masker, value, prefix, particle):
    result = masker.mask(_sentence(value, prefix, particle), "t")
    assert "EMAIL_ADDRESS" in result.entity_counts, result.text
    assert value.split("@")[0].split(" ")[0].split("(")[0] not in result.text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.sampled_from(list("가나다라마바사김이박정민수님씨 0123456789-.@()*:,ＯＯ０１１２")), max_size=80))
@example(text="라Ｏ사라씨")  # found by CI on 2026-12-07: `<PERSON_…>라씨` masked `라` as a surname the second time
# and three found by a wider search the same day: values that touched a mask token only once it was there
@example(text="김 마ＯＯ::나:(*라35다１")  # `<PERSON_…>::`: an IPv6 address
@example(text="4.１０사23가가바 )가::53라 9642민:")  # `가::<PLATE>`: an IPv6 address
@example(text="김정,라１ 민정Ｏ사수이님Ｏ라박8다(8")  # `민정Ｏ<PERSON_…>`: a name before one
def test_masking_never_crashes_and_is_stable(masker, rules_masker, text):
    from collections import Counter

    from quality_gate.pii.masker import MASK_TOKEN

    once = masker.mask(text, "t")
    twice = masker.mask(once.text, "t")
    # Mask tokens are never re-detected. (The learned tagger reads context: once a value is masked,
    # a leftover character next to it may read differently, so exact idempotence is the rules' property.)
    assert Counter(MASK_TOKEN.findall(once.text)) - Counter(MASK_TOKEN.findall(twice.text)) == Counter()
    assert isinstance(masker.residual_entities(once.text), list)
    rules_once = rules_masker.mask(text, "t")
    assert rules_masker.mask(rules_once.text, "t").text == rules_once.text
