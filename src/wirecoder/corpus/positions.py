"""Positions across articles: who holds which stance on which proposition, since when, through
which speakers and outlets; how it shifted; and claims copied across outlets counted once.

Definitions (also in the README):

- **holder**: whose position a statement states. A country or organisation when the statement's
  holder is one ("Belgrade is reluctant": Serbia), or when its subject is one and the speaker
  speaks for it: the subject is the speaker's own country (Vucic and Vulin, both Serbian, saying
  "Serbia will never impose sanctions" state Serbia's position; a subject "we" counts as the
  speaker's country), or the speaker's title names the organisation ("NATO Secretary General ..."
  on NATO). Otherwise the speaker, as a person
  resolved across articles (:mod:`wirecoder.corpus.identity`). A holder whose speaker's country is not
  known stays the speaker: the country is never guessed.
- **date**: when a statement was said (its own date, else its quote's, else the article's
  publication date), a day or a longer period (week, month, quarter, year: see
  :mod:`wirecoder.corpus.periods`); statements sort by the first day of their period, the finer
  first; undated statements (and values that are no date) sort last and take part in no shift.
  ``since``/``until`` keep a statement whose period overlaps the range.
- **position**: the statements of one (holder, proposition key), keys taken as opaque strings.
  Its stance and hedge are those of its latest statement; ``first``/``last`` its dated span.
  With ``by="country"`` people are rolled up into their country.
- **echo**: the same claim (same key and stance, near-identical text of the quote sentence
  that holds it, or a trimmed copy of it: :mod:`wirecoder.corpus.echoes`) in other articles
  published within ``days`` days: counted once, under the earliest article, its copies kept
  beside it. An article that copies a speaker's claim retells that speaker's story: its other
  statements by the speaker that the earlier article carries too (same key, stance and hedge)
  are copies as well, however differently the two leads word them (:func:`fold_retold`).
- **shift**: within a position, a statement on a later day whose stance flips (reversal) or
  whose hedge weakens along absolute → firm → conditional → uncertain (softening) or
  strengthens (hardening), compared with the statements of the latest earlier day (the latest
  of its own stance, else the latest), that speaker's own when they spoke before; at most one
  of each kind a day. A restatement of any
  statement of that day (same stance and hedge) is no shift, and neither are two statements of
  one day; nor is a weaker or firmer wording beside a restatement that day by the same voice
  (the hedge was said again, so it did not move). "Earlier" means a period that ends before
  the later one begins: a
  statement dated to November 2019 and one of 14 November 2019 are not known to be in order,
  and make no shift. A person read under two holders on one key (their country when the
  subject is it, themselves otherwise) shifts across them too (:func:`voice_positions`), and
  their keys worded apart across those holders merge as one holder's do.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Literal, Sequence

from .complements import complement_names, flip_stance, resultative_names
from .holderkeys import holder_key_names
from .keymatch import opposed_keys
from .echoes import (DEFAULT_DAYS, DEFAULT_THRESHOLD, EchoItem, NearDuplicates, claim_sentence,
                     fold_echoes)
from ..lexicon.gazetteer import Gazetteer
from .identity import Body, PeopleIndex, Person, fold, resolve_body
from .periods import Period, parse_bound, period_key
from ..errors import StoreError
from ..store.sqlite import Store, StoredStatement

__all__ = [
    "HEDGES",
    "AboutQuery",
    "ActorQuery",
    "Attributed",
    "Corpus",
    "Holder",
    "Position",
    "Shift",
    "ShiftKind",
    "about_matches",
    "attribute",
    "find_shifts",
    "fold_retold",
    "group_positions",
    "shift_kind",
    "voice_positions",
]

#: Hedges from the strongest commitment to the weakest.
HEDGES = ("absolute", "firm", "conditional", "uncertain")
_STRENGTH = {h: len(HEDGES) - i for i, h in enumerate(HEDGES)}  # absolute 4 … uncertain 1

ShiftKind = Literal["reversal", "softening", "hardening"]
GroupBy = Literal["holder", "country"]


@dataclass(frozen=True, slots=True)
class Holder:
    """Whose position: ``key`` "country:SRB", "org:nato" or "person:aleksandar vucic"."""

    key: str
    name: str
    kind: Literal["country", "org", "person"]
    country: str | None  # the country it rolls up into (its own code for a country)

    @classmethod
    def of_body(cls, body: Body) -> Holder:
        return cls(body.key, body.name, body.kind, body.code)


@dataclass(frozen=True, slots=True)
class Attributed:
    """A stored statement with holder and speaker resolved across the corpus, and the echoes of
    it in later articles (counted with it, not again)."""

    row: StoredStatement
    holder: Holder
    speaker: str | None
    speaker_key: str | None
    copies: tuple[StoredStatement, ...] = ()
    #: the statement was said with the complementary predicate ("leaves the euro zone" on the
    #: key "stay:euro_zone"): ``row.stance`` is its stance on the key, the opposite of the
    #: stance its own words take (:mod:`wirecoder.corpus.complements`)
    flipped: bool = False

    @property
    def date(self) -> str | None:
        return self.row.date

    @property
    def period(self) -> Period | None:
        return Period.parse(self.row.date)

    @property
    def rows(self) -> tuple[StoredStatement, ...]:
        return (self.row, *self.copies)

    def to_dict(self) -> dict[str, Any]:
        r = self.row
        return {
            "date": r.date,
            "stance": r.stance,
            "hedge": r.hedge,
            "speaker": self.speaker,
            "outlet": r.outlet,
            "source": r.source,
            "published": r.published,
            "article_id": r.article_id,
            "statement_id": r.statement_id,
            "evidence": _evidence(r),
            **({"flipped": True, "said_stance": flip_stance(r.stance)} if self.flipped else {}),
            "copies": [
                {"outlet": c.outlet, "source": c.source, "published": c.published,
                 "article_id": c.article_id}
                for c in self.copies
            ],
        }


def _evidence(r: StoredStatement) -> dict[str, Any] | None:
    if r.evidence_text is None:
        return None
    return {"start": r.evidence_start, "end": r.evidence_end, "text": r.evidence_text}


def _distinct(values: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


@dataclass(frozen=True, slots=True)
class Position:
    """The statements of one holder on one proposition key, in date order (undated last)."""

    holder: Holder
    key: str
    claims: tuple[Attributed, ...]

    @property
    def proposition(self) -> str:
        """The most frequent proposition text, of the statements said in the key's own wording
        when there are any (a flipped statement's text says the complement)."""
        own = [c for c in self.claims if not c.flipped] or list(self.claims)
        counts = Counter(c.row.proposition_text for c in own)
        return min(counts, key=lambda t: (-counts[t], t))

    @property
    def latest(self) -> Attributed:
        dated = [c for c in self.claims if c.period is not None]
        return dated[-1] if dated else self.claims[-1]

    @property
    def stance(self) -> str:
        return self.latest.row.stance

    @property
    def hedge(self) -> str:
        return self.latest.row.hedge

    @property
    def first(self) -> str | None:
        return next((c.date for c in self.claims if c.period is not None), None)

    @property
    def last(self) -> str | None:
        return next((c.date for c in reversed(self.claims) if c.period is not None), None)

    @property
    def outlets(self) -> list[str]:
        return _distinct(r.outlet for c in self.claims for r in c.rows)

    @property
    def unknown_outlets(self) -> int:
        """Articles of the position whose outlet is not known."""
        return len({r.article_id for c in self.claims for r in c.rows if not r.outlet})

    @property
    def speakers(self) -> list[str]:
        return _distinct(c.speaker for c in self.claims)

    @property
    def copies(self) -> int:
        return sum(len(c.copies) for c in self.claims)

    @property
    def articles(self) -> int:
        return len({r.article_id for c in self.claims for r in c.rows})

    def to_dict(self) -> dict[str, Any]:
        return {
            "holder": self.holder.name,
            "proposition": self.proposition,
            "key": self.key,
            "stance": self.stance,
            "hedge": self.hedge,
            "first": self.first,
            "last": self.last,
            "statements": len(self.claims),
            "outlets": self.outlets,
            "speakers": self.speakers,
            "holder_kind": self.holder.kind,
            "country": self.holder.country,
            "copies": self.copies,
            "articles": self.articles,
            "unknown_outlets": self.unknown_outlets,
        }


@dataclass(frozen=True, slots=True)
class Shift:
    """A later statement of a position whose stance or hedge moved from the one before."""

    position: Position
    kind: ShiftKind
    before: Attributed
    after: Attributed

    def to_dict(self) -> dict[str, Any]:
        return {
            "holder": self.position.holder.name,
            "proposition": self.position.proposition,
            "key": self.position.key,
            "kind": self.kind,
            "before": self.before.to_dict(),
            "after": self.after.to_dict(),
        }


def shift_kind(before: StoredStatement, after: StoredStatement) -> ShiftKind | None:
    """reversal (stance flips), softening/hardening (hedge weaker/stronger), or None."""
    if before.stance != after.stance:
        return "reversal"
    a, b = _STRENGTH.get(before.hedge), _STRENGTH.get(after.hedge)
    if a is None or b is None or a == b:
        return None
    return "softening" if b < a else "hardening"


def find_shifts(position: Position) -> list[Shift]:
    """The shifts of one position: each day's statements (statements of one same period)
    against the statements of the latest earlier period, one that ends before they begin. A
    statement that restates one of that day's (same stance and hedge) is no shift: a lead that
    paraphrases "we will never extend" as "would not extend" (firm beside absolute) on both
    days moves nothing. Another is compared with the latest of that day's statements of its
    own stance (a hedge that moved), else with its latest (a stance that flipped). A speaker
    who spoke on an earlier day is compared with their own latest earlier day (two Germans
    both held as "Germany", one against and one for, make no reversal when the one against
    later comes round: his shift is against his own word); a new voice with the position's
    latest earlier day (a new government's minister against the last one's). At most one
    shift of each kind a day (a lead that paraphrases a quote of the same day makes no second
    shift), and no softening or hardening by a voice that restates its earlier stance and hedge
    that day ("will never cede the territory" again, beside "it will remain ours": one position
    said twice). Statements whose periods overlap are not known to be in order: none is the
    reference of the other."""
    out: list[Shift] = []
    days: list[tuple[Period, list[Attributed]]] = []
    for claim in position.claims:  # in date order: by first day, the finer first
        period = claim.period
        if period is None:
            continue
        if days and (days[-1][0].first, days[-1][0].last) == (period.first, period.last):
            days[-1][1].append(claim)
        else:
            days.append((period, [claim]))
    spoke: dict[str, list[int]] = {}  # voice → the days it spoke on, in order
    voiced: list[dict[str, list[Attributed]]] = []  # each day's claims by voice
    said: dict[tuple[int, str | None], set[tuple[str, str]]] = {}  # (day, voice) → stance/hedge

    def sayings(n: int, voice: str | None, claims: list[Attributed]) -> set[tuple[str, str]]:
        if (n, voice) not in said:
            said[(n, voice)] = {(c.row.stance, c.row.hedge) for c in claims}
        return said[(n, voice)]

    def latest(indices: Sequence[int], first: Any) -> int | None:
        """The last of ``indices`` whose day ends before ``first`` (a scan back: the last day
        is nearly always it, so the work stays linear)."""
        for i in reversed(indices):
            if days[i][0].last < first:
                return i
        return None

    for n, (period, day) in enumerate(days):
        previous = latest(range(n), period.first)
        if previous is not None:
            seen: set[ShiftKind] = set()  # one shift of each kind a day
            for claim in day:
                # a speaker who spoke before is compared with what they said (a country's
                # position holds its government and its opposition: one's shift is not the
                # other's)
                voice = _voice(claim)
                mine = latest(spoke.get(voice, ()), period.first)
                if mine is not None:
                    before, known = voiced[mine][voice], sayings(mine, voice, voiced[mine][voice])
                else:
                    before, known = days[previous][1], sayings(previous, None, days[previous][1])
                if (claim.row.stance, claim.row.hedge) in known:
                    continue
                reference = next((c for c in reversed(before)
                                  if c.row.stance == claim.row.stance), before[-1])
                kind = shift_kind(reference.row, claim.row)
                if kind in ("softening", "hardening") and _restated(claim, day, known):
                    continue
                if kind is not None and kind not in seen:
                    seen.add(kind)
                    out.append(Shift(position, kind, reference, claim))
        voiced.append({})
        for claim in day:
            voiced[n].setdefault(_voice(claim), []).append(claim)
        for voice in voiced[n]:
            spoke.setdefault(voice, []).append(n)
    return out


# ------------------------------------------------------------------------------ attribution


def _speaks_for_org(mention: str | None, org: Body, gazetteer: Gazetteer) -> bool:
    """Does the speaker's mention ("NATO Secretary General Jens Olsen") name ``org``?"""
    if not mention:
        return False
    words = mention.replace("'s", " ").replace("\u2019s", " ").split()
    for n in range(1, 5):
        for i in range(len(words) - n + 1):
            found = resolve_body(" ".join(words[i : i + n]).strip(",.;:"), gazetteer)
            if found is not None and found.key == org.key:
                return True
    return False


# A subject in the first person plural, said by someone whose country is known, is that country.
_WE = frozenset({"we", "us", "our country", "my country", "this country"})


def attribute(row: StoredStatement, people: PeopleIndex, gazetteer: Gazetteer) -> Attributed:
    """Resolve a statement's holder and speaker (the rules in the module docstring)."""
    body = None
    if row.holder_type in ("COUNTRY", "ORG") or row.holder_type is None:
        body = resolve_body(row.holder_name, gazetteer)
        if body is None and row.holder_type == "COUNTRY" and row.holder_country:
            name = gazetteer.country_name(row.holder_country) or row.holder_country
            body = Body("country", row.holder_country, name)
        if body is None and row.holder_type == "ORG" and row.holder_name:
            body = Body("org", None, row.holder_name)
    if body is not None:
        return Attributed(row, Holder.of_body(body), body.name, body.key)

    person: Person | None = people.resolve(row.holder_name or row.speaker_name)
    country = row.holder_country or (person.country if person else None)
    subject = resolve_body(row.subject, gazetteer)
    if subject is None and country and fold(row.subject or "") in _WE:
        subject = Body("country", country, gazetteer.country_name(country) or country)
    speaker = person.name if person else None
    speaker_key = f"person:{person.key}" if person else None
    if subject is not None and (
        (subject.kind == "country" and country is not None and subject.code == country)
        or (subject.kind == "org" and _speaks_for_org(row.speaker_mention, subject, gazetteer))
    ):
        return Attributed(row, Holder.of_body(subject), speaker, speaker_key)
    if person is None:
        return Attributed(row, Holder("person:?", "(unknown speaker)", "person", None), None, None)
    return Attributed(row, Holder(speaker_key, person.name, "person", country), speaker, speaker_key)


def _statement_names(rows: Iterable[StoredStatement]) -> Iterable[tuple[str | None, str | None]]:
    for r in rows:
        if r.holder_type in (None, "PERSON"):
            yield r.holder_name or r.speaker_name, r.holder_country


# ------------------------------------------------------------------------------ queries


@dataclass(frozen=True, slots=True)
class AboutQuery:
    """What ``--about`` Y asks for: its folded words, and the ISO code when Y names a country.
    A Y without word characters (``%``, ``'``, ``(``) is looked for ``literal``: as written,
    case folded, never as a pattern."""

    words: tuple[str, ...]
    code: str | None
    literal: str | None = None

    @classmethod
    def parse(cls, text: str, gazetteer: Gazetteer) -> AboutQuery:
        words = tuple(fold(text).split())
        if not words:
            return cls((), None, text.strip().casefold())
        body = resolve_body(text, gazetteer)
        return cls(words, body.code.lower() if body and body.code else None)

    def matches(self, texts: Iterable[str | None]) -> bool:
        """Every word of the query begins a word of one text ("sanction russia" ~ "impose
        sanctions on Russia"), case and accents folded; or the country's code is a word of one
        ("Russia" ~ "impose_sanctions|RUS"). A query of no words matches a text that contains
        it literally; a blank query matches nothing."""
        if not self.words:
            return bool(self.literal) and any(
                self.literal in text.casefold() for text in texts if text)
        for text in texts:
            if not text:
                continue
            words = fold(text).split()
            if all(any(w.startswith(q) for w in words) for q in self.words):
                return True
            if self.code is not None and self.code in words:
                return True
        return False


def about_matches(query: str, texts: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Does ``query`` fit any of ``texts`` (proposition texts and keys, or quote text)?"""
    return AboutQuery.parse(query, gazetteer).matches(texts)


@dataclass(frozen=True, slots=True)
class ActorQuery:
    """What ``--actor``/``--speaker`` X may mean: a country or organisation, and/or people."""

    text: str
    body: Body | None
    people: frozenset[str]  # "person:..." keys

    @property
    def known(self) -> bool:
        return self.body is not None or bool(self.people)

    def holds_or_speaks(self, claim: Attributed) -> bool:
        if self.body is not None:
            if claim.holder.key == self.body.key or claim.speaker_key == self.body.key:
                return True
            if self.body.kind == "country" and claim.holder.country == self.body.code:
                return True
        return claim.speaker_key in self.people or claim.holder.key in self.people


@dataclass
class Corpus:
    """Every stored statement attributed, echoes folded in: the ground for positions,
    timelines and shifts. Build with :meth:`load` (from a store) or :meth:`from_rows`."""

    claims: list[Attributed]
    people: PeopleIndex
    gazetteer: Gazetteer
    _positions: dict[GroupBy, list[Position]] = field(default_factory=dict)
    _voices: list[Position] | None = None  # one person's claims across holders: voice_positions

    @classmethod
    def load(cls, store: Store, gazetteer: Gazetteer, *, lexical_keys: bool = False,
             notes: list[str] | None = None, **kwargs: Any) -> Corpus:
        """Every statement of ``store`` (a :class:`~wirecoder.store.sqlite.Store`); every quoted
        name of it feeds the people index. Paraphrased keys are merged
        (:func:`wirecoder.corpus.keymatch.merge_paraphrased_keys`) unless ``lexical_keys``; when
        the embedding model is missing the lexical keys stand and a note says so (appended to
        ``notes``). ``kwargs`` go to :meth:`from_rows` (``days``, ``threshold``). This is what
        ``wirecoder positions``, ``shifts`` and ``timeline`` query. Raises
        :class:`~wirecoder.errors.StoreError` when the store holds no statements."""
        rows = cls.stored_rows(store, gazetteer, lexical_keys=lexical_keys, notes=notes)
        if not rows:
            articles = store.counts()["articles"]
            raise StoreError(
                f"{store.path}: no statements stored ({articles} article(s)); statements come "
                f"from `wirecoder ingest PATH --db {store.path}` (add --force for articles stored "
                "by a wirecoder without the statement stage)"
            )
        names = store.speaker_names()
        return cls.from_rows(rows, gazetteer, names=names, embeddings=not lexical_keys,
                             notes=notes, **kwargs)

    @staticmethod
    def stored_rows(store: Store, gazetteer: Gazetteer, *, lexical_keys: bool = False,
                    notes: list[str] | None = None) -> list[StoredStatement]:
        """Every statement of ``store`` in its order, paraphrased keys merged unless
        ``lexical_keys`` (the rows :meth:`load` builds the corpus from)."""
        from .keymatch import opposed_keys, paraphrase_names

        # keys are merged first, from a stream of the statements, so that the embedding model
        # is gone before the rows are read (memory holds one or the other, not both)
        renamed = {} if lexical_keys else paraphrase_names(
            ((r.proposition_key, r.proposition_text) for r in store.iter_statements()),
            gazetteer, notes=notes, apart=opposed_keys(store.iter_statements()))
        return [r if r.proposition_key not in renamed
                else replace(r, proposition_key=renamed[r.proposition_key])
                for r in store.iter_statements()]

    @classmethod
    def from_rows(
        cls,
        rows: Sequence[StoredStatement],
        gazetteer: Gazetteer,
        *,
        names: Iterable[tuple[str | None, str | None, int]] = (),
        days: int = DEFAULT_DAYS,
        threshold: float = DEFAULT_THRESHOLD,
        near_duplicates: NearDuplicates | None = None,
        embeddings: bool = True,
        embedder: Any = None,
        notes: list[str] | None = None,
    ) -> Corpus:
        """``names``: more ``(name, country, count)`` for the people index (quoted speakers).

        Before echoes are folded, keys are read as positions: a resultative key reads as the
        key it states ("keep:border_open" as "open:border",
        :func:`wirecoder.corpus.complements.resultative_names`), complementary keys meet
        (:func:`wirecoder.corpus.complements.complement_names`: "leave:euro_zone" on
        "stay:euro_zone", stance flipped) and each holder's keys worded apart merge
        (:func:`wirecoder.corpus.holderkeys.holder_key_names`; with ``embeddings``, by the
        sentence embedder ``embedder``, the default one when None, loaded only when some pair
        needs it; without embeddings, or without the model, they stay apart: a note in
        ``notes`` says so)."""
        people = PeopleIndex.build([*_statement_names(rows), *names], gazetteer)
        rows, flipped, attributed = _as_positions(rows, people, gazetteer, embeddings=embeddings,
                                                  embedder=embedder, notes=notes)
        # a claim and its copies share key and stance, and are compared by the sentence of the
        # quote that holds them (outlets cut and rejoin a quote's sentences)
        items = [
            EchoItem(claim_sentence(r.quote_text, r.evidence_text), f"{r.proposition_key}\t{r.stance}",
                     r.article_id, r.outlet, r.source, r.date, r.published)
            for r in rows
        ]
        copies, _ = fold_echoes(items, days=days, threshold=threshold,
                                near_duplicates=near_duplicates)

        def claim_of(i: int) -> Attributed:
            return attributed[i]

        copies = fold_retold(rows, copies, claim_of)
        copied = {j for c in copies.values() for j in c}
        claims = []
        shared: dict[object, object] = {}  # one object per distinct holder, speaker and key
        for i, row in enumerate(rows):
            if i in copied:
                continue
            claim = claim_of(i)
            claim = Attributed(claim.row, shared.setdefault(claim.holder, claim.holder),
                               shared.setdefault(claim.speaker, claim.speaker),
                               shared.setdefault(claim.speaker_key, claim.speaker_key),
                               tuple(rows[j] for j in copies[i]) if i in copies else (),
                               i in flipped)
            claims.append(claim)
        claims.sort(key=_claim_order)
        return cls(claims, people, gazetteer)

    def actor(self, text: str) -> ActorQuery:
        body = resolve_body(text, self.gazetteer)
        people = frozenset(f"person:{p.key}" for p in self.people.match(text))
        return ActorQuery(text, body, people)

    def select(
        self,
        *,
        actor: str | None = None,
        about: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[Attributed]:
        """The claims a holder or speaker ``actor`` made about ``about`` from ``since`` to
        ``until`` (dates inclusive; a claim dated by a week, month or longer period is kept
        when the period overlaps the range; undated claims only without a date bound)."""
        who, what, bounds = self._filters(actor, about, since, until)
        return [c for c in self.claims if _wanted(c, who, what, *bounds)]

    def _filters(self, actor: str | None, about: str | None, since: str | None,
                 until: str | None) -> tuple[ActorQuery | None, AboutQuery | None, tuple]:
        who = self.actor(actor) if actor else None
        what = AboutQuery.parse(about, self.gazetteer) if about else None
        return who, what, (parse_bound(since), parse_bound(until))

    def positions(
        self,
        *,
        actor: str | None = None,
        about: str | None = None,
        since: str | None = None,
        until: str | None = None,
        by: GroupBy = "holder",
    ) -> list[Position]:
        """Positions built from the selected claims, ordered by holder, then first date."""
        return group_positions(self.select(actor=actor, about=about, since=since, until=until),
                               by=by, gazetteer=self.gazetteer)

    def shifts(
        self,
        *,
        actor: str | None = None,
        about: str | None = None,
        since: str | None = None,
        until: str | None = None,
        by: GroupBy = "holder",
        kinds: Iterable[ShiftKind] | None = None,
    ) -> list[Shift]:
        """Shifts of every position (built from all claims, so a shift from one speaker to
        another is seen), kept when either side matches ``actor``, the position matches
        ``about`` and the later statement falls from ``since`` to ``until``. By holder, a
        person's shift between the holders they are read under (their country's position one
        day, their own the next: :func:`voice_positions`) is one too."""
        if by not in self._positions:
            self._positions[by] = group_positions(self.claims, by=by, gazetteer=self.gazetteer)
        if by == "holder" and self._voices is None:
            self._voices = voice_positions(self.claims)
        who, what, bounds = self._filters(actor, about, since, until)
        wanted = set(kinds) if kinds else None
        out = []
        found: set[tuple[int, str]] = set()
        voices = (self._voices or []) if by == "holder" else []
        for across, position in [*((False, p) for p in self._positions[by]),
                                 *((True, p) for p in voices)]:
            for shift in find_shifts(position):
                if across and (shift.before.holder.key == shift.after.holder.key
                               or (id(shift.after), shift.kind) in found):
                    continue  # within one holder: that holder's position has it, or not
                found.add((id(shift.after), shift.kind))
                if wanted is not None and shift.kind not in wanted:
                    continue
                if who is not None and not (who.holds_or_speaks(shift.before)
                                            or who.holds_or_speaks(shift.after)):
                    continue
                if not _wanted(shift.after, None, what, *bounds):
                    continue
                out.append(shift)
        return out

    def echoes(self) -> list[Attributed]:
        """The claims that were copied, each with its copies."""
        return [c for c in self.claims if c.copies]


def _as_positions(rows: Sequence[StoredStatement], people: PeopleIndex, gazetteer: Gazetteer, *,
                  embeddings: bool, embedder: Any, notes: list[str] | None
                  ) -> tuple[list[StoredStatement], set[int], list[Attributed]]:
    """``rows`` with resultative keys read as the keys they state ("keep:border_open" as
    "open:border"), complementary keys met (stance flipped: the indices in the set) and each
    holder's keys worded apart merged, and every row attributed."""
    stated = resultative_names((r.proposition_key, r.object) for r in rows)
    if stated:
        rows = [replace(r, proposition_key=stated[(r.proposition_key, r.object)])
                if (r.proposition_key, r.object) in stated else r for r in rows]
    renamed = complement_names({r.proposition_key for r in rows})
    flipped = {i for i, r in enumerate(rows) if r.proposition_key in renamed}
    rows = [replace(r, proposition_key=renamed[r.proposition_key], stance=flip_stance(r.stance))
            if i in flipped else r for i, r in enumerate(rows)]
    attributed = [attribute(r, people, gazetteer) for r in rows]
    encode = _lazy_encoder(embedder, notes) if embeddings else None
    names = holder_key_names([(a.holder.key, r.proposition_key, r.object, r.proposition_text)
                              for r, a in zip(rows, attributed)], encode=encode,
                             apart=opposed_keys(rows))
    for names in (names, _across_holders(rows, attributed, encode, opposed_keys(rows))):
        if not names:
            continue
        for i, (r, a) in enumerate(zip(rows, attributed)):
            new = names.get((a.holder.key, r.proposition_key))
            if new is not None:
                rows[i] = replace(r, proposition_key=new)
                attributed[i] = replace(a, row=rows[i])
    return rows, flipped, attributed


def _across_holders(rows: Sequence[StoredStatement], attributed: Sequence[Attributed],
                    encode: Any, apart: frozenset[frozenset[str]]) -> dict[tuple[str, str], str]:
    """``(holder key, key) → merged key`` for one speaker's keys worded apart across the holders
    the speaker is read under: a central banker's "We may raise rates" is read as his country's
    ("Japan raises rates") and his "The bank will raise its short-term policy rate" as his own,
    yet the two are one speaker on one thing. Each person who speaks under two or more holders
    has their keys merged by the rule of :func:`~wirecoder.corpus.holderkeys.holder_key_names`
    (one predicate, one object inside the other, cosine >= 0.65), as a holder's are; a merged
    key is renamed for the whole holder it was said under (the key stays one proposition
    there). Only the speakers read under several holders are looked at: linear in the rows."""
    if encode is None:
        return {}
    holders: dict[str, set[str]] = {}
    for a in attributed:
        if a.speaker_key and a.speaker_key.startswith("person:"):
            holders.setdefault(a.speaker_key, set()).add(a.holder.key)
    spanning = {voice for voice, held in holders.items() if len(held) > 1}
    if not spanning:
        return {}
    names = holder_key_names([(a.speaker_key, r.proposition_key, r.object, r.proposition_text)
                              for r, a in zip(rows, attributed) if a.speaker_key in spanning],
                             encode=encode, apart=apart)
    out: dict[tuple[str, str], str] = {}
    for r, a in zip(rows, attributed):
        new = names.get((a.speaker_key, r.proposition_key))  # type: ignore[arg-type]
        if new is not None:
            out.setdefault((a.holder.key, r.proposition_key), new)
    return out


def _lazy_encoder(embedder: Any, notes: list[str] | None):
    """``encode(texts)`` through ``embedder``, or the default embedder made on the first call;
    without a model, zero vectors (no pair reaches the threshold) and a note."""
    from ..errors import ModelError

    held: list[Any] = [embedder]

    def encode(texts: list[str]):
        if held[0] is None:
            try:
                from .embeddings import Embedder

                held[0] = Embedder()
            except ModelError as err:
                held[0] = False
                if notes is not None:
                    notes.append(f"{err}; each holder's keys worded apart stay apart")
        if held[0] is False:
            import numpy as np

            return np.zeros((len(texts), 1), dtype=np.float32)
        return held[0].encode(texts)

    return encode


def _restated(claim: Attributed, day: Sequence[Attributed], known: set[tuple[str, str]]) -> bool:
    """Does the voice of ``claim`` restate, on its ``day``, one of its earlier stances and hedges
    ``known`` of the same stance? Then a weaker or firmer wording beside it that day moves no
    hedge: "will never cede the territory" (absolute, as before) and "it will remain ours"
    (firm) in one story are one position said twice, not a softening."""
    voice = _voice(claim)
    return any(c is not claim and _voice(c) == voice and c.row.stance == claim.row.stance
               and (c.row.stance, c.row.hedge) in known for c in day)


def _voice(claim: Attributed) -> str:
    """Who said it: the speaker across the corpus, else the holder."""
    return claim.speaker_key or claim.holder.key


def fold_retold(rows: Sequence[StoredStatement], copies: dict[int, tuple[int, ...]],
                claim_of: Callable[[int], Attributed]) -> dict[int, tuple[int, ...]]:
    """Echoes (``original → copies``, row indices) widened to the story retold: an article that
    copies a speaker's claim from another (an echo whose copy has the original's speaker) retells
    that speaker's story, so each of its statements by that speaker that the other article also
    carries, same key, stance and hedge, is a copy too, though worded apart (AFP's lead "will
    never withdraw from the shoal", Reuters' "will never abandon the shoal", beside one direct
    quote both carry). Statements already copied stay where they are; a statement that had
    copies brings them along. ``claim_of(i)``: row ``i`` attributed."""
    stories = sorted({
        (rows[i].article_id, rows[j].article_id, _voice(claim_of(i)))
        for i, js in copies.items() for j in js
        if _voice(claim_of(i)) == _voice(claim_of(j)) and not _voice(claim_of(i)).endswith(":?")
    })
    if not stories:
        return copies
    wanted = {a for a, _, _ in stories} | {b for _, b, _ in stories}
    told: dict[tuple[str, str], dict[tuple[str, str, str], list[int]]] = {}
    for i, r in enumerate(rows):
        if r.article_id in wanted:
            claims = told.setdefault((r.article_id, _voice(claim_of(i))), {})
            claims.setdefault((r.proposition_key, r.stance, r.hedge), []).append(i)
    of = {j: i for i, js in copies.items() for j in js}  # copy → its original
    out = {i: list(js) for i, js in copies.items()}
    for a, b, voice in stories:
        ours, theirs = told.get((a, voice), {}), told.get((b, voice), {})
        for claim, retold in theirs.items():
            if claim not in ours:
                continue
            original = ours[claim][0]
            original = of.get(original, original)
            for j in retold:
                if j == original or j in of or rows[j].article_id == rows[original].article_id:
                    continue
                moved = [j, *out.pop(j, [])]
                out.setdefault(original, []).extend(moved)
                of.update((m, original) for m in moved)
    return {i: tuple(sorted(js, key=lambda j: (period_key(rows[j].published),
                                               period_key(rows[j].date), rows[j].source or "", j)))
            for i, js in out.items() if js}


def _claim_order(c: Attributed) -> tuple:
    r = c.row
    return (period_key(r.date), period_key(r.published), r.source or "",
            r.evidence_start if r.evidence_start is not None else -1, r.statement_id)


def _wanted(
    claim: Attributed,
    who: ActorQuery | None,
    what: AboutQuery | None,
    since: Period | None,
    until: Period | None,
) -> bool:
    if who is not None and not who.holds_or_speaks(claim):
        return False
    if since is not None or until is not None:
        period = claim.period
        if period is None or not period.within(since, until):
            return False
    if what is not None and not what.matches(
        (claim.row.proposition_text, claim.row.proposition_key)
    ):
        return False
    return True


def voice_positions(claims: Iterable[Attributed]) -> list[Position]:
    """One person's claims on one key across the holders they are read under, for each person
    read under two or more holders on that key: a minister's "Germany will never loosen the
    debt brake" is held by Germany, his "the conservatives will back a reform" by himself,
    and his move from one to the other is his shift (:meth:`Corpus.shifts` looks for shifts
    here too, keeping those whose two sides have different holders). The position's holder is
    the person. Linear in the claims."""
    groups: dict[tuple[str, str], list[Attributed]] = {}
    for claim in claims:
        voice = claim.speaker_key
        if voice and voice.startswith("person:"):
            groups.setdefault((voice, claim.row.proposition_key), []).append(claim)
    out = []
    for (voice, key), members in groups.items():
        if len({c.holder.key for c in members}) < 2:
            continue
        own = next((c.holder for c in members if c.holder.key == voice), None)
        holder = own or Holder(voice, members[0].speaker or voice, "person", None)
        out.append(Position(holder, key, tuple(sorted(members, key=_claim_order))))
    return out


def _rolled_up(holder: Holder, gazetteer: Gazetteer) -> Holder:
    if holder.kind == "person" and holder.country:
        name = gazetteer.country_name(holder.country) or holder.country
        return Holder(f"country:{holder.country}", name, "country", holder.country)
    return holder


def group_positions(
    claims: Iterable[Attributed], *, by: GroupBy = "holder", gazetteer: Gazetteer
) -> list[Position]:
    """Claims grouped into positions by (holder, key), or (holder's country, key)."""
    groups: dict[tuple[str, str], list[Attributed]] = {}
    holders: dict[str, Holder] = {}
    for claim in claims:
        holder = _rolled_up(claim.holder, gazetteer) if by == "country" else claim.holder
        holders.setdefault(holder.key, holder)
        groups.setdefault((holder.key, claim.row.proposition_key), []).append(claim)
    positions = [
        Position(holders[h], key, tuple(sorted(members, key=_claim_order)))
        for (h, key), members in groups.items()
    ]
    positions.sort(key=lambda p: (fold(p.holder.name), period_key(p.first), p.key))
    return positions
