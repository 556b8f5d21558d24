"""PERSON: Korean personal names (surname + 1-2 syllable given name), found through cues.

Korean names cannot be told from common words by shape: 정부, 주민, 이번, 공원 all start with a
surname syllable. So a candidate (a Hangul word that starts with a surname, one- or two-syllable
surnames such as 남궁/황보/제갈/선우/독고) becomes a name only with evidence, weighed here
(recognizer-level context; Presidio's lemma enhancer is told to leave these results alone):

- strong (0.85): a title or form of address after it: `홍길동님은`, `김철수 주무관`, `한지민 씨가`,
  `강다은 드림`;
- medium (0.75): a cue word before it: `민원인 홍길동입니다`, `성명: 정다은`, `아들 이준호가`,
  `성함이 변상훈이었는데`, a role or first person with a copula (`주민 최예은입니다`,
  `저는 이민호라고`), or an age, sex or phone number in brackets after it: `박순자(72세)`,
  `홍길동(010-1234-5678)`;
- 0.6: a generic role before it (`운전자 염태호`), two or more name-shaped words in an enumeration
  (`서지우, 김도현, 이하린`), a neighbour cue (`옆집 사는 정우성이`), `X이 운영하는`, or, when
  kiwipiepy is installed, a cue-less name-shaped word that kiwi tags as a proper noun (NNP).
Weaker evidence needs name-like syllables. Stop lists (common words, titles, cue words, places,
organisations) veto candidates at every level; every occurrence of a found name in the same text
is reported. Particles stay outside the span.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from quality_gate.pii import lexicon
from quality_gate.pii.recognizers import record_rows
from quality_gate.pii.recognizers.morphology import NameTagger, dictionary_noun
from quality_gate.pii.recognizers.titles import GENERIC_SUFFIXES, title_after, title_prefix
from quality_gate.pii.recognizers import fast_regex

_RUN = fast_regex.compile(r"[가-힣]+")
# An age, a sex or a phone number in brackets after it: `박순자(72세)`, `홍길동(010-1234-5678)`.
_AGE_AFTER = fast_regex.compile(r"\(\s?(?:만\s?)?(?:[0-9]{1,3}\s?세|[0-9]{1,3}\s?살|남|여|男|女|01[016789][-. ]?[0-9*]{3,4}|0[2-6][0-9]?-)")
_BETWEEN_CUE = fast_regex.compile(r"^\s?[:：]?\s?$")  # "민원인 홍길동", "성명: 홍길동"; not "가해자, 옹호자"
_LIST_SEPARATOR = fast_regex.compile(r"^\s?[,·ㆍ\u119e/]\s?$")  # ㆍ is U+119E after NFKC


# The three questions asked of every word that starts with a surname, on strings that repeat from one
# text to the next (what stands between two words, the word itself): answered once each.
@lru_cache(maxsize=4096)
def _between_cue(between: str) -> bool:
    return _BETWEEN_CUE.match(between) is not None


@lru_cache(maxsize=4096)
def _list_separator(between: str) -> bool:
    return _LIST_SEPARATOR.match(between) is not None


@lru_cache(maxsize=65536)
def _title_inside(word: str) -> bool:
    """A title attached two to four syllables into the word (`김철수주무관`)."""
    return any(title_prefix(word[k:], _TITLES_BY_LENGTH) for k in range(2, min(len(word), 5)))


STRONG_SHORT_TITLES = frozenset(
    "님 씨 군 양 주무관 주무관님 팀장 팀장님 과장 과장님 계장 계장님 대리 대리님 주임 주임님 선생님 기사님 "
    "사장님 대표님 원장님 소장님 실장님 국장님 부장님 차장님 의원님 교수님 변호사님 여사님".split()
)
# Endings that turn a common word into a derived one ("방문한", "공사중", "신청서"); used only
# when the first two syllables already form a common word, so 이상민 or 조성훈 stay names.
DERIVATIONAL_ENDINGS = frozenset("한 된 할 될 함 됨 중 적 용 별 비 료 금 장 서 소 실 차 층 란 률 율 량 성 감 력 물 권 식 법 자 관 청 측 팀 과 품 처 제 표 판 화 분 문 기".split())
_SIDO = frozenset(lexicon.SIDO)
_STOP = lexicon.COMMON_WORDS | lexicon.POST_TITLES | lexicon.PRE_CUES | lexicon.TITLE_MODIFIERS
_TITLES_BY_LENGTH = lexicon.ATTACHED_TITLES

STRONG, MEDIUM, LISTED, WEAK = 0.85, 0.75, 0.6, 0.35
# A cue-less name must carry a particle: a bare proper noun is usually a place or a brand.
_TAGGER_RESTS = frozenset("이 가 은 는 을 를 의 와 과 에게 한테 께서 도 랑 이랑 이가 이는 이를 이도 이의 이와 이한테 이에게 씨".split())
# Last syllables of mountains, rivers, islands, stations, ports, palaces, temples, rail lines, seas.
_PLACE_ENDINGS = frozenset("산 강 천 섬 역 항 궁 암 봉 곡 포 사 선 해 교 령 재".split())


# After `X라고`: the verb of a self-introduction or of calling (`하판수라고 합니다`, `소진섭이라고 함`,
# `예은이라고 불러주세요`); after `X라는`: a person (`문삼례라는 늙은이요`, `김민수라는 직원`).
_CALLED = fast_regex.compile(r"\s?(?:합니다|해요|하고|하는|함|했|하며|하오|불러|부르|부릅)")
_A_PERSON = fast_regex.compile(r"\s?(?:사람|분|이름|늙은이|할머니|할아버지|아이|학생|직원|여자|남자|친구|선생|기사|주민|환자|손님)")
_LABELS_SHORT_NAMES = frozenset({"성명", "이름", "성함", "본명", "실명"})
_INTRO_VERBS = frozenset({"사는", "거주하는", "살고있는", "근무하는", "다니는"})
# Last syllables of organisations and places that take titles: 민주당 의원, 예천군의원, 방통위원장.
_ORG_ENDINGS = frozenset("당 청 처 위 회 군 시 구 협 단 팀 과 실 국".split())
_ORG_TITLES = frozenset("의원 의원님 위원 위원장 위원장님 청장 구청장 시장 원장 원장님 회장 회장님 대표 대표님 이사 이사장 사장 사장님 소장 국장 과장 팀장 부장 실장 관장".split())

# A surname alone before a title (`김 주무관`): the surnames that are not also everyday words
# (경 light, 고 late, 구 old, 나 I, 남/여 male/female, 이 this, 전 all/former, 제 my, 한 one, 현
# current ...), and titles of a post.
_TITLED_SURNAMES = lexicon.SURNAMES_1 - frozenset(
    "경 고 공 구 기 나 남 도 명 모 반 부 사 선 소 여 연 예 온 용 원 은 이 전 제 주 한 현 호".split())
# Mentions that name one person without a given name: `김모 씨`, `이모(40·여)씨`, `박모 군` (anonymised,
# like `홍OO`), `최씨가`, `남 씨`, and a capital letter standing for a name (`A씨`, `K기자`).
_SURNAME_PATTERN = "|".join(sorted(lexicon.SURNAMES_2)) + "|[" + "".join(sorted(lexicon.SURNAMES_1)) + "]"
_AGE_NOTE = r"\s?(?:\([^()]{1,12}\)\s?)?"
_ANONYMISED = fast_regex.compile(r"(?<![가-힣])((?:" + _SURNAME_PATTERN + r")모)" + _AGE_NOTE + r"(씨|군|양)([가-힣]*)")
_SURNAME_SSI = fast_regex.compile(r"(?<![가-힣])(" + _SURNAME_PATTERN + r")\s?(씨)([가-힣]*)")
# Words these patterns would read as mentions: 성씨 (a family name), 이모양 / 이 모양 (this shape).
_MENTION_WORDS = frozenset({"성씨", "이모양"})
# A given name alone glued to 씨 or a sibling's form of address (`희정씨`, `효주누나`): two given-name syllables,
# not `이모씨` (anonymised, above) nor a word that ends the same way (아저씨, 마음씨; 우리언니; 호박씨).
_GIVEN_THEN_ADDRESS = fast_regex.compile(r"(?<![가-힣])([가-힣][가-힣])(씨|누나|언니|오빠)([가-힣]*)")
_NOT_GIVEN_NAMES = frozenset(
    "아저 아가 마음 아재 아주 작은 사촌 우리 저희 나무 홍화 호박 수박 참깨 들깨 고추 포도 사과 참외 오이 배추 상추 종자".split())
_LETTER = fast_regex.compile(r"(?<![A-Za-z0-9가-힣])([A-Z])" + _AGE_NOTE + r"([가-힣]+)")
_SURNAME_TITLES = frozenset(
    "씨 주무관 팀장 과장 계장 국장 실장 부장 차장 대리 주임 소장 원장 센터장 관장 이사장 상무 전무 사장 회장 대표 "
    "선생 교수 교사 강사 의원 시장 구청장 군수 도지사 지사 동장 통장 이장 경위 경사 경장 순경 경감 경정 사무관 "
    "서기관 주사 주사보 담당관 위원장 총장 교장 교감 감독 기자 목사 여사 총재 대통령 장관 차관 의장 판사 검사 "
    "변호사 원내대표 후보 후보자 총리 부총리 대변인 사령관 선수 작가 배우 간호사 비서관 비서실장 수석 최고위원 대법관 "
    "재판관 청장 처장 이사 코치".split()) | frozenset(t + "님" for t in "주무관 팀장 과장 계장 국장 실장 부장 차장 대리 주임 "
                                                        "소장 원장 관장 사장 회장 대표 선생 교수 의원 시장 여사 목사".split())
_TITLE_MODIFIERS_BEFORE = frozenset("전 현 前 現 신임 전임".split())


def _particle_ok(rest: str) -> bool:
    return rest == "" or rest in lexicon.NAME_PARTICLES


_LABEL_PARTICLES = ("은", "는", "이", "가", "으로는", "로는")


@lru_cache(maxsize=65536)
def _label(word: str) -> Optional[str]:
    """`성함이` -> 성함: a label cue carrying a particle (the name then follows as a predicate)."""
    for particle in _LABEL_PARTICLES:
        if word.endswith(particle) and word[: -len(particle)] in lexicon.LABEL_CUES:
            return word[: -len(particle)]
    return None


class KoreanNameRecognizer(EntityRecognizer):
    ENTITY = "PERSON"
    # Context is weighed inside analyze() (titles after, cues before, neighbours); listed for reference.
    CONTEXT = tuple(sorted(lexicon.APPOSITION_CUES | lexicon.NEIGHBOUR_CUES))

    def __init__(self, supported_language: str = "ko", tagger: "Optional[NameTagger] | bool" = None):
        super().__init__(
            supported_entities=[self.ENTITY],
            name=type(self).__name__,
            supported_language=supported_language,
            context=list(self.CONTEXT),
        )
        # None: use kiwipiepy when it is installed (MINWON_PII_KIWI=0 turns it off); False: never.
        if tagger is None:
            tagger = NameTagger.create()
        self._tagger = tagger or None

    def load(self) -> None:
        return None

    # ------------------------------------------------------------------ optional tagger (kiwipiepy)
    def _tagged_names(self, text, runs, uncued, found) -> None:
        """Cue-less words shaped like a name: ask kiwipiepy whether it reads a proper noun there.

        Runs only on the few words that start with a surname, have a name-shaped reading with a
        particle, pass the stop lists and have name-like syllables; the window is the word with
        its neighbours. Kiwi tags names (and places) as NNP; places are already vetoed.
        """
        for i in uncued:
            if i in found:
                continue
            start, end, word = runs[i]
            candidate = None
            for name, rest in self._readings(word):
                surname_len = 2 if name[:2] in lexicon.SURNAMES_2 and len(name) >= 3 else 1
                if len(name) - surname_len == 2 and rest in _TAGGER_RESTS and self._plausible(name, rest) \
                        and self._name_like(name):
                    candidate = name
                    break
            if candidate is None or candidate[-1] in lexicon.ADMIN_SUFFIXES or candidate[-1] in _ORG_ENDINGS \
                    or candidate[-1] in _PLACE_ENDINGS or candidate[:2] in lexicon.COUNTRIES \
                    or word in lexicon.SIDO or any(word.startswith(p) for p in lexicon.SIDO if len(p) >= 3):
                continue  # kiwi tags places and organisations as NNP too
            previous = runs[i - 1] if i > 0 else None
            following = runs[i + 1] if i + 1 < len(runs) else None
            if self._in_place_name(word, previous, following):
                continue
            w_start = previous[0] if previous is not None and start - previous[0] <= 12 else start
            w_end = following[1] if following is not None and following[1] - end <= 12 else end
            if self._tagger.is_name(text[w_start:w_end], start - w_start, len(candidate)):
                found[i] = (start, start + len(candidate), LISTED, "tagger")

    # ------------------------------------------------------------------ candidates
    @staticmethod
    def _readings(word: str) -> list[tuple[str, str]]:
        """(name, rest) splits of a word that starts with a surname, preferred first."""
        readings = []
        if len(word) >= 3 and word[:2] in lexicon.SURNAMES_2:
            for given in (2, 1):
                if len(word) >= 2 + given:
                    readings.append((word[: 2 + given], word[2 + given:]))
        if word[0] in lexicon.SURNAMES_1:
            for given in (2, 1):
                if len(word) >= 1 + given:
                    readings.append((word[: 1 + given], word[1 + given:]))
        return readings

    @staticmethod
    def _plausible(name: str, rest: str, titled: bool = False) -> bool:
        if name in _STOP:
            return False
        surname_len = 2 if name[:2] in lexicon.SURNAMES_2 and len(name) >= 3 else 1
        given = name[surname_len:]
        if any(c in lexicon.NON_NAME_SYLLABLES for c in given) or given[-1] in lexicon.NON_NAME_LAST_SYLLABLES:
            return False
        if len(given) == 2 and (given in lexicon.COMMON_WORDS or given in _SIDO or given in lexicon.POST_TITLES) \
                and given not in lexicon.NATIVE_GIVEN_NAMES:
            return False  # 태공사, 전울산, 석선장: surname + a common word, a region or a title
        if name[-1] in "하되" and rest[:1] in ("는", "던", "고", "여", "게", "지", "면", "니", "며"):
            return False  # 모욕하는: a verb
        # "정부는" / "주민들" read as surname + given name: the first two syllables are a word.
        if len(name) >= 3 and name[:2] in _STOP and (
            (name[2:] + rest) in GENERIC_SUFFIXES or (name[2:] + rest) in lexicon.NAME_PARTICLES
            or name[2] in DERIVATIONAL_ENDINGS
        ) and not (titled and name[2:] == "은" and rest == ""):  # 이하은 씨: -은 ends many names
            return False
        word = name + rest
        if word in _STOP or any(word[:k] in _STOP for k in range(len(name) + 1, len(word))):
            return False
        if len(name) >= 4 and name[:3] in _STOP:
            return False
        return True

    @staticmethod
    def _is_cue(word: str) -> bool:
        return (
            word in lexicon.PRE_CUES
            or word in lexicon.FIRST_PERSON_CUES
            or word in lexicon.NEIGHBOUR_CUES
            or _label(word) is not None
        )

    @staticmethod
    def _in_place_name(word, previous, following) -> bool:
        """`대전 유성구 봉명동`: an administrative area next to another one, not a name."""
        if not word.endswith(lexicon.ADMIN_SUFFIXES):
            return False
        for neighbour in (previous, following):
            if neighbour is not None and (neighbour[2] in lexicon.SIDO or neighbour[2].endswith(lexicon.ADMIN_SUFFIXES)):
                return True
        return False

    # ------------------------------------------------------------------ analysis
    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        runs = [(m.start(), m.end(), m.group()) for m in _RUN.finditer(text)]
        found: dict[int, tuple[int, int, float, str]] = {}  # run index -> (start, end, score, why)
        shaped: dict[int, tuple[int, int]] = {}  # run index -> 3-syllable name-shaped span (for lists)
        uncued: list[int] = []  # name-shaped words with no cue: left to the morphological tagger

        for i, (start, end, word) in enumerate(runs):
            if not (word[0] in lexicon.SURNAMES_1 or word[:2] in lexicon.SURNAMES_2) or len(word) < 2:
                continue
            previous = runs[i - 1] if i > 0 and _between_cue(text[runs[i - 1][1]:start]) else None
            following = runs[i + 1] if i + 1 < len(runs) and text[end:runs[i + 1][0]] in (" ", "") else None
            before_previous = runs[i - 2] if previous is not None and i > 1 and text[runs[i - 2][1]:runs[i - 1][0]] == " " else None
            # Cheap gate: most words have no cue at all and need no further look.
            in_list = (i + 1 < len(runs) and _list_separator(text[end:runs[i + 1][0]])) or (
                i > 0 and _list_separator(text[runs[i - 1][1]:start])
            )
            if not (
                in_list
                or (previous is not None and self._is_cue(previous[2]))
                or (before_previous is not None and before_previous[2] in lexicon.NEIGHBOUR_CUES)
                or (following is not None and title_after(following[2]))
                or text.startswith(("(", " ("), end)
                or text.startswith(lexicon.OWNER_VERBS, end + 1)
                or _title_inside(word)
            ):
                if self._tagger is not None and 3 <= len(word) <= 6:
                    uncued.append(i)
                continue
            if self._in_place_name(word, previous, following):
                continue
            best = None
            titled = following is not None and title_after(following[2]) is not None
            for name, rest in self._readings(word):
                if not self._plausible(name, rest, titled):
                    continue
                score, why = self._evidence(text, name, rest, start, previous, following, before_previous)
                if score and (best is None or score > best[2]):
                    best = (start, start + len(name), score, why)
                if len(name) - (2 if name[:2] in lexicon.SURNAMES_2 and len(name) >= 3 else 1) == 2 and _particle_ok(rest):
                    shaped.setdefault(i, (start, start + len(name)))
            if best:
                found[i] = best

        self._lists(text, runs, found, shaped)
        self._record_rows(text, runs, found)
        if uncued:
            self._tagged_names(text, runs, uncued, found)
        self._propagate(text, runs, found)
        self._surnames_with_titles(text, runs, found)
        # Weak candidates only feed lists and name propagation; they are not reported.
        reported = [(s, e, score, why) for s, e, score, why in found.values() if score > WEAK]
        starts = {s for s, _, _, _ in reported}
        reported += [(s, e, MEDIUM, why) for s, e, why in self._mentions_without_given_name(text) if s not in starts]
        return [self._result(*item) for item in reported]

    def _evidence(self, text, name, rest, start, previous, following, before_previous) -> tuple[float, str]:
        surname_len = 2 if name[:2] in lexicon.SURNAMES_2 and len(name) >= 3 else 1
        given = len(name) - surname_len
        if name[surname_len:] == "모":
            return 0.0, ""  # 김모 씨: an anonymised mention
        # Title attached (홍길동님은, 김철수주무관) or as the next word (김철수 주무관이, 이서 님).
        title = None
        if rest:
            title = title_prefix(rest, _TITLES_BY_LENGTH)
            # 공영주차장 is not 공영주 + 차장: the title reading cuts through a common word.
            tail = name[-1] + rest
            if title and any(tail[:k] in _STOP for k in range(2, len(tail) + 1)):
                title = None
        elif following is not None:
            title = title_after(following[2])
            if title in ("군", "양") and following[2] != title:
                title = None  # 양도, 군대: only the bare word is the form of address
        if title and rest and given == 1:
            title = None  # 호박씨, 도련님, 도덕선생님: a two-syllable word glued to 씨/님 is rarely a name
        if title and (given == 2 or title in STRONG_SHORT_TITLES):
            compound = title not in lexicon.POST_TITLES  # `교통행정과장`: a unit's head, like an organisation's title
            if not ((title in _ORG_TITLES or compound) and name[-1] in _ORG_ENDINGS):
                return STRONG, "title"
            return 0.0, ""  # 민주당 의원, 예천군의원, 방통위원장: an organisation's title
        if not _particle_ok(rest):
            return 0.0, ""
        end = start + len(name) + len(rest)
        if previous is not None:
            cue = previous[2]
            label = _label(cue)
            # A two-syllable name only right after a name label and standing alone: "성명: 이서".
            short_ok = rest == "" and not text[end:end + 1].isalnum()
            if cue in lexicon.APPOSITION_CUES and (given == 2 or cue in _LABELS_SHORT_NAMES and short_ok):
                return MEDIUM, "cue before"
            if label and (rest == "" or rest in lexicon.COPULA_RESTS) and (
                given == 2 or label in _LABELS_SHORT_NAMES and short_ok
            ):
                return MEDIUM, "label before"
            if given == 2 and rest in lexicon.COPULA_RESTS and self._name_like(name) and (
                cue in lexicon.ROLE_CUES or cue in lexicon.FIRST_PERSON_CUES
            ):
                return MEDIUM, "introduction"
            if given == 2 and cue in lexicon.ROLE_CUES and self._name_like(name) and cue not in _INTRO_VERBS:
                return LISTED, "role before"  # 운전자 염태호, 직원 김민수가
        if given != 2:
            return 0.0, ""
        if rest == "" and _AGE_AFTER.match(text, end):
            return MEDIUM, "age after"
        if ((rest in ("라고", "이라고") and _CALLED.match(text, end)) or (rest in ("라는", "이라는") and _A_PERSON.match(text, end))) \
                and not any(c in lexicon.NON_NAME_SYLLABLES for c in name) and not dictionary_noun(name, True):
            # `하판수라고 합니다`, `문삼례라는 늙은이요`: a speaker gives a name, of any generation's syllables
            # (판, 삼 are rare in given names now); not a word kiwi knows (`고양이라고 합니다`)
            return MEDIUM, "introduction"
        if not self._name_like(name):
            return 0.0, ""
        if rest in ("이", "가", "씨가") and text.startswith(lexicon.OWNER_VERBS, end + 1):
            return LISTED, "owner"
        if before_previous is not None and before_previous[2] in lexicon.NEIGHBOUR_CUES or (
            previous is not None and previous[2] in lexicon.NEIGHBOUR_CUES
        ):
            return LISTED, "neighbour"
        return WEAK, "name-shaped"  # kept for lists and propagation, never reported

    @staticmethod
    def _name_like(name: str) -> bool:
        surname_len = 2 if name[:2] in lexicon.SURNAMES_2 and len(name) >= 3 else 1
        return all(c in lexicon.GIVEN_NAME_SYLLABLES for c in name[surname_len:])

    @staticmethod
    def _lists(text, runs, found, shaped) -> None:
        """Enumerations: `A, B, C` of name-shaped words; two or more make a list of names."""
        order = sorted(shaped)
        group: list[int] = []

        def close(group):
            anchored = any(j in found and found[j][2] >= MEDIUM for j in group)
            group = [
                j for j in group
                if (anchored or KoreanNameRecognizer._name_like(text[shaped[j][0]:shaped[j][1]]))
                and not text[shaped[j][1] - 1] in lexicon.ADMIN_SUFFIXES  # 구래동, 마산동: places
            ]
            if len(group) >= 2 or anchored and len(group) >= 1:
                for j in group:
                    s, e = shaped[j]
                    if j not in found or found[j][2] < LISTED:
                        found[j] = (s, e, LISTED, "list")

        for j in order:
            if group and j == group[-1] + 1 and _LIST_SEPARATOR.match(text[runs[group[-1]][1]:runs[j][0]]) \
                    and runs[group[-1]][2] == text[shaped[group[-1]][0]:shaped[group[-1]][1]]:
                group.append(j)
                continue
            close(group)
            group = [j]
        close(group)

    @classmethod
    def _record_rows(cls, text, runs, found) -> None:
        """`| 홍길동 | 010-1234-5678 |`, `소정아|F|1977.05.30`: a name alone in a cell of a person's record."""
        names = (record_rows.record_row_names(text) + record_rows.names_before_numbers(text)
                 + record_rows.names_before_birth_dates(text))
        index = {start: i for i, (start, _, _) in enumerate(runs)} if names else {}
        for start, end in names:
            i = index.get(start)
            if i is not None and i not in found and cls._plausible(text[start:end], ""):
                found[i] = (start, end, MEDIUM, "record row")

    @staticmethod
    def _propagate(text, runs, found) -> None:
        confident = {text[s:e]: score for s, e, score, _ in found.values() if score >= LISTED}
        if not confident:
            return
        for i, (start, end, word) in enumerate(runs):
            for name, score in confident.items():
                if word.startswith(name) and _particle_ok(word[len(name):]) and (
                    i not in found or found[i][2] < score
                ):
                    found[i] = (start, start + len(name), score, "same name")

    @staticmethod
    def _surnames_with_titles(text, runs, found) -> None:
        """A surname alone before a title names one person (`김 주무관이`, `최 씨가`, `오 전 시장`);
        found after propagation, so that `김` never spreads to other words starting with it."""
        for i, (start, end, word) in enumerate(runs):
            if i in found or word not in _TITLED_SURNAMES or i + 1 >= len(runs) or text[end:runs[i + 1][0]] != " ":
                continue
            if start > 0 and text[start - 1].isdigit():
                continue  # a counter, not a surname: `2심 재판관`, `64차 회의`
            following = runs[i + 1]
            if following[2] in _TITLE_MODIFIERS_BEFORE and i + 2 < len(runs) \
                    and text[following[1]:runs[i + 2][0]] == " ":
                following = runs[i + 2]
            if title_prefix(following[2], _SURNAME_TITLES):
                found[i] = (start, end, MEDIUM, "surname and title")

    @staticmethod
    def _mentions_without_given_name(text) -> list[tuple[int, int, str]]:
        """(start, end, why) of `김모 씨`, `최씨가` / `남 씨`, `A씨` / `K기자`: the title decides, so no
        surname is left out here as an everyday word (`이 씨는`, `전씨가`)."""
        spans = []
        for pattern, cue, why in ((_ANONYMISED, "모", "anonymised name"), (_SURNAME_SSI, "씨", "surname and 씨")):
            if cue in text:  # most records hold neither: skip the scan
                for match in pattern.finditer(text):
                    if _particle_ok(match.group(3)) and match.group(1) + match.group(2) not in _MENTION_WORDS:
                        spans.append((match.start(1), match.end(1), why))
        for match in _LETTER.finditer(text):
            if title_prefix(match.group(2), _SURNAME_TITLES):
                spans.append((match.start(1), match.end(1), "letter and title"))
        if "씨" in text or "누나" in text or "언니" in text or "오빠" in text:
            for match in _GIVEN_THEN_ADDRESS.finditer(text):
                given = match.group(1)
                if given not in _NOT_GIVEN_NAMES and given[1] != "모" and _particle_ok(match.group(3)) \
                        and all(c in lexicon.GIVEN_NAME_SYLLABLES for c in given):
                    spans.append((match.start(1), match.end(1), "given name and 씨"))
        return spans

    def _result(self, start: int, end: int, score: float, why: str) -> RecognizerResult:
        explanation = AnalysisExplanation(recognizer=self.name, original_score=score, pattern_name=why)
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                # Cues were weighed here (recognizer-level context); Presidio's lemma enhancer,
                # whose window also looks past the name, must not add to them.
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
            },
        )
