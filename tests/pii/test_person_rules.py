"""Person-name rules of quality_gate/pii/recognizers/person.py without the tagger: a surname alone
before a title, anonymised mentions and letters standing for a name (sentences written here)."""

from __future__ import annotations

import pytest

from quality_gate.pii.recognizers.person import KoreanNameRecognizer


def names(text: str) -> list[str]:
    return [text[r.start:r.end] for r in KoreanNameRecognizer(tagger=False).analyze(text, ["PERSON"])]


@pytest.mark.parametrize("text, expected", [
    ("김 주무관이 전화를 받지 않습니다", ["김"]),
    ("최 씨가 운영하는 가게 앞", ["최"]),
    ("오 전 시장을 비롯해 관계자들이", ["오"]),
    ("정 경사를 만나러 갔다", ["정"]),
    ("박 과장님께 보고했습니다", ["박"]),
    ("민원인 김철수 씨와 담당 김 주무관", ["김철수", "김"]),
    ("문 후보 측 대변인은", ["문"]),
    ("홍 부총리의 발언에", ["홍"]),
    ("조 선수도 출전 시", ["조"]),
    ("몬구씨나 희정씨 노래가 좋아요", ["희정"]),  # a given name alone before 씨
    ("효주누나가 나오니까", ["효주"]),
])
def test_a_surname_before_a_title_is_a_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "이 과장님께 말씀드렸어요",     # 이: "this"
    "전 직원이 참석했습니다",       # 전: "all"
    "한 주무관이 말하길",          # 한: "one"
    "김 한 장을 샀습니다",          # no title after it
    "김은 맛있다",                 # a surname syllable alone is not spread to other words
    "제1, 2심 재판관 전원의",       # 심 after a digit: a counter (2심), not a surname
    "아저씨가 마음씨 좋은 아가씨랑",  # words that end in 씨
    "우리언니가 호박씨를 심었다",
])
def test_everyday_words_before_titles_are_not_names(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("피해자 김모(45)씨는 경찰에 신고했다", ["김모"]),      # anonymised, still one person (like 홍OO)
    ("군산에 사는 이모씨(40·여)가 다쳤다", ["이모"]),
    ("박모 군이 다니는 학교", ["박모"]),
    ("남궁모 씨의 집", ["남궁모"]),
    ("최씨가 민원을 넣었다", ["최"]),                     # surname glued to 씨
    ("이 씨는 어제 왔다", ["이"]),                        # 씨 decides: 이 is not "this" here
    ("그 비용을 C씨 명의로 대출했다", ["C"]),             # a capital letter standing for a name
    ("방송사에 근무하는 K기자는", ["K"]),
    ("여직원 B(32)씨가 고소했다", ["B"]),
])
def test_mentions_without_a_given_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "이모가 집에 오셨다",          # 이모: aunt, no 씨 after it
    "김모 군대 동기",              # 군대 is not the title 군
    "이씨앗 판매",                 # 씨앗: seed
    "여자의 성씨를 따를 수 있게",   # 성씨: a family name
    "나라가 이모양이 됐다",         # 이모양: this shape
    "전 씨름 선수가 왔다",          # 씨름: wrestling
    "K리그 경기 일정",             # 리그 is no title
    "B형 간염 검사",
    "DNA씨 배열",                  # a letter inside a word
])
def test_look_alikes_of_mentions_without_a_given_name(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("교통행정과 최민호 교통행정과장님께 문의드립니다.", ["최민호"]),
    ("담당인 박지훈 도시계획팀장이 현장을 방문했다.", ["박지훈"]),
    ("영통구청 정하늘 민원봉사과장은 답변했다.", ["정하늘"]),  # 하늘 is a word too: the title decides
    ("SNS에서 이동흡 헌법재판소장 후보자에 대해", ["이동흡"]),
    ("윤서진 행정복지센터장과 면담했습니다.", ["윤서진"]),
    ("형사10부(허부열 판사) 심리로 진행된 공판", ["허부열"]),
    ("두산베어스의 유희관 투수에게 배웠다", ["유희관"]),
])
def test_a_name_before_a_compound_or_new_title(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "시청 공영주차장에 차를 댔다",          # 주차장 is not a unit + 차장
    "아파트 단지 운동장에서 공사장까지",      # 운동장, 공사장: not 동장, 사장
    "서초구 교통행정과장에게 전달",          # a district (…구) before the title, not a name
    "과장님께 문의드립니다",                 # a plain title is not a compound
    "선발투수 명단을 발표했다",              # a sports position glued to a word is not a title after a name
])
def test_look_alikes_of_compound_titles(text):
    assert names(text) == []


@pytest.mark.parametrize("word, title", [
    ("교통행정과장님께", "교통행정과장"), ("공관위원장은", "공관위원장"), ("행정복지센터장과", "행정복지센터장"),
    ("과장님께", None), ("주차장에", None), ("운동장", None), ("연회장에서", None), ("한의원에", None),
    ("도시계획팀장들이", None),  # a group, not a person's title
])
def test_compound_titles(word, title):
    from quality_gate.pii.recognizers.titles import compound_title

    assert compound_title(word) == title


@pytest.mark.parametrize("text,found", [
    ("1\t강*준\t1961-04-**", ["강*준"]),
    ("김○수님께 회신", ["김○수"]),
    ("이○○님 안녕하세요", ["이○○"]),  # 님 is not a masked name's last syllable
    ("대표 서*민", ["서*민"]),
    ("성명은 가운데 글자를 가립니다. 예) 홍○동", []),  # an example
    ("부천**에 있는 어린이집", []),  # a masked city
    ("● 고통받는 사연● 부동산", []),  # a bullet after a word
    ("고*객센터로 문의", []),  # the word goes on
    ("합계 윤* 표시", []),  # a surname and one mask need a cell or a title
])
def test_masked_names(text, found):
    from quality_gate.pii.recognizers.masked_name import MaskedKoreanNameRecognizer

    results = MaskedKoreanNameRecognizer().analyze(text, ["PERSON"])
    assert sorted(text[r.start:r.end] for r in results) == found


@pytest.mark.parametrize("text,found", [
    ("My name is Robert Whitfield and I am writing", ["Robert Whitfield"]),
    ("성명 Name: PHAM VAN DUC / 팜반득", ["PHAM VAN DUC"]),
    ("2. I am Ramon dela Cruz, passport P1", ["Ramon dela Cruz"]),
    ("Guest Name: OKAFOR CHINEDU    Room 3", ["OKAFOR CHINEDU"]),
    ("I am Korean.", []),  # one word after `I am`
    ("My name is Suwon City Hall", []),  # words of a letter, not a name
])
def test_latin_names_after_an_introduction_or_a_label(text, found):
    from quality_gate.pii.recognizers.latin import LatinNameAfterCueRecognizer

    results = LatinNameAfterCueRecognizer().analyze(text, ["PERSON"])
    assert sorted(text[r.start:r.end] for r in results) == found


@pytest.mark.parametrize("text,found", [
    ("저는 하판수라고 합니다.", ["하판수"]),  # a name of rare syllables, introduced
    ("원천동에 사는 문삼례라는 늙은이요.", ["문삼례"]),
    ("우리 집 고양이라고 합니다", []),  # a word kiwi knows
])
def test_a_name_introduced_with_a_quotative(text, found):
    pytest.importorskip("kiwipiepy")
    recognizer = KoreanNameRecognizer(tagger=False)
    assert sorted(text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"])) == found


@pytest.mark.parametrize("text, expected", [
    ("3 구정순 1941.08.22 원삼면 사암리 (인)", ["구정순"]),
    ("  부 오정환  1968.03.15  자영업", ["오정환"]),
    ("서명부 | 탁미경 | 71.10.04 | 상현동", ["탁미경"]),
    ("하민수,19880912,010", ["하민수"]),
])
def test_a_name_right_before_an_old_date_is_a_record(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "신청일 2024.03.01 접수",      # a label before a recent date
    "송미영 2024.05.17 방문 상담",  # a recent date: a visit as often as a birth (no rule reads it as a record)
    "처리일 1999.01.01 기준",      # a label, not name-shaped
])
def test_no_name_from_a_date_alone(text):
    from quality_gate.pii.recognizers.record_rows import names_before_birth_dates

    assert names_before_birth_dates(text) == []
