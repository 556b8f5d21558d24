"""PiiMasker behaviour: operators, particles, pseudonyms, offsets, hard negatives, residual scan,
no PII in errors, the Presidio structure underneath."""

from __future__ import annotations

import re
import traceback
from pathlib import Path
from types import SimpleNamespace

import pytest
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, PatternRecognizer

from configuration import load_config
from quality_gate.pii import MaskResult, PiiMasker, PiiMaskingError, build_masker, default_pseudonym_key
from quality_gate.pii.evaluation import load_jsonl
from quality_gate.pii.nlp_engine import KoreanTokenNlpEngine
from quality_gate.pii.normalize import normalize
from quality_gate.pii.recognizers import RECOGNIZERS, build_registry

HERE = Path(__file__).resolve().parent
TOKEN = re.compile(r"<PERSON_[0-9a-f]{6}>")


@pytest.fixture(scope="module")
def config():
    return load_config().quality_gate.pii


@pytest.fixture(scope="module")
def masker(config) -> PiiMasker:
    return build_masker(config)


def _config(**operators):
    return SimpleNamespace(
        score_threshold=0.5,
        entities={name: SimpleNamespace(operator=op) for name, op in operators.items()},
    )


# ----------------------------------------------------------------------------- structure
def test_one_rule_recognizer_per_configured_entity_and_form(masker, config):
    from quality_gate.pii.recognizers.learned import LearnedNerRecognizer

    recognizers = masker.analyzer.get_recognizers("ko")
    learned = [r for r in recognizers if isinstance(r, LearnedNerRecognizer)]
    rules = [r for r in recognizers if not isinstance(r, LearnedNerRecognizer)]
    from quality_gate.pii.recognizers import ALSO

    also = [entity for entity in config.entities for _ in ALSO.get(entity, ())]
    assert sorted(r.supported_entities[0] for r in rules) == sorted(list(config.entities) + also)
    # The learned tagger: one more recognizer, for the name and address types that are configured.
    assert len(learned) == 1 and set(learned[0].supported_entities) == {"PERSON", "KR_ADDRESS"} & set(config.entities)
    assert len({type(r) for r in recognizers}) == len(recognizers)
    for recognizer in recognizers:
        assert isinstance(recognizer, (PatternRecognizer, EntityRecognizer))
    assert isinstance(masker.analyzer, AnalyzerEngine)
    assert isinstance(masker.analyzer.nlp_engine, KoreanTokenNlpEngine)


def test_registry_is_assembled_from_the_config_list():
    masker = build_masker(_config(PHONE_NUMBER="tag", PERSON="pseudonym"))
    assert sorted(masker.entities) == ["PERSON", "PHONE_NUMBER"]
    result = masker.mask("홍길동님 연락처 010-1234-5678, 메일 hong@naver.com", "t1")
    assert "hong@naver.com" in result.text  # e-mail is not configured here
    assert set(result.entity_counts) == {"PERSON", "PHONE_NUMBER"}


def test_unknown_entity_in_config_is_rejected():
    with pytest.raises(ValueError, match="NOT_A_TYPE"):
        build_registry(["PHONE_NUMBER", "NOT_A_TYPE"])


def test_configured_entities_all_have_recognizers(config):
    assert set(config.entities) <= set(RECOGNIZERS)
    assert {"KR_PASSPORT", "KR_DRIVER_LICENSE", "KR_BRN", "IP_ADDRESS"} <= set(config.entities)


def test_nlp_engine_tokens_and_lemmas():
    artifacts = KoreanTokenNlpEngine().process_text("주민등록번호는 900101-1234567입니다", "ko")
    assert artifacts.tokens == ["주민등록번호는", "900101-1234567", "입니다"]
    assert artifacts.lemmas == artifacts.tokens
    assert artifacts.tokens_indices == [0, 8, 22]
    assert "주민등록번호는" in artifacts.keywords


def test_context_words_lift_context_driven_types(masker):
    # A bare 12-digit number is a licence only with licence context; an account only with bank context.
    assert masker.mask("운전면허번호 131234567890 입니다", "t").entity_counts == {"KR_DRIVER_LICENSE": 1}
    assert masker.mask("민원번호 131234567890 입니다", "t").entity_counts == {}
    assert masker.mask("국민은행 12345678901234 로 환불", "t").entity_counts == {"BANK_ACCOUNT": 1}
    assert masker.mask("문서번호 12345678901234 참고", "t").entity_counts == {}


# ----------------------------------------------------------------------------- operators
def test_tags_and_pseudonyms(masker):
    text = "민원인 홍길동입니다. 연락처 010-1234-5678, 주민번호 900101-1234568, 메일 hong@naver.com"
    result = masker.mask(text, "daejeon")
    assert "<PHONE>" in result.text and "<RRN>" in result.text and "<EMAIL>" in result.text
    assert TOKEN.search(result.text)
    assert "홍길동" not in result.text and "010-1234-5678" not in result.text
    assert result.entity_counts == {"PERSON": 1, "PHONE_NUMBER": 1, "KR_RRN": 1, "EMAIL_ADDRESS": 1}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("홍길동님은 어제 오셨습니다", r"^<PERSON_[0-9a-f]{6}>님은 어제 오셨습니다$"),
        ("김철수 주무관이 전화를 안 받아요", r"^<PERSON_[0-9a-f]{6}> 주무관이 전화를 안 받아요$"),
        ("민원인 박영희입니다", r"^민원인 <PERSON_[0-9a-f]{6}>입니다$"),
        ("010-1234-5678로 연락 주세요", r"^<PHONE>로 연락 주세요$"),
        ("hong@naver.com입니다", r"^<EMAIL>입니다$"),
        ("4111-1111-1111-1111로 결제", r"^<CARD>로 결제$"),
        ("12가3456이 불법주차", r"^<PLATE>이 불법주차$"),
        ("대전 유성구 대학로 99에 삽니다", r"^<ADDRESS>에 삽니다$"),
    ],
)
def test_particles_stay_attached(masker, text, expected):
    assert re.match(expected, masker.mask(text, "t").text), masker.mask(text, "t").text


def test_pseudonym_is_stable_within_a_tenant_and_differs_across_tenants(masker):
    a1 = TOKEN.findall(masker.mask("담당자 김민지 주무관", "suwon").text)
    a2 = TOKEN.findall(masker.mask("김민지 씨가 또 전화했습니다. 김민지 씨 번호를 알려 주세요", "suwon").text)
    b = TOKEN.findall(masker.mask("담당자 김민지 주무관", "yongin").text)
    other = TOKEN.findall(masker.mask("담당자 박민지 주무관", "suwon").text)
    assert len(a1) == 1 and len(a2) == 2 and len(b) == 1 and len(other) == 1
    assert a1[0] == a2[0] == a2[1]
    assert b[0] != a1[0]
    assert other[0] != a1[0]


def test_pseudonym_uses_the_tenant_key(config, monkeypatch):
    masker = build_masker(config, pseudonym_key_for=lambda tenant: b"k" * 32)
    same = build_masker(config, pseudonym_key_for=lambda tenant: b"k" * 32)
    other = build_masker(config, pseudonym_key_for=lambda tenant: b"z" * 32)
    text = "신청인 홍길동입니다"
    assert masker.mask(text, "a").text == same.mask(text, "a").text != other.mask(text, "a").text

    monkeypatch.delenv("MINWON_PSEUDONYM_KEY_SUWON", raising=False)
    dev_key = default_pseudonym_key("suwon")
    monkeypatch.setenv("MINWON_PSEUDONYM_KEY_SUWON", "production-secret")
    assert default_pseudonym_key("suwon") != dev_key
    assert default_pseudonym_key("suwon") != default_pseudonym_key("yongin")
    assert len(dev_key) == 32


def test_key_must_be_long_enough(config):
    masker = build_masker(config, pseudonym_key_for=lambda tenant: b"short")
    with pytest.raises(PiiMaskingError):
        masker.mask("민원인 홍길동입니다", "t")


# ----------------------------------------------------------------------------- normalisation
def test_full_width_offsets_map_back_to_the_original(masker):
    text = "연락처 ０１０－４８２１－７７３５입니다"
    [detection] = masker.detect(text)
    assert text[detection.start:detection.end] == "０１０－４８２１－７７３５"
    assert masker.mask(text, "t").text == "연락처 <PHONE>입니다"


def test_expanding_characters_keep_offsets(masker):
    text = "㈜한빛 담당 ① 010-2222-3333 ② hong＠naver．com으로"
    normalized = normalize(text)
    assert normalized.index_map is not None and len(normalized.text) > len(text)
    result = masker.mask(text, "t")
    assert result.text == "㈜한빛 담당 ① <PHONE> ② <EMAIL>으로"


@pytest.mark.parametrize("text", ["마. 문의: 노인복지과 031-228-2412", "문의 031-228-3345", "교무실 031-271-4020",
                                  "※ 문의: 인사팀 insa@seongnam.go.kr", "from=<no-reply@suwon.go.kr>",
                                  "받는 사람: noreply-minwon@seongnam.go.kr"])
def test_public_lines_and_role_mailboxes_left_in_the_text_pass_the_residual_scan(masker, text):
    # The recognizers leave an office's line and a role's mailbox in the text; the fail-closed
    # residual scan must read them the same way, or every notice would be quarantined.
    masked = masker.mask(text, "t")
    assert masked.text == text
    assert masker.residual_entities(masked.text) == []


def test_bars_of_a_table_row_are_not_read_as_ones(masker):
    # In a row of bars `|` is a cell border; read as the digit 1 it glued the date to the resident
    # number (`1949-03-031490303-1******`) and neither was masked. A lone `|` in a number still is a 1.
    text = "연번|세대주|생년월일|주민등록번호\n1|허영구|1949-03-03|490303-1******"
    assert normalize(text).text == text
    found = {(d.entity, text[d.start:d.end]) for d in masker.detect(text)}
    assert {("BIRTH_DATE", "1949-03-03"), ("KR_RRN", "490303-1******")} <= found
    assert normalize("| 김민수 | 0l0-1234-5678 | 남 |").text == "| 김민수 | 010-1234-5678 | 남 |"
    assert normalize("전화 0l0-|234-5678").text == "전화 010-1234-5678"


@pytest.mark.parametrize(
    "text, entity",
    [
        ("O1O-l234-5678 이 번호로 문자가 와요", "PHONE_NUMBER"),
        ("번호는 010-****-5678 입니다", "PHONE_NUMBER"),
        ("주민번호 900101-1****** 로 조회", "KR_RRN"),
        ("주민번호 900101-******* 로 조회", "KR_RRN"),
        ("메일 hong[at]naver[dot]com 으로", "EMAIL_ADDRESS"),
        ("메일 hong(at)naver.com 으로", "EMAIL_ADDRESS"),
        ("메일은 hong 골뱅이 naver.com 입니다", "EMAIL_ADDRESS"),
        ("메일 hong앳gmail.com 으로", "EMAIL_ADDRESS"),
        ("번호 010 1234 5678 입니다", "PHONE_NUMBER"),
        ("번호 010.1234.5678 입니다", "PHONE_NUMBER"),
        ("번호 공일공-일이삼사-오육칠팔 입니다", "PHONE_NUMBER"),
        ("주민등록번호 ９２０３１８－２０４５１７７ 입니다", "KR_RRN"),
        ("카드 5412-75**-****-3391 결제", "CREDIT_CARD"),
        ("신한 110 123 456789 으로 환불", "BANK_ACCOUNT"),
        ("Passport: 123456789 (USA)", "KR_PASSPORT"),
    ],
)
def test_obfuscated_values_are_masked(masker, text, entity):
    assert entity in masker.mask(text, "t").entity_counts, masker.mask(text, "t").text


# ----------------------------------------------------------------------------- hard negatives
HARD_NEGATIVES = [
    "2024-03-15에 접수한 민원입니다",
    "2024.3.15 오후에 방문했습니다",
    "20240315 공문 참고",
    "과태료 1,250,000원이 나왔어요",
    "2023가합12345 사건",
    "접수번호 2024-0001234 확인 부탁",
    "민원번호 202401150001 건",
    "우편번호 16490",
    "제12조 제3항, 법률 제18000호",
    "1588-1234, 1577-1000, 1644-2020, 1661-3399 모두 통화 중",
    "119와 112, 120에 신고했어요",
    "오후 3시 30분, 14:00~16:00",
    "세율이 15% 올랐습니다",
    "앱 버전 3.2.1, 신청서 양식 v2.0.3, 버전 10.0.19045.1234",
    "제품 코드 KX-2201-B, 모델명 SM-G998N",
    "정부와 시장, 이번 주민 설명회, 구청 앞 도로, 공원 화장실",
    "유성구 도로 포장 공사가 언제 끝나나요",
    "지하철 2호선 3번 출구",
    "EAN 8801234567893 제품",
    "주문번호 123456789 여권 신청 대행",
    "총 123 456 789원 입금",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_are_untouched(masker, text):
    result = masker.mask(text, "t")
    assert result.text == text and result.entity_counts == {}
    assert masker.residual_entities(result.text) == []


def test_eval_set_negatives_are_untouched(masker, config):
    """The rules leave every look-alike sentence alone; with the learned tagger on, no identifier is
    found in them either, and the tagger reads a word as a name in at most 5% of them (it trades
    some precision for recall on names written by others: see README, quality gate)."""
    rules = build_masker(config.model_copy(update={"learned": None}))
    negatives = [r["text"] for path in (HERE / "eval_set.jsonl", HERE / "eval_holdout.jsonl")
                 for r in load_jsonl(path) if not r["spans"]]
    assert len(negatives) >= 60
    for text in negatives:
        assert rules.mask(text, "t").text == text
    touched = 0
    for text in negatives:
        found = masker.detect(text)
        assert all(d.entity in ("PERSON", "KR_ADDRESS") for d in found), (text, found)
        touched += bool(found)
    assert touched <= 0.05 * len(negatives), touched


# ----------------------------------------------------------------------------- residual scan
@pytest.mark.parametrize(
    "planted, entity",
    [
        ("010~1234~5678", "PHONE_NUMBER"),  # a separator the first pass does not accept
        ("010/1234/5678", "PHONE_NUMBER"),
        ("0 1 0 1 2 3 4 5 6 7 8", "PHONE_NUMBER"),
        ("900101_1234568", "KR_RRN"),
    ],
)
def test_residual_scan_catches_what_the_first_pass_misses(masker, planted, entity):
    text = f"연락 주실 곳은 {planted} 입니다"
    result = masker.mask(text, "t")
    assert planted in result.text, "the first pass was expected to miss this one"
    assert entity in masker.residual_entities(result.text)


def test_residual_scan_ignores_mask_tokens(masker):
    masked = masker.mask("민원인 홍길동님 010-1234-5678 hong@naver.com 대전 유성구 대학로 99", "t").text
    assert masker.residual_entities(masked) == []
    assert masker.residual_entities("<PHONE> <PERSON_3f9a2c>님 <RRN><CARD><EMAIL>") == []


def test_residual_scan_is_clean_after_masking_the_eval_set(masker):
    for path in (HERE / "eval_set.jsonl", HERE / "eval_holdout.jsonl"):
        for record in load_jsonl(path):
            masked = masker.mask(record["text"], "t").text
            assert masker.residual_entities(masked) == [], masked


def test_residual_scan_reports_only_configured_types():
    masker = build_masker(_config(PERSON="pseudonym"))
    assert masker.residual_entities("연락처 010-1234-5678") == []


# ----------------------------------------------------------------------------- no PII in outputs
def test_counts_hold_no_values(masker):
    text = "민원인 홍길동 010-1234-5678 900101-1234568 hong@naver.com 12가3456"
    result = masker.mask(text, "t")
    rendered = str(result.entity_counts) + repr(result.entity_counts)
    for value in ("홍길동", "010-1234-5678", "900101-1234568", "hong@naver.com", "12가3456", "1234"):
        assert value not in rendered
    assert isinstance(result, MaskResult)


def test_exceptions_hold_no_values(config):
    secret_text = "민원인 홍길동입니다 010-9999-8888"

    def leaky_key(tenant: str) -> bytes:
        raise RuntimeError(f"vault lookup failed for {secret_text}")

    masker = build_masker(config, pseudonym_key_for=leaky_key)
    with pytest.raises(PiiMaskingError) as info:
        masker.mask(secret_text, "t")
    rendered = "".join(traceback.format_exception(info.value))
    assert "홍길동" not in rendered and "010-9999-8888" not in rendered
    assert info.value.__cause__ is None and info.value.__context__ is None


def test_bad_input_errors_hold_no_values(masker):
    with pytest.raises(TypeError) as info:
        masker.mask(b"010-1234-5678", "t")
    assert "010" not in str(info.value)
    with pytest.raises(TypeError):
        masker.mask("010-1234-5678", "")
    with pytest.raises(TypeError):
        masker.residual_entities(None)


def test_empty_and_plain_text(masker):
    assert masker.mask("", "t") == MaskResult("", {})
    assert masker.mask("도로에 구멍이 났어요", "t").text == "도로에 구멍이 났어요"


def test_presidio_default_registry_still_builds_after_import(masker):
    """Our classes must not shadow Presidio's predefined ones (its loader finds classes by name)."""
    engine = AnalyzerEngine(nlp_engine=KoreanTokenNlpEngine(["en"]), supported_languages=["en"])
    names = {type(r).__module__ for r in engine.get_recognizers("en")}
    assert not any(name.startswith("quality_gate") for name in names)


def _result(entity, start, end, score, recognizer):
    from presidio_analyzer import RecognizerResult

    return RecognizerResult(entity, start, end, score, recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: recognizer})


def test_a_tagger_name_inside_a_longer_rule_name_gives_way():
    from quality_gate.pii.masker import LEARNED_RECOGNIZER, resolve_overlaps

    text = "성명: 남궁 민 수, 주소: 서초구"
    tagger = _result("PERSON", 4, 8, 0.99, LEARNED_RECOGNIZER)  # 남궁 민
    rule = _result("PERSON", 4, 10, 0.85, "SpacedKoreanNameRecognizer")  # 남궁 민 수
    kept = resolve_overlaps([tagger, rule], text)
    assert [(r.start, r.end, r.score) for r in kept] == [(4, 10, 0.85)]
    # Not when the rule span is the shorter one: the higher score wins as before.
    short_rule = _result("PERSON", 4, 6, 0.85, "KoreanNameRecognizer")
    assert [(r.start, r.end) for r in resolve_overlaps([tagger, short_rule], text)] == [(4, 8)]
    # Places merge into their union with the higher score instead (the tagger's score is not lost).
    place_tagger = _result("LOCATION", 17, 19, 0.99, LEARNED_RECOGNIZER)  # 서초
    gazetteer = _result("LOCATION", 17, 20, 0.5, "KoreanPlaceNameRecognizer")  # 서초구
    assert [(r.start, r.end, r.score) for r in resolve_overlaps([place_tagger, gazetteer], text)] == [(17, 20, 0.99)]


@pytest.mark.parametrize("text", ["환불 계좌 110-234-567890 으로 보내 주세요.", "acct: 110234567890 (신한)",
                                  "연락처: 010-1234-5678, 담당 김민수", "카드번호 5500-0000-0000-0004 결제 승인 완료 부탁",
                                  "Acct_No: 110-234 (KB) / PHONE: 010.1234.5678 - İD ok", "a : b _ 1 _ 가 . ΣΑΣ 3 x:y"])
def test_context_words_match_presidio(text):
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    from quality_gate.pii.masker import SelectiveContextEnhancer

    engine = KoreanTokenNlpEngine()
    ours = SelectiveContextEnhancer(context_prefix_count=5, context_suffix_count=3)
    stock = LemmaContextAwareEnhancer(context_prefix_count=5, context_suffix_count=3)
    for start in [m.start() for m in re.finditer(r"[0-9가-힣A-Za-z]+", text)]:
        artifacts = engine.process_text(text, "ko")
        expected = set(stock._extract_surrounding_words(artifacts, text[start:start + 3], start))
        assert set(ours._extract_surrounding_words(engine.process_text(text, "ko"), text[start:start + 3], start)) == expected


def test_the_analyzer_skips_only_the_per_recognizer_context_pass_nobody_uses(masker):
    """KoreanAnalyzerEngine drops Presidio's per-recognizer context offer (no recognizer here takes it):
    the same detections, scores and order as Presidio's own method, on texts where context changes scores."""
    from presidio_analyzer import AnalyzerEngine

    from quality_gate.pii.masker import KoreanAnalyzerEngine

    texts = ["계좌번호 110-123-456789 로 환불해 주세요. 담당 김민수 주무관 010-1234-5678",
             "운전면허 11-12-345678-90, 차량 12가3456, 생년월일 1990.01.02, 주민번호 900101-1******",
             "여권 M12345678 / passport no. 548120773, 사번 E-20417, 학번 20231234"]
    assert isinstance(masker.analyzer, KoreanAnalyzerEngine)

    def analyse(method):
        masker.analyzer._enhance_using_context = method.__get__(masker.analyzer)
        try:
            return [[(r.entity_type, r.start, r.end, round(r.score, 6)) for r in masker.analyzer.analyze(t, language="ko")]
                    for t in texts]
        finally:
            del masker.analyzer._enhance_using_context

    ours, presidio = analyse(KoreanAnalyzerEngine._enhance_using_context), analyse(AnalyzerEngine._enhance_using_context)
    assert ours == presidio and any(len(found) >= 3 for found in ours)


def test_the_engine_lists_its_entities_once_while_its_recognizers_stay_the_same(masker):
    from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer

    engine = masker.analyzer
    first = engine.get_supported_entities("ko")
    assert sorted(first) == sorted(AnalyzerEngine.get_supported_entities(engine, "ko"))
    first.append("NOT_AN_ENTITY")  # a caller's copy: the kept list does not change
    assert "NOT_AN_ENTITY" not in engine.get_supported_entities("ko")
    extra = PatternRecognizer(supported_entity="TEST_ONLY", supported_language="ko", patterns=[Pattern("t", "zzz", 0.5)])
    engine.registry.add_recognizer(extra)
    try:
        assert "TEST_ONLY" in engine.get_supported_entities("ko")
    finally:
        engine.registry.remove_recognizer(extra.name)
    assert "TEST_ONLY" not in engine.get_supported_entities("ko")


def test_an_address_that_loses_to_a_name_inside_it_keeps_its_numbered_part():
    from quality_gate.pii.masker import LEARNED_RECOGNIZER, resolve_overlaps

    text = "출장지: 전라남도 목포시 해안로 249번길 17 (민원인 박말순 자택, 사실조사)"
    start = text.index("전라남도")
    name = text.index("박말순")
    rule_address = _result("KR_ADDRESS", start, len(text), 0.85, "KoreanAddressRecognizer")  # read past the road number
    tagger_address = _result("KR_ADDRESS", start, text.index(" (민원인"), 0.9999, LEARNED_RECOGNIZER)
    person = _result("PERSON", name, name + 3, 1.0, LEARNED_RECOGNIZER)
    kept = resolve_overlaps([tagger_address, person, rule_address], text)
    # the name wins its three characters; the address is not dropped whole (it would stay readable):
    # its part before the name holds the numbers and stays masked, the part after holds none and goes
    assert [(r.entity_type, text[r.start:r.end]) for r in kept] == [
        ("KR_ADDRESS", "전라남도 목포시 해안로 249번길 17 (민원인"), ("PERSON", "박말순")]
    # values of other types still give way whole, as before
    rule_name = _result("PERSON", name, name + 3, 1.0, "KoreanNameRecognizer")
    plate = _result("KR_CAR_PLATE", name - 2, name + 5, 0.5, "KoreanCarPlateRecognizer")
    assert [(r.entity_type, r.start, r.end) for r in resolve_overlaps([plate, rule_name], text)] == [
        ("PERSON", name, name + 3)]
