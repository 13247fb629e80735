"""``eval wire --misses`` on threads says why a thread is wrong: which positions (holder, key)
the holder's claims fall into, and which articles hold no statement of the holder on it."""

from __future__ import annotations

import pytest

from wirecoder.article import Article
from wirecoder.evaluation.wire_gold import GoldThread, ThreadEntry
from wirecoder.evaluation.wire_threads import check_threads
from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.records import Analysis, Entity, Quote, Speaker, Statement
from wirecoder.spans import span_at


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def story(name: str, published: str, stance: str, key: str, proposition: str,
          words: str) -> Analysis:
    """Lena Ostrova says ``words``; the statement is ``proposition`` keyed ``key``."""
    lead = f"Story {name}. "
    text = f"{lead}Lena Ostrova said {words}."
    person = span_at(text, len(lead), len(lead) + 11)
    content = span_at(text, text.index(words), text.index(words) + len(words))
    article = Article(text=text, source=f"/stories/{name}.txt", published=published,
                      outlet="Reuters")
    entity = Entity("e1", "PERSON", "Lena Ostrova", None, None, (person,))
    quote = Quote("q1", "indirect", content, span_at(text, person.end + 1, person.end + 5),
                  Speaker(person, "e1", "Lena Ostrova"), date=published)
    statement = Statement("s1", "q1", "e1", "Lena Ostrova", proposition, key, stance, "firm",
                          evidence=content, date=published)
    return Analysis(article, (entity,), (quote,), (), (statement,))


def gold(*entries: tuple[str, str]) -> GoldThread:
    return GoldThread("Lena Ostrova", "Latvia raises the excise on fuel",
                      tuple(ThreadEntry(a, None, s, "firm") for a, s in entries),
                      ("702", "favor/firm", "against/firm"), None)


def test_claims_split_over_two_keys_are_named_with_their_articles(gaz):
    # the second story's key says the fuel excise in other words: two positions, no reversal
    analyses = [story("701", "2025-02-01", "favor", "raise_excise:fuel",
                      "Latvia raises the excise on fuel", "Latvia would raise the excise on fuel"),
                story("702", "2025-06-01", "against", "lift_duty:petrol",
                      "Latvia raises the excise on fuel", "Latvia would not raise it")]
    (result,) = check_threads([gold(("701", "favor"), ("702", "against"))], analyses,
                              gazetteer=gaz, merge_keys=False).results
    assert not result.shift_right
    assert result.why == ("claims in 2 positions: person:lena ostrova raise_excise:fuel in 701; "
                          "person:lena ostrova lift_duty:petrol in 702; no reversal found")
    (miss,) = check_threads([gold(("701", "favor"), ("702", "against"))], analyses,
                            gazetteer=gaz, merge_keys=False).misses()
    assert miss.context.endswith(result.why) and "key raise_excise:fuel" in miss.predicted


def test_an_article_without_a_statement_on_it_is_named(gaz):
    analyses = [story("701", "2025-02-01", "favor", "raise_excise:fuel",
                      "Latvia raises the excise on fuel", "Latvia would raise the excise on fuel"),
                story("702", "2025-06-01", "against", "join:NATO", "Latvia leaves NATO",
                      "Latvia would not leave NATO")]
    (result,) = check_threads([gold(("701", "favor"), ("702", "against"))], analyses,
                              gazetteer=gaz, merge_keys=False).results
    assert result.why == ("claims in one position: person:lena ostrova raise_excise:fuel in 701; "
                          "no reversal found; no statement of the holder on the proposition in 702")
