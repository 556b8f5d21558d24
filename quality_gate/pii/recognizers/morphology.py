"""What the morphological analyser (kiwipiepy) says about a word, for the name recognizers.

One shared analyser (`NameTagger.create()`; MINWON_PII_KIWI=0 turns it off, and every question below
then answers False, so the rules and the tagger work without it) and three questions, each cached:
- `NameTagger.is_name`: is there a proper noun (NNP) at this offset? person.py's weakest evidence.
- `starts_with_a_predicate`: is the word a verb, an adjective or an adverb? learned.py's veto.
- `dictionary_noun`: is the word an ordinary noun of the analyser's dictionary? learned.py's veto.

Why the dictionary helps: the learned tagger reads many a form's word as a name (`조사표`, `고시원`,
`추천서`, `주민등록표`, `리포트`), and the petition-title word list (common_words.txt) is too small to
know them. kiwi knows them, and the names it does not know come out as out-of-vocabulary nouns
(`oov`), the names it knows as proper nouns (NNP): neither is vetoed.
"""

from __future__ import annotations

import os
from typing import Optional

from quality_gate.pii import lexicon
from quality_gate.pii.recognizers import fast_regex

_HANGUL_RUN = fast_regex.compile(r"[가-힣]+")
_CACHE_LIMIT = 50000


class NameTagger:
    """kiwipiepy behind a small cache: is there a proper noun (NNP) starting at `offset`?"""

    _shared: "Optional[NameTagger]" = None

    def __init__(self, kiwi):
        self._kiwi = kiwi
        self._cache: dict[tuple[str, int, int], bool] = {}

    @classmethod
    def create(cls) -> "Optional[NameTagger]":
        if os.environ.get("MINWON_PII_KIWI", "1").strip().lower() in ("0", "false", "no", "off"):
            return None
        if cls._shared is None:
            try:
                from kiwipiepy import Kiwi
            except ImportError:
                return None
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # num_workers=0: single thread
                kiwi = Kiwi(num_workers=0)
            kiwi.tokenize("민원인 홍길동입니다.")  # the model loads on first use: pay for it here, once
            cls._shared = cls(kiwi)
        return cls._shared

    def tokenize(self, text: str):
        return self._kiwi.tokenize(text)

    def is_name(self, window: str, offset: int, length: int) -> bool:
        key = (window, offset, length)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        tokens = self._kiwi.tokenize(window)
        answer = False
        for j, token in enumerate(tokens):
            if token.start != offset or token.tag != "NNP":
                continue
            if token.len >= 2:
                answer = True
            else:  # surname split off: 박 + 지훈
                nxt = tokens[j + 1] if j + 1 < len(tokens) else None
                answer = nxt is not None and nxt.tag == "NNP" and nxt.start == offset + 1
            break
        _remember(self._cache, key, answer)
        return answer


def _remember(cache: dict, key, answer: bool) -> None:
    if len(cache) > _CACHE_LIMIT:
        cache.clear()
    cache[key] = answer


# kiwipiepy tags a name it does not know as a noun (NNG/NNP), never as one of these.
_PREDICATE_TAGS = frozenset({"VV", "VA", "VX", "MAJ", "XSV", "XSA"})
_predicate_cache: dict[str, bool] = {}


def starts_with_a_predicate(text: str, start: int) -> bool:
    """Does the analyser read the word at `start` as a verb, an adjective or an adverb, or as a
    one-syllable noun with its particle? Names it does not know come out as nouns, so this vetoes
    few of them."""
    word = _HANGUL_RUN.match(text, start)
    tagger = NameTagger.create() if word else None
    if tagger is None:
        return False
    key = word.group()
    answer = _predicate_cache.get(key)
    if answer is None:
        tokens = tagger.tokenize(key)
        first = tokens[0] if tokens else None
        answer = first is not None and (
            first.tag in _PREDICATE_TAGS
            or (first.tag == "MAG" and first.len == len(key))  # `게다가` (not `이미|숙`)
            or (first.len == 1 and first.tag == "NNG" and len(tokens) > 1  # `밤|마다`: a one-syllable noun + particle
                and all(t.tag.startswith("J") for t in tokens[1:]))
        )
        _remember(_predicate_cache, key, answer)
    return answer


# Common nouns, dependent nouns and the affixes of derived nouns (`원가|율`, `왕|초보`).
_NOUN_TAGS = frozenset({"NNG", "NNB", "XSN", "XPN"})
_noun_cache: dict[tuple[str, bool], bool] = {}


def dictionary_noun(word: str, name_shaped: bool) -> bool:
    """Is `word` (a particle-free Hangul word) an ordinary noun the analyser knows (`조사표`,
    `주민|등록|표`, `임대차|계약서`), rather than a name? Every morpheme must be a known (not `oov`) common noun
    or a noun affix, and:
    - a word shaped like a name (surname + given-name syllables, `lexicon.name_shaped`) only as one
      noun of three syllables or more (`고시원`, `추천서`): split or shorter, the analyser's reading
      is no evidence (`유정|민`, `정승|우`, `지수` are names as well);
    - another word as one noun (`마스킹본` is not known, `리포트` is) or as a compound whose first
      part has two syllables or more (`주민|등록|표`; `피|재석` is a surname and a given name).
    Two syllables that could both be in a given name (`재원`, `미숙`, `재현`: names used alone) and
    words that are given names (lexicon.NATIVE_GIVEN_NAMES) are never vetoed."""
    if len(word) < 2 or word in lexicon.NATIVE_GIVEN_NAMES or (
            len(word) == 2 and all(c in lexicon.GIVEN_NAME_SYLLABLES for c in word)):
        return False
    if name_shaped and len(word) < 3:
        return False  # what the analyser says below cannot make it one (it costs about 90 microseconds a word)
    key = (word, name_shaped)
    answer = _noun_cache.get(key)
    if answer is None:
        tagger = NameTagger.create()
        if tagger is None:
            return False
        tokens = tagger.tokenize(word)
        known = bool(tokens) and tokens[-1].end == len(word) and all(
            t.tag in _NOUN_TAGS and not t.oov for t in tokens)
        if len(tokens) == 1:
            answer = known and tokens[0].tag == "NNG" and (len(word) >= 3 or not name_shaped)
        else:
            answer = known and not name_shaped and tokens[0].len >= 2 and any(
                t.tag == "NNG" and t.len >= 2 for t in tokens)
        _remember(_noun_cache, key, answer)
    return answer


def one_common_noun(word: str) -> bool:
    """Is `word` one common noun the analyser knows, as a whole (`연인`, `남편`; not `순옥`, an
    out-of-vocabulary or proper noun)? Asked of the given-name part of `최 순옥` written apart."""
    answer = _common_noun_cache.get(word)
    if answer is None:
        tagger = NameTagger.create()
        if tagger is None or not word:
            return False
        tokens = tagger.tokenize(word)
        answer = len(tokens) == 1 and tokens[0].tag == "NNG" and not tokens[0].oov and tokens[0].len == len(word)
        _remember(_common_noun_cache, word, answer)
    return answer


_common_noun_cache: dict[str, bool] = {}
