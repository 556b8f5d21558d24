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

A case-insensitive group at the start, `(?i:dob|birth|born)`, disables the jump too (`re` only jumps
on a case-sensitive first character): the engine tries every position, and such a group cost as much
as all the rest of a QUICK check (27 of 39 microseconds a record for the birth dates'). Where each of
its alternatives starts with an ASCII character, `compile()` first rewrites it as a class of the
characters that can start it, then a one-character lookbehind per first letter, then the rest of the
group as written: `[BDbd](?:(?<=(?i:d))(?i:ob)|(?<=(?i:b))(?i:irth|orn))`. The class holds every
character that matches a first letter case-insensitively (`K`, the Kelvin sign, matches `k`: tested
over every code point), and the lookbehind keeps only the alternatives that start with the character
read, in their written order; two first letters never match the same character, so no match changes.

Where a pattern still starts with no single character or class (`(?:0?[1-9]|3[01])[./-]`, an optional
era before a year, alternatives that start with different classes), `re` tries it at every position
too. `compile()` then gives the compiled pattern's info block (the part `re` reads before matching)
the class of every character a match can start with, worked out from the parsed pattern through
optional parts, alternatives and zero-width assertions: `re` jumps between those characters and
matches the pattern as written from each. The birth dates' candidate patterns went from about 55 to
21 microseconds a record.

`compile_any()` is for the cheap pre-checks (`QUICK`) that only ask whether a text has any match: it
splits a top-level alternation into the alternatives that start with a literal character (which the
jump serves, all in one regex) and the rest, each in a regex of its own, so that one case-insensitive
or character-set alternative does not slow down the scan for the others (`re` jumps on a character
class only when it starts the whole regex).

Both use the parser and code generator of CPython's `re` (`re._parser`, `re._compiler`). Where those
are missing or change shape, both fall back to `re.compile`: slower, never different.
"""

from __future__ import annotations

import re
from typing import Optional

try:
    from re import _compiler as _sre_compiler, _parser as _sre_parser
    from re._constants import (ANY, ASSERT, ASSERT_NOT, AT, BRANCH, IN, INFO, LITERAL, MAX_REPEAT, MAXREPEAT,
                               MIN_REPEAT, NEGATE, NOT_LITERAL, SRE_FLAG_IGNORECASE, SRE_INFO_CHARSET, SRE_INFO_PREFIX,
                               SUBPATTERN, SUCCESS)
    import _sre
except ImportError:  # pragma: no cover - another Python implementation
    _sre_parser = None

_ONE_CHARACTER = () if _sre_parser is None else (LITERAL, NOT_LITERAL, IN, ANY)
# The characters beyond the upper and lower case that match an ASCII character case-insensitively in `re`.
_OTHER_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _uncased_head(state, items: list) -> list:
    """`items` with a case-insensitive group at their start (after any lookbehinds, inside plain groups and
    top-level alternatives) rewritten to start with a case-sensitive character class (module docstring);
    unchanged where the group cannot be."""
    k = 0
    while k < len(items) and items[k][0] in (ASSERT, ASSERT_NOT) and items[k][1][0] < 0:
        k += 1
    if k == len(items):
        return items
    op, av = items[k]
    if op is BRANCH:
        alternatives = [_sre_parser.SubPattern(state, _uncased_head(state, list(alternative.data))) for alternative in av[1]]
        return [*items[:k], (BRANCH, (av[0], alternatives)), *items[k + 1:]]
    if op is not SUBPATTERN:
        return items
    group, add_flags, del_flags, sub = av
    if not add_flags and not del_flags:
        inner = _sre_parser.SubPattern(state, _uncased_head(state, list(sub.data)))
        return [*items[:k], (SUBPATTERN, (group, 0, 0, inner)), *items[k + 1:]]
    if group is not None or add_flags != SRE_FLAG_IGNORECASE or del_flags:
        return items
    rewritten = _uncased_group(state, sub)
    return items if rewritten is None else [*items[:k], *rewritten, *items[k + 1:]]


def _uncased_group(state, sub) -> Optional[list]:
    """(?i:a1|a2|...) as [class of first characters] (?:(?<=(?i:c))(?i:rest|...)|...), or None."""
    data = list(sub.data)
    alternatives = [list(a.data) for a in data[0][1][1]] if len(data) == 1 and data[0][0] is BRANCH else [data]
    by_first: dict[str, list[list]] = {}
    for alternative in alternatives:
        if not alternative or alternative[0][0] is not LITERAL or alternative[0][1] > 127:
            return None
        by_first.setdefault(chr(alternative[0][1]).lower(), []).append(alternative[1:])
    starts = sorted({ord(c) for first in by_first for c in first + first.upper() + _OTHER_CASES.get(first, "")})
    branches = []
    for first, rests in by_first.items():  # different first characters never match the same one
        behind = (ASSERT, (-1, _sre_parser.SubPattern(state, [
            (SUBPATTERN, (None, SRE_FLAG_IGNORECASE, 0, _sre_parser.SubPattern(state, [(LITERAL, ord(first))])))])))
        if len(rests) == 1:
            rest = rests[0]
        else:
            rest = [(BRANCH, (None, [_sre_parser.SubPattern(state, r) for r in rests]))]
        tail = [(SUBPATTERN, (None, SRE_FLAG_IGNORECASE, 0, _sre_parser.SubPattern(state, rest)))] if rest else []
        branches.append(_sre_parser.SubPattern(state, [behind, *tail]))
    head = (IN, [(LITERAL, c) for c in starts])
    if len(branches) == 1:
        return [head, *branches[0].data]
    return [head, (SUBPATTERN, (None, 0, 0, _sre_parser.SubPattern(state, [(BRANCH, (None, branches))])))]


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


class _Unknown(Exception):
    """The characters a match can start with are not known (a negated class, a back-reference ...)."""


def _first_characters(items: list) -> tuple[list, bool]:
    """(charset items that hold every character a match of `items` can start with, whether `items` can
    match the empty string). Zero-width assertions consume nothing: the character after them counts."""
    found: list = []
    for op, av in items:
        if op in (ASSERT, ASSERT_NOT, AT):
            continue
        if op is LITERAL:
            return found + [(LITERAL, av)], False
        if op is IN:
            if any(kind is NEGATE for kind, _ in av):
                raise _Unknown
            return found + list(av), False
        if op is SUBPATTERN:
            if av[1] or av[2]:  # flags inside (case): not worked out
                raise _Unknown
            first, empty = _first_characters(list(av[3].data))
        elif op is BRANCH:
            first, empty = [], False
            for alternative in av[1]:
                more, can_be_empty = _first_characters(list(alternative.data))
                first += more
                empty = empty or can_be_empty
        elif op in (MAX_REPEAT, MIN_REPEAT):
            first, empty = _first_characters(list(av[2].data))
            empty = empty or av[0] == 0
        else:  # ANY, NOT_LITERAL, GROUPREF, atomic groups ...
            raise _Unknown
        found += first
        if not empty:
            return found, False
    return found, True


def _code(state, items: list, flags: int) -> list:
    """re's compiled code for `items`. Where re finds no first character or class to jump between, the info
    block gets the class of every character a match can start with (_first_characters): re's search then
    tries the pattern only where one stands. The pattern itself is compiled as re compiles it."""
    tree = _sre_parser.SubPattern(state, items)
    flags = state.flags | flags
    code: list = []
    _sre_compiler._compile_info(code, tree, flags)
    if not code[2] & (SRE_INFO_PREFIX | SRE_INFO_CHARSET) and not flags & SRE_FLAG_IGNORECASE:
        low, high = tree.getwidth()
        try:
            first, empty = _first_characters(items)
        except _Unknown:
            first, empty = [], True
        if low > 0 and not empty and first:
            charset, _ = _sre_compiler._optimize_charset(first)
            code = [INFO, 0, SRE_INFO_CHARSET, min(low, _sre_compiler.MAXCODE), min(high, _sre_compiler.MAXCODE)]
            _sre_compiler._compile_charset(charset, flags, code)
            code[1] = len(code) - 1
    _sre_compiler._compile(code, tree.data, flags)
    code.append(SUCCESS)
    return code


def _build(source: str, state, items: list, flags: int) -> re.Pattern:
    """re.compile's last step, from a parsed (and rewritten) pattern, keeping `source` as .pattern."""
    return _from_code(source, state, _code(state, items, flags), flags)


def _from_code(source: str, state, code: list, flags: int) -> re.Pattern:
    index_group = [None] * state.groups
    for name, index in state.groupdict.items():
        index_group[index] = name
    return _sre.compile(source, flags | state.flags, code, state.groups - 1, state.groupdict, tuple(index_group))


def _parsed(pattern: str, flags: int) -> tuple:
    """The parsed pattern and its items rewritten: a leading case-insensitive group uncased (not under a
    global IGNORECASE), then the leading lookbehinds moved where they can be."""
    tree = _sre_parser.parse(pattern, flags)
    items = list(tree.data) if flags & SRE_FLAG_IGNORECASE else _uncased_head(tree.state, list(tree.data))
    hoisted = _hoisted(tree.state, items, [])
    return tree, items if hoisted is None else hoisted


def _compiled(pattern: str, tree, items: list, flags: int) -> re.Pattern:
    code = _code(tree.state, items, flags)
    if code == _sre_compiler._code(tree, flags):  # nothing to gain: re's own (cached) object
        return re.compile(pattern, flags)
    return _from_code(pattern, tree.state, code, flags)


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
        items = hoisted
        if len(items) != 1 or items[0][0] is not BRANCH:
            return AnyOf([_compiled(pattern, tree, hoisted, flags)])
        literal, other = [], []
        for alternative in items[0][1][1]:
            first = alternative.data[0] if alternative.data else None
            cased = first is not None and first[0] is LITERAL and flags & SRE_FLAG_IGNORECASE \
                and chr(first[1]).lower() != chr(first[1]).upper()
            (literal if first is not None and first[0] is LITERAL and not cased else other).append(alternative)
        if not literal and len(other) <= 1 or not other:
            return AnyOf([_compiled(pattern, tree, hoisted, flags)])
        parts = ([literal] if literal else []) + [[alternative] for alternative in other]
        return AnyOf([_build(pattern, tree.state, [(BRANCH, (None, part))] if len(part) > 1 else list(part[0].data),
                             flags) for part in parts])
    except Exception:  # noqa: BLE001 - any surprise in CPython's internals: the plain compile
        return AnyOf([re.compile(pattern, flags)])
