"""People in general news copy: roles and countries, each defect on text written for it, through
the whole pipeline."""

from __future__ import annotations

from wirecoder import Article, analyze


def people(text: str) -> dict[str, tuple[str | None, str | None, list[str]]]:
    """name → (country, role, mentions) of each person."""
    result = analyze(Article(text=text)).to_dict()
    return {e["name"]: (e["country"], e["role"], [m["text"] for m in e["mentions"]])
            for e in result["entities"] if e["type"] == "PERSON"}


def test_a_role_noun_before_the_only_person_named_is_not_that_persons_role():
    text = ("Norway will extend its fishing quota for another year, the minister said on Tuesday.\n\n"
            "In Denmark, whose boats also fish the area, the trawler owner Soren Kjaersgaard said "
            "the decision came too late.")
    country, role, mentions = people(text)["Soren Kjaersgaard"]
    assert role is None
    assert "the minister" not in mentions


def test_a_role_noun_still_goes_to_a_later_person_whose_title_says_it():
    text = ("The quota will be extended for another year, the minister said on Tuesday.\n\n"
            "Fisheries Minister Ingrid Haugland said the decision followed talks with Denmark.")
    country, role, mentions = people(text)["Ingrid Haugland"]
    assert role is not None and role.endswith("Minister")
    assert "the minister" in mentions
