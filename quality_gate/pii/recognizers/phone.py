"""PHONE_NUMBER: Korean mobile, landline, internet (070), safe (050x) and +82 numbers.

Separators: dash, dot, space (or none); an area code in parentheses (`(02) 123-4567`,
`053)803-4421`). The middle or last group may be masked (`010-****-5678`, `031-217-30**`, `010-2207-45xx`).
Business numbers (1588-/1577-/1644-/1661-...) and short codes (112, 119, 120) have no leading
zero and never match.
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii.lexicon import SURNAMES_1, name_shaped
from quality_gate.pii.recognizers.base import NUM_END, NUM_START, KoreanPatternRecognizer
from quality_gate.pii.recognizers import fast_regex

_S = r"(?:\s?[-._·\u1173]\s?|\s)"  # `010_2231_6608`, `010·4527·1836`, `010ㅡ2283ㅡ6917` (ㅡ is U+1173 after NFKC) too
_AREA = r"(?:2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70|50[2-8])"
# What people type in place of hidden digits: `010-****-5678`, `031-217-30**`, `010-2207-45xx`, `72○○`, `30ㅁㅁ`.
MASKS = "*xX○●ㅁ\u1106"  # ㅁ is U+1106 after NFKC
_D = "[0-9" + MASKS + "]"


class KoreanPhoneRecognizer(KoreanPatternRecognizer):
    ENTITY = "PHONE_NUMBER"
    QUICK = r"[0-9]{2}"
    PATTERNS = (
        Pattern("mobile", NUM_START + r"(?<!\+)\(?01[016789](?P<s1>\)\s?|" + _S + r")?" + _D + r"{3,4}(?P<s2>" + _S
                + r")?" + _D + r"{4}(?!" + _D + r")(?![-.][0-9])", 0.85),
        Pattern("landline", NUM_START + r"(?P<paren>\(?)0" + _AREA + r"(?P<close>\)?)(?P<s1>" + _S
                + r")?" + _D + r"{3,4}(?P<s2>" + _S + r")?(?:[0-9]{4}|[0-9]{1,3}[" + MASKS + r"]{1,3}(?![A-Za-z])|[" + MASKS
                + r"]{4}(?![A-Za-z]))" + NUM_END, 0.7),
        Pattern("international", r"(?<![0-9])(?:\+\s?82|(?<![0-9+])82(?=[-. ]))" + _S + r"?(?:\(0\))?0?(?:1[016789]|"
                + _AREA + r")" + _S + r"?[0-9]{3,4}" + _S + r"?[0-9]{4}" + NUM_END, 0.85),
        # A home line without its area code, named as one or after a telephone sign: `집 전화 332-4418`,
        # `자택 231-4450`, `☎339-7205` (a village list).
        Pattern("home line", r"(?:집\s?전화|자택\s?(?:전화)?|집\s?번호|[☎☏](?=\s?[2-9]))(?:는|은|번호)?\s?[:：]?\s?"
                r"(?P<v>[2-9][0-9]{2,3}-[0-9]{4})(?![0-9-])", 0.85),
        # Other countries' numbers, written with their `+` code: `+1 (213) 555-0148`, `+45 28 71 93 04`,
        # `+998 90 123 45 67` (relatives abroad, foreign residents); 8 to 15 digits in all.
        Pattern("foreign", r"(?<![0-9A-Za-z])\+\s?(?!82)[1-9][0-9]{0,2}(?:[ .-]?\(?[0-9]{1,5}\)?){2,6}(?![0-9])", 0.85),
    )
    CONTEXT = ("전화", "연락", "휴대", "핸드폰", "폰", "번호", "문자", "통화", "tel", "phone", "mobile", "hp", "팩스")
    PUBLIC_WINDOW = 12  # `(주)한빛건설 02-...`, `대표번호 02-...`; not a signature's `... 김민수 대리 T. 02-...`

    def __init__(self, supported_language: str = "ko", public_context=()):
        super().__init__(supported_language)
        # A landline or 070/050x number after one of these words (configs/quality_gate.yaml:
        # pii.public_phone_context) is an organisation's line, not personal: `대표번호 02-123-4567`.
        # Mobile numbers are personal wherever they appear.
        self._public = re.compile("|".join(map(re.escape, public_context)), re.IGNORECASE) if public_context else None

    def _public_line(self, text: str, start: int, end: int) -> bool:
        return public_line(text, start, self._public, self.PUBLIC_WINDOW, end)

    def span_of(self, match: re.Match) -> tuple[int, int]:
        """An opening bracket that does not close right after the prefix belongs to the text around the
        number (`홍길동(010-1234-5678)`), not to it: `(02) 555-1234` keeps it."""
        if "v" in match.re.groupindex:
            return match.span("v")
        start, end = match.span()
        if match.group().startswith("(") and ")" not in match.group()[:5]:
            start += 1
        return start, end

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        value = match.group()
        digits = sum(c.isdigit() for c in value)
        stars = sum(c in MASKS for c in value)
        if pattern.name == "home line":
            return pattern.score
        if digits + stars < 9 or digits < 6:
            return None
        if pattern.name == "international":
            return pattern.score
        if pattern.name == "foreign":
            return pattern.score if 8 <= digits <= 15 and stars == 0 else None
        separated = bool(match.group("s1") or match.group("s2") or (pattern.name == "landline" and match.group("close")))
        if pattern.name == "mobile":
            if digits + stars not in (10, 11):
                return None
            return 0.85 if separated else 0.75
        # landline
        if self._public_line(text, match.start(), match.end()):
            return None
        if match.group("paren") and not match.group("close") and not _DIRECT_AFTER.match(text, match.end()) \
                and not (_named_before(text, match.start()) and not value.endswith("114")):
            # `민원실(031-228-2114)`: a landline in brackets after a word is mostly an office's. Measured
            # 2026-12-05: accepting these added 8 masks on the frozen mixed set, none of them personal.
            return None
        if digits + stars not in (9, 10, 11, 12):
            return None
        return 0.7 if separated else 0.3


# A person's name right before the bracket: `주무관 엄태린 (031-729-3271)`, the staff member's own line;
# not an office's main number, which Korean offices end in 114 (`담당자: 탁현정 (031-228-2114)`).
_NAME_BEFORE_BRACKET = fast_regex.compile(r"(?<![가-힣])(?P<name>[가-힣]{3})\s?$")


def _named_before(text: str, start: int) -> bool:
    name = _NAME_BEFORE_BRACKET.search(text, max(0, start - 6), start)
    return name is not None and name_shaped(name["name"]) and name["name"] not in _THREE_SYLLABLE_OFFICES
# A person's line whatever stands before it: `031-754-3220 직통`, `051)622-4180 자택`, `(본인)`.
_DIRECT_AFTER = fast_regex.compile(r"\s?\(?\s?(?:직통|자택|집|본인|개인|휴대)")
# An office's line without a configured word: the number is the value of 문의/대표 (`문의: 031-228-3345`,
# `(대표 031-282-0909)`), or follows an office's name (`노인복지과 031-228-2412`, `교무실 031-271-4020`,
# `용인교육지원청 031-860-6114`). A person's name stays personal (`김영실 031-...`).
_VALUE_OF = fast_regex.compile(r"(?:문의|대표|팩스|FAX|Fax|fax|연락처\s?\(대표\))\s?[:：.]?\s?$")
_OFFICE_BEFORE = fast_regex.compile(r"(?<![가-힣])(?P<office>[가-힣]{2,12}(?:과|팀|실|청|센터|위원회|본부|사무소|사업소|학교|병원|공단|공사|협회|"
                            r"재단|지청|교육청|행정복지센터|주민센터|관리소|의원|치과|약국|학원|교습소))"
                            r"\s?\(?\s?(?:번호|전화|전화번호|☎|☏|TEL\.?|Tel\.?)?\s?[:：]?\s?$")


def public_line(text: str, start: int, public: re.Pattern | None, window: int = 12, end: int | None = None) -> bool:
    """Is the landline at `start` an organisation's (a configured word in the `window` characters before
    it on its line, 문의/대표 right before it, or an office's name)? Not when `(직통)` follows it (`end`):
    a person's direct line. Shared with the residual scan."""
    if end is not None and _DIRECT_AFTER.match(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if public is not None and public.search(text, max(line_start, start - window), start) is not None:
        return True
    head_start = max(line_start, start - 16)
    if _VALUE_OF.search(text, head_start, start):
        return True
    office = _OFFICE_BEFORE.search(text, head_start, start)
    if office is None:
        return False
    word = office["office"]
    # Three syllables starting with a surname may be a name (`김영실`, `이민청`), unless a known office's.
    return len(word) > 3 or word[0] not in SURNAMES_1 or word in _THREE_SYLLABLE_OFFICES


_THREE_SYLLABLE_OFFICES = frozenset("관리소 방재실 민원실 감사실 비서실 기획실 홍보실 전산실 보건실 관리실 경비실 안내실 총무과 세무과 민원과 "
                                    "건축과 복지과 도시과 교통과 환경과 위생과 회계과 재무과 주택과 공원과 녹지과 체육과 문화과".split())
