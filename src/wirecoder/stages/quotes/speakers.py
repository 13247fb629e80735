"""Speaker resolution: a quote's speaker mention to a person, institution or country.

Resolution order: an entity mention the speaker mention overlaps ("Vucic", "Belgrade"); for
"X's press office quoted the official", X; pronouns to the most recent compatible speaker or
person (number and, where known, gender agree); role nouns ("the Serbian leader", "the
minister") to the most recent person of a compatible country; otherwise the mention's own words
("Western politicians and organizations"). Resolution runs in text order and remembers speakers.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc

from collections import Counter

from ...lexicon.cues import INSTITUTION_NOUNS, PRONOUNS, ROLE_NOUNS
from ...records import Entity

__all__ = ["SpeakerResolver"]

_TYPE_RANK = {"PERSON": 0, "ORG": 1, "COUNTRY": 2}


class SpeakerResolver:
    """Stateful over one article: call :meth:`resolve` in text order.

    Every look-up is a bisection or a walk back over the few candidates, so resolving all the
    quotes of an article is linear in their number (``text`` is ``doc.text``, built once)."""

    def __init__(self, doc: Doc, entities: tuple[Entity, ...], gazetteer=None, text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text
        self.gazetteer = gazetteer
        self._demonym: str | None | bool = False  # computed on first use
        self.entities = {e.id: e for e in entities}
        self.mentions = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda x: x[0]
        )
        self._starts = [m[0] for m in self.mentions]
        self._longest = max((end - start for start, end, _ in self.mentions), default=0)
        self._by_type: dict[str, list[int]] = {}  # entity type -> indexes into mentions, in order
        for j, (_start, _end, ent) in enumerate(self.mentions):
            self._by_type.setdefault(ent.type, []).append(j)
        # resolved speakers by entity type: (order of resolution, position, entity)
        self.history: dict[str, list[tuple[int, int, Entity]]] = {}
        self._resolved = 0

    def _overlapping(self, a: int, b: int) -> Entity | None:
        best = None
        # only mentions starting after a - (the longest mention) can reach past a
        first = bisect_right(self._starts, a - self._longest - 1)
        for start, end, ent in self.mentions[first : bisect_left(self._starts, b)]:
            if end > a:
                key = (_TYPE_RANK[ent.type], -(min(b, end) - max(a, start)))
                if best is None or key < best[0]:
                    best = (key, ent)
        return best[1] if best else None

    def _recent(self, position: int, types: tuple[str, ...], number: str = "sg", gender: str | None = None) -> Entity | None:
        best: tuple[int, Entity] | None = None  # the latest resolved speaker of these types
        for kind in types:
            for order, pos, ent in reversed(self.history.get(kind, ())):
                if pos <= position:
                    if best is None or order > best[0]:
                        best = (order, ent)
                    break
        if best is not None:
            return best[1]
        k = bisect_right(self._starts, position)
        latest = -1  # the last mention of these types starting at or before position
        for kind in types:
            indexes = self._by_type.get(kind, [])
            j = bisect_left(indexes, k) - 1
            if j >= 0:
                latest = max(latest, indexes[j])
        return self.mentions[latest][2] if latest >= 0 else None

    def _article_demonym(self) -> str | None:
        """The adjective of the article's main country ("Serbian"), when the text uses one."""
        if self._demonym is not False:
            return self._demonym  # type: ignore[return-value]
        self._demonym = None
        countries = Counter(
            e.country for e in self.entities.values() for _ in e.mentions if e.type == "COUNTRY"
        )
        if not countries or self.gazetteer is None:
            return None
        main = countries.most_common(1)[0][0]
        for tok in self.doc:
            if tok.pos_ in ("ADJ", "PROPN") and tok.text[:1].isupper():
                ref = self.gazetteer.lookup(tok.text)
                if ref is not None and ref.type == "PLACE" and ref.country == main and tok.text.endswith(
                    ("an", "ian", "ish", "ese", "i", "ic", "ch")
                ):
                    self._demonym = tok.text
                    break
        return self._demonym

    def resolve(
        self,
        mention: tuple[int, int] | None,
        head: int | None,
        possessor: int | None,
        position: int,
    ) -> tuple[str | None, str | None]:
        """(entity id, name) for a speaker mention at ``position`` in the text."""
        if mention is None:
            return None, None
        a, b = mention
        words = self.text[a:b]
        head_tok = self.doc[head] if head is not None else None
        ent = self._overlapping(a, b)
        lower = head_tok.lower_ if head_tok is not None else words.lower()
        if ent is None and possessor is not None:
            tok = self.doc[possessor]
            ent = self._overlapping(tok.idx, tok.idx + len(tok.text))
        if ent is None and lower in PRONOUNS:
            gender, number = PRONOUNS[lower]
            types = ("COUNTRY", "ORG") if gender == "n" else ("PERSON",) if number == "sg" else ("PERSON", "ORG", "COUNTRY")
            ent = self._recent(position, types)
        if ent is None and head_tok is not None and head_tok.lemma_.lower() in ROLE_NOUNS:
            if any(t.lower_ in ("the", "this", "that") for t in head_tok.lefts):
                ent = self._recent(position, ("PERSON",))
        if ent is None and head_tok is not None and head_tok.lower_ in INSTITUTION_NOUNS and (
            b - a == len(head_tok.text) or words.lower().startswith(("the ", "local "))
        ):
            demonym = self._article_demonym()
            if demonym:  # "police" in a story about Serbia: the Serbian police
                return None, f"{demonym} {head_tok.text.lower()}"
        if ent is None:
            return None, words
        self.history.setdefault(ent.type, []).append((self._resolved, position, ent))
        self._resolved += 1
        return ent.id, ent.name
