"""Names in Latin letters: around the learned tagger's spans (learned.py: the words that are not names,
a romanized Korean surname before a given name, the family names and titles of passports and tickets),
and after an introduction or a name label (LatinNameAfterCueRecognizer)."""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii import lexicon
from quality_gate.pii.recognizers.base import KoreanPatternRecognizer
from quality_gate.pii.recognizers.romanized import SURNAMES as ROMANIZED_SURNAMES
from quality_gate.pii.recognizers import fast_regex

# Words of forms, letters and logs that the tagger reads as names when written with a capital.
LATIN_STOP_WORDS = frozenset(
    "no id ip dob tel fax email mail student employee emp staff date birth passport issued name number user "
    "admin system server error info warn debug login logout session request response status "
    # words that open or close letters, e-mails and forms
    "dear hello hi regards best thanks thank sincerely signed sign from to cc bcc re fw fwd subject sent "
    "attachment attached manager director officer team department dept office reviewer author approver "
    "approved requested contact address phone mobile city hall customer service minutes meeting attendees "
    "chair secretary note notes remarks total mr mrs ms miss dr prof sir madam born personnel bank account "
    "shinhan kookmin woori nonghyup kakaobank birthdate birthday yymmdd yyyymmdd yyyy matric "
    # Korean cities in Latin letters: places, not people (`born in Seoul`)
    "seoul busan incheon daegu daejeon gwangju ulsan sejong suwon seongnam yongin goyang changwon jeju "
    # month names (`Born: January 2, 1990`), but not April, May and June: they are given names too
    "january february march july august september october november december jan feb mar apr jun jul aug sep sept "
    "oct nov dec "
    # a form's English field names and the words around people on it (`Arrival in Korea:`, `son Oh Jaesik`)
    "korea form information sheet arrival departure guardian joined discharge admission employer interpreter "
    "enrolled nationality gender occupation signature applicant relationship purpose entry patient parent "
    "father mother son daughter husband wife spouse reported "
    # days, mail headers, browsers and countries (`Sent: Monday, April 8`, `Original Message`, `Chrome 124`)
    "monday tuesday wednesday thursday friday saturday sunday please original message forwarded chrome firefox "
    "safari windows android iphone galaxy registration foreign mongolia vietnam viet china japan philippines nepal "
    "thailand cambodia uzbekistan russia indonesia "
    # the words of English documents' titles and headers (`DISCHARGE SUMMARY`, `Booking Reference:`)
    "report summary letter referral receipt ticket itinerary booking reference section guide notice record "
    "certificate statement application request invoice order delivery tracking plate room class age sex "
    "final print export import expired change residents resident city welfare center centre consular "
    "embassy division unit ward clinic hospital university school "
    # medical words of referral letters (`Dx: Pneumonia`, `Acute MI`)
    "dx diagnosis acute chronic pneumonia dementia fracture surgery admission emergency "
    # nationalities (`I pay tax same as Korean`)
    "korean american canadian chinese japanese vietnamese filipino thai mongolian russian canada germany "
    "france usa uk "
    # systems in logs and user agents (`Mozilla/5.0 (Linux; Android 14)`, `Mac OS X`)
    "linux mac os ubuntu mozilla vlan applewebkit microsoft teams web "
    # SQL and export keywords (`INSERT INTO ... VALUES`, `ISODate(...)`)
    "select insert into values update delete where unlock lock tables mysql isodate null "
    # weekdays abbreviated, as mail headers write them (`On Wed, Jan 10, 2024`)
    "mon tue wed thu fri sat sun on".split()
)

# A romanized Korean surname right before a Latin given name (`Park |Seoyeon|`, `Oh |Jaesik|`).
SURNAME_BEFORE = fast_regex.compile(r"(?<![A-Za-z])(" + "|".join(sorted(ROMANIZED_SURNAMES + [n.upper() for n in ROMANIZED_SURNAMES],
                                                                    key=len, reverse=True)) + r") $")

# A family name before the given names in the forms of passports and tickets (`YOON/HAEWON`,
# `KIM, DANIEL JOON`), or a capitalised word before a given name that the tagger left out
# (`Ali |Hassan|`); an honorific a ticket appends (`MS`, `MSTR`) is not part of the name.
_FAMILY_BEFORE = fast_regex.compile(r"(?<![A-Za-z])(?:[A-Z]{2,}(?:/|,\s)|[A-Z][a-z]+ )$")
_TICKET_TITLE = fast_regex.compile(r"\s(?:MS|MR|MRS|MSTR|MISS|DR)$")


def latin_name_edges(text: str, start: int, end: int) -> tuple[int, int]:
    if not text[start:end].isascii() or not text[start:start + 1].isupper():
        return start, end
    title = _TICKET_TITLE.search(text, start, end)
    if title is not None and title.start() > start:
        end = title.start()
    family = _FAMILY_BEFORE.search(text, max(0, start - 16), start)
    if family is not None and family.group().strip(" /,").lower() not in LATIN_STOP_WORDS:
        start = family.start()
    return start, end


# ------------------------------------------------------------------ names after an introduction or a label
# A name in Latin letters: capitalised words or words in capitals (accents allowed: `Chloé`, `Nguyễn`),
# initials (`T.`) and the particles of family names (`dela Cruz`, `van Dijk`, `bin Ahmad`).
_LETTER_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽƠƯẠ-Ỹ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ſƠơƯưẠ-ỹ'’"
_NAME_WORD = rf"(?:[{_LETTER_UPPER}][{_LETTER}]+(?:-[{_LETTER}]+)?|[A-Z]\.|(?:de|del|dela|della|van|von|der|den|da|dos|bin|binti|al|el|le|la|di|du)(?= [A-Z]))"
_NAME_RUN = rf"(?P<v>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,5}})"
_INTRODUCTION = r"(?i:my (?:full )?name is|i am|i'm)\s+"
_LABEL = (r"(?:성명|이름|성\s*명)?\s*(?:\((?:영문|English)\))?\s*(?i:full name|name|applicant|passenger|guest name|patient|"
          r"given names?|surname|family name|first name|last name|forenames?)"
          r"|성명\s*\((?:영문|English)\)|(?:성명|이름)(?=\s*[:：]\s*[A-Z]{2,} [A-Z]{2,})")


def _name_words(match: re.Match) -> list[str]:
    """The name's words up to the first word of a form or a letter (`Robert Whitfield and` -> 2 words)."""
    words = []
    for word in match.group("v").split():
        lowered = word.lower().strip(".'’")
        if (lowered in LATIN_STOP_WORDS and not (word.isupper() and lowered in _ALSO_SURNAMES)) \
                or lowered in ("and", "from", "in", "at", "of", "the"):
            break
        words.append(word)
    while words and words[-1].islower():  # a particle is never last
        words.pop()
    return words


# Stop words that are family names too, read as names when written in capitals (`THAI THI NGOC`: Thái).
_ALSO_SURNAMES = frozenset({"thai"})
_ROLES = lexicon.APPOSITION_CUES | lexicon.PERSON_NOUNS | {"명의인", "혐의자", "의뢰인"}
_CAPITALS = r"(?P<v>[A-Z]{2,10}(?: [A-Z]{2,10}){1,3})(?![A-Za-z])"


class LatinNameAfterCueRecognizer(KoreanPatternRecognizer):
    """PERSON: a name in Latin letters after an introduction (`My name is Emily Hartwell`, `I'm
    Ramon dela Cruz`; 0.85) or a name label (`성명 Name: PHAM VAN DUC`, `Guest Name: OKAFOR CHINEDU`;
    0.85). The tagger reads such names in Korean sentences; in English letters and forms it misses
    many. After `I am` two words are needed (`I am Korean` is no name); the run stops at the first
    word of a form or a letter (LATIN_STOP_WORDS, `and`, `from`)."""

    ENTITY = "PERSON"
    QUICK = r"(?i:name|i am|i'm|applicant|passenger|patient)|성명|이름|[A-Z]{2,} [A-Z]{2,}"
    PATTERNS = (
        Pattern("introduction", r"(?<![A-Za-z])(?P<cue>" + _INTRODUCTION + r")" + _NAME_RUN, 0.85),
        Pattern("label", r"(?<![A-Za-z가-힣])(?:" + _LABEL + r")\s*[:：]\s*" + _NAME_RUN, 0.85),
        # A foreign resident's name in capitals, as on the residence card: after a person's role or a `name=`
        # key (`의뢰인: TRAN VAN HUNG`, `배우자 THAI THI NGOC`), in brackets after the name in Hangul
        # (`팜반득(PHAM VAN DUC)`), or before 님/씨 or a bracket in Hangul (`LIU MEI (중국`, `TRAN BAO NGOC 님`).
        Pattern("capitals after a role", r"(?:(?<![가-힣])(?:" + "|".join(sorted(_ROLES, key=len, reverse=True))
                + r")\s?[:：]?|(?<![A-Za-z_])(?i:name)\s?=|[가-힣]{2,6}\s?\()\s*" + _CAPITALS, 0.85),
        Pattern("capitals before a title", r"(?<![A-Za-z])" + _CAPITALS + r"(?=\s?(?:님|씨|\(\s?[가-힣]))", 0.85),
    )

    def span_of(self, match: re.Match) -> tuple[int, int]:
        words = _name_words(match)
        if not words:
            return match.start("v"), match.start("v")
        end = match.string.index(words[-1], match.start("v")) + len(words[-1])
        for word in words[:-1]:  # the last word may occur earlier in the run too: find it after the others
            end = max(end, match.string.index(word, match.start("v")) + len(word))
        return match.start("v"), end

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        words = _name_words(match)
        if not words:
            return None
        cue = match.groupdict().get("cue") or ""
        if cue and not cue.lower().startswith("my") and len(words) < 2:
            return None  # `I am Korean`, `I'm Sorry`
        if pattern.name.startswith("capitals") and (len(words) < 2 or max(map(len, words)) < 3):
            return None  # `KT CS`, `IT TEAM`: acronyms and a form's words, not a name
        return pattern.score
