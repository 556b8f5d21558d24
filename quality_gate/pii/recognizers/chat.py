"""PERSON: the names of the people speaking in a chat or a call transcript pasted as text.

    지수: 근데 다은이 생일이 언제였지
    민혁: 11월 9일일걸? 걔 96년생이잖아
    [한수빈] [오후 3:12] 방금 오신 할머니 ...
    2024. 3. 5. 오후 3:12, 도경민 : 옛날에 출생신고를 ...

A word at the start of a line before a colon is mostly a form's field (`주소: `, `처리: 완료`), so a
speaker counts only in a text that reads as a conversation: at least two lines `speaker: words`
whose words end like speech (요, 다, 지, ?, ㅋ ...), or one such line among three opened by speakers
that look like names (form_fields.plausible_name: a surname first, no field, role or stop word), or
one after a time stamp (`[오후 3:15] 서광호: ...`). A Latin first name counts as a speaker too (`Minh: 오늘
수업 몇시?`) when one of its own lines reads as speech or has a time stamp, never a word that opens
Q&A or log lines (`Answer:`). Then every line that such a speaker opens is theirs (0.85). The gate
reads NFKC text, where laughter and tears (`ㅋㅋ`, `ㅠㅠ`) are conjoining jamo: both forms count.
KakaoTalk's exports (`[이름] [오후 3:12]`, `..., 이름 : `) put the speaker in a fixed place; one such
line is enough, and in the PC export's brackets a display name need not start with a surname
(`[투이]`, `[Tsetseg]`) unless it reads as a room, a role or kin (`[관리실 공지방]`, `[방장]`, `[장모님]`).
Colleagues named by surname and title (`박과장:`) and nicknames (`해솔이엄마:`) are not names.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from quality_gate.pii import lexicon
from quality_gate.pii.recognizers.base import KoreanPatternRecognizer
from quality_gate.pii.recognizers.latin import LATIN_STOP_WORDS
from quality_gate.pii.recognizers import fast_regex

_TIME = r"(?:\[?(?:오전|오후)?\s?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\]?\s)"
# A speaker's role before the name or a title after it, as group chats of offices and families show them
# (`미화원 진성만: `, `센터 소유라: `, `큰딸 수진: `, `계옥자 통장: `, `정미 쌤: `).
_ROLE = (r"(?:(?:" + "|".join(sorted(lexicon.ROLES_BEFORE_A_NAME | {"센터", "미화원", "상담원", "통역봉사", "큰딸", "작은딸",
                                                                     "큰아들", "작은아들", "막내", "룸메", "룸메이트"},
                                      key=len, reverse=True))
         + r")[ \t])?")
# A congregation's group chat also writes 성도 and 청년 after the name (church offices are POST_TITLES).
_TITLE = r"(?:[ \t](?:" + "|".join(sorted(lexicon.POST_TITLES | {"쌤", "성도", "청년"}, key=len, reverse=True)) + r"))?"
_LINE_SPEAKER = fast_regex.compile(r"(?m)^[ \t]*(?P<time>" + _TIME + r")?" + _ROLE + r"(?P<v>[가-힣]{2,4}|[A-Z][a-z]{2,11})" + _TITLE
                           + r"[ \t]?[:：][ \t]?(?P<said>[^\n]*)")
# Speech: a sentence ending, a question, laughter, a tilde; not a field's value (`남`, `서울시 ...`, `2024.03.05`).
# The gate reads NFKC text, where `ㅋ`, `ㅎ`, `ㅠ`, `ㅜ` (compatibility jamo) are the conjoining `ᄏ`, `ᄒ`, `ᅲ`, `ᅮ`:
# both forms are listed.
_SPOKEN = fast_regex.compile(r"(?:요|다|죠|지|네|까|야|어|아|음|함|래|게|자|니|데|[ㅋᄏ]+|[ㅎᄒ]+|[ㅠᅲ]+|[ㅜᅮ]+|[?!~])[.?!~ㅋㅎᄏᄒ]*\s*$")


class ChatSpeakerNameRecognizer(KoreanPatternRecognizer):
    ENTITY = "PERSON"
    QUICK = r"[가-힣A-Za-z][ \t]?[:：]|\]\s?\[(?:오전|오후)"
    PATTERNS = (
        # A Latin first name too (`Minh: 오늘 수업 몇시?`), in a text that reads as a chat (_speakers).
        Pattern("speaker", r"(?m)^[ \t]*" + _TIME + r"?" + _ROLE + r"(?P<v>[가-힣]{2,4}|[A-Z][a-z]{2,11})" + _TITLE
                + r"[ \t]?[:：]", 0.85),
        # The display name KakaoTalk's PC export puts in brackets (after a team's word: `[센터 나혜진]`): a name
        # that need not start with a surname there (`[투이]`, `[Tsetseg]`).
        Pattern("kakao pc", r"(?m)^\[(?P<team>[가-힣A-Za-z]{1,12}\s)?(?P<v>[가-힣]{2,4}|[A-Z][a-z]{2,11})\]\s?\[(?:오전|오후)\s?"
                r"[0-9]{1,2}:[0-9]{2}\]", 0.85),
        Pattern("kakao mobile", r"(?m)^[0-9]{4}\.\s?[0-9]{1,2}\.\s?[0-9]{1,2}\.?\s(?:오전|오후)\s?[0-9]{1,2}:[0-9]{2},\s"
                r"(?P<v>[가-힣]{2,4})\s:\s", 0.85),
    )

    def score_match(self, match: re.Match, pattern: Pattern, text: str):
        name = match.group("v")
        bare_display_name = pattern.name == "kakao pc" and not match.group("team")  # `[관리실 공지방]` is a room
        if not (_a_display_name(name) if bare_display_name else _a_speakers_name(name)):
            return None
        if pattern.name != "speaker":
            return pattern.score
        return pattern.score if name in _speakers(text) else None


# Latin words that open lines of Q&A pages, notes and logs rather than a person's turn.
_LATIN_NOT_SPEAKERS = frozenset("question answer comment comments reply summary title result memo tip tips warning caution "
                                "example update link source keyword keywords tag tags location place time day today agent "
                                "bot system notice admin host guest operator support".split())


def _a_speakers_name(word: str) -> bool:
    from quality_gate.pii.recognizers.form_fields import plausible_name  # form_fields imports this package

    if word.isascii():
        return word.lower() not in LATIN_STOP_WORDS and word.lower() not in _LATIN_NOT_SPEAKERS
    return plausible_name(word) and not lexicon.surname_and_title(word) and not word.endswith(("맘", "엄마", "아빠"))


_CHAT_ROLES = frozenset({"방장", "부방장", "운영자", "운영진", "관리자", "매니저", "알림", "알림봇", "공지", "봇"})


def _a_display_name(word: str) -> bool:
    from quality_gate.pii.recognizers.learned import stem
    from quality_gate.pii.recognizers.morphology import dictionary_noun

    if _a_speakers_name(word):
        return True
    return (not word.isascii() and word not in _CHAT_ROLES and not lexicon.surname_and_title(word)
            and not word.endswith(("맘", "엄마", "아빠", "님", "방", "실", "팀", "과"))
            and not dictionary_noun(stem(word), lexicon.name_shaped(stem(word))))


_speakers_cache: dict[str, frozenset[str]] = {}


def _speakers(text: str) -> frozenset[str]:
    """The names that open lines of a conversation: two spoken lines by such speakers, or one spoken
    line among three lines they open, or one spoken line after a chat's time stamp."""
    found = _speakers_cache.get(text)
    if found is None:
        lines = [m for m in _LINE_SPEAKER.finditer(text) if _a_speakers_name(m["v"])]
        spoken = [m for m in lines if _SPOKEN.search(m["said"]) and len(m["said"].split()) >= 2]
        chat = len(spoken) >= 2 or (spoken and len(lines) >= 3) or any(m["time"] for m in spoken)
        # A Latin word needs a turn of its own that reads as speech or carries a time stamp: bilingual
        # forms open lines with English fields (`Plan: 재활병원 전원`, `Home: 수원시 ...`).
        found = frozenset(m["v"] for m in lines if not m["v"].isascii() or m["time"] or m in spoken) \
            if chat else frozenset()
        if len(_speakers_cache) > 256:
            _speakers_cache.clear()
        _speakers_cache[text] = found
    return found
