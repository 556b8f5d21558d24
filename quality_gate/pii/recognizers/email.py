"""EMAIL_ADDRESS, including obfuscated forms.

`\b` fails next to Hangul (a word character), so the boundaries are ASCII-only lookarounds:
`hong@naver.com입니다` matches. Obfuscations: `[at]`, `(at)`, ` at `, `골뱅이`, `앳`, `＠`
(NFKC), and `[dot]`, `(dot)`, ` dot `, `점` for the dots. No tldextract (it fetches the public
suffix list); an obfuscated address needs a known top-level domain.
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii.recognizers.base import KoreanPatternRecognizer
from quality_gate.pii.recognizers import fast_regex

_LOCAL = r"(?P<local>[A-Za-z0-9](?:[A-Za-z0-9._%+\-*]{0,63}[A-Za-z0-9_*])?)"  # `*`: masked (ab***@)
_AT = (r"(?P<at>\s?@\s?|\s?[\[\(\{<]\s?(?:at|골뱅이|앳)\s?[\]\)\}>]\s?|\s?골뱅이\s?|\s?앳\s?"
       r"|\s+at\s+)")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
_DOT = r"(?:\s?\.\s?|\s?[\[\(\{<]\s?(?:dot|점)\s?[\]\)\}>]\s?|\s+dot\s+|\s?점\s?)"
# The domain's lazy `*?` must not stop at `go` of `suwon.go.kr` or `korea [dot] go [dot] kr`: no dot and
# label may follow (a sentence's full stop and space may: `hong@naver.com. 다음`).
_NO_MORE_LABELS = r"(?!\.[A-Za-z0-9]|\s?[\[\(\{<]\s?(?:dot|점)\s?[\]\)\}>]|\s+dot\s+[A-Za-z0-9])"
_DOMAIN = rf"(?P<domain>{_LABEL}(?:{_DOT}{_LABEL})*?{_DOT}(?P<tld>[A-Za-z]{{2,24}}))"

KNOWN_TLDS = frozenset(
    "com net org kr edu gov mil int io me co biz info jp cn us uk de fr ca au asia xyz app dev ai tv cc ac go or re ne "
    "pe hs ms es sc kg".split()
)
FILE_EXTENSIONS = frozenset("png jpg jpeg gif bmp pdf hwp hwpx doc docx xls xlsx ppt pptx zip txt csv mp4 mov".split())
WEBMAIL = frozenset("naver daum hanmail gmail nate kakao hotmail outlook yahoo icloud korea".split())


NO_REPLY = frozenset("noreply no-reply no_reply donotreply do-not-reply do_not_reply mailer-daemon".split())
# Public bodies: ministries and cities, schools and universities, public corporations and institutes.
PUBLIC_BODY_DOMAINS = (".go.kr", ".ac.kr", ".or.kr", ".re.kr", ".mil.kr", ".es.kr", ".ms.kr", ".hs.kr", ".sc.kr",
                       ".kg.kr", "korea.kr")


def public_mailbox(local: str, domain: str, public: frozenset[str], text: str = "", start: int = 0) -> bool:
    """A no-reply address anywhere, or a public body's address whose local part is made only of role
    words (`minwon`, `noreply-minwon`, `hr2`, `insa_team`) or that `text` gives as a unit's or a shared
    mailbox right before it (`건축과 <building@yongin.go.kr>`, `팀 공용 welfare-gs@seongnam.go.kr`). A
    company's role mailbox (`sales@` at a small firm) may be its owner's, so it stays masked. Shared
    with the residual scan."""
    local = local.strip().lower()
    if local in NO_REPLY:
        return True
    if not domain.strip().lower().endswith(PUBLIC_BODY_DOMAINS):
        return False
    words = [word.rstrip("0123456789") for word in re.split(r"[-_.]", local)]
    if bool(public) and all(words) and all(word in public for word in words):
        return True
    return bool(text) and _UNIT_BEFORE.search(text, max(0, start - 24), start) is not None


# A public body's unit named right before its address (a mail header's display name, a notice's
# 문의), or the address called shared: `민원총괄팀 <`, `문의: 중앙선거관리위원회 `, `공용메일 `.
# Not across a table's cells (a tab or `|`): `세정과<TAB>hyjeon@...` is a staff row's unit and mailbox.
_UNIT_BEFORE = fast_regex.compile(r"(?:(?<![가-힣])[가-힣]{1,12}(?:과|팀|부|실|센터|위원회|본부|단|지원청|교육청)"
                          r"|공용 ?메일|공용|대표 ?메일|대표 ?이메일) ?[:：]? ?[<(\[]? ?$")


class KoreanEmailRecognizer(KoreanPatternRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    FLAGS = re.IGNORECASE
    QUICK = r"@|at|골뱅이|앳"
    PATTERNS = (
        Pattern("email", rf"(?<![A-Za-z0-9._%+\-]){_LOCAL}{_AT}{_DOMAIN}(?![A-Za-z0-9\-]){_NO_MORE_LABELS}", 0.9),
    )
    CONTEXT = ("메일", "이메일", "email", "e-mail", "mail", "주소", "아이디")

    def __init__(self, supported_language: str = "ko", public_mailboxes=()):
        super().__init__(supported_language)
        self._quick = re.compile(self.QUICK, re.IGNORECASE)
        # configs/quality_gate.yaml pii.public_mailboxes: a role's mailbox (`minwon@`, `hr@`) is not personal.
        self._public = frozenset(word.lower() for word in public_mailboxes)

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        tld = match.group("tld").lower()
        if tld in FILE_EXTENSIONS or public_mailbox(match.group("local"), match.group("domain"), self._public,
                                                     text, match.start()):
            return None
        at = match.group("at").strip()
        domain = match.group("domain")
        plain_dots = re.fullmatch(r"[A-Za-z0-9.\-]+", domain) is not None
        if at == "@":
            return 0.9 if plain_dots or tld in KNOWN_TLDS else 0.6
        if tld not in KNOWN_TLDS:
            return None
        if at.lower() == "at":  # " at " in running text: only with a known provider or an obfuscated dot
            first_label = re.split(r"[\s.\[\(\{<]", domain, maxsplit=1)[0].lower()
            if plain_dots and first_label not in WEBMAIL:
                return None
        return 0.8
