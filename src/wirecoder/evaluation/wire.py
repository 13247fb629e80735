"""Scoring every layer of an analysis against wire gold, by the matching rules of the wire data
set's README (``../shared/data/wire_dev/README.md``), which the held-out measurement uses.

Predictions are analyses in their JSON form (DESIGN.md). Tokens are ``\\w+`` runs, lower-cased
with accents folded (:func:`fold_tokens`).

- **published**, **outlet**: equal to the gold value (null included); **dateline**: both null,
  or the same place and agency (case folded); *dateline text*: also the same text (spaces
  folded), the whole opening formula with its dash.
- **quotes**: one-to-one, greedily by content token F1, pairs from 0.5 (the quote scorer's
  :func:`~wirecoder.evaluation.scoring.match_overlap`, on folded text); P/R/F1 over the pairs;
  kind accuracy and speaker-mention accuracy (any token shared) over the pairs. Split quotes are
  separate entries in this gold, so predictions are not merged by cue.
- **speakers**: :func:`same_name`; *end to end* = gold quotes with a speaker whose quote was
  paired and whose predicted name matches, over all gold quotes with a speaker; the same with
  :func:`same_name_loose` (each condition of the rule alone suffices). Also: the same
  over paired quotes only, and anonymous gold quotes (null speaker) left null.
- **times**: predictions of type DATE (wirecoder types durations and sets apart; the gold
  excludes them), paired like quotes on their text; value accuracy over pairs with a gold value.
- **entities**: recall of gold names (a predicted entity whose name matches by
  :func:`same_name`; the best is one with equal tokens), country accuracy over those found
  whose gold country is not null (international organisations have none; the held-out
  figure counts them out too), type accuracy over those found (CITY left out: wirecoder has
  no CITY type), and recall of capitals used as governments: a
  predicted entity with the gold country has a mention overlapping the metonym.
- **statements**: a gold statement counts when its quote was paired and a predicted statement
  of that quote has the same stance and a matching proposition (:func:`same_proposition`),
  one-to-one; precision over all predicted statements. Stance and hedge accuracy are over the
  pairs whose propositions match, stance aside (with the stance required, stance accuracy would
  be 1 by construction).
- **events**: a gold event counts when a predicted event has its category, evidence of token F1
  > 0.3 with the gold text and an actor of the gold actor country (and, as a figure, the share
  of predicted events that are not spurious events inside a gold quote's content, overlapping no
  gold event's text); a predicted event is right
  when it satisfies some gold event (two-recipient events share a text): tp = gold found,
  fp = predictions that satisfy none, fn = gold not found; per category too.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields
from typing import Any, Iterable, Mapping, Sequence

from .scoring import Counts, EvalQuote, Ratio, match_overlap, normalize_name, token_f1, tokens
from .wire_gold import WireArticle

__all__ = [
    "LAYERS",
    "Miss",
    "WireScores",
    "content_words",
    "expected_shift_kind",
    "fold_tokens",
    "pair_texts",
    "same_name",
    "same_name_loose",
    "same_proposition",
    "score_article",
    "score_articles",
]

LAYERS = ("published", "dateline", "quotes", "speakers", "times", "entities", "statements",
          "events", "threads")
EVENT_THRESHOLD = 0.3  # evidence token F1 above this


def fold_tokens(text: str | None) -> list[str]:
    """``\\w+`` tokens, lower-cased, accents folded."""
    return tokens(normalize_name(text or ""))


def _folded_f1(a: str, b: str) -> float:
    return token_f1(normalize_name(a), normalize_name(b))


def pair_texts(gold: Sequence[str], predicted: Sequence[str]) -> dict[int, int]:
    """gold index → predicted index: one-to-one, greedily by token F1 (accents folded), ≥ 0.5."""
    g = [EvalQuote("direct", normalize_name(t)) for t in gold]
    p = [EvalQuote("direct", normalize_name(t)) for t in predicted]
    return {m.gold: m.predicted for m in match_overlap(g, p)}


def same_name(predicted: str | None, gold: str | None) -> bool:
    """The README's name rule: equal tokens; or the same last token and the prediction is one
    token (a surname), starts with the gold's first token, or is a contiguous tail of the gold
    ("Foreign Ministry" for "Serbian Foreign Ministry")."""
    p, g = fold_tokens(predicted), fold_tokens(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    return p[-1] == g[-1] and (len(p) == 1 or p[0] == g[0] or g[-len(p):] == p)


def same_name_loose(predicted: str | None, gold: str | None) -> bool:
    """The looser reading of the README's name rule, where each condition alone suffices: equal
    tokens; or a one-token prediction equal to the gold's last token (a surname); or the same
    first token (without the last); or the prediction a contiguous tail of the gold. The
    held-out measurement may read the rule this way; :func:`same_name` is the strict reading
    the other figures use."""
    p, g = fold_tokens(predicted), fold_tokens(gold)
    if not p or not g:
        return False
    return p == g or (len(p) == 1 and p[-1] == g[-1]) or p[0] == g[0] or g[-len(p):] == p


# Function words dropped before propositions are compared.
_FUNCTION_WORDS = frozenset("""
a an the this that these those its it their his her our your my s of to in on at by for from
with without into onto over under about against between among through during before after
and or but nor not no as than so if then also too very its itself them they he she we you i
is are was were be been being will would shall should can could may might must do does did
has have had up out off any some all each every other such own same more most""".split())
_SUFFIXES = ("ies", "ing", "ed", "es", "s")


def _stem(word: str) -> str:
    """A crude stem: one common suffix off, then final e's ("imposes", "imposed", "impose";
    "nominees", "nominee")."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    while word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def content_words(text: str | None) -> list[str]:
    """The stems of the content words of ``text``, in order."""
    return [_stem(w) for w in fold_tokens(text)
            if w not in _FUNCTION_WORDS and (not w.isdigit() or len(w) == 4)]  # years count


def same_proposition(predicted: str | None, gold: str) -> bool:
    """Content-word F1 ≥ 0.5 and the gold's last content word present in the prediction."""
    p, g = content_words(predicted), content_words(gold)
    if not p or not g or g[-1] not in p:
        return False
    common = sum((Counter(p) & Counter(g)).values())
    return 2 * common / (len(p) + len(g)) >= 0.5


_HEDGE_STRENGTH = {"absolute": 4, "firm": 3, "conditional": 2, "uncertain": 1}


def expected_shift_kind(before: str, after: str) -> str | None:
    """The shift from ``stance/hedge`` to ``stance/hedge``, by the rule of
    :func:`wirecoder.corpus.positions.shift_kind`."""
    from ..corpus.positions import shift_kind

    @dataclass(frozen=True)
    class Side:
        stance: str
        hedge: str

    return shift_kind(Side(*before.split("/", 1)), Side(*after.split("/", 1)))  # type: ignore[arg-type]


# ------------------------------------------------------------------------------ records


@dataclass(frozen=True, slots=True)
class Miss:
    """One missed or wrong item: ``gold`` and ``predicted`` as text (None: absent)."""

    layer: str
    article: str
    what: str
    gold: str | None
    predicted: str | None
    context: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(Miss)}


@dataclass(frozen=True, slots=True)
class WireScores:
    """Every layer's figures over one or more articles; add them up with ``+``."""

    articles: int = 0
    published: Ratio = Ratio()
    outlet: Ratio = Ratio()
    dateline: Ratio = Ratio()
    dateline_text: Ratio = Ratio()
    quotes: Counts = Counts()
    quote_kind: Ratio = Ratio()
    speaker_mention: Ratio = Ratio()
    speaker_end_to_end: Ratio = Ratio()
    speaker_end_to_end_loose: Ratio = Ratio()
    speaker_found: Ratio = Ratio()
    anonymous_null: Ratio = Ratio()
    times: Counts = Counts()
    time_value: Ratio = Ratio()
    entity_recall: Ratio = Ratio()
    entity_country: Ratio = Ratio()
    entity_type: Ratio = Ratio()
    metonym_recall: Ratio = Ratio()
    statements: Counts = Counts()
    statement_stance: Ratio = Ratio()
    statement_hedge: Ratio = Ratio()
    events: Counts = Counts()
    events_clear_of_quotes: Ratio = Ratio()
    events_by_category: tuple[tuple[str, Counts], ...] = ()

    def __add__(self, other: WireScores) -> WireScores:
        values = {}
        for f in fields(WireScores):
            a, b = getattr(self, f.name), getattr(other, f.name)
            if f.name == "events_by_category":
                merged: dict[str, Counts] = dict(a)
                for cat, c in b:
                    merged[cat] = merged.get(cat, Counts()) + c
                values[f.name] = tuple(sorted(merged.items()))
            else:
                values[f.name] = a + b
        return WireScores(**values)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(WireScores):
            value = getattr(self, f.name)
            if f.name == "events_by_category":
                out[f.name] = {cat: c.to_dict() for cat, c in value}
            else:
                out[f.name] = value if isinstance(value, int) else value.to_dict()
        return out


@dataclass(frozen=True, slots=True)
class ArticleResult:
    scores: WireScores
    misses: tuple[Miss, ...] = ()


# ------------------------------------------------------------------------------ layers


def _clip(text: str | None, width: int = 160) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _span_text(span: Mapping[str, Any] | None) -> str | None:
    return span.get("text") if span else None


def _document(gold: WireArticle, predicted: Mapping[str, Any]) -> tuple[dict, list[Miss]]:
    art = predicted.get("article") or {}
    misses = []
    published = Ratio(int(art.get("published") == gold.published), 1)
    outlet = Ratio(int(art.get("outlet") == gold.outlet), 1)
    dl = art.get("dateline")
    g = gold.dateline
    if g is None or dl is None:
        right = exact = g is None and dl is None
    else:
        right = ((dl.get("place") or "").casefold() == (g.place or "").casefold()
                 and (dl.get("agency") or "").casefold() == (g.agency or "").casefold())
        exact = " ".join((dl.get("text") or "").split()) == " ".join(g.text.split())
    if not published.correct:
        misses.append(Miss("published", gold.name, "published", gold.published, art.get("published")))
    if not outlet.correct:
        misses.append(Miss("dateline", gold.name, "outlet", gold.outlet, art.get("outlet")))
    if not (right and exact):
        misses.append(Miss("dateline", gold.name, "dateline" if not right else "dateline text",
                           f"{g.text!r} place {g.place} agency {g.agency}" if g else None,
                           f"{dl.get('text')!r} place {dl.get('place')} agency {dl.get('agency')}"
                           if dl else None))
    return {"published": published, "outlet": outlet, "dateline": Ratio(int(right), 1),
            "dateline_text": Ratio(int(exact), 1)}, misses


def _quotes(gold: WireArticle, predicted: Sequence[Mapping[str, Any]]) -> tuple[dict, list[Miss], dict[int, int]]:
    pairs = pair_texts([q.content for q in gold.quotes],
                       [_span_text(p.get("content")) or "" for p in predicted])
    misses: list[Miss] = []
    kind = mention = end_to_end = loose = found = anonymous = Ratio()
    for i, g in enumerate(gold.quotes):
        j = pairs.get(i)
        p = predicted[j] if j is not None else None
        speaker = (p or {}).get("speaker") or {}
        name = speaker.get("name")
        p_mention = _span_text(speaker.get("mention"))
        if p is None:
            misses.append(Miss("quotes", gold.name, f"missed {g.kind} quote", _clip(g.content), None,
                               f"cue {g.cue!r}, speaker {g.speaker!r}"))
        else:
            kind += Ratio(int(p.get("kind") == g.kind), 1)
            if p.get("kind") != g.kind:
                misses.append(Miss("quotes", gold.name, "kind", g.kind, p.get("kind"), _clip(g.content, 90)))
            if g.speaker_mention is not None:
                right = bool(set(fold_tokens(g.speaker_mention)) & set(fold_tokens(p_mention)))
                mention += Ratio(int(right), 1)
                if not right:
                    misses.append(Miss("quotes", gold.name, "speaker mention", g.speaker_mention,
                                       p_mention, _clip(g.content, 90)))
        if g.speaker is None:
            if p is not None:
                anonymous += Ratio(int(name is None), 1)
                if name is not None:
                    misses.append(Miss("speakers", gold.name, "anonymous given a name", None, name,
                                       f"mention {g.speaker_mention!r} | {_clip(g.content, 90)}"))
            continue
        right = p is not None and same_name(name, g.speaker)
        end_to_end += Ratio(int(right), 1)
        loose += Ratio(int(p is not None and same_name_loose(name, g.speaker)), 1)
        if p is not None:
            found += Ratio(int(right), 1)
        if not right:
            what = "quote missed" if p is None else "wrong speaker"
            misses.append(Miss("speakers", gold.name, what, g.speaker, name,
                               f"mention {g.speaker_mention!r}→{p_mention!r} | {_clip(g.content, 90)}"))
    matched = set(pairs.values())
    for j, p in enumerate(predicted):
        if j not in matched:
            misses.append(Miss("quotes", gold.name, f"spurious {p.get('kind')} quote", None,
                               _clip(_span_text(p.get("content"))),
                               f"speaker {((p.get('speaker') or {}).get('name'))!r}"))
    counts = Counts(len(pairs), len(predicted) - len(pairs), len(gold.quotes) - len(pairs))
    return ({"quotes": counts, "quote_kind": kind, "speaker_mention": mention,
             "speaker_end_to_end": end_to_end, "speaker_end_to_end_loose": loose,
             "speaker_found": found,
             "anonymous_null": anonymous}, misses, pairs)


def _times(gold: WireArticle, predicted: Sequence[Mapping[str, Any]]) -> tuple[dict, list[Miss]]:
    dates = [t for t in predicted if t.get("type", "DATE") == "DATE"]
    pairs = pair_texts([t.text for t in gold.times], [t.get("text") or "" for t in dates])
    misses, value = [], Ratio()
    for i, g in enumerate(gold.times):
        j = pairs.get(i)
        if j is None:
            misses.append(Miss("times", gold.name, "missed time", g.text, None, f"value {g.value}"))
            continue
        if g.value is not None:
            right = dates[j].get("value") == g.value
            value += Ratio(int(right), 1)
            if not right:
                misses.append(Miss("times", gold.name, "wrong value", f"{g.text} = {g.value}",
                                   f"{dates[j].get('text')} = {dates[j].get('value')}"))
    matched = set(pairs.values())
    for j, t in enumerate(dates):
        if j not in matched:
            misses.append(Miss("times", gold.name, "spurious time", None, t.get("text"),
                               f"value {t.get('value')}"))
    return {"times": Counts(len(pairs), len(dates) - len(pairs), len(gold.times) - len(pairs)),
            "time_value": value}, misses


def _entities(gold: WireArticle, predicted: Sequence[Mapping[str, Any]]) -> tuple[dict, list[Miss]]:
    misses = []
    recall = country = type_ = metonyms = Ratio()
    for g in gold.entities:
        candidates = [p for p in predicted if same_name(p.get("name"), g.name)]
        exact = [p for p in candidates if fold_tokens(p.get("name")) == fold_tokens(g.name)]
        best = (exact or candidates or [None])[0]
        recall += Ratio(int(best is not None), 1)
        if best is None:
            misses.append(Miss("entities", gold.name, f"missed {g.type}", g.name, None,
                               f"country {g.country}"))
        else:
            right = best.get("country") == g.country
            if g.country is not None:
                country += Ratio(int(right), 1)
            if not right and g.country is not None:
                misses.append(Miss("entities", gold.name, "wrong country", f"{g.name}: {g.country}",
                                   f"{best.get('name')}: {best.get('country')}"))
            if g.type != "CITY":
                type_ += Ratio(int(best.get("type") == g.type), 1)
                if best.get("type") != g.type:
                    misses.append(Miss("entities", gold.name, "wrong type", f"{g.name}: {g.type}",
                                       f"{best.get('name')}: {best.get('type')}"))
        for start, end in g.metonyms:
            right = any(
                p.get("country") == g.country and p.get("type") in ("COUNTRY", "ORG")
                and any(m["start"] < end and start < m["end"] for m in p.get("mentions", ()))
                for p in predicted
            )
            metonyms += Ratio(int(right), 1)
            if not right:
                misses.append(Miss("entities", gold.name, "metonym not read as its government",
                                   f"{gold.text[start:end]} @{start} = {g.name} ({g.country})", None))
    return {"entity_recall": recall, "entity_country": country, "entity_type": type_,
            "metonym_recall": metonyms}, misses


def _statements(gold: WireArticle, quotes: Sequence[Mapping[str, Any]],
                predicted: Sequence[Mapping[str, Any]], pairs: Mapping[int, int]) -> tuple[dict, list[Miss]]:
    by_quote: dict[str, list[int]] = {}
    for k, s in enumerate(predicted):
        by_quote.setdefault(s.get("quote"), []).append(k)
    used: set[int] = set()
    tp = 0
    stance = hedge = Ratio()
    misses = []

    def text(k: int) -> str | None:
        return (predicted[k].get("proposition") or {}).get("text")

    for g in gold.statements:
        j = pairs.get(g.quote)
        own = by_quote.get(quotes[j].get("id"), []) if j is not None else []
        props = [k for k in own if same_proposition(text(k), g.proposition)]
        full = [k for k in props if predicted[k].get("stance") == g.stance and k not in used]
        if props:
            k0 = (full or props)[0]
            stance += Ratio(int(predicted[k0].get("stance") == g.stance), 1)
            hedge += Ratio(int(predicted[k0].get("hedge") == g.hedge), 1)
            if predicted[k0].get("hedge") != g.hedge or predicted[k0].get("stance") != g.stance:
                misses.append(Miss("statements", gold.name, "wrong stance/hedge",
                                   f"{g.proposition} [{g.stance}/{g.hedge}]",
                                   f"{text(k0)} [{predicted[k0].get('stance')}/{predicted[k0].get('hedge')}]"))
        if full:
            used.add(full[0])
            tp += 1
            continue
        if not props:
            said = "; ".join(f"{text(k)} [{predicted[k].get('stance')}]" for k in own) or None
            misses.append(Miss("statements", gold.name,
                               "quote missed" if j is None else "no matching proposition",
                               f"{g.holder}: {g.proposition} [{g.stance}/{g.hedge}]", said,
                               _clip(gold.quotes[g.quote].content, 90)))
    for k, s in enumerate(predicted):
        if k not in used:
            misses.append(Miss("statements", gold.name, "spurious statement", None,
                               f"{(s.get('holder') or {}).get('name')}: {text(k)} "
                               f"[{s.get('stance')}/{s.get('hedge')}]"))
    return {"statements": Counts(tp, len(predicted) - tp, len(gold.statements) - tp),
            "statement_stance": stance, "statement_hedge": hedge}, misses


def _quote_zones(gold: WireArticle) -> list[tuple[int, int]]:
    """Character ranges of the gold quotes' contents in the article text (each content found
    from the end of the previous one)."""
    out = []
    pos = 0
    for q in gold.quotes:
        k = gold.text.find(q.content, pos)
        if k < 0:
            k = gold.text.find(q.content)
        if k >= 0:
            out.append((k, k + len(q.content)))
            pos = k
    return out


def _events(gold: WireArticle, predicted: Sequence[Mapping[str, Any]]) -> tuple[dict, list[Miss]]:
    def fits(g, p) -> bool:
        return (p.get("category") == g.category
                and _folded_f1(g.text, _span_text(p.get("evidence")) or "") > EVENT_THRESHOLD
                and any(a.get("country") == g.actor_country for a in p.get("actors") or ()))

    right: set[int] = set()
    per: dict[str, list[int]] = {}
    misses = []
    for g in gold.events:
        hits = [k for k, p in enumerate(predicted) if fits(g, p)]
        right.update(hits)
        c = per.setdefault(g.category, [0, 0, 0])
        if hits:
            c[0] += 1
        else:
            c[2] += 1
            misses.append(Miss("events", gold.name, f"missed {g.category}", _clip(g.text, 120), None,
                               f"{g.actor_country}→{g.recipient_country}"))
    for k, p in enumerate(predicted):
        if k not in right:
            per.setdefault(p.get("category"), [0, 0, 0])[1] += 1
            misses.append(Miss("events", gold.name, f"spurious {p.get('category')}", None,
                               _clip(_span_text(p.get("evidence")), 120)))
    found = sum(c[0] for c in per.values())
    zones = _quote_zones(gold)
    inside = 0
    for k, p in enumerate(predicted):
        start = (p.get("evidence") or {}).get("start")
        text = _span_text(p.get("evidence")) or ""
        if (k not in right and start is not None and any(a <= start < b for a, b in zones)
                and not any(_folded_f1(g.text, text) > EVENT_THRESHOLD for g in gold.events)):
            inside += 1
            misses.append(Miss("events", gold.name, f"{p.get('category')} inside a quote", None,
                               _clip(_span_text(p.get("evidence")), 120)))
    return {"events": Counts(found, len(predicted) - len(right), len(gold.events) - found),
            "events_clear_of_quotes": Ratio(len(predicted) - inside, len(predicted)),
            "events_by_category": tuple(sorted((cat, Counts(*c)) for cat, c in per.items()))}, misses


def score_article(gold: WireArticle, analysis: Mapping[str, Any]) -> ArticleResult:
    """Every layer of one analysis (JSON form) against its gold."""
    values: dict[str, Any] = {"articles": 1}
    misses: list[Miss] = []
    quotes = analysis.get("quotes") or []
    for part in (
        _document(gold, analysis),
        _times(gold, analysis.get("times") or []),
        _entities(gold, analysis.get("entities") or []),
        _events(gold, analysis.get("events") or []),
    ):
        values.update(part[0])
        misses.extend(part[1])
    quote_values, quote_misses, pairs = _quotes(gold, quotes)
    values.update(quote_values)
    misses.extend(quote_misses)
    statement_values, statement_misses = _statements(gold, quotes, analysis.get("statements") or [], pairs)
    values.update(statement_values)
    misses.extend(statement_misses)
    return ArticleResult(WireScores(**values), tuple(misses))


def score_articles(articles: Iterable[WireArticle],
                   analyses: Mapping[str, Mapping[str, Any]]) -> tuple[WireScores, tuple[Miss, ...]]:
    """The summed scores and all misses over ``articles`` (``analyses`` by article name)."""
    total = WireScores()
    misses: list[Miss] = []
    for gold in articles:
        result = score_article(gold, analyses[gold.name])
        total += result.scores
        misses.extend(result.misses)
    return total, tuple(misses)
