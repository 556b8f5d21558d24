"""Regexes that match exactly as written, compiled so that `search`/`finditer` skip ahead faster.

Why: CPython's `re` scans a text by trying the whole pattern at every position, unless the pattern
starts with a literal or a character set: then a tight C loop jumps to the next position where that
character occurs. Most of the gate's patterns start with a lookbehind guard (`(?<![0-9])[0-9]{6}`),
which disables the jump, so the engine enters the pattern at each of a record's ~200 characters,
for each of some 80 patterns.

`compile()` moves leading lookbehinds after the pattern's first character and widens them by that
character: `(?<![0-9])[0-9]{2,6}` becomes `[0-9](?<![0-9][0-9])[0-9]{1,5}`. Right after consuming
the character, "the text before it is not Z" is "the text before here is not Z followed by that
character", so every match, span and group is the same (tests/pii/test_fast_regex.py checks this on
every gate pattern against the evaluation documents). Where the pattern's start cannot be rewritten
(a case-changing group, a repeat that may match nothing, a lookahead) the pattern is compiled as is.
The pattern keeps its source string (`.pattern`), so it can still be combined into larger patterns.

`compile_any()` is for the cheap pre-checks (`QUICK`) that only ask whether a text has any match: it
splits a top-level alternation into the alternatives that start with a literal character (which the
jump serves) and the rest, so that a few case-insensitive or character-set alternatives do not slow
down the scan for all the literal ones.

Both use the parser and code generator of CPython's `re` (`re._parser`, `re._compiler`). Where those
are missing or change shape, both fall back to `re.compile`: slower, never different.
"""

from __future__ import annotations

import re
from typing import Optional

try:
    from re import _compiler as _sre_compiler, _parser as _sre_parser
    from re._constants import (ANY, ASSERT, ASSERT_NOT, BRANCH, IN, LITERAL, MAX_REPEAT, MAXREPEAT, MIN_REPEAT,
                               NOT_LITERAL, SRE_FLAG_IGNORECASE, SUBPATTERN)
    import _sre
except ImportError:  # pragma: no cover - another Python implementation
    _sre_parser = None

_ONE_CHARACTER = () if _sre_parser is None else (LITERAL, NOT_LITERAL, IN, ANY)


def _hoisted(state, items: list, behind: list) -> Optional[list]:
    """`items` with the leading lookbehinds (and `behind`, pending from outside) moved after the first
    character; None when that character cannot be found without changing what matches."""
    items = list(items)
    while items and items[0][0] in (ASSERT, ASSERT_NOT) and items[0][1][0] < 0:
        behind = behind + [items.pop(0)]
    if not behind:
        return items
    if not items:
        return None
    op, av = items[0]

    def widened(character) -> list:
        return [(kind, (direction, _sre_parser.SubPattern(state, list(sub.data) + [character])))
                for kind, (direction, sub) in behind]

    if op in _ONE_CHARACTER:
        return [items[0], *widened(items[0]), *items[1:]]
    if op in (MAX_REPEAT, MIN_REPEAT):  # x{2,6} is x x{1,5}, greedy or lazy alike
        low, high, sub = av
        if low < 1 or len(sub.data) != 1 or sub.data[0][0] not in _ONE_CHARACTER:
            return None
        character = sub.data[0]
        high = high if high == MAXREPEAT else high - 1
        rest = [(op, (low - 1, high, sub))] if high != 0 else []
        return [character, *widened(character), *rest, *items[1:]]
    if op is SUBPATTERN:  # a group starts where its first character does: the guard goes inside
        group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None  # the guard would change case sensitivity inside (?i:...)
        inner = _hoisted(state, sub.data, behind)
        if inner is None:
            return None
        return [(SUBPATTERN, (group, add_flags, del_flags, _sre_parser.SubPattern(state, inner))), *items[1:]]
    if op is BRANCH:
        alternatives = []
        for alternative in av[1]:
            inner = _hoisted(state, alternative.data, behind)
            if inner is None:
                return None
            alternatives.append(_sre_parser.SubPattern(state, inner))
        return [(BRANCH, (av[0], alternatives)), *items[1:]]
    return None


def _build(source: str, state, items: list, flags: int) -> re.Pattern:
    """re.compile's last step, from a parsed (and rewritten) pattern, keeping `source` as .pattern."""
    tree = _sre_parser.SubPattern(state, items)
    code = _sre_compiler._code(tree, flags)
    index_group = [None] * state.groups
    for name, index in state.groupdict.items():
        index_group[index] = name
    return _sre.compile(source, flags | state.flags, code, state.groups - 1, state.groupdict, tuple(index_group))


def _parsed(pattern: str, flags: int) -> tuple:
    """The parsed pattern and its items with the leading lookbehinds moved (None where they cannot be)."""
    tree = _sre_parser.parse(pattern, flags)
    return tree, _hoisted(tree.state, tree.data, [])


def _compiled(pattern: str, tree, items: Optional[list], flags: int) -> re.Pattern:
    if items is None or items == list(tree.data):
        return re.compile(pattern, flags)
    return _build(pattern, tree.state, items, flags)


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - the name re users expect
    """re.compile(pattern, flags), with leading lookbehinds moved after the first character."""
    if _sre_parser is None:
        return re.compile(pattern, flags)
    try:
        return _compiled(pattern, *_parsed(pattern, flags), flags)
    except Exception:  # noqa: BLE001 - any surprise in CPython's internals: the plain compile
        return re.compile(pattern, flags)


class AnyOf:
    """Several regexes asked one question: does any of them occur in the text?"""

    def __init__(self, regexes: list[re.Pattern]):
        self.regexes = tuple(regexes)

    def search(self, text: str) -> Optional[re.Match]:
        for regex in self.regexes:
            found = regex.search(text)
            if found is not None:
                return found
        return None


def compile_any(pattern: str, flags: int = 0) -> AnyOf:
    """A pre-check that finds a match wherever `pattern` has one (not necessarily the same match)."""
    if _sre_parser is None:
        return AnyOf([re.compile(pattern, flags)])
    try:
        tree, hoisted = _parsed(pattern, flags)
        items = hoisted or list(tree.data)
        if len(items) != 1 or items[0][0] is not BRANCH:
            return AnyOf([_compiled(pattern, tree, hoisted, flags)])
        literal, other = [], []
        for alternative in items[0][1][1]:
            first = alternative.data[0] if alternative.data else None
            cased = first is not None and first[0] is LITERAL and flags & SRE_FLAG_IGNORECASE \
                and chr(first[1]).lower() != chr(first[1]).upper()
            (literal if first is not None and first[0] is LITERAL and not cased else other).append(alternative)
        if not literal or not other:
            return AnyOf([_compiled(pattern, tree, hoisted, flags)])
        return AnyOf([_build(pattern, tree.state, [(BRANCH, (None, part))] if len(part) > 1 else list(part[0].data),
                             flags) for part in (literal, other)])
    except Exception:  # noqa: BLE001 - any surprise in CPython's internals: the plain compile
        return AnyOf([re.compile(pattern, flags)])
