"""Birth dates written in words, as elderly people say and old registers print them (regex fragments
for birth_date.py).

- Sino-Korean or hanja numerals: `구육년 삼월 이십일`, `사십 칠년 칠월 칠일`, `천구백칠십삼년 시월 삼일`,
  `一九四一年 三月 七日`, `二十日`;
- the old names of months and lunar days: `정월`, `正月` (1st), `동짓달`, `섣달`, `초닷새` (5th), `보름` (15th),
  `스무사흘` (23rd), `그믐`;
- a year of the sexagenary cycle: `무자생`, `정축년 칠월 보름생`, `戊子生`, `丙子年`.

A date in words is a birth date only where a date in digits would be (a label, 생/出生 after it, an
answered question ...), and at least one of its parts must be in words: digits alone are the other
patterns' business.
"""

from __future__ import annotations

from quality_gate.pii.normalize import HANGUL_DIGIT_MAP, HANGUL_DIGITS

_SINO = "영공일이삼사오육륙칠팔구십백천"
_HANJA_DIGITS = "〇零一二三四五六七八九十百千"
_NUMBER_WORD = rf"(?:[{_SINO}]{{1,7}}|[{_HANJA_DIGITS}]{{1,5}})"
# Native numbers of lunar days: 초하루 .. 초열흘, 열하루 .. 열아흐레, 스무날 .. 스무아흐레, 보름, 그믐.
_NATIVE_DAYS = r"(?:초(?:하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘)|열(?:하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레)" \
               r"|스무(?:날|하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레)?|보름|그믐(?:날)?)"
_MONTH_WORD = r"(?:정|正|동짓|섣|유|시|" + _NUMBER_WORD + r")\s?[월月달]"
_MONTH_DIGITS = r"(?:0?[1-9]|1[0-2])\s?[월月]"
_DAY = r"(?:(?:" + _NUMBER_WORD + r"|[0-9]{1,2})\s?[일日]|" + _NATIVE_DAYS + ")"
_DAY_WORD = r"(?:" + _NUMBER_WORD + r"\s?[일日]|" + _NATIVE_DAYS + ")"
_YEAR = r"(?:(?:19|20)?[0-9]{2}|" + _NUMBER_WORD + r"(?:\s" + _NUMBER_WORD + r")?)\s?[년年]"
_YEAR_WORD = r"(?:" + _NUMBER_WORD + r"(?:\s" + _NUMBER_WORD + r")?)\s?[년年]"
# The sexagenary cycle: a heavenly stem, then an earthly branch.
_STEMS_HANGUL, _BRANCHES_HANGUL = "갑을병정무기경신임계", "자축인묘진사오미신유술해"
_STEMS_HANJA, _BRANCHES_HANJA = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥"
SEXAGENARY_YEAR = (rf"(?:[{_STEMS_HANGUL}][{_BRANCHES_HANGUL}]년|[{_STEMS_HANJA}][{_BRANCHES_HANJA}]年"
                   rf"|[{_STEMS_HANJA}][{_BRANCHES_HANJA}](?=生))")
# A full or month-day date with at least one part in words (the year, the month or the day).
WORD_DATE = ("(?<![가-힣0-9])(?:"
             + _YEAR_WORD + r"\s?(?:" + _MONTH_WORD + "|" + _MONTH_DIGITS + r")\s?" + _DAY
             + "|(?:" + _YEAR + r"|" + SEXAGENARY_YEAR + r")\s?" + _MONTH_WORD + r"\s?" + _DAY
             + "|(?:" + _YEAR + r"|" + SEXAGENARY_YEAR + r")\s?(?:" + _MONTH_WORD + "|" + _MONTH_DIGITS + r")\s?" + _DAY_WORD
             + "|" + _MONTH_WORD + r"\s?" + _DAY
             + "|" + _MONTH_DIGITS + r"\s?" + _NATIVE_DAYS
             + ")")
# The sexagenary year alone, before 생/生 (`무자생`, `戊子生`), or in hanja before 年 (`丙子年`).
SEXAGENARY_BIRTH = (rf"(?<![가-힣])(?:[{_STEMS_HANGUL}][{_BRANCHES_HANGUL}](?=년?생)|[{_STEMS_HANJA}][{_BRANCHES_HANJA}](?:年|(?=生)))")
# Six digits read out one by one, as a caller answers for the birth date (`구공공사일오`, `육이 공삼 이팔`);
# birth_date.py wants the question on the line before and a valid YYMMDD.
SPOKEN_SIX_DIGITS = (rf"(?<![가-힣])[{HANGUL_DIGITS}]{{2}} ?[{HANGUL_DIGITS}]{{2}} ?[{HANGUL_DIGITS}]{{2}}(?![가-힣])")


def spoken_digits(value: str) -> str:
    return value.translate(HANGUL_DIGIT_MAP).replace(" ", "")
