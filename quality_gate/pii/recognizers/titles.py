"""Titles after a name: the word that follows a candidate name and makes it one (`김철수 주무관`).

`title_prefix(word, titles)`: the longest title that starts `word`, followed only by a particle.
`title_after(word)`: the same over every title written after a name, plus a compound title, the name
of a unit or body followed by its head's title, as civil servants and officials are addressed
(`교통행정과장님께`, `도시계획팀장이`, `공관위원장은`, `헌법재판소장`, `행정복지센터장과`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from quality_gate.pii import lexicon

# Particles and plural endings that may follow a name or a title (`김민수에게`, `과장님께`).
GENERIC_SUFFIXES = frozenset(
    "들 에 에서 에게 으로 로 의 은 는 이 가 을 를 도 만 과 와 랑 까지 부터 마다 처럼 보다 께 이나 나 라도 "
    "들이 들은 들의 들을 들도 들에게 에는 에도 에서는 으로는 로는 하고 이랑 한테".split()
)
_LONGEST_TITLE = max(map(len, lexicon.POST_TITLES))
# Heads of a unit that end a compound title. Left out: endings of ordinary words (주차장 -> 차장,
# 운동장 -> 동장, 공사장 -> 사장, 연회장 -> 회장, 회의장 -> 의장, 한의원 -> 의원).
COMPOUND_HEADS = ("과장", "팀장", "국장", "실장", "소장", "원장", "센터장", "위원장", "위원", "재판소장", "청장", "처장",
                  "장관", "차관", "총장", "본부장", "부장", "관장", "계장", "단장", "지점장", "교장", "판사", "검사장")
_COMPOUND_HEADS = tuple(sorted(COMPOUND_HEADS, key=len, reverse=True))
_HONORIFIC = "님"


def _only_a_particle(tail: str) -> bool:
    return tail == "" or tail in lexicon.NAME_PARTICLES or tail in GENERIC_SUFFIXES


@lru_cache(maxsize=65536)
def title_prefix(word: str, titles: frozenset[str]) -> Optional[str]:
    """The longest title that starts `word` and is followed only by a particle (cached: the same
    words come back in every record)."""
    for k in range(min(len(word), _LONGEST_TITLE), 0, -1):
        title = word[:k]
        if title in titles:
            tail = word[k:]
            if tail.startswith("들"):
                return None  # 의사들, 선생님들: a group, not a person's title
            if _only_a_particle(tail):
                return title
    return None


@lru_cache(maxsize=65536)
def compound_title(word: str) -> Optional[str]:
    """`교통행정과장님께` -> `교통행정과장`: two or more syllables naming the unit, then its head's
    title, then only 님 and a particle. A plain title (`과장님`) is not a compound."""
    for head in _COMPOUND_HEADS:
        position = word.find(head, 2)
        while position >= 2:
            tail = word[position + len(head):]
            if tail.startswith(_HONORIFIC):
                tail = tail[len(_HONORIFIC):]
            if not tail.startswith("들") and _only_a_particle(tail):
                return word[:position + len(head)]
            position = word.find(head, position + 1)
    return None


def title_after(word: str) -> Optional[str]:
    """The title in the word right after a candidate name, plain or compound."""
    return title_prefix(word, lexicon.POST_TITLES) or compound_title(word)

