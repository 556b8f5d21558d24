"""Joins of the learned tagger's spans before and after they are checked (recognizers/learned.py)."""

from __future__ import annotations


from presidio_analyzer import RecognizerResult

from quality_gate.pii.lexicon import HANJA_CHAR, name_shaped
from quality_gate.pii.ner.codec import Span
from quality_gate.pii.recognizers import fast_regex

HANJA = fast_regex.compile(HANJA_CHAR + "+")


def join_hanja(text: str, spans: list[Span]) -> list[Span]:
    """Two PERSON spans of hanja that touch are one name the tagger split (`金|民秀氏`)."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if (last is not None and last.label == span.label == "PERSON" and last.end == span.start
                and HANJA.fullmatch(text, last.start, span.end)):
            joined[-1] = Span("PERSON", last.start, span.end, max(last.score, span.score))
        else:
            joined.append(span)
    return joined


_CELL_BREAK = fast_regex.compile(r"[\t|│┃]")
_NAME_PIECE = fast_regex.compile(r"[A-Za-z][A-Za-z .'-]*|" + HANJA_CHAR + "{2,4}")  # a Latin or hanja name; a Hangul one is name-shaped


def split_cells(text: str, spans: list[Span]) -> list[Span]:
    """A PERSON span over a cell break (`PHAM VAN TUAN<TAB>베트남`) is one span per cell that may hold a name
    (Latin letters, hanja, or a name-shaped Hangul word): a name fills one cell."""
    out: list[Span] = []
    for span in spans:
        if span.label != "PERSON" or _CELL_BREAK.search(text, span.start, span.end) is None:
            out.append(span)
            continue
        start = span.start
        for cut in [m.start() for m in _CELL_BREAK.finditer(text, span.start, span.end)] + [span.end]:
            piece = text[start:cut]
            if _NAME_PIECE.fullmatch(piece.strip()) or name_shaped(piece.strip()):
                lead = len(piece) - len(piece.lstrip())
                out.append(Span("PERSON", start + lead, start + len(piece.rstrip()), span.score))
            start = cut + 1
    return out


def join_places(text: str, spans: list[Span]) -> list[Span]:
    """A LOCATION directly before an ADDRESS (at most one space between) becomes part of it."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        previous = out[-1] if out else None
        if (previous is not None and span.label == "ADDRESS" and previous.label in ("LOCATION", "ADDRESS")
                and 0 <= span.start - previous.end <= 1 and text[previous.end:span.start].strip() == ""):
            out[-1] = Span("ADDRESS", previous.start, span.end, max(previous.score, span.score))
            continue
        out.append(span)
    return out


def without_nested(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Two spans snapped onto one name (`Park` and `Seoyeon` both grow to `Park Seoyeon`, or one stays
    `Seoyeon`): a span inside a longer one of the same entity gives way to it, which takes the better score."""
    kept = []
    for result in sorted(results, key=lambda r: r.start - r.end):  # longest first
        outer = next((k for k in kept if k.entity_type == result.entity_type and k.start <= result.start
                      and result.end <= k.end), None)
        if outer is None:
            kept.append(result)
        else:
            outer.score = max(outer.score, result.score)
    return sorted(kept, key=lambda r: r.start)
