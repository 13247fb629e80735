"""Identity across articles: one person across spellings and forms, one country across its names.

- Names are compared by :func:`wirecoder.lexicon.names.fold` and ``fold_name`` (case,
  diacritics, punctuation and titles folded: "Serbian President [Aleksandar] Vučić" →
  "aleksandar vucic"), re-exported here for the corpus modules.
- :class:`PeopleIndex` is built from every speaker name of a corpus and maps each form to one
  :class:`Person`: full names that differ only in spelling, a missing middle name or an initial
  are one person; a surname alone ("Vucic", "President Vucic") is the one person of the corpus
  with that surname (of the same country when that is known), else the person the Phoenix
  leaders' dictionary lists under it, else a person of its own. Ambiguous forms stay apart
  rather than be guessed. Hyphenated and multi-part names fold to their words ("Anna-Lena
  Berg" → "anna lena berg", surname berg); a name ending with a hyphenated given name in lower
  case is in surname-first order ("Lee Jae-sung": surname lee). Names are compared only within
  one surname (an index keyed by the folded surname), never all pairs.
- :func:`resolve_body` names a country or organisation from any of its names ("Belgrade",
  "Republic of Serbia", "SRB" → Serbia; "EU" → European Union) through the gazetteer.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Literal, Sequence

from ..lexicon.gazetteer import Gazetteer
from ..lexicon.names import display_name, fold, fold_name

__all__ = [
    "Body", "PeopleIndex", "Person", "display_name", "fold", "fold_name", "resolve_body", "surnames",
]

@dataclass(slots=True)
class Person:
    """One person across a corpus: ``key`` identifies it, ``name`` is how to show it."""

    key: str
    name: str
    country: str | None
    forms: set[str] = field(default_factory=set)  # folded forms that resolve here
    surnames: set[str] = field(default_factory=set)  # folded surnames besides each form's last word


@dataclass(frozen=True, slots=True)
class Body:
    """A country (``code`` ISO alpha-3) or an organisation (``code`` None)."""

    kind: Literal["country", "org"]
    code: str | None
    name: str

    @property
    def key(self) -> str:
        return f"country:{self.code}" if self.kind == "country" else f"org:{fold(self.name)}"


def resolve_body(name: str | None, gazetteer: Gazetteer) -> Body | None:
    """The country or organisation ``name`` names, by any of its names, or None."""
    if not name or not name.strip():
        return None
    text = name.strip()
    if text.isupper() and len(text) == 3 and text in gazetteer.countries:
        return Body("country", text, gazetteer.countries[text])
    candidates = [text, re.sub(r"^the\s+", "", text, flags=re.I)]
    candidates += [c[:1].upper() + c[1:] for c in candidates] + [c.title() for c in candidates]
    for candidate in candidates:
        ref = gazetteer.lookup(candidate)
        if ref is None:
            continue
        if ref.type == "COUNTRY" and ref.country:
            return Body("country", ref.country, gazetteer.country_name(ref.country) or ref.name)
        if ref.type == "ORG":
            return Body("org", None, ref.name)
    return None


def _compatible(short: list[str], long: list[str]) -> bool:
    """Same surname, and every other word of ``short`` is a word (or the initial of a word) of
    ``long``: "aleksandar vucic" ~ "aleksandar a vucic", "t erdogan" ~ "recep tayyip erdogan"."""
    if short[-1] != long[-1]:
        return False
    rest = long[:-1]
    for w in short[:-1]:
        if w in rest:
            continue
        if len(w) == 1 and any(r.startswith(w) for r in rest):
            continue
        return False
    return True


# A hyphenated given name with a lower-case second part ("Jae-sung", "Jong-un") closing a name
# that starts with its surname: Korean order, "Lee Jae-sung" is Lee.
_SURNAME_FIRST = re.compile(r"^\S+\s.*\w-[a-z]\w*$")


def surnames(form: str, spellings: Iterable[str] = ()) -> set[str]:
    """The folded surnames of a folded name ``form``: its last word, and its first word when a
    spelling of it ends with a hyphenated given name in lower case ("Lee Jae-sung": lee, sung).
    The blocking keys of :class:`PeopleIndex`: names are compared only within one surname."""
    words = form.split()
    keys = {words[-1]} if words else set()
    if len(words) > 1 and any(_SURNAME_FIRST.match(display_name(s)) for s in spellings):
        keys.add(words[0])
    return keys


class PeopleIndex:
    """Every person of a corpus, found from the names its statements and quotes give.

    Build with :meth:`build`; :meth:`resolve` gives the one person a name stands for (or None
    when the name is empty), :meth:`match` every person a user's query may mean. Names are
    compared only with names of the same surname (:func:`surnames`, an index keyed by it): the
    work grows with the names, not with their pairs.
    """

    def __init__(self, people: list[Person]) -> None:
        self.people = people
        self._by_form = {form: p for p in people for form in p.forms}
        self._by_surname: dict[str, list[Person]] = {}
        for p in people:
            for key in sorted({w for f in p.forms for w in surnames(f)} | p.surnames):
                self._by_surname.setdefault(key, []).append(p)

    # -- stored (the corpus index, :mod:`wirecoder.corpus.index`) ---------------------------
    def to_rows(self) -> tuple[list[tuple], list[tuple]]:
        """The index as table rows: ``(rank, key, name, country, forms, surnames)`` of each
        person (forms and surnames as JSON lists), and ``(term, rank)`` of each term a person is
        looked up by (its forms and the surnames it is indexed under)."""
        people, terms = [], []
        for rank, p in enumerate(self.people):
            people.append((rank, p.key, p.name, p.country, json.dumps(sorted(p.forms)),
                           json.dumps(sorted(p.surnames))))
            keys = {w for f in p.forms for w in surnames(f)} | p.surnames | p.forms
            terms.extend((term, rank) for term in sorted(keys))
        return people, terms

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence]) -> PeopleIndex:
        """The index of the people ``rows`` (as :meth:`to_rows` gives them, in rank order).
        From the rows :meth:`lookup_terms` of a query finds, it answers :meth:`match` and
        :meth:`resolve` of that query as the whole index does."""
        return cls([Person(key, name, country, set(json.loads(forms)), set(json.loads(names)))
                    for _, key, name, country, forms, names in rows])

    @staticmethod
    def lookup_terms(query: str | None) -> list[str]:
        """The terms whose people decide :meth:`match` and :meth:`resolve` of ``query``: its
        folded form and its surname."""
        key = fold_name(query or "")
        return list(dict.fromkeys((key, key.split()[-1]))) if key else []

    @classmethod
    def build(
        cls,
        names: Iterable[tuple[str | None, str | None] | tuple[str | None, str | None, int]],
        gazetteer: Gazetteer | None = None,
    ) -> PeopleIndex:
        """``names``: ``(name, country)`` of each occurrence, or ``(name, country, count)``
        (country ISO alpha-3 or None). ``gazetteer`` gives full names to surnames the corpus
        never spells out."""
        spellings: dict[str, Counter[str]] = {}  # folded form → display spellings
        countries: dict[str, Counter[str]] = {}
        for item in names:
            name, country, n = (*item, 1)[:3]
            if not name:
                continue
            key = fold_name(name)
            if not key:
                continue
            spellings.setdefault(key, Counter())[display_name(name)] += n
            countries.setdefault(key, Counter())
            if country:
                countries[key][country] += n

        def country_of(forms: Iterable[str]) -> str | None:
            total = sum((countries[f] for f in forms), Counter())
            return total.most_common(1)[0][0] if total else None

        # fuller forms first, so that shorter ones and initials join them; a form is compared
        # only with the clusters of its surname (compatible forms share the last word)
        full = sorted((k for k in spellings if " " in k),
                      key=lambda k: (-len(k.split()), -len(k), k))
        clusters: list[list[str]] = []
        by_last: dict[str, list[list[str]]] = {}
        for form in full:
            words = form.split()
            own = country_of([form])
            fits = [
                c for c in by_last.get(words[-1], ())
                if _compatible(words, c[0].split())
                and (own is None or country_of(c) in (None, own))
            ]
            if len(fits) == 1:
                fits[0].append(form)
            else:
                clusters.append([form])
                by_last.setdefault(words[-1], []).append(clusters[-1])

        people: list[Person] = []
        by_surname: dict[str, list[Person]] = {}
        for forms in clusters:
            person = cls._person(forms, spellings, country_of(forms))
            person.surnames = surnames(forms[0], (s for f in forms for s in spellings[f]))
            people.append(person)
            for key in sorted(person.surnames):
                by_surname.setdefault(key, []).append(person)

        for form in sorted(k for k in spellings if " " not in k):
            own = country_of([form])
            fits = by_surname.get(form, [])
            if own is not None and len(fits) > 1:
                fits = [p for p in fits if p.country == own]
            if len(fits) == 1 and (own is None or fits[0].country in (None, own)):
                fits[0].forms.add(form)
                fits[0].country = fits[0].country or own
                continue
            actor = gazetteer.surname(form) if gazetteer is not None and not fits else None
            if actor is not None and (own is None or actor.country in (None, own)):
                person = Person(fold_name(actor.name), actor.name, actor.country or own, {form})
            else:
                person = cls._person([form], spellings, own)
            people.append(person)
        return cls(people)

    @staticmethod
    def _person(forms: list[str], spellings: dict[str, Counter[str]], country: str | None) -> Person:
        counts = sum((spellings[f] for f in forms), Counter())
        # the commonest spelling of the longest form; ties go to the native (accented) one
        longest = max(len(f.split()) for f in forms)
        name = min(
            (s for s in counts if len(fold(s).split()) == longest),
            key=lambda s: (-counts[s], s.isascii(), s),
        )
        return Person(forms[0], name, country, set(forms))

    def resolve(self, name: str | None) -> Person | None:
        """The person ``name`` stands for; a name the corpus never gave is a person of its own."""
        if not name:
            return None
        key = fold_name(name)
        if not key:
            return None
        found = self._by_form.get(key)
        if found is not None:
            return found
        matches = self.match(name)
        if len(matches) == 1:
            return matches[0]
        return Person(key, display_name(name), None, {key})

    def match(self, query: str) -> list[Person]:
        """Every person a query may mean: a full name, the one its form resolves to; a surname
        ("vucic", "President Vucic", "Lee" for Lee Jae-sung), everyone with it; else everyone
        of its surname whose name it fits."""
        key = fold_name(query)
        if not key:
            return []
        words = key.split()
        found = self._by_form.get(key)
        if found is not None and len(words) > 1:
            return [found]
        fits = [
            p for p in self._by_surname.get(words[-1], ())
            if (len(words) == 1 and words[0] in p.surnames)
            or any(_compatible(words, f.split()) or _compatible(f.split(), words) for f in p.forms)
        ]
        return ([found] if found is not None else []) + [p for p in fits if p is not found]

    def by_surname(self, name: str | None) -> Person | None:
        """The one person of the corpus whose surname ``name`` is ("Smith", "Mr Smith"), or
        None (not a single word, no such person, or more than one)."""
        key = fold_name(name or "")
        if not key or " " in key:
            return None
        fits = self._by_surname.get(key, ())
        return fits[0] if len(fits) == 1 else None
