"""Boilerplate lines: labels, prompts and link lists go; sentences that hold their words stay."""

from __future__ import annotations

import pytest

from wirecoder.readers.boilerplate import drop_boilerplate, is_boilerplate_line


@pytest.mark.parametrize("line", [
    "Read more about the plan on the council website, the clerk said.",
    "Share this view or not, the minister said, the decision stands.",
    "Related talks will resume in Geneva next week.",
    "Top stories in the local press focused on the strike.",
    "Sign up for our newsletter, the campaign urged its supporters in an email on Monday.",
    "Comments made by the minister on Friday drew criticism.",
    "Watch: the minister's full statement is below.",
    "“Read more,” she told the students.",
])
def test_sentences_that_contain_boilerplate_words_are_kept(line):
    assert not is_boilerplate_line(line)
    text = f"The council met on Monday.\n{line}\nThe vote is due in May."
    assert drop_boilerplate(text) == text


@pytest.mark.parametrize("line", [
    "Top stories", "SEE MORE", "Read more", "Read more »", "READ MORE: Port strike ends after talks",
    "Related:", "Related Stories", "Share this article", "Sign up for our newsletter",
    "Subscribe to our daily newsletter", "Leave a comment", "Join the conversation", "Advertisement",
])
def test_labels_and_prompts_are_boilerplate(line):
    assert is_boilerplate_line(line)


def test_a_headline_list_goes_but_single_subheads_and_short_lists_stay():
    links = "Harbour Bridge Repairs To Start\nSchools Face Cuts As Gap Widens\nRail Link Approved By Board"
    body = "The council met on Monday.\nThe Budget Fight\nThe vote is due in May."
    assert drop_boilerplate(f"{body}\n{links}") == body
    two = "Harbour Bridge Repairs To Start\nSchools Face Cuts As Gap Widens"
    assert drop_boilerplate(f"{body}\n{two}") == f"{body}\n{two}"
    # sentences in a run are never part of a link list
    sentences = "The mayor resigned.\nThe deputy took over.\nThe vote is due in May."
    assert drop_boilerplate(sentences) == sentences
