"""PERSON: a Korean name written with a space between its syllables (`성명: 송 지 은`, `김 민 수 님`,
`남궁 민 수`).

Forms filled in by hand and names read out over the phone come spaced like this. Single syllables
in a row are common in ordinary text too (`이 건 저 건`), so the syllables count as a name only
when the first is a surname and a name label stands before them (성명, 이름, 민원인 ..., or the label
spaced out itself: `성 명 :`; 0.85), a relation opens the line of a family register (`부     나 길 수`;
0.85) or a title or form of address follows (님, 씨, 주무관 ...; 0.85). A full name of name-like
syllables (`오 창 민`, `최 순옥`) also counts after a person's role (`처방의`, `상담교사:`, `대표`) or a
title or job word before it (`감찰반장 이 석 훈`, `경비원 서 동 구`; 0.75), or
when it fills a table or CSV cell or stands alone, three syllables with no other spaced syllables on
its line and no colon after it (0.6), unless the syllables make a word the analyser knows (a
spaced title such as `위 임 장` or `고 소 장`) or a label (`위 임 인`).
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii import lexicon
from quality_gate.pii.recognizers.base import KoreanPatternRecognizer
from quality_gate.pii.recognizers.cues import label_before
from quality_gate.pii.recognizers.morphology import dictionary_noun, one_common_noun
from quality_gate.pii.recognizers import fast_regex

_LABELS = tuple(sorted(lexicon.LABEL_CUES, key=len, reverse=True))
# 님 or 씨 (with whatever particle follows), or a title that ends its word.
_TITLE_AFTER = fast_regex.compile(r"[ \t]{0,2}(?:님|씨|(?:" + "|".join(sorted(lexicon.POST_TITLES, key=len, reverse=True)) + r")(?![가-힣]))")


_SURNAME = "(?:" + "|".join(sorted(lexicon.SURNAMES_2)) + "|[가-힣])"  # regex scanning must not swallow `이름 박`
# Weaker evidence, for names of name-like syllables only: a person's role before them (the roles of
# case files, intake notes and letters: lexicon.APPOSITION_CUES), or a table cell of their own.
_ROLES = tuple(sorted(lexicon.ROLES_BEFORE_A_NAME, key=len, reverse=True))
_ROLE_SCORE, _CELL_SCORE = 0.75, 0.6
# A title before the name, as on a business card or in a list of staff (`주무관  소 은 결`, `경비원 서 동 구`).
_TITLE_BEFORE = fast_regex.compile(r"(?:" + "|".join(sorted(lexicon.POST_TITLES - {"씨"}, key=len, reverse=True))
                           + r"|경비원|당직기사)\s{1,3}$")
# A cell, wider than a table's (cues.CELL_BEFORE): also a quoted value of SQL or JSON, a log's `key=`, an
# XML element, or a form's field after its colon (`주문자: 용 승 희`); it ends at a separator, a quote, a
# bracket or a tag.
_CELL_BEFORE = fast_regex.compile(r"(?:^|[\t|│┃,'\"=>:：]|\s{2})\s*$")
_CELL_AFTER = fast_regex.compile(r"\s*(?:$|[\t|│┃,\n'\"<(]|\s{2})")


class SpacedKoreanNameRecognizer(KoreanPatternRecognizer):
    ENTITY = "PERSON"
    QUICK = r" [가-힣](?: |$)"  # every match has a syllable standing alone after a space
    # A zero-width match holding the name (group v): candidates may overlap, so `성 명 김 영 란` (a spaced
    # label, then the name) tries `김 영 란` after `성 명 김` is refused.
    PATTERNS = (Pattern("spaced syllables", r"(?<![가-힣])(?=(?P<v>" + _SURNAME + r" [가-힣](?: [가-힣])?)(?![가-힣]))",
                        0.85),
                # The surname apart, the given name together (`최 순옥`, `강 마루`): needs the same evidence.
                Pattern("surname apart", r"(?<![가-힣])(?=(?P<v>" + _SURNAME + r" [가-힣]{2})(?![가-힣]))", 0.85))

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        syllables = match.group("v").split()
        if syllables[0] not in (lexicon.SURNAMES_1 if len(syllables[0]) == 1 else lexicon.SURNAMES_2):
            return None  # `남궁 민 수`: a two-syllable surname stays together
        given = "".join(syllables[1:])
        if any(s in lexicon.NON_NAME_SYLLABLES for s in given):
            return None
        name_like = all(s in lexicon.GIVEN_NAME_SYLLABLES for s in given) or given in lexicon.NATIVE_GIVEN_NAMES
        if len(syllables[-1]) == 2 and (not name_like or (one_common_noun(given) and given not in lexicon.NATIVE_GIVEN_NAMES)):
            return None  # `한 번도`, `제 남편`, `전 연인`: a single syllable, then a word
        if len(syllables) == 3 and syllables[0] + syllables[1] in lexicon.LABEL_CUES:
            return None  # `신청인 성 명 양 …`: the label spaced out, then the name (tried next)
        start, end = match.span("v")
        if (label_before(text, start, _LABELS, window=12) or _TITLE_AFTER.match(text, end)
                or _SPACED_LABEL.search(text, max(0, start - 16), start)):
            return pattern.score
        joined = syllables[0] + given
        if not name_like or len(joined) < 3 or dictionary_noun(joined, lexicon.name_shaped(joined)):
            return None  # the weaker evidence below needs a full name of name-like syllables, not `위 임 장`
        if label_before(text, start, _ROLES, window=12) or _TITLE_BEFORE.search(text, max(0, start - 12), start):
            return _ROLE_SCORE  # `처방의 오 창 민`, `상담교사: 권 나 래`, `대표 남궁 혁`, `감찰반장 이 석 훈`, `주무관  소 은 결`
        if _CELL_BEFORE.search(text, max(0, start - 3), start) and _CELL_AFTER.match(text, end):
            return _CELL_SCORE  # a cell holding nothing else: `\t황 민 재\t`, `2,박 말 순,1947`, `'차 은 호'`, `<nm>우 태 민</nm>`
        if (len(syllables) == 3 and pattern.name == "spaced syllables" and _alone(text, start, end)
                and not _COLON_AFTER.match(text, end) and joined not in lexicon.NOT_NAMES
                and (not one_common_noun(given) or given in lexicon.NATIVE_GIVEN_NAMES)):
            return _CELL_SCORE  # `입주민 하 승 우입니다`, `(견주 임 정 우)`, `reporter=윤 성 필 tel=`: three syllables apart, nothing spaced around
        return None


# The label spaced out too, as forms print it (`성     명 :  인 재 윤`, `예 금 주 곽 재 희`, `소 유 자 : 김 영 식`), or a
# relation opening a line of a family register (`부     나 길 수`, `1 본인 김 영 수 73O5I8-1******`).
_RELATIONS = "(?:본인|부|모|배우자|자녀?|처|남편|딸|아들)"
_SPACED_LABEL = fast_regex.compile(
    r"(?:(?<![가-힣])(?:" + "|".join(sorted((r"\s+".join(label) for label in lexicon.LABEL_CUES | {"소유자", "양도인", "양수인", "환자"}
                                            if len(label) >= 2), key=len, reverse=True)) + r")\s*[:：]?"
    r"|(?:성\s*명|이\s*름)\s*[:：]?\s*\(?한\s?글\)?\s*[:：]?"  # `성명 한글 김 팔 용  한자 金 八 龍`
    r"|(?:^|\n)\s*(?:[0-9]{1,2}\s+" + _RELATIONS + r"\s+|" + _RELATIONS + r"\s{2,}))\s*$")


_COLON_AFTER = fast_regex.compile(r"\s*[:：]")  # `전 주 소 :`, `차 주 명:`: a form's label spaced out
_SINGLE_BEFORE = fast_regex.compile(r"(?:^|[^가-힣])[가-힣] +$")
_SINGLE_AFTER = fast_regex.compile(r" +[가-힣](?:[^가-힣]|$)")


def _alone(text: str, start: int, end: int) -> bool:
    """No single syllable stands apart right before or after the three (a line spaced out by a scanner,
    `멧 돼 지 에 의 한`, holds many), and the line holds no other run of spaced syllables."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    return (_SINGLE_BEFORE.search(text, max(line_start, start - 4), start) is None
            and _SINGLE_AFTER.match(text, end) is None and len(_SPACED_RUN.findall(line)) == 1)


_SPACED_RUN = fast_regex.compile(r"(?<![가-힣])[가-힣](?: [가-힣]){2,}(?![가-힣])")
