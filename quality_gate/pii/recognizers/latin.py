"""Names in Latin letters around the learned tagger's spans (learned.py): the words that are not names,
a romanized Korean surname before a given name, and the family names and titles of passports and tickets."""

from __future__ import annotations

import re

from quality_gate.pii.recognizers.romanized import SURNAMES as ROMANIZED_SURNAMES

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
    "thailand cambodia uzbekistan russia indonesia".split()
)

# A romanized Korean surname right before a Latin given name (`Park |Seoyeon|`, `Oh |Jaesik|`).
SURNAME_BEFORE = re.compile(r"(?<![A-Za-z])(" + "|".join(sorted(ROMANIZED_SURNAMES + [n.upper() for n in ROMANIZED_SURNAMES],
                                                                    key=len, reverse=True)) + r") $")

# A family name before the given names in the forms of passports and tickets (`YOON/HAEWON`,
# `KIM, DANIEL JOON`), or a capitalised word before a given name that the tagger left out
# (`Ali |Hassan|`); an honorific a ticket appends (`MS`, `MSTR`) is not part of the name.
_FAMILY_BEFORE = re.compile(r"(?<![A-Za-z])(?:[A-Z]{2,}(?:/|,\s)|[A-Z][a-z]+ )$")
_TICKET_TITLE = re.compile(r"\s(?:MS|MR|MRS|MSTR|MISS|DR)$")


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
