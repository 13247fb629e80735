"""Objects read as the actors they name (issue 11): a person by their full name without the
titles before it, "the Argentine authorities" as the country, a capital the tagger took for a
person as its country. Sentences written for these tests; the whole pipeline runs."""

from __future__ import annotations

from wirecoder.analysis import analyze


def _texts(text):
    return [s.proposition_text for s in analyze(text).statements]


def test_a_person_object_reads_by_full_name_without_titles():
    texts = _texts("“We will not extradite Peruvian banker Tomas Ibarguen to Peru,” Chilean Justice Minister "
                   "Jaime Gajardo said.")
    assert "Chile extradites Tomas Ibarguen to Peru" in texts, texts


def test_a_surname_with_an_honorific_reads_as_the_full_name():
    texts = _texts("Peruvian banker Tomas Ibarguen fled to Santiago in May. “Chile will now hand Mr Ibarguen "
                   "over to the Peruvian authorities,” Chilean Justice Minister Jaime Gajardo said.")
    assert "Chile hands over Tomas Ibarguen to Peru" in texts, texts


def test_a_capital_tagged_as_a_person_reads_as_its_country_when_acted_on():
    texts = _texts("Spain will not extradite Argentine businessman Ramiro Castell to Buenos Aires, Spanish "
                   "Justice Minister Lucia Ferrer said.")
    assert "Spain extradites Ramiro Castell to Argentina" in texts, texts
