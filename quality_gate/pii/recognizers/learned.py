"""PERSON, KR_ADDRESS and LOCATION from the learned character tagger (quality_gate/pii/ner/).

How the tagger and the rules are combined (PiiMasker.detect):
- Both run. The rules (person.py with its surname lists, cue words and stop lists; address.py with
  its road/lot/unit grammar) report what their evidence supports; the tagger reports what it reads
  with probability >= its per-label threshold (chosen on validation data when it was trained).
- A tagger span is scored 0.5 + 0.5 x (probability - threshold) / (1 - threshold): at its threshold
  it just reaches the gate's 0.5, a certain one scores 1.0. Rule results keep their scores. An
  ADDRESS span without a digit (no building or lot number) and a PERSON span without a letter
  are dropped (`plausible`).
- Overlapping PERSON results resolve like every other type (higher score, then longer span);
  overlapping KR_ADDRESS results are merged into one span covering both (the grammar is exact
  about numbers, the tagger about the words around them). A LOCATION the tagger sees right before
  an address it found (`수원시 영통구` + `매영로 123`) becomes part of that address.
- A tagger PERSON span is widened to whole words (`snap`): the tagger sometimes stops inside a name;
  a title is cut off it, and a span on a title alone moves to the word before it (`아소 |부총리|의`).
- A tagger name made only of words frequent in petition titles is dropped as an ordinary word,
  unless the tagger is sure (>= TITLED_COMMON_SCORE) and a title of office follows (`트럼프 대통령`).
- Where a tagger span overlaps an identifier a rule found (phone, e-mail, plate, card ...), the
  identifier wins and the tagger span keeps only its part outside it (PiiMasker: trim_learned).
- The morphological analyser (kiwipiepy, morphology.py) that person.py can consult for names with no
  cue is not asked for names when this tagger is on: the learned model is the second opinion for
  cue-less names. It vetoes a tagger name that it reads as a verb or an adverb, or as an ordinary
  noun of its dictionary (`조사표`, `리포트`; `dictionary_noun`).

PiiMasker.mask_batch() calls `prime(texts)`, which runs the tagger over the whole batch (NerModel
sends fp32 and static-int8 models several texts a call, a dynamic-int8 model of an older build one)
and keeps the spans until `analyze()` asks for each text.
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from quality_gate.pii import gazetteer, lexicon
from quality_gate.pii.lexicon import name_shaped
from quality_gate.pii.ner.codec import Span
from quality_gate.pii.ner.model import NerModel
from quality_gate.pii.recognizers.latin import LATIN_STOP_WORDS as _LATIN_WORDS
from quality_gate.pii.recognizers.latin import SURNAME_BEFORE as _SURNAME_BEFORE
from quality_gate.pii.recognizers.latin import latin_name_edges as _latin_name_edges
from quality_gate.pii.recognizers.morphology import dictionary_noun, starts_with_a_predicate
from quality_gate.pii.recognizers.place import place_word
from quality_gate.pii.recognizers.record_rows import in_name_column
from quality_gate.pii.recognizers.romanized import SURNAMES as ROMANIZED_SURNAMES
from quality_gate.pii.recognizers.tagger_spans import HANJA as _HANJA
from quality_gate.pii.recognizers.tagger_spans import join_hanja, join_places, split_cells, without_nested
from quality_gate.pii.recognizers.titles import GENERIC_SUFFIXES
from quality_gate.pii.recognizers import fast_regex

LABEL_ENTITIES = {"PERSON": "PERSON", "ADDRESS": "KR_ADDRESS", "LOCATION": "LOCATION"}
_CACHE_LIMIT = 4096
# What may follow a name inside the same word: particles, titles, copulas (`김민수님`, `김민수씨가`).
_NAME_RESTS = tuple(sorted(lexicon.NAME_PARTICLES | GENERIC_SUFFIXES | lexicon.POST_TITLES | lexicon.COPULA_RESTS,
                           key=len, reverse=True))
_HANGUL_RUN = fast_regex.compile(r"[가-힣]+")
_WORD_BEFORE = fast_regex.compile(r"(?:^|\s)([가-힣]{2,5}|[A-Z][a-z]+) $")
_LATIN_WORD = fast_regex.compile(r" (?:[A-Z][a-z]+|[A-Z]{2,}|[A-Z][a-z]*\*+)(?![A-Za-z])")


_PARTICLES = tuple(sorted(lexicon.NAME_PARTICLES | GENERIC_SUFFIXES, key=len, reverse=True))


_REST_SET = frozenset(_NAME_RESTS)
_ATTACHED_TITLES = tuple(sorted(lexicon.ATTACHED_TITLES, key=len, reverse=True))


def _hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"


def _is_ending(rest: str) -> bool:
    """`는`, `님께서`, `씨가`: particles, titles and copulas, alone or two in a row (not `은색`)."""
    return lexicon.one_or_two_of(rest, _REST_SET)


_PARTICLE_SET = frozenset(_PARTICLES)
_PARTICLE_LENGTHS = sorted({len(p) for p in _PARTICLES}, reverse=True)


def stem(word: str) -> str:
    """A Hangul word without its final particle and form of address (`지하철이` -> `지하철`,
    `김씨에` -> `김`), when something is left. The longest particle goes first; a set lookup per
    length, not an endswith per particle (this runs for every word of every tagger name span)."""
    for _ in range(2):
        for length in _PARTICLE_LENGTHS:
            if len(word) > length + 1 and word[-length:] in _PARTICLE_SET:
                word = word[:-length]
                break
    for title in ("씨", "님", "군", "양"):
        if word.endswith(title) and len(word) > 1:
            return word[:-1]
    return word


def _is_title(token: str) -> bool:
    """`부총리의`, `대통령`: a title written after a name, with its particle."""
    return stem(token) in lexicon.POST_TITLES


# Hanja: a name (`金民秀`) stands alone or before a title written in hanja (`金民秀氏`); a span cut out
# of a longer hanja word is a form's label (`生年月|日`, `姓|名`, `住|所`), and a word ending like a
# district (`水原市`, `江南區`) is a place.
_KANA = fast_regex.compile(r"[\u3040-\u30ff]")
_HANJA_SURNAME_BEFORE = fast_regex.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{1,2}) $")
_HANJA_TITLES = ("氏", "君", "孃", "樣", "様", "殿", "先生", "女史", "議員", "長官", "社長", "會長")
_HANJA_PLACE_LAST = frozenset("市郡區区道洞邑面里縣县州國国")
HANJA_LABELS = frozenset("姓名 氏名 名前 生年月日 生年 住所 性別 電話 年齡 年齢 職業 本籍 國籍 国籍 署名 捺印 申請人 "
                         "申請者 代表者 聯絡處".split())


# Words that say who the person is, never part of the name after them (`아동 김하늘`, `환자 이순자`).
_WORDS_FOR_A_PERSON = lexicon.PRE_CUES | lexicon.PERSON_NOUNS


def _one_line(text: str, start: int, end: int) -> tuple[int, int]:
    """A name never runs over a line break: of a span that does (`남\n이서연`, the sex cell of one
    table row and the name that opens the next), the longest line's part is kept."""
    if "\n" not in text[start:end]:
        return start, end
    pieces, cursor = [], start
    for line in text[start:end].split("\n"):
        stripped = line.strip()
        if stripped:
            offset = cursor + line.index(stripped)
            pieces.append((len(stripped), -offset, offset, offset + len(stripped)))
        cursor += len(line) + 1
    _, _, first, last = max(pieces)  # the longest; of equal ones, the first
    return first, last


def snap(text: str, span: Span) -> Span:
    """A PERSON span covers whole words: the tagger sometimes stops inside a name (`스필버|그`,
    `이|한구`). A span ending inside a Hangul word whose rest is not a particle, title or copula
    runs to the end of the word (minus a final particle); one starting one or two syllables into a
    word starts at the word; a Latin span runs to the end of its word. A title is not part of the
    name (`아소 부총리` -> `아소`), and a span that is a title alone moves to the word before it (the
    tagger sometimes marks `부총리` in `아소 부총리의`)."""
    if span.label != "PERSON":
        return span
    start, end = _one_line(text, span.start, span.end)
    kana = _KANA.search(text, start, end)
    if kana and kana.start() > start and _HANJA.fullmatch(text, start, kana.start()):
        end = kana.start()  # `健太|と申します`: Japanese writes its particles after the name, without a space
    if " " not in text[start:end].strip() and _is_title(text[start:end].strip()):
        before = _WORD_BEFORE.search(text, max(0, start - 8), start)
        if before:  # `아소 |부총리|`: the tagger marked the title, the name is the word before it
            start, end = before.span(1)
    if end < len(text) and _hangul(text[end]) and _hangul(text[end - 1]):
        rest = _HANGUL_RUN.match(text, end).group()
        if not _is_ending(rest) and not rest.startswith(_ATTACHED_TITLES):  # `이성재님|아버지`: the name ends
            word_end = end + len(rest)
            for k in range(min(4, len(rest)), 0, -1):
                if rest[-k:] in lexicon.NAME_PARTICLES or rest[-k:] in GENERIC_SUFFIXES:
                    word_end -= k
                    break
            end = max(end, word_end)
        elif len(rest) == 1 and end - start == 2 and _hangul(text[start]) and lexicon.name_shaped(text[start:end] + rest):
            end += 1  # `전한|나`, `윤가|은`, `지성|만`: a surname and one syllable before a one-syllable
            # particle ending the word is a three-syllable name cut short more often than a two-syllable one
    elif end < len(text) and text[end].isascii() and text[end].isalpha() and text[end - 1].isascii():
        while end < len(text) and text[end].isascii() and text[end].isalpha():
            end += 1
    if text[start:end].isascii():  # `John` + ` Smith`: the capitalised words that follow, not past a comma
        while end > start + 1 and text[end - 1] in ",;":
            end -= 1
        for _ in range(2):
            following = _LATIN_WORD.match(text, end)
            if following is None:
                break
            end = following.end()
        surname = _SURNAME_BEFORE.search(text, max(0, start - 12), start) if text[start:start + 1].isupper() else None
        if surname is not None and " " not in text[start:end]:
            start = surname.start(1)  # `Park Seoyeon`: the tagger found the given name only
    if start > 0 and text[start].isascii() and text[start].isalpha() and text[start - 1].isascii() \
            and text[start - 1].isalpha():
        while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
            start -= 1
    elif start > 0 and _hangul(text[start]) and _hangul(text[start - 1]):
        k = start
        while k > 0 and _hangul(text[k - 1]) and start - k < 2:
            k -= 1
        if k == 0 or not _hangul(text[k - 1]):
            start = k
        elif " " in text[start:end].strip():  # `영화를보|니 크리스가드너`: the name is what follows the space
            start = text.index(" ", start, end) + 1
            while text[start].isspace():
                start += 1
    start, end = _latin_name_edges(text, start, end)
    tokens = text[start:end].split()
    if len(tokens) > 1 and (tokens[0] in HANJA_LABELS or tokens[0] in _WORDS_FOR_A_PERSON):
        # `申請人 金民秀`, `아동 김하늘`, `신청인 박지훈`: the label or the role before the name is not masked
        start = text.index(tokens[1], start + len(tokens[0]), end)
        tokens = tokens[1:]
    for title in _HANJA_TITLES:  # `金民秀氏`: the hanja title after the name is not masked
        if text[start:end].endswith(title) and _HANJA.fullmatch(text, start, end - len(title)) and \
                end - len(title) - start >= 2:
            end -= len(title)
            tokens[-1] = tokens[-1][:-len(title)]
            break
    if len(tokens) > 1 and _is_title(tokens[-1]):
        end = text.rindex(tokens[-1], start, end)  # `아베 총리`: the title after the name is not masked
        while end > start and text[end - 1].isspace():
            end -= 1
    while len(tokens) > 1 and tokens[0].isascii() and (
            (tokens[0].isalpha() and tokens[0].islower()) or tokens[0].lower().rstrip(".,") in _LATIN_WORDS):
        start = text.index(tokens[1], start + len(tokens[0]), end)  # `on |Jeongja`, `Dear Mr. |John`: not the name
        tokens = tokens[1:]
    return span if (start, end) == (span.start, span.end) else Span(span.label, start, end, span.score)


_ENGLISH_GRAMMAR = fast_regex.compile(r"(?i)(?<![A-Za-z])(?:not|the|of|and|is|are|was|were|for|with|your|you|this|that|will)(?![A-Za-z])")
_STOP_WORDS = (lexicon.NOT_NAMES | lexicon.COUNTRIES | frozenset(lexicon.SIDO) | frozenset("제 저 내 나 너 그 저희 우리".split()))
_ORG_LAST = frozenset("과팀실청처단국")  # 세정과, 민원팀, 감사실 (three syllables or more, not name-shaped)
_PLACE_LAST = frozenset("동읍면리")
# Hyphenated English words the tagger cuts into name-like pieces (`The Wi|-|Fi`).
_CELL_END = fast_regex.compile(r"[ \t]*(?:$|[\n|│┃\t;,)\]<])")
_HYPHENATED_WORDS = frozenset("wi-fi e-mail co-op t-shirt x-ray check-in check-out log-in k-pop e-book u-turn "
                              "drive-thru walk-in follow-up set-up".split())
_LATIN_HYPHENATED = fast_regex.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")
_TITLE_AFTER = fast_regex.compile(r"\s?(?:님|씨|군|양|" + "|".join(sorted(lexicon.POST_TITLES, key=len, reverse=True)) + ")")
_SHORT_CAPS = fast_regex.compile(r"[A-Z]{2,4}")
# A Korean name in capitals as on a passport or a card (`PARK JI HOON`): short capital words, but a name.
_CAPS_KOREAN_NAME = fast_regex.compile(r"(?:" + "|".join(sorted({n.upper() for n in ROMANIZED_SURNAMES}, key=len, reverse=True))
                               + r")(?:[ -][A-Z]{1,8}){1,2}")
# A date or time format written out (`YYYY.MM.DD`, `YY-MM`, `hh:mm`): a form's placeholder, not a name.
_FORMAT_PART = r"(?:YYYY|YY|MM|DD|HH|hh|mm|ss|yyyy|yy|dd|XXXX|XX|xx)"
_FORMAT_PLACEHOLDER = fast_regex.compile(_FORMAT_PART + r"(?:[./:\-]?" + _FORMAT_PART + r")+")
# A field's key in camel case (`StudentNo`, `UserName`, `EmployeeId`): a word, then one of these with its
# capital (`Bruno`, `David` end alike without one).
_FIELD_KEY = fast_regex.compile(r"(?:[A-Za-z][a-z]+|[가-힣]+)(?:No|Id|ID|Name|Number|Code|Date|Type)")  # `배치ID` too
# A tagger name made only of words frequent in petition titles (common_words.txt) is kept when a
# title of office follows and the tagger is at least this sure: public figures are named in petitions.
TITLED_COMMON_SCORE = 0.6
# Titles of office only: before 기사님 or 선생님 the tagger also reads `버스` or `학교` as a name.
_OFFICIAL_AFTER = fast_regex.compile(r"\s(?:" + "|".join(sorted(lexicon.OFFICE_TITLES | {"감독", "위원장"}, key=len, reverse=True))
                             + ")")
_MASK_AFTER = fast_regex.compile(r"[*○●◯Oㅇ\u110bXx＊]")  # ㅇ is U+110B after NFKC
_MASKED_TAIL = fast_regex.compile(r"[*○●◯＊]+")
_LONE_LETTER = fast_regex.compile(r"[A-Za-z]")
_ADDRESSED_LETTER = fast_regex.compile(r"\s?(?:씨|군|양|님|\(\s?[0-9])")


def _hanja_not_a_name(text: str, start: int, end: int) -> bool:
    before = _HANJA.fullmatch(text, max(0, start - 1), start)
    after = _HANJA.match(text, end)
    if before or (after and not after.group().startswith(_HANJA_TITLES)):
        return True  # cut out of a longer hanja word: `生年月|日`, `姓|名`
    tokens = text[start:end].split()
    if tokens[-1][-1] in "年月日生歲":
        return True  # a date or an age in hanja (`己亥年`, `七日生`), not a name
    glossed = start >= 2 and text[start - 1] in "(（" and _hangul(text[start - 2])  # `시진핑(習近平)`
    surname = _HANJA_SURNAME_BEFORE.search(text, max(0, start - 4), start)  # `山本 |健太`, `石 |麗娜`
    if any(token in lexicon.HANJA_NOT_NAMES for token in tokens) or not (
            glossed or (surname and surname.group(1)[0] in lexicon.HANJA_SURNAMES)
            or any(token[0] in lexicon.HANJA_SURNAMES for token in tokens)):
        return True  # a Chinese or Japanese word (`出生日期`, `您好`): a name starts with a surname
    return any(token in HANJA_LABELS for token in tokens) or (len(tokens[-1]) >= 2 and tokens[-1][-1] in _HANJA_PLACE_LAST)


_ADDRESS_WORD = fast_regex.compile(
    r"[가-힣0-9]+(?:시|도|구|군|읍|면|동|리|로|길|가|번지|호|층|아파트|빌라|빌딩|타워|오피스텔|맨션|주택|하우스|프라자|플라자)"
    r"(?![가-힣])|[0-9]+\s?(?:street|st|avenue|ave|road|rd|blvd|lane|ln|drive|dr)\b",
    re.IGNORECASE,
)
_DATE_GOES_ON = fast_regex.compile(r"\s?[./]\s?[0-9]{1,2}(?:\s?[./]|\b)|\s?년")
_NOT_ADDRESS = fast_regex.compile(r"번호|전화|연락처|계좌|사업자|면허|우편")
_AGE_AT_END = fast_regex.compile(r"[0-9] ?(?:세|살)$")  # `상동, 45세`: the tagger took the age for the address's number
_COUNT_GOES_ON = fast_regex.compile(r"[0-9]*(?: ?(?:세|살)(?![가-힣])|(?:세|살)[이가는의요로])")  # `이상동, 45|세`, `이상동, 4|5세`: an age
# An address stays inside its table cell (`이영구<TAB>남<TAB>1958` is a row, not an address); a line
# break is no cell break, since letters wrap an address over two lines.
_CELL_BREAK = fast_regex.compile(r"[\t|│┃]")


_LABEL_COLON = fast_regex.compile(r"\s?[:：]")
_WORD_AND_YEAR = fast_regex.compile(r"[가-힣]+\s?(?:19|20)[0-9]{2}")
_FIELD_WORDS = frozenset({"한글", "한자", "영문", "성명", "이름", "성함"})
_ROMANIZED_PLACE = fast_regex.compile(r"[a-z]-(?:gu|si|do|gun|ro|gil|daero|dong|eup|myeon|ri)\b")
_JAMO_ONLY = fast_regex.compile(r"[\u3131-\u318e\u1100-\u11ff\s]+")  # NFKC turns `ㄱ` into the conjoining `ᄀ`


def _in_header_row(text: str, start: int, end: int) -> bool:
    """The span fills a cell of a row that also holds a name column's header (`| 성명 | 담당 | 메일 |`,
    `No<TAB>Name<TAB>DOB<TAB>Enrolled`): the table's top row, which holds no names."""
    line_begin = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_begin:len(text) if line_end < 0 else line_end]
    cells = [cell.strip().strip('"') for cell in _ROW_SPLIT.split(line)]
    value = text[start:end].strip()
    return len(cells) >= 3 and value in cells and any(
        cell != value and (cell in lexicon.TABLE_HEADERS or cell.lower() in _NAME_HEADER_CELLS) for cell in cells)


_ROW_SPLIT = fast_regex.compile(r"[|│┃\t]|,(?=\S)")
_NAME_HEADER_CELLS = frozenset({"성명", "이름", "성함", "name", "full name", "student no", "dob", "email"})


def plausible(text: str, span: Span, common: frozenset[str] = frozenset()) -> bool:
    """Checks the tagger's spans must pass. An address reaches a building or lot number (as in
    address.py, `매영로` alone is a place), has a word of an address (…시/구/동/로/길, 번지, 호, 층,
    a building), no word of another number (번호, 전화, 계좌 ...) and no cell break (tab, `|`). A name holds a letter and no digit, is not a short
    all-capitals token (`GET`, `EAN`) or a date format (`YYYY.MM`, `XX-XX`), does not end like an organisation (`카카오뱅크`) or, without a
    title after it, like a township (`신갈동`, `남사읍`), and is not
    made only of ordinary words: words of the lexicon's stop lists (and 제/저/내 ...), or words of
    `common` (found in two or more petition titles, shipped with the model as common_words.txt)
    that are not shaped like a Korean name (`지하철`, `아파트 관리비`)."""
    value = text[span.start:span.end]
    if span.label == "ADDRESS":
        if _DATE_GOES_ON.match(text, span.end) or (value[-1:].isdigit() and _COUNT_GOES_ON.match(text, span.end)) \
                or _AGE_AT_END.search(value):
            return False  # `양육비로 2024|. 9. 1.`, `승인일시 2024|/12/03`: the number is a date's year, not a building's
        if _WORD_AND_YEAR.fullmatch(value.strip()):
            return False  # `삼천리 2021`, `건축허가 2024`: a word and a year
        # An address word that is an everyday noun (`참석 138, 대리 3`, `처리 2`) makes no address.
        return (any(c.isdigit() for c in value) and _NOT_ADDRESS.search(value) is None and _CELL_BREAK.search(value) is None
                and any(word.group() not in lexicon.NOT_TOWNSHIPS for word in _ADDRESS_WORD.finditer(value)))
    if not any(c.isalpha() for c in value):
        return False
    if span.label != "PERSON":
        return True
    bare = value.strip(" ./:-")
    if value.isascii() and (text[span.end:span.end + 1].isdigit() or text[span.start - 1:span.start].isdigit()):
        return False  # `SM-G|998N`, `KX2201`: a model or a code glued to digits
    if value.split()[0] in _FIELD_WORDS:
        return False  # `한글 석 만` (a name's field before a spaced name: spaced.py reads it)
    if _SHORT_CAPS.fullmatch(bare) or _FORMAT_PLACEHOLDER.fullmatch(bare) or any(c.isdigit() for c in value):
        return False
    if _JAMO_ONLY.fullmatch(value.strip()):
        return False  # `ㄱㅅㄱㅅ`: chat shorthand
    if value.isascii() and ("_" in value or text[span.start - 1:span.start] in ("_", "=")
                            or text[span.end:span.end + 1] in ("_", "=")) and value.strip().upper() == value.strip():
        return False  # `MINWON_DONE`, `action=DOWNLOAD`, `PROTO=TCP`: a log's keys and codes in capitals
    if value.isascii() and _ENGLISH_GRAMMAR.search(value):
        return False  # `DO NOT REPLY`, `PLEASE DO NOT DISTURB`: a sentence in capitals, and no name holds `not`
    if value.isascii() and _ROMANIZED_PLACE.search(value):
        return False  # `Bundang-gu Seongnam-si`: districts and roads in Latin letters (address_latin.py)
    if value.isascii() and " " not in value.strip() and _LABEL_COLON.match(text, span.end):
        return False  # `Guardian:`, `Joined:`: an English field name, not a name
    if _in_header_row(text, span.start, span.end):
        return False
    if _KANA.search(value):
        return False  # Japanese kana (`まして`, `住んでい`): given names in kana are too rare to pay for it
    if all(_HANJA.fullmatch(token) for token in value.split()) and _hanja_not_a_name(text, span.start, span.end):
        return False  # `生年月|日`, `姓|名`, `水原市`, `出生日期`: a label, a place or a word in hanja, not `金民秀`
    words = [stem(w) for w in _HANGUL_RUN.findall(value)]
    if words and not name_shaped(words[-1]) and (
        words[-1].endswith(lexicon.ORG_SUFFIXES) or (len(words[-1]) >= 3 and words[-1][-1] in _ORG_LAST)
    ):
        return False
    if any(m.start() < span.end and span.start < m.end() and m.group().lower() in _HYPHENATED_WORDS
           for m in _LATIN_HYPHENATED.finditer(text, max(0, span.start - 12), span.end + 12)):
        return False  # a piece of `Wi-Fi`, `Co-op`
    unit = _HANGUL_RUN.match(text, span.end)
    if unit and words and not name_shaped(words[-1]) and _unit_cut_short(
            words[-1], unit.group(), common, _CELL_END.match(text, unit.end()) is not None):
        return False  # `총무|과`, `민원|팀`: a unit's name cut before its last syllable
    titled = _TITLE_AFTER.match(text, span.end) is not None
    if all(_ordinary(token, common) for token in value.split()) and not _CAPS_KOREAN_NAME.fullmatch(value.strip()) and not (
        span.score >= TITLED_COMMON_SCORE and _OFFICIAL_AFTER.match(text, span.end)
        and not any(stem(w) in _STOP_WORDS for w in words)
    ) and not _named_by_place(text, span, words):
        return False  # ordinary words; but `트럼프 대통령`, `아베 총리`: frequent in petitions, yet a name before a title
    if span.start > 0 and _hangul(text[span.start - 1]) and _hangul(text[span.start]) \
            and not (titled and len(words) == 1 and name_shaped(words[0])):
        return False  # three or more syllables into a word (snap took shorter lead-ins): `아메리|칸리그`, not `주시는|김태원님`
    if _LONE_LETTER.fullmatch(value.strip()) and not titled and not _ADDRESSED_LETTER.match(text, span.end):
        return False  # `O`, `X`, `A반`, `B동`, `M/61`: marks and codes; news write `A씨`, `B(35)씨`, `K군`
    if len(value.strip()) == 1 and _hangul(value.strip()) and not titled and not _MASK_AFTER.match(text, span.end):
        return False  # one syllable alone (`두 손`, `왼쪽`): a surname alone needs a title (`김 씨`) or a mask (`김○○`)
    if len(words) == 1 and len(value.split()) == 1 and lexicon.surname_and_title(words[0]):
        return False
    if len(words) == 1 and (gazetteer.city_or_district(words[0]) or (
            words[0] in gazetteer.CITIES and _MASKED_TAIL.fullmatch(value.strip(), len(words[0]))
            and not _TITLE_AFTER.match(text, span.end))):
        return False  # `용인시 콜센터`, `성남시`, `권선구`, `부천**`: a city or a district, not a person
    if len(words) == 1 and len(words[0]) >= 3 and words[0][-1] in _PLACE_LAST and not titled:
        return False  # 신갈동, 남사읍: a place, unless a title follows (`홍길동 씨`, `홍길동님`)
    tokens = value.split()
    if len(tokens) > 1 and all(len(t) == 1 and _hangul(t) for t in tokens) and not titled:
        return False  # `이 건`, `그 분`: single syllables, no title after them
    if not titled and starts_with_a_predicate(text, span.start):
        return False  # `게다가`, `헷갈립니다`, `솟아올라 유모차`, `밤마다`
    return True


def _named_by_place(text: str, span: Span, words: list[str]) -> bool:
    """Where it stands says it is a name though its syllables make words (`정말순`, `하순녀`, `PHAM VAN TUAN`):
    alone in a cell under a name column, or a name-shaped word right after a title (`팀장 하순녀`)."""
    if len(words) == 1 and len(words[0]) == 3 and name_shaped(words[0]) and words[0] not in _STOP_WORDS:
        before = _TITLE_BEFORE.search(text, max(0, span.start - 8), span.start)
        if before and before.group(1) in lexicon.POST_TITLES:
            return True
    return in_name_column(text, span.start, span.end)


_TITLE_BEFORE = fast_regex.compile(r"(?<![가-힣])([가-힣]{2,4})\s$")


def _unit_cut_short(word: str, rest: str, common: frozenset[str], closes_cell: bool) -> bool:
    """`rest` (the rest of the span's word) is a unit's last syllable (팀, 실, 과 ...), alone or before
    a particle. 과 is also the particle "and", but only after a final consonant (`마이클과`; after a
    vowel it is 와) and never at the end of a table cell or line (`| 세정과 |`): so `총무과` is a unit,
    and `마이클과 함께` a unit only when 마이클 is an ordinary word."""
    if rest[0] not in _ORG_LAST or not (len(rest) == 1 or _is_ending(rest[1:])):
        return False
    ends_in_vowel = _hangul(word[-1]) and (ord(word[-1]) - 0xAC00) % 28 == 0
    return (rest[0] != "과" or ends_in_vowel or (rest == "과" and closes_cell) or word in common
            or word in _STOP_WORDS)


def _ordinary(token: str, common: frozenset[str]) -> bool:
    """A token that is no part of a name: a stop-list or ordinary word (alone or as the first two
    syllables of a longer word: 민원번호, 모델명), a noun of the analyser's dictionary (`조사표`), a
    short all-capitals Latin word or one that starts in lower case."""
    if _FIELD_KEY.fullmatch(token.strip(".:,;()[]\"'")):
        return True  # `employeeNo`, `userId`, `배치ID`: a field's name in a log, JSON or a form
    if token.isascii():
        word = token.strip(".:,;()[]").lower()
        # Names start with a capital.
        return bool(_SHORT_CAPS.fullmatch(token)) or token.strip(".:,;()[]\"'")[:1].islower() or word in _LATIN_WORDS
    words = _HANGUL_RUN.findall(token)
    if len(words) != 1 or len(words[0]) < len(token.strip("'\"“”‘’()[]")):
        return False
    if words[0] in _STOP_WORDS:
        return True  # before 님 is cut off as a title: `아드님`, `따님`
    word = stem(words[0])
    if len(word) > 2 and word.endswith("째"):  # `일주일째`, `사흘째`: a count of days, not part of a name
        word = word[:-1]
    if name_shaped(word):
        return word in _STOP_WORDS or dictionary_noun(word, True)
    return word in _STOP_WORDS or word in common or (len(word) >= 3 and _ordinary_compound(word, common)) \
        or dictionary_noun(word, False)


def _ordinary_compound(word: str, common: frozenset[str]) -> bool:
    """An ordinary word followed by an ordinary word or a one-syllable suffix (`민원번호`, `모델명`),
    not an ordinary-looking start followed by anything (`다니|엘데이루이스`, `알파|치노`: names
    transliterated from other languages often start like a Korean word)."""
    head, rest = word[:2], word[2:]
    if head not in _STOP_WORDS and head not in common:
        return False
    return len(rest) == 1 or rest in _STOP_WORDS or rest in common


class LearnedNerRecognizer(EntityRecognizer):
    def __init__(self, model: NerModel, entities, supported_language: str = "ko"):
        self.model = model
        self.wanted = {label: entity for label, entity in LABEL_ENTITIES.items() if entity in set(entities)}
        self._cache: dict[str, list[Span]] = {}
        super().__init__(
            supported_entities=sorted(set(self.wanted.values())),
            name=type(self).__name__,
            supported_language=supported_language,
        )

    def load(self) -> None:
        return None

    def prime(self, texts: list[str]) -> None:
        """Run the model once over `texts` (deduplicated); analyze() then reads the cached spans."""
        todo = list(dict.fromkeys(t for t in texts if t and t not in self._cache))
        if len(self._cache) + len(todo) > _CACHE_LIMIT:
            self._cache.clear()
        for text, spans in zip(todo, self.model.predict(todo)):
            self._cache[text] = spans

    def spans(self, text: str) -> list[Span]:
        cached = self._cache.pop(text, None)
        return cached if cached is not None else self.model.predict([text])[0]

    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        results = []
        for span in join_places(text, [snap(text, s) for s in split_cells(text, join_hanja(text, self.spans(text)))]):
            entity = self.wanted.get(span.label)
            if span.label == "PERSON" and place_word(text, span.start, span.end):
                entity = self.wanted.get("LOCATION")  # `호주`, `방콕에`: a country or city, not a name
            if entity is None or (entities and entity not in entities) or not plausible(text, span, self.model.common_words):
                continue
            threshold = self.model.thresholds.get(span.label, 0.5)
            score = 0.5 + 0.5 * max(0.0, span.score - threshold) / max(1e-6, 1.0 - threshold)
            results.append(self._result(entity, span.start, span.end, min(score, 1.0)))
        return without_nested(results)

    def _result(self, entity: str, start: int, end: int, score: float) -> RecognizerResult:
        explanation = AnalysisExplanation(recognizer=self.name, original_score=score, pattern_name="learned tagger")
        return RecognizerResult(
            entity_type=entity, start=start, end=end, score=score, analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,  # the model saw the context
            },
        )
