"""Boilerplate lines that page extraction leaves in: dropped from an article's text at read time.

trafilatura removes menus and footers, but keeps some lines that sit inside the article's markup:
section labels ("Top stories", "SEE MORE", "Related:"), prompts ("Share this", "Sign up for our
newsletter", "Leave a comment"), "Read more: <another headline>" links, and lists of links to other
stories (runs of short title-case lines). They are not the article, and analysed they yield fake
quotes and subjects. :func:`drop_boilerplate` removes them from the text itself, before any offset
is taken, so that no record can ever point into them (the text wirecoder stores and analyses is
the page's article without those lines).

Page furniture that sits inside the article's markup goes the same way: a publication-time
line ("Published February 24, 2025 at 11:08 am | Updated ...", "Wed 29 Jan 2025 at 07:00": only
date and time words, a digit, and labels such as Published/Updated/Posted), a byline ("By NAME and
NAME", "Written by NAME"), a production credit or trailer ("(Reporting by ...; Editing by ...)",
"With files from ...", "Our Standards: ..."), a reporter's contact line ("Reach NAME at
name@site or on X @name"), a line with no letter at all (a gallery counter "1 / 2", a lone
timestamp), the headline that follows a bare "Read more" / "Related" label on its own line, and
a line that repeats another line's words (a pull quote: the quote would be found twice).
Left in, a timestamp line before "BRUSSELS (Reuters) -" hides the wire dateline (and the agency
as the outlet), and credits give names that are no speakers. So does an opinion page's disclaimer
("The views expressed in this article are the author's own"), a photo credit line, an update or
correction note (whose "An earlier version of this article said ..." would be a quote), a
copyright trailer, a paywall prompt or a newsletter pitch, a live blog's summary box (a
"Key points" label and the bullets under it, which restate the posts), and, in an English
article, a line in another language: the English edition of a German or French site keeps its
own labels and notices ("Lesen Sie auch: ...", "Die Kommentarfunktion ist ... geschlossen"),
recognised by their function words (:func:`~wirecoder.readers.language.reads_as_other_language`);
the commonest of those labels are labels here too, a count after a label ("Comments (3)",
"Kommentare (24)") included.

Conservative by construction: a line goes only when it is, as a whole, one of those labels or
prompts (its words and nothing else), a label followed by a colon and a headline, one of three
or more consecutive headline-like lines (2 to 16 words, most of them capitalised, no sentence
punctuation at the end), or one of the furniture lines above, each recognised by its whole shape
(only date words; only capitalised names after "By"; a credit phrase followed by names). A
sentence that merely contains "read more about", "share this", "reporting by" or a date stays.
"""

from __future__ import annotations

import re
from typing import Final

from .language import guess_language, reads_as_other_language

__all__ = ["AD_LABELS", "drop_boilerplate", "is_boilerplate_line", "is_furniture_line",
           "repeated_lines"]

# Whole-line labels and prompts, lower case, without end punctuation or arrows.
_LABELS: Final = frozenset(
    label.strip() for label in """
    top stories|top story|more stories|more top stories|latest stories|latest news|most read|most popular
    |most viewed|trending|trending now|related|related stories|related articles|related content
    |related coverage|related topics|related news|related links|see more|see also|read more|read next
    |read more stories|more on this story|more on this|recommended|recommended stories|you may also like
    |you might also like|editor's picks|editors' picks|must read|must reads|watch|watch now|listen
    |listen to this article|advertisement|advertising|sponsored|sponsored content|share|share this
    |share this article|share this story|share on facebook|share on twitter|share on x|share via email
    |copy link|link copied|print|email|sign up|subscribe|subscribe now|sign up for our newsletter
    |sign up to our newsletter|subscribe to our newsletter|get our newsletter|newsletter|comments
    |comment|leave a comment|add a comment|post a comment|join the conversation|view comments
    |show comments|load comments|comments are closed|follow us|follow us on twitter|back to top|also read|read also
    |skip advert|continue reading|click here|keep reading|show more|load more|next article
    |previous article|story continues below|story continues below advertisement|article continues below
    |scroll to continue|image|photo|video|getty images|file photo|license this article
    |license this content|reprints|reprints and permissions|reprints & permissions|buy this photo
    |republish this article|report an error|report a correction|report a typo|suggest a correction
    |load more updates|show new updates|show latest updates|see all updates
    |anzeige|werbung|lesen sie auch|lesen sie mehr|mehr zum thema|mehr dazu|teilen|artikel teilen
    |kommentare|kommentar|publicité|lire aussi|à lire aussi|a lire aussi|partager|commentaires
    |sur le même sujet|publicidad|lee también|leer más|compartir|comentarios|pubblicità
    |leggi anche|condividi|commenti|advertentie|lees ook|lees meer|delen|reacties|publicidade
    |leia também|leia mais|compartilhar|comentários
    |gift this article|gift article|share full article|save article|get the app|download the app
    |download our app|tags|topics|story continues|like this: like loading|like loading
    |advertisement - scroll to continue|advertisement - story continues below
    """.split("|")
)
#: Labels of advertising slots: an element with only this text is dropped from the page even
#: inside a paragraph, where a line-level rule cannot see it.
AD_LABELS: Final = frozenset(
    "advertisement|advertising|sponsored|sponsored content|story continues below"
    "|story continues below advertisement|article continues below|article continues below advert"
    "|scroll to continue|scroll to continue with content|skip advert|ad".split("|")
)
# A label, a colon and the headline of another story ("Read more: Port strike ends").
_LABEL_LINK: Final = re.compile(
    r"(?:read more|read next|related|see also|see more|more|also read|watch|listen|must read"
    r"|recommended|latest|top stories|more on this story|lesen sie auch|lesen sie mehr"
    r"|mehr zum thema|lire aussi|à lire aussi|a lire aussi|lee también|leer más|leggi anche"
    r"|lees ook|leia também|leia mais)\s*[:|»›>]\s*\S",
    re.IGNORECASE,
)
# A label's count ("Comments (3)", "Kommentare (24)"), set aside when the label is compared.
_COUNT: Final = re.compile(r"\s*[(\[]\s*\d[\d,.]*\s*[)\]]$")
# "Show 3 new updates", "Load 12 more posts": a live feed's button.
_FEED_PROMPT: Final = re.compile(r"(?:show|see|load|view|read)(?: \d+)?(?: new| more| latest)?"
                                 r" (?:updates?|posts?|entries|comments|replies|stories)")
# An opinion page's disclaimer: "The views expressed in this article are the author's own".
_DISCLAIMER: Final = re.compile(
    r"(?:the )?(?:views|opinions)(?: and (?:views|opinions))? expressed\b[^.]{0,80}?\b"
    r"(?:are|do not|don't|does not)\b[^.]{0,80}?\b(?:authors?|writers?|contributors?"
    r"|columnists?|own)\b", re.IGNORECASE)
# Notes and trailers about the article, not in it: a photo credit ("Photograph: NAME/Outlet"),
# an update or correction note ("This story has been updated to ...", "Correction: An earlier
# version of this article said ..."; its "said" would be a quote by "an earlier version"), a
# copyright trailer ("Copyright 2026 The Associated Press. All rights reserved. ..."), a
# paywall prompt ("Subscribe now to read the rest of the story"), a newsletter pitch ("... in
# your inbox every day").
_PHOTO_CREDIT: Final = re.compile(r"(?:photograph|photo|picture|image|illustration|credit|"
                                  r"photos|pictures|images)s?\s*:\s*(?=\S)", re.IGNORECASE)
_NOTE: Final = re.compile(
    r"(?:editor'?s note\s*:|correction\s*:|clarification\s*:|update\s*:\s*this\b"
    r"|this (?:story|article|piece|post|version)"
    r" (?:has been|was|is being|had been) (?:updated|amended|corrected|changed|edited)\b"
    r"|an earlier version of this (?:story|article|report|piece|post)\b)", re.IGNORECASE)
_COPYRIGHT: Final = re.compile(r"(?:copyright|©|\(c\))\s.*(?:all rights reserved|may not be "
                               r"(?:published|reproduced|redistributed))", re.IGNORECASE)
_PAYWALL: Final = re.compile(
    r"\b(?:(?:subscribe|sign in|log in|register|become a (?:subscriber|member))(?: now| today)?"
    r" to (?:continue reading|keep reading|read (?:the|this|more|on|it|all)|unlock|get (?:full|"
    r"unlimited) access|access (?:this|all|our|premium|the full))"
    r"|(?:this|the) (?:article|story|content|piece) is (?:only )?(?:available )?(?:exclusively )?"
    r"(?:for|to) (?:subscribers|members)|already an? (?:subscriber|member)\s*\?)",
    re.IGNORECASE)
_INBOX: Final = re.compile(r"\b(?:in|to|into) your inbox\b", re.IGNORECASE)
_PITCH: Final = re.compile(r"\b(?:newsletters?|sign up|subscribe|briefing|e-?mail)\b",
                           re.IGNORECASE)
# More furniture of the same kinds: a reading time ("5 min read"), a topic list ("Topics:
# Ports, Fishing"), an agency's or colleague's credit ("The Associated Press contributed to this
# report."), a syndication note ("Originally published at ..."), a follow prompt ("Follow Ana
# Lima on X"), a reporter's contact sentence ("She can be reached at ana@..."), a bare copyright
# line ("© Copyright 2026 Coast Courier"), a gallery counter ("Photo gallery: 12 images").
_READING_TIME: Final = re.compile(r"\d+\s*(?:-\s*)?(?:min|mins|minutes?)\.?(?:\s+read)?"
                                  r"|(?:reading|read|listening) time\s*:?\s*\d+\s*(?:min|mins"
                                  r"|minutes?)\.?", re.IGNORECASE)
_TOPICS: Final = re.compile(r"(?:topics|tags|filed under|categories|keywords)\s*:\s*",
                            re.IGNORECASE)
_CONTRIBUTED: Final = re.compile(r".{2,200}\bcontributed (?:reporting |to the reporting )?"
                                 r"(?:to|for) this (?:report|story|article)\.?", re.IGNORECASE)
_SYNDICATED: Final = re.compile(r"(?:this (?:story|article) )?(?:was )?(?:originally|first) "
                                r"(?:published|appeared) (?:at|on|in|by)\b", re.IGNORECASE)
_FOLLOW: Final = re.compile(r"follow (?:[\w'’.-]+ ){0,4}on (?:x|twitter|facebook|instagram"
                            r"|linkedin|threads|bluesky|mastodon|tiktok|youtube)\.?", re.IGNORECASE)
_REACHED: Final = re.compile(r"\b(?:can be reached|reach (?:him|her|them|me) at|contact (?:him"
                             r"|her|them|me) at|email (?:him|her|them|me) at)\b", re.IGNORECASE)
_BARE_COPYRIGHT: Final = re.compile(r"(?:©|\(c\)|copyright)\s*(?:copyright\s*)?(?:\d{4}\b)?",
                                    re.IGNORECASE)
_GALLERY: Final = re.compile(r"(?:photo |picture |image )?(?:gallery|slideshow)\s*[:|-]?\s*"
                             r"(?:\(?\d+\)?\s*(?:images|photos|pictures|slides)\)?)",
                             re.IGNORECASE)
_MAX_NOTE_WORDS: Final = 40  # a longer line is prose that happens to hold those words

#: Labels of a live blog's summary box: the label and the bullet lines under it restate posts.
_SUMMARY_LABELS: Final = frozenset(
    "key points|key events|key takeaways|key developments|at a glance|highlights|summary"
    "|the latest|latest developments".split("|"))
_BULLET: Final = re.compile(r"\s*[-•*·]\s+\S")
_END_MARKS: Final = re.compile(r"[\s.:!|»›>→…\-–—]+$")
_WORD: Final = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w'’.,-]*")
_SMALL: Final = frozenset(
    "a an and as at by for from in into of on or the to vs with over after before amid".split()
)
_MIN_RUN: Final = 3  # consecutive headline-like lines from which they are a list of links

# Labels after which, on the next line, comes the headline of another story (a link).
_LINK_LABELS: Final = frozenset(
    "read more|read next|related|related stories|related articles|related content|related coverage"
    "|see also|also read|more on this story|more on this|recommended|recommended stories|must read"
    "|you may also like|you might also like|watch|listen|read also|more|tags|topics".split("|")
)
_SENTENCE_END: Final = re.compile(r"[.!?…][\"”’')\]]*\s*$")

# Publication-time lines: only these words (and digits, punctuation) with at least one digit.
_DATE_WORDS: Final = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
am pm a m p h hrs hr et est edt ct cst cdt mt mst mdt pt pst pdt gmt bst cet cest eet eest ist utc
jst kst aest aedt awst nzst nzdt sast wat eat msk hkt sgt pht wib
published updated posted last first modified edited created date time at on and of the
""".split())
_BYLINE: Final = re.compile(r"(?:by|written by|words by|story by|text by)\s+(?=[^\W\d_])",
                            re.IGNORECASE)
_BYLINE_SMALL: Final = frozenset("and by in of the for de da di van von der bin al el la le".split())
_CREDIT: Final = re.compile(
    r"\(?\s*(?:(?:additional|further|extra)\s+)?"
    r"(?:reporting|writing|editing|compiled|research|researched|translation|translated|produced"
    r"|edited|written|graphics|photos|video)(?:\s+and\s+[a-z]+)?\s+by\s"
    r"|\(?\s*with (?:files|reporting|additional reporting|contributions|input) from\s"
    r"|our standards\s*:",
    re.IGNORECASE,
)
_CREDIT_PHRASE: Final = re.compile(
    r"(?:(?:additional|further|extra)\s+)?(?:reporting|writing|editing|compiled|research"
    r"|researched|translation|translated|produced|edited|written|graphics|photos|video)"
    r"(?:\s+and\s+[a-z]+)?\s+by|with (?:files|reporting|additional reporting|contributions"
    r"|input) from",
    re.IGNORECASE,
)
_CONTACT: Final = re.compile(r"(?:reach|contact|email|e-mail|write to|follow|you can reach)\s",
                             re.IGNORECASE)
_HANDLE: Final = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|(?<!\w)@\w{2,}")
_LETTER: Final = re.compile(r"[^\W\d_]")
_TOKEN: Final = re.compile(r"\w+")
_MIN_REPEAT_WORDS: Final = 6  # a repeated line this long is a pull quote or a doubled paragraph
_ALPHA_WORD: Final = re.compile(r"[^\W\d_]+")


def _bare(line: str) -> str:
    """The line lower-cased, without end punctuation, arrows or a count, apostrophes straight."""
    text = _COUNT.sub("", line.strip())
    return _END_MARKS.sub("", text).strip().lower().replace("’", "'")


def is_boilerplate_line(line: str) -> bool:
    """Whether ``line`` is, as a whole, a boilerplate label, prompt or "Read more: <link>"."""
    text = line.strip()
    if not text or len(text) > 120:
        return False
    bare = _bare(text)
    if bare in _LABELS:
        return True
    # "Sign up for our newsletter here", "Subscribe to our daily newsletter": prompts, no sentence
    if re.fullmatch(r"(?:sign up|subscribe)(?: now)? (?:for|to) (?:our|the) [\w' -]*newsletters?"
                    r"(?: here| now| today)?", bare):
        return True
    if _FEED_PROMPT.fullmatch(bare):
        return True
    return _LABEL_LINK.match(text) is not None and not text.endswith((".", "?", "!", '"', "”"))


def is_furniture_line(line: str) -> bool:
    """Whether ``line`` is, as a whole, page furniture: a publication-time line, a byline, a
    production credit or trailer, a reporter's contact line, a photo credit, an update or
    correction note, a copyright trailer, a paywall prompt or newsletter pitch, an opinion
    disclaimer, a reading time, a topic list, a contributor's credit, a syndication note, a
    follow prompt, a contact sentence, a gallery counter, or a line without any letter."""
    text = line.strip()
    if not text or len(text) > 300:
        return False
    if not _LETTER.search(text):
        return True
    words = _ALPHA_WORD.findall(text.lower())
    if re.search(r"\d", text) and len(words) <= 16 and all(w in _DATE_WORDS for w in words):
        return True
    if _BYLINE.match(text) and not _SENTENCE_END.search(text) and _names_only(
            _BYLINE.sub("", text, count=1), 12):
        return True
    if _CREDIT.match(text):
        if text.lower().startswith("our standards"):
            return len(words) <= 12
        rest = _CREDIT_PHRASE.sub(" ", text.strip("()[] .")).replace(";", " ")
        return _names_only(rest, 30)
    if _CONTACT.match(text) and _HANDLE.search(text) and len(words) <= 40:
        return True
    if _DISCLAIMER.match(text) and len(words) <= 40:
        return True
    if len(words) <= _MAX_NOTE_WORDS:
        if (credit := _PHOTO_CREDIT.match(text)) and _names_only(
                re.sub(r"[/|,;()]", " ", text[credit.end():]), 12):
            return True
        if _NOTE.match(text) or _COPYRIGHT.match(text):
            return True
        if _PAYWALL.search(text) or (_INBOX.search(text) and _PITCH.search(text)):
            return True
        if _READING_TIME.fullmatch(text) or _GALLERY.fullmatch(text):
            return True
        if (topics := _TOPICS.match(text)) and _names_only(
                re.sub(r"[,;|/&·•]", " ", text[topics.end():]), 20):
            return True
        if _CONTRIBUTED.fullmatch(text) or _FOLLOW.fullmatch(text):
            return True
        if (note := _SYNDICATED.match(text)) and _source_only(text[note.end():]):
            return True
        if _REACHED.search(text) and _HANDLE.search(text):
            return True
        if (mark := _BARE_COPYRIGHT.match(text)) and mark.group() and _names_only(
                text[mark.end():].strip(" .,"), 8):
            return True
    return False


def _source_only(text: str) -> bool:
    """Whether ``text`` is only where a story appeared first: a site's address or a
    publication's name ("coastcourier.example", "The Coast Courier"), not prose ("1851, the
    paper ...")."""
    rest = text.strip(" .")
    return bool(re.fullmatch(r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?", rest)) or _names_only(
        rest, 8)


def _names_only(text: str, limit: int) -> bool:
    """Only capitalised words (names, titles) and name particles, at most ``limit`` of them."""
    words = _WORD.findall(text)
    return 0 < len(words) <= limit and all(
        w[:1].isupper() or w.lower() in _BYLINE_SMALL for w in words)


def _headline_like(line: str) -> bool:
    """2 to 16 words, no sentence end, most words capitalised: a link to another story."""
    text = line.strip()
    if not text or text[-1] in ".!?,;:\"”'’)":
        return False
    words = _WORD.findall(text)
    if not 2 <= len(words) <= 16 or not words[0][:1].isupper():
        return False
    content = [w for w in words if w.lower() not in _SMALL]
    capitalised = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
    return capitalised * 4 >= len(content) * 3


def repeated_lines(lines: list[str]) -> list[int]:
    """Indices of the lines that repeat, word for word, text of another line: a pull quote
    (a sentence of the story set again in large type, with or without its quote marks) or a
    paragraph the page holds twice. Quote marks, punctuation and case are ignored; a line of
    fewer than :data:`_MIN_REPEAT_WORDS` words never counts (subheads, short answers). Of two
    lines, the one contained in the other goes; of two equal ones, the later."""
    tokens = [_TOKEN.findall(line.lower()) for line in lines]
    keys = [" " + " ".join(words) + " " for words in tokens]
    # each line's word n-grams → the lines holding them: a repeat's first n-gram is in its host
    n = _MIN_REPEAT_WORDS
    holders: dict[tuple[str, ...], list[int]] = {}
    for j, words in enumerate(tokens):
        for k in range(len(words) - n + 1):
            hosts = holders.setdefault(tuple(words[k : k + n]), [])
            if not hosts or hosts[-1] != j:
                hosts.append(j)
    out = []
    for i, words in enumerate(tokens):
        if len(words) < n:
            continue
        if any(j != i and keys[i] in keys[j] and (len(tokens[j]) > len(words) or j < i)
               for j in holders.get(tuple(words[:n]), ())):
            out.append(i)
    return out


def drop_boilerplate(text: str) -> str:
    """``text`` (lines separated by newlines) without its boilerplate lines; the other lines
    are kept exactly, in order, with the line breaks between them."""
    lines = text.split("\n")
    drop = [is_boilerplate_line(line) or is_furniture_line(line) for line in lines]
    # in an English article, a line in another language is the site's own furniture
    if guess_language(text) == "en":
        for i, line in enumerate(lines):
            drop[i] = drop[i] or reads_as_other_language(line)
    # a summary box: its label and the bullets under it
    for i, line in enumerate(lines):
        if _bare(line) in _SUMMARY_LABELS and i + 1 < len(lines) and _BULLET.match(lines[i + 1]):
            drop[i] = True
            k = i + 1
            while k < len(lines) and _BULLET.match(lines[k]):
                drop[k] = True
                k += 1
    # "Read more" alone on its line, then the headline it links to
    for i in range(len(lines) - 1):
        if (drop[i] and _bare(lines[i]) in _LINK_LABELS and not drop[i + 1]
                and lines[i + 1].strip() and not _SENTENCE_END.search(lines[i + 1])
                and len(_WORD.findall(lines[i + 1])) <= 20):
            drop[i + 1] = True
    # runs of headline-like lines (labels inside a run do not break it)
    i = 0
    while i < len(lines):
        if not _headline_like(lines[i]) or drop[i]:
            i += 1
            continue
        j, count = i, 0
        while j < len(lines) and (drop[j] or _headline_like(lines[j])):
            count += not drop[j]
            j += 1
        if count >= _MIN_RUN:
            for k in range(i, j):
                drop[k] = True
        i = j
    for i in repeated_lines(lines):
        drop[i] = True
    kept = [line for line, gone in zip(lines, drop) if not gone]
    # no blank lines left doubled where a dropped line sat between two blank ones
    out: list[str] = []
    for line in kept:
        if not line.strip() and out and not out[-1].strip():
            continue
        out.append(line)
    return "\n".join(out).strip("\n")
