"""BANK_ACCOUNT: Korean bank account numbers, context-driven.

Account formats differ per bank (6-2-6, 3-3-6, 4-3-6, 3-6-5, 3-4-4-2, 4-2-7 ...), so the shape
alone is weak: a 10-14 digit number (grouped by dashes or bare) scores below the threshold and
needs a bank word nearby (계좌, 은행, 입금, 예금주, a bank's name ...) from Presidio's context
enhancer. A value right after 접수번호/송장번호/사업자번호 etc. is dropped.
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii import lexicon
from quality_gate.pii.checksums import digits_only
from quality_gate.pii.recognizers.base import NUM_END, NUM_START, KoreanPatternRecognizer
from quality_gate.pii.recognizers.cues import label_before, under_column
from quality_gate.pii.recognizers import fast_regex

_HEADER = fast_regex.compile(r"계좌|통장|account", re.IGNORECASE)

ACCOUNT_LABELS = ("계좌", "계좌번호", "환불계좌", "입금계좌", "환불 계좌", "입금 계좌", "계좌는", "예금주")

# A bank's name right before the number (the names that are ordinary words too, 우리 and 국민, only there),
# a log's key, or the bank's name in brackets right after it.
_BANK_OR_KEY = lexicon.BANK_NAMES + ("카카오", "카뱅", "케뱅", "acct=", "acct:", "account=", "account:")
_BANK_AFTER = fast_regex.compile(r"\s?\((?:" + "|".join(lexicon.BANK_NAMES) + r")(?:은행)?(?:\s[가-힣]{2,4})?\)")  # `(우리 곽순례)`
_PHONE_ACCOUNT_BANKS = tuple(b for b in lexicon.BANK_NAMES if b not in ("우리", "국민", "하나", "산업", "부산", "대구", "경남",
                                                                       "광주", "전북", "제주"))
_PHONE_SHAPE = fast_regex.compile(r"01[016789]-?[0-9]{3,4}-?[0-9]{4}")
_DATE_SHAPE = fast_regex.compile(r"(?:19|20)[0-9]{2}-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12][0-9]|3[01])")


class KoreanBankAccountRecognizer(KoreanPatternRecognizer):
    ENTITY = "BANK_ACCOUNT"
    QUICK = r"[0-9]{2}"
    PATTERNS = (
        Pattern("grouped", NUM_START + r"[0-9]{2,6}(?:-[0-9]{1,7}){1,4}" + NUM_END, 0.2),
        Pattern("bare", NUM_START + r"[0-9]{10,14}" + NUM_END, 0.2),
        # Groups split by spaces: only right after a bank's name or an account label (below).
        Pattern("spaced", NUM_START + r"[0-9]{2,6}(?: [0-9]{1,7}){2,4}" + NUM_END, 0.2),
        # Partly masked (`110-4***-*209`, `301-****-4471-**`, `***-**-**5521`): only after an account label or
        # a bank's name (below).
        Pattern("masked", r"(?<![0-9*-])[0-9*]{2,6}(?:-[0-9*]{1,7}){2,3}(?![0-9*])(?!-[0-9*])", 0.2),
        # Only the last digits shown (`****2231`, a payment register's 계좌(끝4자리) column): the same cues.
        Pattern("masked tail", r"(?<![0-9*-])\*{3,10}[0-9]{3,4}(?![0-9*])(?!-[0-9])", 0.2),
    )
    CONTEXT = (
        "계좌", "통장", "은행", "뱅크", "예금주", "입금", "이체", "송금", "환불", "환급", "반환", "농협", "신한",
        "우체국", "새마을금고", "신협", "수협", "ibk", "kb", "sc제일", "토스", "저축", "account", "bank", "acct", "a/c",
    )
    NEGATIVE_CONTEXT = (
        "접수번호", "민원번호", "신청번호", "사건번호", "주문번호", "송장", "고객번호", "관리번호", "증권번호",
        "등기번호", "사업자", "면허", "여권", "주민", "외국인", "전화", "휴대폰", "핸드폰", "연락처", "팩스", "우편번호",
    )

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        value = match.group()
        if pattern.name == "masked":
            return self._masked(match, text)
        if pattern.name == "masked tail":
            return self._labelled(match, text)
        digits = digits_only(value)
        if not 10 <= len(digits) <= 15 or len(set(digits)) == 1:
            return None
        banked = label_before(text, match.start(), _BANK_OR_KEY, window=8) or _BANK_AFTER.match(text, match.end())
        if len(digits) == 15 and not banked:
            return None  # IBK's old accounts run to 15 digits (`기업은행 010-4930872-01-011`): only after the bank's name
        if public_account(text, match.start(), match.end()):
            return None
        if _PHONE_SHAPE.fullmatch(value):
            # Some banks (IBK above all) let customers use their phone number as the account number: after an
            # account label or an unambiguous bank name (`기업 010-3392-1174`; not `우리 010-...`, "our").
            return 0.9 if label_before(text, match.start(), ACCOUNT_LABELS + _PHONE_ACCOUNT_BANKS, window=14) else None
        if _DATE_SHAPE.match(digits) and len(digits) <= 12:
            return None
        if pattern.name == "spaced":
            return 0.85 if label_before(text, match.start(), ACCOUNT_LABELS + lexicon.BANK_NAMES, window=12) else None
        if under_column(text, match.start(), _HEADER):
            return 0.85  # a value in a 계좌번호 column
        if "-" in value and banked:
            return 0.85  # `우리 1002-951-338120`, `국민 034-21-0418-772`, `acct=...`, `1002-663-019284(우리)`
        return pattern.score

    @staticmethod
    def _masked(match: re.Match, text: str) -> Optional[float]:
        value = match.group()
        masked, digits = value.count("*"), sum(c.isdigit() for c in value)
        # Two stars are enough in a long number (`612401-**-883047`); the label or column is asked below.
        if masked < (2 if digits >= 8 else 3) or digits < 2 or not 10 <= masked + digits <= 14 or _PHONE_SHAPE.match(value.replace("*", "0")):
            return None  # all digits: the patterns above; `010-****-5678`: a phone
        return KoreanBankAccountRecognizer._labelled(match, text)

    @staticmethod
    def _labelled(match: re.Match, text: str) -> Optional[float]:
        if label_before(text, match.start(), ACCOUNT_LABELS + _BANK_OR_KEY + ("등록계좌", "계좌(", "계좌 ("), window=14):
            return 0.85
        return 0.85 if under_column(text, match.start(), _HEADER) else None


# A public body's own account: its revenue and spending accounts and the virtual accounts it issues for
# fees (`시 세입계좌(농협 ...)`, `세입세출외 농협 ...`, `가상계좌 기업 ...`), or one whose holder is an
# organisation (`(예금주: 한빛대학교)`, `(예금주: ○○아파트관리사무소)`). Not personal data; the residual
# scan does not look for accounts, so leaving these unmasked quarantines nothing.
_PUBLIC_ACCOUNT_BEFORE = fast_regex.compile(r"세입|세출|가상\s?계좌|시\s?금고|구\s?금고|법인\s?계좌|기관\s?계좌")
_HOLDER_AFTER = fast_regex.compile(r"\s?\(?\s?예금주\s?[:：]?\s?[^)\n]{0,20}?(?:대학교|학교|관리사무소|관리소|시청|구청|군청|도청|주민센터"
                           r"|행정복지센터|공단|공사|재단|협회|조합|법인|\(주\)|㈜|주식회사|[가-힣]{2,}(?:시|구|군)(?![가-힣]))\s?\)?")


def public_account(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return (_PUBLIC_ACCOUNT_BEFORE.search(text, max(line_start, start - 30), start) is not None
            or _HOLDER_AFTER.match(text, end) is not None)
