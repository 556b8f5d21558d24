"""PiiMasker: detect with Presidio (Korean recognizers, model-free NLP engine) and mask.

mask(text, tenant):
  1. normalise (NFKC, look-alike letters in digit runs, Hangul digits), keeping an offset map;
  2. analyse the normalised text with one AnalyzerEngine built at construction;
  3. resolve overlaps (a tagger span inside a longer rule span of its type gives way; otherwise the
     higher score, then the longer span wins);
  4. map spans back to the original text and replace each value by its tag (`<PHONE>`) or by a
     keyed pseudonym (`<PERSON_3f9a2c>` = HMAC-SHA256(tenant key, entity + normalised value)).
Particles after a value stay in place because no span includes them.

residual_entities(masked_text): a second, stricter pass for the gate's fail-closed check. Mask
tokens are blanked out, the analyzer runs again with a lower threshold, and broad rules
(`residual.broad_scan`) look for digit runs and e-mail shapes with any separator.

Nothing here puts a detected value into an exception message or a log record.
"""

from __future__ import annotations

import bisect
import copy
import hashlib
import hmac
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Mapping, Optional

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from quality_gate.pii.nlp_engine import KoreanTokenNlpEngine
from quality_gate.pii.normalize import Normalized, normalize
from quality_gate.pii.recognizers import LANGUAGE, RECOGNIZERS, build_registry
from quality_gate.pii.recognizers.address_latin import RomanizedAddressRecognizer
from quality_gate.pii.residual import broad_scan
from tenancy.pseudonym_keys import key_from_master, secret_store_variable

# Presidio logs the context words around each match at DEBUG: complaint text, PII included. No
# level an operator sets on the root logger may turn that on.
logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)

TAGS: Mapping[str, str] = {
    "KR_RRN": "RRN",
    "KR_FRN": "FRN",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "CREDIT_CARD": "CARD",
    "BANK_ACCOUNT": "ACCOUNT",
    "KR_PASSPORT": "PASSPORT",
    "KR_DRIVER_LICENSE": "DRIVER_LICENSE",
    "KR_BRN": "BRN",
    "KR_CAR_PLATE": "PLATE",
    "KR_ADDRESS": "ADDRESS",
    "PERSON": "PERSON",
    "IP_ADDRESS": "IP",
    "BIRTH_DATE": "BIRTH_DATE",
    "STUDENT_ID": "STUDENT_ID",
    "EMPLOYEE_ID": "EMPLOYEE_ID",
    "LOCATION": "LOCATION",
}
PSEUDONYM_HEX = 6
MASK_TOKEN = re.compile(r"<(?:" + "|".join(sorted(TAGS.values(), key=len, reverse=True)) + r")(?:_[0-9a-f]{6,64})?>")
RESIDUAL_THRESHOLD = 0.3
# Names and addresses are not re-scanned below the main threshold: their weak candidates are
# ordinary words far too often to quarantine a record on.
RESIDUAL_AT_MAIN_THRESHOLD = frozenset({"PERSON", "KR_ADDRESS"})

DEV_MASTER_KEY = b"minwon-dev-pseudonym-master-key; set MINWON_PSEUDONYM_KEY_<TENANT> in production"


class SelectiveContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, applied only to results it can change.

    The stock enhancer deep-copies every result first; results whose recognizer has no context
    words, that the recognizer already scored with its own context, or that hold the top score
    already (a valid checksum), pass through untouched.
    """

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        with_context = {r.id for r in recognizers if r.context}
        todo, done = [], []
        for result in raw_results:
            metadata = result.recognition_metadata or {}
            if metadata.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY) in with_context and not metadata.get(
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY
            ) and result.score < self.MAX_SCORE:  # a result at the top score cannot rise
                todo.append(result)
            else:
                done.append(result)
        if not todo:
            return done
        recognizers_by_id = {r.id: r for r in recognizers}
        extra = [w.lower() for w in context] if context else []
        for original in todo:
            # A shallow copy of the result and its explanation is enough: only score and
            # explanation fields change (the stock enhancer deep-copies every result).
            result = copy.copy(original)
            result.analysis_explanation = copy.copy(original.analysis_explanation)
            recognizer = recognizers_by_id.get(result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY])
            words = self._extract_surrounding_words(nlp_artifacts=nlp_artifacts, word=text[result.start:result.end],
                                                    start=result.start)
            words.extend(extra)
            supportive = self._supportive_word(words, recognizer.context)
            if supportive:
                result.score = min(max(result.score + self.context_similarity_factor,
                                       self.min_score_with_context_similarity), self.MAX_SCORE)
                if result.analysis_explanation is not None:
                    result.analysis_explanation.set_supportive_context_word(supportive)
                    result.analysis_explanation.set_improved_score(result.score)
            done.append(result)
        return done

    def _extract_surrounding_words(self, nlp_artifacts, word: str, start: int) -> list[str]:
        """Presidio's context words around a match, found by bisection over token ends instead of a
        scan, with the lower-cased tokens computed once per text (nlp_engine's context_index; same
        words: tests compare both). Presidio keeps a token when it is among the text's keywords; with
        this engine's tokens that is every token but a single character that is not a letter or a digit
        (nlp_engine.keywords), which is asked of the few tokens visited instead of building the set."""
        if not nlp_artifacts.tokens:
            return [""]
        ends, lowered = nlp_artifacts.context_index
        index = bisect.bisect_right(ends, start)  # the first token that ends after the match starts
        if index == len(ends):
            raise ValueError(f"no token at offset {start}")
        words = []
        for step, count in ((-1, self.context_prefix_count), (1, self.context_suffix_count)):
            i, remaining = index, count + 1
            while 0 <= i < len(lowered) and remaining > 0:
                token = lowered[i]
                if len(token) > 1 or token.isalnum():
                    words.append(token)
                    remaining -= 1
                i += step
        return list(set(words))

    @staticmethod
    def _supportive_word(words: list[str], context_words: list[str]) -> str:
        """Presidio's substring matching (a context word inside a surrounding word), lower-cased once."""
        lowered = [w.lower() for w in words]
        for context_word in context_words:
            needle = context_word.lower()
            for word in lowered:
                if needle in word:
                    return context_word
        return ""


class KoreanAnalyzerEngine(AnalyzerEngine):
    """Presidio's AnalyzerEngine without its per-recognizer context pass where no recognizer has one.

    Presidio offers each recognizer its own results (two list scans per recognizer and text) before
    the context enhancer runs; none of this package's recognizers takes the offer (the base
    `enhance_using_context` returns its input), and with 25 recognizers the scans cost about 0.08 ms a
    record. Results are grouped by recognizer in the registry's order, as Presidio's loop leaves them
    (the order breaks exact ties in resolve_overlaps), then the context enhancer runs as before.

    Presidio also lists the entities of every recognizer again for each text it is asked about all
    entities (about 15 microseconds a record): the list is kept while the registry holds the same
    recognizers.
    """

    def get_supported_entities(self, language: Optional[str] = None) -> list[str]:
        key = (language, tuple(map(id, self.registry.recognizers)))
        cached = getattr(self, "_supported_entities", {}).get(key)
        if cached is None:
            cached = super().get_supported_entities(language)
            self._supported_entities = {key: cached}
        return list(cached)

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        if any(type(r).enhance_using_context is not EntityRecognizer.enhance_using_context for r in recognizers):
            return super()._enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)
        by_recognizer: dict[str, list[RecognizerResult]] = {}
        for result in raw_results:
            owner = result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY]
            by_recognizer.setdefault(owner, []).append(result)
        results = [result for recognizer in recognizers for result in by_recognizer.get(recognizer.id, ())]
        return self.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=results, nlp_artifacts=nlp_artifacts, recognizers=recognizers, context=context)


class PiiMaskingError(RuntimeError):
    """Masking failed. The message names the failure type only, never the text or a value."""


@dataclass(frozen=True)
class MaskResult:
    text: str
    entity_counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Detection:
    """A detected value as a span of the ORIGINAL text (no value is stored)."""

    entity: str
    start: int
    end: int
    score: float


def default_pseudonym_key(tenant: str) -> bytes:
    """Per-tenant key without a database: HMAC(master, tenant), master from MINWON_PSEUDONYM_KEY_<TENANT>
    else a dev key. The platform's gate uses tenancy.PseudonymKeys (an erasable secret per city)."""
    master = os.environ.get(secret_store_variable(tenant))
    return key_from_master(master.encode("utf-8") if master else DEV_MASTER_KEY, tenant)


def _normalise_value(value: str) -> str:
    value = unicodedata.normalize("NFKC", value)
    return "".join(value.split()).lower()


MERGED_ENTITIES = frozenset({"KR_ADDRESS", "LOCATION"})


def merge_same_entity(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Overlapping results of a MERGED_ENTITIES type become one result over their union (max score):
    the address grammar and the learned tagger each see part of a long address, and the tagger often
    stops short of a suffix the gazetteer includes (`서초` | `서초구`)."""
    merged: list[RecognizerResult] = []
    for result in sorted(results, key=lambda r: (r.entity_type not in MERGED_ENTITIES, r.entity_type, r.start)):
        last = merged[-1] if merged else None
        if (last is not None and result.entity_type in MERGED_ENTITIES and last.entity_type == result.entity_type
                and result.start < last.end):
            if result.end > last.end or result.score > last.score:
                last = copy.copy(last)
                last.end, last.score = max(last.end, result.end), max(last.score, result.score)
                merged[-1] = last
            continue
        merged.append(result)
    return merged


LEARNED_RECOGNIZER = "LearnedNerRecognizer"
TAGGED_ENTITIES = frozenset({"PERSON", "KR_ADDRESS", "LOCATION"})


def trim_learned(results: list[RecognizerResult], text: str) -> list[RecognizerResult]:
    """A learned-tagger span that overlaps an identifier found by a rule (phone, e-mail, plate ...)
    keeps only its longer part outside the identifier, or goes when nothing is left (or, for an
    address, when no number is left): the rules are exact about identifiers, the tagger is for
    names and addresses."""
    anchors = [r for r in results if r.entity_type not in TAGGED_ENTITIES]
    if not anchors:
        return results
    out = []
    for result in results:
        if not _learned(result):
            out.append(result)
            continue
        start, end = result.start, result.end
        for anchor in anchors:
            if anchor.start < end and start < anchor.end:
                before, after = anchor.start - start, end - anchor.end
                if before <= 0 and after <= 0:
                    start = end
                    break
                if before >= after:
                    end = anchor.start
                else:
                    start = anchor.end
        if (start, end) == (result.start, result.end):
            out.append(result)
            continue
        start, end = _alnum_edges(text, start, end)  # the separator left next to the identifier
        if result.entity_type == "KR_ADDRESS" and not any(c.isdigit() for c in text[start:end]):
            continue  # what is left holds no building or lot number: not an address
        if result.entity_type == "PERSON" and end - start < 2:
            continue  # one character left beside the identifier (`七日|生`, `…|님`): no name
        if end > start:
            trimmed = copy.copy(result)
            trimmed.start, trimmed.end = start, end
            out.append(trimmed)
    return out


def _alnum_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] without the characters at its edges that are not letters or digits."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _learned(result: RecognizerResult) -> bool:
    return (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY) == LEARNED_RECOGNIZER


def drop_learned_inside_rules(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """A learned-tagger span that lies inside a longer rule span of the same type gives way to it,
    whatever its score: the tagger stops at a space or a hyphen a rule reads across (`남궁 민|수`,
    `Lee Seo|-yeon`). So does a tagger name inside an address in Latin letters a rule found: it is a
    road's or a building's name (`Baekhyeon-ro 101`, `Gwanggyo Xi Apt.`)."""
    rules = [r for r in results if not _learned(r) and r.entity_type not in MERGED_ENTITIES]  # those merge instead
    latin_addresses = [r for r in results if (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY)
                       == RomanizedAddressRecognizer.__name__]
    return [r for r in results if not (_learned(r) and (any(
        o.entity_type == r.entity_type and o.start <= r.start and r.end <= o.end and o.end - o.start > r.end - r.start
        for o in rules) or (r.entity_type == "PERSON" and any(o.start <= r.start and r.end <= o.end
                                                               for o in latin_addresses))))]


def resolve_overlaps(results: list[RecognizerResult], text: str = "") -> list[RecognizerResult]:
    """Keep non-overlapping results, preferring the higher score, then the longer span. An address that
    loses to a value inside it (a name in `해안로 249번길 17 (민원인 박말순 자택)`) keeps its parts
    outside that value that still hold a number: dropping it whole would leave the address readable."""
    results = merge_same_entity(drop_learned_inside_rules(trim_learned(results, text) if text else results))
    ordered = sorted(results, key=lambda r: (-r.score, -(r.end - r.start), r.start))
    kept: list[RecognizerResult] = []
    for result in ordered:
        clashes = [k for k in kept if result.start < k.end and k.start < result.end]
        if not clashes:
            kept.append(result)
        elif result.entity_type == "KR_ADDRESS" and text:
            kept.extend(_address_left_over(result, clashes, text))
    return sorted(kept, key=lambda r: r.start)


def _address_left_over(result: RecognizerResult, clashes: list[RecognizerResult], text: str) -> list[RecognizerResult]:
    """The pieces of an address outside the values that won over it, each trimmed to letters and
    digits at its edges; a piece without a digit (no building or lot number) is no address."""
    pieces, start = [], result.start
    for clash in sorted(clashes, key=lambda k: k.start):
        pieces.append((start, min(clash.start, result.end)))
        start = max(start, clash.end)
    pieces.append((start, result.end))
    out = []
    for start, end in pieces:
        start, end = _alnum_edges(text, start, end)
        if any(c.isdigit() for c in text[start:end]):
            piece = copy.copy(result)
            piece.start, piece.end = start, end
            out.append(piece)
    return out


class PiiMasker:
    def __init__(self, pii_config, pseudonym_key_for: Callable[[str], bytes], ner_model=None):
        self.score_threshold = float(pii_config.score_threshold)
        self.operators: dict[str, str] = {name: entity.operator for name, entity in pii_config.entities.items()}
        self.entities = list(self.operators)
        self._key_for = pseudonym_key_for
        self._keys: dict[str, bytes] = {}
        self.ner_model = ner_model
        public = tuple(getattr(pii_config, "public_phone_context", ()) or ())
        self._public_phone = re.compile("|".join(map(re.escape, public)), re.IGNORECASE) if public else None
        self._public_mailboxes = frozenset(w.lower() for w in getattr(pii_config, "public_mailboxes", ()) or ())

        def analyzer(learned, entities) -> AnalyzerEngine:
            return KoreanAnalyzerEngine(
                registry=build_registry(entities, learned=learned, public_phone_context=public,
                                        public_mailboxes=tuple(self._public_mailboxes),
                                        corporate_brn_personal=getattr(pii_config, "corporate_brn_personal", True)),
                nlp_engine=KoreanTokenNlpEngine([LANGUAGE]),
                supported_languages=[LANGUAGE],
                default_score_threshold=self.score_threshold,
                context_aware_enhancer=SelectiveContextEnhancer(context_prefix_count=5, context_suffix_count=3),
            )

        self.analyzer = analyzer(ner_model, self.entities)
        # The residual pass runs the rules only: the tagger already read this text, at the main
        # threshold, before its values were masked (running it again would double its cost).
        self._residual_analyzer = (analyzer(None, [e for e in self.entities if e in RECOGNIZERS])
                                   if ner_model is not None else self.analyzer)
        self._learned = next((r for r in self.analyzer.registry.recognizers if hasattr(r, "prime")), None)
        self._normalized: dict[str, Normalized] = {}  # the batch being masked (_prime)

    # ------------------------------------------------------------------ detection
    def detect(self, text: str, score_threshold: float | None = None) -> list[Detection]:
        """Detected spans in the original text (after overlap resolution)."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        if not text:
            return []
        normalized = self._normalized.pop(text, None) or normalize(text)
        threshold = self.score_threshold if score_threshold is None else score_threshold
        results = self.analyzer.analyze(normalized.text, language=LANGUAGE, score_threshold=threshold)
        tokens = [m.span() for m in MASK_TOKEN.finditer(normalized.text)]
        if tokens:
            # A mask token already in the text (masked twice) is never a value, and no value touches one: what is
            # glued to a masked value is the rest of its word (`라O사라씨` masks `라O사`; read again, `<PERSON_…>라씨`
            # would give `라` before 씨 as a surname, and `<PERSON_…>::` an IPv6 address). So masking a masked
            # text masks nothing more. (The residual scan blanks the tokens instead and reads everything.)
            starts, ends = {s for s, _ in tokens}, {e for _, e in tokens}
            results = [r for r in results if r.start not in ends and r.end not in starts
                       and not any(r.start < e and s < r.end for s, e in tokens)]
        detections = []
        for result in resolve_overlaps(results, normalized.text):
            start, end = normalized.span_to_original(result.start, result.end)
            detections.append(Detection(result.entity_type, start, end, result.score))
        return detections

    def detect_batch(self, texts: list[str], score_threshold: float | None = None) -> list[list[Detection]]:
        """detect() for many texts; the learned tagger runs once over the whole batch."""
        self._prime(texts)
        return [self.detect(text, score_threshold) for text in texts]

    def _prime(self, texts: list[str]) -> None:
        if self._learned is None:
            return
        failure = None
        try:
            # detect() takes each text's normalized form from here rather than normalizing it again.
            self._normalized = {t: normalize(t) for t in texts if isinstance(t, str) and t}
            self._learned.prime([n.text for n in self._normalized.values()])
        except Exception as error:  # noqa: BLE001 - re-raised without the message, which may quote text
            failure = type(error).__name__
        if failure:
            raise PiiMaskingError(f"PII masking failed ({failure})")

    # ------------------------------------------------------------------ masking
    def _key(self, tenant: str) -> bytes:
        key = self._keys.get(tenant)
        if key is None:
            key = self._key_for(tenant)
            if not isinstance(key, (bytes, bytearray)) or len(key) < 16:
                raise ValueError("pseudonym key must be at least 16 bytes")
            self._keys[tenant] = key = bytes(key)
        return key

    def replacement(self, entity: str, value: str, tenant: str) -> str:
        tag = TAGS.get(entity, entity)
        if self.operators.get(entity) != "pseudonym":
            return f"<{tag}>"
        message = f"{entity}\x1f{_normalise_value(value)}".encode("utf-8")
        digest = hmac.new(self._key(tenant), message, hashlib.sha256).hexdigest()
        return f"<{tag}_{digest[:PSEUDONYM_HEX]}>"

    def mask_batch(self, texts: list[str], tenant: str) -> list[MaskResult]:
        """mask() for many texts; the learned tagger runs once over the whole batch."""
        self._prime(texts)
        return [self.mask(text, tenant) for text in texts]

    def mask(self, text: str, tenant: str) -> MaskResult:
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        if not isinstance(tenant, str) or not tenant:
            raise TypeError("tenant must be a non-empty str")
        failure = None
        try:
            detections = self.detect(text)
            pieces: list[str] = []
            counts: dict[str, int] = {}
            position = 0
            for detection in detections:
                pieces.append(text[position : detection.start])
                pieces.append(self.replacement(detection.entity, text[detection.start : detection.end], tenant))
                counts[detection.entity] = counts.get(detection.entity, 0) + 1
                position = detection.end
            pieces.append(text[position:])
            return MaskResult("".join(pieces), counts)
        except Exception as error:  # noqa: BLE001 - re-raised without the message, which may quote text
            failure = type(error).__name__
        raise PiiMaskingError(f"PII masking failed ({failure})")

    # ------------------------------------------------------------------ residual scan
    def residual_entities(self, masked_text: str) -> list[str]:
        """Entity types still present in masked text (mask tokens ignored); fail-closed second pass."""
        if not isinstance(masked_text, str):
            raise TypeError(f"masked_text must be str, not {type(masked_text).__name__}")
        failure = None
        try:
            blanked = MASK_TOKEN.sub(lambda m: " " * len(m.group()), masked_text)
            normalized = normalize(blanked)
            found = set()
            for result in self._residual_analyzer.analyze(normalized.text, language=LANGUAGE,
                                                          score_threshold=RESIDUAL_THRESHOLD):
                if result.entity_type in RESIDUAL_AT_MAIN_THRESHOLD and result.score < self.score_threshold:
                    continue
                found.add(result.entity_type)
            found |= broad_scan(normalized.text, self._public_phone, self._public_mailboxes)
            return sorted(found & set(self.entities))
        except Exception as error:  # noqa: BLE001
            failure = type(error).__name__
        raise PiiMaskingError(f"PII residual scan failed ({failure})")
