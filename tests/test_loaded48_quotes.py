"""loaded48: quoted words read as the writer's scare quotes, and a shouted headline read as a
notice's name, as classes. Every text is written for these tests.

1. A headline whose first word is a notice's label ("Deaths", "Births") with a report and its
   source in capitals after a comma ("Deaths DOUBLE, OFFICIALS ADMIT") is no notice's name
   "SURNAME, GIVEN NAMES": its capitals shout (provenance._attributed_clause).
2. A line of a build or configuration file opening with its instruction in capitals ("RUN pip
   install ...", 'CMD ["python", ...]', 'LABEL maintainer="ops"': prose.txt
   [code_directive_words], prose._directive_line) is code: its quoted strings are no scare quotes.
3. A short quotation in a sentence with a phrase of stating ("made it clear", "spelled out":
   loaded_language.txt [stating_phrase_words]) or a one-word verb of stating ("underlined",
   "asserted": [speech_verb_words]) is the subject's words.
4. A short quotation in a sentence that points back ("It", "Its", "The review's") to a document
   named in the sentence before it, in its paragraph, or right after a sentence opening with a
   document as its subject ("The survey draws on data showing ...": quote_speakers.document_subject),
   is that document's wording (loaded_language._document_before).

Guards (they pass on main too) are named test_guard_*.
"""

from __future__ import annotations

import pytest
from loaded_helpers import clickbait, loaded_evidence

from xlplugin import prose

_SCARE = ("scare quote", "emotive", "exaggeration", "derogatory")


def _writer_quoted(text: str) -> list[tuple[str, str]]:
    """The evidence items that read a quotation, or a word in one, as the writer's."""
    return [(k, t) for k, t in loaded_evidence(text) if k in _SCARE]


# 1. A headline's report and its source are no notice's name ------------------------------------

# (title, whether its capitals shout): a report and its source shout; a notice's own name, a headline
# all in capitals and an acronym (guards, as on main) do not
HEADLINES = [
    ("Deaths DOUBLE, OFFICIALS ADMIT", True),
    ("Deaths: TOLL DOUBLES, OFFICIALS ADMIT", True),
    ("Births FALL SHARPLY, MINISTERS CONCEDE", True),
    ("Deaths SIEGEL, JEROME ARTHUR", False),
    ("Deaths: HARTLEY, ROSE HOPE", False),
    ("Paid Notice: Deaths PENROSE, WALTER JAMES", False),
    ("DEATHS DOUBLE, OFFICIALS ADMIT", False),
    ("Deaths at NHS trusts rise, officials admit", False),
]


@pytest.mark.parametrize("title, shouts", HEADLINES)
def test_a_headlines_report_and_source_in_capitals_shout_and_a_notices_name_does_not(title, shouts):
    assert ("capitals" in clickbait(title)) is shouts, title


# 2. Quoted strings in a build file are code ------------------------------------------------------

_DOCKERFILE = ("To build the image, copy the Dockerfile below into the project folder.\n\n"
               "FROM python:3.12-slim\n"
               "WORKDIR /app\n"
               "COPY requirements.txt .\n"
               "RUN pip install -r requirements.txt\n"
               "ENV MODE=\"strict\"\n"
               "CMD [\"python\", \"-m\", \"app\", \"--mode\", \"strict\"]\n"
               "LABEL description=\"the brutal truth\" maintainer=\"ops\"\n\n"
               "Then run docker build in the same folder and start the container.\n")


def test_a_build_files_quoted_strings_are_no_scare_quotes():
    assert _writer_quoted(_DOCKERFILE) == []


@pytest.mark.parametrize("line", [
    "FROM python:3.12-slim",
    "RUN pip install -r requirements.txt",
    'CMD ["python", "-m", "app"]',
    'LABEL maintainer="ops"',
    "ENV PATH=/usr/local/bin",
    "COPY . /app",
])
def test_a_build_files_instruction_is_a_code_line(line):
    assert prose.is_code_line(line), line


@pytest.mark.parametrize("line", [
    "FROM THE ARCHIVE",
    "FROM The Archive",
    "From the start the plan was a mess",
    "USER Guide",
])
def test_guard_a_headline_or_prose_opening_with_such_a_word_is_no_code(line):
    assert not prose.is_code_line(line), line


def test_guard_a_scare_quote_in_the_prose_around_code_still_counts():
    text = _DOCKERFILE.replace("Then run docker build", "Then run the \u201cofficial\u201d build")
    assert ("scare quote", "\u201cofficial\u201d") in _writer_quoted(text)


# 3. and 4. Someone's words: after a verb of stating, or a document's after the sentence naming it --

SOMEONES_WORDS = [
    # 3. a phrase or a one-word verb of stating
    "The minister spoke to reporters on Monday. She made it clear the plan was \u201ca disaster\u201d and would be scrapped.\n",
    "The minister spoke on Monday. He made plain that the scheme was \u201ca disaster\u201d for the town.\n",
    "The mayor spelled out that the deal was \u201cdead\u201d on Friday.\n",
    "The chair pointed out that the figures were \u201cmisleading\u201d at best.\n",
    "She underlined that the cuts were \u201cnot negotiable\u201d.\n",
    "The envoy asserted that the talks were \u201cover\u201d.\n",
    # 4. a sentence pointing back to the document named in the sentence before
    "The inspectors' report on the prison was released on Tuesday. It found \u201cshocking neglect\u201d in two wings.\n",
    "The watchdog's review of the scheme came out on Friday. The review's \u201cdeep concern\u201d centred on two wards.\n",
    "The audit office published its review of the rail plan on Friday. Its \u201creckless\u201d verdict was echoed by unions.\n",
    # 4. (the web pages) the sentence before opens with the document as its subject: its findings go on
    "The survey draws on data showing that 4,000 nurses were on fixed-term contracts. A further 900 were "
    "on \u201cflexible rosters\u201d and are not counted.\n",
]

# Guards: the writer's scare quote stays where no verb of stating, no document before or no pointing
# back stands ("clear" alone, a minister, a plan, the next paragraph, a subject of its own).
WRITERS_WORDS = [
    ("The minister spoke on Monday. It was clear the plan was a \u201cdisaster\u201d for the town.\n",
     ("emotive", "disaster")),
    ("The minister spoke on Monday. He made the \u201creforms\u201d sound simple.\n",
     ("scare quote", "\u201creforms\u201d")),
    ("The minister defended the plan on Monday. Its \u201csuccess\u201d has yet to be seen by anyone.\n",
     ("scare quote", "\u201csuccess\u201d")),
    ("The council published its plan for the park on Monday. Its \u201cconsultation\u201d lasted one afternoon.\n",
     ("scare quote", "\u201cconsultation\u201d")),
    ("The inspectors' report was released on Tuesday.\n\nIt found \u201cshocking neglect\u201d in two wings.\n",
     ("emotive", "shocking")),
    ("The report was released on Tuesday. Critics mocked the \u201cexperts\u201d behind it.\n",
     ("scare quote", "\u201cexperts\u201d")),
    ("The survey was published on Monday. A further 900 nurses were on \u201cflexible rosters\u201d.\n",
     ("scare quote", "\u201cflexible rosters\u201d")),
]


@pytest.mark.parametrize("text", SOMEONES_WORDS)
def test_a_short_quotation_of_someones_words_is_no_scare_quote(text):
    assert _writer_quoted(text) == [], text


@pytest.mark.parametrize("text, item", WRITERS_WORDS)
def test_guard_the_writers_scare_quote_stays(text, item):
    assert item in _writer_quoted(text), text
