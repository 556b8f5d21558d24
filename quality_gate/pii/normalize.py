"""Text normalisation before detection, with a map back to the original offsets.

Detection runs on a normalised copy of the text:
- NFKC per character (full-width digits/letters/punctuation become ASCII, `①` becomes `1`), and
  every dash-like character becomes `-`. A character may expand (`㈜` -> `(주)`); each output
  character remembers the original index it came from.
- Inside digit runs, look-alike letters become digits one for one (`O1O-l234` -> `010-1234`):
  O/o -> 0, I/l/| -> 1, and in longer runs Z -> 2, S -> 5, B -> 8; in a line with two bars or
  more, `|` separates cells and stays.
- A date written with look-alike letters on a scanned form (`2O12.O8.O9`, `49. O3. l8`,
  `1997 년 O6 월 1l 일`) becomes digits when it then reads as a date (O/o -> 0, I/l -> 1 only): the
  runs above need six digits, and a date has as few as three.
- A run of Hangul digit words shaped like a phone number (`공일공-사오칠이-삼삼일팔`, `공일공에 8812에 3306`)
  becomes digits (and 에 between the groups a dash).
Both rewrites keep the length, so only NFKC needs the offset map.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u30fc\u2500"), "-")
_NFKC_CACHE: dict[str, str] = {}

# A run of digits, look-alike letters and separators bounded by non-alphanumerics.
_LOOKALIKE_RUN = re.compile(
    r"(?<![A-Za-z0-9])[0-9OoIlZSB|](?:[0-9OoIlZSB|*]|(?: ?- ?|[-. ])(?=[0-9OoIlZSB|*])){5,24}(?![A-Za-z0-9])"
)
_LOOKALIKE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "Z": "2", "S": "5", "B": "8"})
_SAFE_LOOKALIKE = set("OoIl|")
_SAFE_TRANSLATE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})

HANGUL_DIGITS = "공영일이삼사오육륙칠팔구"
# 에 between the groups is how a number is read out (`공일공에 8812에 3306`): it becomes a dash.
HANGUL_DIGIT_MAP = str.maketrans({"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5",
                                   "육": "6", "륙": "6", "칠": "7", "팔": "8", "구": "9", "에": "-"})
_HANGUL_NUMBER_RUN = re.compile(
    rf"(?<![가-힣])[{HANGUL_DIGITS}0-9](?:[{HANGUL_DIGITS}0-9]|(?:[-. ]|에 ?)(?=[{HANGUL_DIGITS}0-9])){{8,16}}"
)
_PHONE_PREFIX = re.compile(r"0(?:1[016789]|2|[3-6][1-5]|70)")


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str
    # index in `text` -> index in the original; None when the two are identical in length.
    index_map: tuple[int, ...] | None

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.index_map is None:
            return start, end
        return self.index_map[start], self.index_map[end - 1] + 1


def _nfkc_char(ch: str) -> str:
    out = _NFKC_CACHE.get(ch)
    if out is None:
        out = unicodedata.normalize("NFKC", ch).translate(_DASHES)
        if len(_NFKC_CACHE) < 10000:
            _NFKC_CACHE[ch] = out
    return out


def _fix_lookalikes(match: re.Match) -> str:
    run = match.group()
    if "|" in run and _in_table_row(match.string, match.start()):
        # `1|김민수|1949-03-03|490303-1******`: in a row of bars `|` separates cells; read as `1` it would
        # glue a date to a resident number (`1949-03-031490303-1******`) and hide both.
        return _fix_lookalikes_outside_bars(run)
    letters = sum(1 for c in run if c.isalpha() or c == "|")
    digits = sum(1 for c in run if c.isdigit())
    if letters == 0:
        return run
    if digits < 6 or letters > max(3, digits // 2):
        # More letters than that only when the whole run then reads as a phone or resident number
        # (`OlO-2l85-33O9`, `73O5I8-1******`): the dashes place the groups.
        whole = run.translate(_SAFE_TRANSLATE)
        return whole if _NUMBER_SHAPE.fullmatch(whole) else run
    # Z/S/B only inside or at the end of a long run: a leading letter is often real (passport S1234…).
    risky_ok = digits >= 8 and sum(c in "ZSB" for c in run) <= 1
    return run[0].translate(_SAFE_TRANSLATE) + "".join(
        c.translate(_LOOKALIKE) if (c in _SAFE_LOOKALIKE or risky_ok) else c for c in run[1:]
    )


def _in_table_row(text: str, position: int) -> bool:
    """The line holding `position` has two bars or more (`a|b|c`, `| a | b |`)."""
    begin = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text.count("|", begin, len(text) if end < 0 else end) >= 2


def _fix_lookalikes_outside_bars(run: str) -> str:
    """Each cell between the bars on its own, bars kept."""
    return "|".join(_LOOKALIKE_RUN.sub(_fix_lookalikes, cell) for cell in run.split("|"))


def _fix_lookalike_date(match: re.Match) -> str:
    run = match.group()
    if sum(c.isdigit() for c in run) < 3:
        return run
    year, month, day = (part.translate(_SAFE_TRANSLATE) for part in match.group("y", "m", "d"))
    if len(year) in (2, 4) and 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
        return run.translate(_SAFE_TRANSLATE)
    return run


def _fix_lookalike_date_part(match: re.Match) -> str:
    """`O6 월`, `1l 일`, `2O12년`: one part before its unit, at least one real digit in it."""
    part = match.group("v")
    if not any(c.isdigit() for c in part):
        return match.group()
    fixed = part.translate(_SAFE_TRANSLATE)
    value = int(fixed)
    fits = {"년": len(fixed) in (2, 4), "월": 1 <= value <= 12, "일": 1 <= value <= 31}[match.group("unit")]
    return fixed + match.group("tail") if fits else match.group()


def _fix_hangul_digits(match: re.Match) -> str:
    run = match.group()
    # The run may have swallowed a particle that reads as a digit ("...일팔이에요"): try the whole
    # run, then drop up to three trailing characters.
    for cut in range(0, 4):
        head = run[: len(run) - cut] if cut else run
        if not head or not (head[-1].isdigit() or head[-1] in HANGUL_DIGITS):
            continue
        converted = head.translate(HANGUL_DIGIT_MAP)
        digits = "".join(c for c in converted if c.isdigit())
        if 10 <= len(digits) <= 11 and _PHONE_PREFIX.match(digits) and sum(c in HANGUL_DIGITS for c in head) >= 3:
            return converted + run[len(head):]
    return run


def normalize(text: str) -> Normalized:
    index_map = None
    if not text.isascii() and (not unicodedata.is_normalized("NFKC", text) or _DASH_CHARS.search(text)):
        pieces = []
        mapping: list[int] = []
        for i, ch in enumerate(text):
            out = _nfkc_char(ch) if ord(ch) > 127 else ch
            pieces.append(out)
            if len(out) == 1:
                mapping.append(i)
            else:
                mapping.extend([i] * len(out))
        text = "".join(pieces)
        if len(mapping) != len(pieces) or any(len(p) != 1 for p in pieces):
            index_map = tuple(mapping)
    if _MAYBE_LOOKALIKE.search(text):
        text = _LOOKALIKE_RUN.sub(_fix_lookalikes, text)
        if _MAYBE_LOOKALIKE_DATE.search(text):
            text = _LOOKALIKE_DATE.sub(_fix_lookalike_date, text)
            text = _LOOKALIKE_DATE_PART.sub(_fix_lookalike_date_part, text)
    if _MAYBE_HANGUL_NUMBER.search(text):
        text = _HANGUL_NUMBER_RUN.sub(_fix_hangul_digits, text)
    return Normalized(text, index_map)


_DASH_CHARS = re.compile("[\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u30fc\u2500]")
_NUMBER_SHAPE = re.compile(r"0[0-9]{1,2}-[0-9]{3,4}-[0-9]{4}|[0-9]{6}-[1-8][0-9*]{6}")
_MAYBE_LOOKALIKE = re.compile(r"[0-9][OoIlZSB|]|[OoIlZSB|][0-9]")
_MAYBE_HANGUL_NUMBER = re.compile(rf"[{HANGUL_DIGITS}]{{3}}")
_DATE_PART = r"[0-9OoIl]"
_LOOKALIKE_DATE = re.compile(rf"(?<![A-Za-z0-9])(?P<y>{_DATE_PART}{{4}}|{_DATE_PART}{{2}})\s?[./-]\s?(?P<m>{_DATE_PART}{{1,2}})"
                             rf"\s?[./-]\s?(?P<d>{_DATE_PART}{{1,2}})(?![A-Za-z0-9])")
_LOOKALIKE_DATE_PART = re.compile(rf"(?<![A-Za-z0-9])(?P<v>{_DATE_PART}{{1,4}})(?P<tail>\s?(?P<unit>[년월일]))")
_MAYBE_LOOKALIKE_DATE = re.compile(r"[0-9][OoIl]|[OoIl][0-9]")
