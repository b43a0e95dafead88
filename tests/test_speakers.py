"""Quoted words a card puts in another speaker's mouth than the source does (speakers.py), through `check`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import add_to_source, check, warnings_with, write

ARTICLE = ('"We have done what we could," said director Anna Berg, the authority\'s head. Her deputy, Tom Hale, said: "The '
           'cuts went too far."\n\nJane Doe, the minister, told reporters the plan "will be reviewed".\n\nAnna Berg '
           'spoke on Tuesday.\n\n"It worked," she said.\n')
HALE = "'Her deputy, Tom Hale, said: \"The cuts went too far.\"'"
WRONG = ("summary gives \"the cuts went too far\" as Anna Berg's words, where the source gives them as Tom Hale's: the "
         "right speaker?")


@pytest.mark.parametrize(("summary", "said"), [
    ('Anna Berg said "the cuts went too far."', [WRONG]),
    ('"The cuts went too far," Berg said.', [WRONG.replace("as Anna Berg's", "as Berg's").replace('"the', '"The')]),
    ('According to Anna Berg, "the cuts went too far."', [WRONG]),
    ('On Tuesday Anna Berg said "the cuts went too far."', [WRONG]),  # (the name, not the day)
    ('On Friday, Anna Berg said "the cuts went too far."', [WRONG]),  # (no apposition: not closed by a comma)
    ('Tom Hale said "the cuts went too far."', []),
    ('"The cuts went too far," said Hale, Berg\'s deputy.', []),  # (the card names the source's speaker too)
    ('The minister said the plan "will be reviewed".', []),  # ('the minister': no name)
    ('Jane Doe said the plan "will be reviewed".', []),
    ('Tom Hale said the plan "will be reviewed".', ["summary gives \"will be reviewed\" as Tom Hale's words, where the "
                                                    "source gives them as Jane Doe's: the right speaker?"]),
    ('Tom Hale said "it worked".', ["summary gives \"it worked\" as Tom Hale's words, where the source gives them as "
                                    "another's ('she said'), and does not name Tom Hale before them: the right "
                                    "speaker?"]),  # ('she': someone named in its paragraph or the two before)
    ('Anna Berg said "it worked".', []),
    ('Jane Doe said "it worked".', []),  # (named there too: who 'she' is is not worked out)
    ('Director Smith said "the cuts went too far."', []),  # (no person of the article: a role, maybe)
    ('Berg and Hale spoke. "The cuts went too far," Hale said.', []),
    ('"The cuts went too far," director Anna Berg said.', [WRONG.replace('"the', '"The')]),  # (her role before her name)
    ('Hale said "we have done what we could".', ["summary gives \"we have done what we could\" as Hale's words, where "
                                                 "the source gives them as Anna Berg's: the right speaker?"]),
    ('Anna Berg called the cuts "too far".', ["summary gives \"too far\" as Anna Berg's words, where the source gives "
                                              "them as Tom Hale's: the right speaker?"]),
    ('Anna Berg concedes: "the cuts went too far."', [WRONG]),  # (a twelfth review's: a card's other words for saying)
    ('Tom Hale concedes: "the cuts went too far."', []),
])
def test_quoted_words_in_another_s_mouth(summary: str, said: list[str], harbour: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """An editor's review: `Anna Berg said "the cuts went too far"` passed where the article gives those words as her
    deputy's: every word was the source's."""
    add_to_source(harbour, f"\n{ARTICLE}")
    write(harbour, "content/people/cuts.yaml", f"title: Cuts\nsummary: '{summary.replace(chr(39), chr(39) * 2)}'\n"
                                               f"source_quote: {HALE}\n")
    assert warnings_with(capsys, harbour, "speaker?") == said


def test_a_speaker_s_name_is_on_one_line_and_in_one_sentence(harbour: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A review's: the source's speaker was "January. Jonathan Whitfield", a line break between: a sentence's end and
    the next paragraph's name."""
    add_to_source(harbour, f'\n{ARTICLE}\nPrices have risen since January.\n\nJonathan Whitfield said the results were '
                           '"weaker than feared".\n')
    write(harbour, "content/people/whitfield.yaml", "title: t\nsummary: 'Anna Berg said the results were \"weaker than "
                                                    "feared\".'\nsource_quote: Jonathan Whitfield said the results were\n")
    assert warnings_with(capsys, harbour, "speaker?") == [
        "summary gives \"weaker than feared\" as Anna Berg's words, where the source gives them as Jonathan Whitfield's: "
        "the right speaker?"]


def test_the_warning_is_at_the_card_s_speaker(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Its place is the name the card gives; `# checked` accepts it."""
    add_to_source(harbour, f"\n{ARTICLE}")
    card = f"title: Cuts\nsummary: Anna Berg said \"the cuts went too far.\"\nsource_quote: {HALE}\n"
    write(harbour, "content/people/cuts.yaml", card)
    assert [line.split(": warning: ")[0] for line in check(capsys, harbour)[1] if "speaker?" in line] == [
        "content/people/cuts.yaml:2:10"]
    write(harbour, "content/people/cuts.yaml", card.replace('far."\n', 'far."  # checked: she said it too\n'))
    assert [line for line in check(capsys, harbour)[1] if "speaker?" in line] == []


@pytest.mark.parametrize(("article", "said"), [
    ('Tom Hale arrived late.\n\nHe told reporters: "We will appeal."\n', True),  # (the pronoun before the words)
    ('Tom Hale arrived late.\n\n"We will appeal," said he.\n', True),
    ('Anna Berg arrived late.\n\nHe told reporters: "We will appeal."\n', False),  # (she is named before)
    ('Anna Berg spoke first.\n\n"No," he said.\n\nVoters were angry.\n\n"We will appeal," she said.\n', True),
    ('Anna Berg spoke.\n\n"No," she said.\n\n"Never," she said.\n\n"Not now."\n\n"We will appeal," she said.\n', True),
    ('Anna Berg spoke.\n\n"No," she said.\n\n"Never," she said.\n\n"Not now," she said.\n\n"We will appeal," she '
     'said.\n', False),  # (a run of her quotations: she is named where it starts)
    ('Anna Berg said: "No."\n\nVoters were angry.\n\nThey left.\n\n"We will appeal," she said.\n', False),
    ('"We will appeal," the mayor said.\n', False),  # (no pronoun, no name: no speaker to compare)
    ('Anna Berg said: "No."\n\n"Never," she said.\n\nJane Doe said the plan was late.\n\n"We will appeal," she said.\n',
     True),  # (a tenth review's: the run of her quotations ends where another speaker is named)
])
def test_words_the_source_gives_to_he_or_she(article: str, said: bool, harbour: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """A review's miss: words the article gives as "she said" put in the mouth of someone it does not name near
    them (at most two paragraphs before: further back, as she is, 'she' is seldom her)."""
    add_to_source(harbour, f"\n{ARTICLE}\n{article}")
    write(harbour, "content/people/appeal.yaml", "title: t\nsummary: 'Anna Berg said \"we will appeal\".'\n"
                                                 "source_quote: We will appeal\n")
    assert warnings_with(capsys, harbour, "speaker?") == ([
        "summary gives \"we will appeal\" as Anna Berg's words, where the source gives them as another's ('"
        f"{'said he' if 'said he' in article else 'she said' if 'she said' in article else 'He told'}'), and does "
        "not name Anna Berg before them: the right speaker?"] if said else [])


@pytest.mark.parametrize(("article", "summary"), [
    ('Dr Amara Nwosu, the director, said the fall was real. "We have turned a corner," she said.\n\n"It is still rising," '
     'she said.\n\n"It is not too late," she told reporters.\n\n"Book it this week," she said.\n',
     'Dr Nwosu told everyone to "book it this week".'),  # (a run of her quotations)
    ('Judge Helen Marsh took her seat.\n\nThe trial had lasted weeks.\n\nThe judge told the court it was grave.\n\n'
     '"The sentence will reflect the seriousness of what you did," she added.\n',
     'Judge Marsh said the sentence "will reflect the seriousness of what you did".'),  # (her role, named)
    ('"We will study the judgment carefully," said Quayle\'s barrister, Simon Achebe, outside court.\n',
     'Defence barrister Simon Achebe said the team would "study the judgment carefully".'),  # (not "Quayle's")
    ('The harbour would open next year, Fairweather said.\n\n"Nobody asked questions," said Liam Garvey.\n',
     'Liam Garvey said "nobody asked questions".'),  # (the speaker before is another paragraph's)
    ('Sarah Lyle spoke.\n\nAsked about the sea wall at Porthcarrow, she said: "It will be repaired properly."\n',
     'Sarah Lyle said the wall "will be repaired properly".'),  # (not "Porthcarrow, she said")
    ('The club\'s chairman, Marcus Bell, took a gamble.\n\n"Everybody told me I was mad," he said. "The board wanted '
     'ideas."\n', '"The board wanted ideas," Bell said.'),  # (no speaker in a quotation: "Everybody told")
    ('Coach Ada Okafor spoke.\n\nShe said wages rose after Bell promised to pay. "We are competing with professionals,"'
     ' she said.\n', '"We are competing with professionals," Okafor said.'),  # (a promise is no speech)
])
def test_a_review_s_false_alarms_of_speakers_are_let_be(article: str, summary: str, harbour: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A second review's, on correct cards: the run of a speaker's quotations, a role for a name, a possessive, a
    speaker in the paragraph before, a place before 'she said'."""
    add_to_source(harbour, f"\nLiam Garvey, Helen Marsh, Quayle and Simon Achebe were there.\n\n{article}")
    write(harbour, "content/people/said.yaml", f"title: t\nsummary: '{summary.replace(chr(39), chr(39) * 2)}'\n"
                                               "source_quote: Simon Achebe were there\n")
    status, lines = check(capsys, harbour)
    assert status == 0 and [line for line in lines if "speaker?" in line] == []


@pytest.mark.parametrize(("article", "card", "said"), [
    ('"Fares will rise," said Martin Osei, the operator\'s chief. "Service has got worse on some lines."\n',
     "summary: 'Priya Natarajan said service \"has got worse on some lines\".'",
     "summary gives \"has got worse on some lines\" as Priya Natarajan's words, where the source gives them as Martin "
     "Osei's: the right speaker?"),  # (his second quotation, in his paragraph)
    ('"Fares will rise," said Martin Osei. Priya Natarajan disagreed: "Service has got worse on some lines."\n',
     "summary: 'Priya Natarajan said service \"has got worse on some lines\".'", None),  # (another named between)
    ('"Service has got worse on some lines," said Martin Osei.\n',
     "title: 'Service \"has got worse\" on some lines, says Natarajan'\nsummary: s",
     "title gives \"has got worse\" as Natarajan's words, where the source gives them as Martin Osei's: the right "
     "speaker?"),  # (a title's speaker at its end)
])
def test_a_speaker_of_a_second_quotation_or_at_a_title_s_end(article: str, card: str, said: str | None,
                                                              harbour: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A third review's misses: the second of two quotations in a paragraph, given to no one; a title's "…, says
    Natarajan"."""
    add_to_source(harbour, f"\nPriya Natarajan and Martin Osei spoke.\n\n{article}")
    card = card if card.startswith("title:") else f"title: t\n{card}"
    write(harbour, "content/people/osei.yaml", f"{card}\nsource_quote: Priya Natarajan and Martin Osei spoke\n")
    status, lines = check(capsys, harbour)
    assert status == 0 and [line.split(": warning: ")[1] for line in lines if "speaker?" in line] == (
        [said] if said else [])


def test_the_warning_is_at_the_speaker_it_names_not_an_earlier_mention(harbour: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """A third review's: the column was the name's first mention in the summary, not the 'Berg said' it means."""
    add_to_source(harbour, f"\n{ARTICLE}")
    write(harbour, "content/people/cuts.yaml", "title: Cuts\nsummary: Anna Berg spoke first. Then Anna Berg said "
                                               f"\"the cuts went too far.\"\nsource_quote: {HALE}\n")
    assert [line.split(": warning: ")[0] for line in check(capsys, harbour)[1] if "speaker?" in line] == [
        "content/people/cuts.yaml:2:38"]


PARAPHRASED = "summary gives {} as the speaker, where the source gives its source_quote's words {}: the right speaker?"


@pytest.mark.parametrize(("quote", "summary", "said"), [
    (HALE, "Anna Berg said the cuts had gone too far.", PARAPHRASED.format("Anna Berg", "as Tom Hale's")),
    (HALE, "The cuts had gone too far, according to Anna Berg.", PARAPHRASED.format("Anna Berg", "as Tom Hale's")),
    (HALE, "The minister, Jane Doe, said the cuts had gone too far.", PARAPHRASED.format("Jane Doe", "as Tom Hale's")),
    (HALE, "Tom Hale said the cuts had gone too far.", None),
    (HALE, "Hale, Berg's deputy, said the cuts had gone too far.", None),
    (HALE, "The deputy said the cuts had gone too far.", None),  # (no name)
    (HALE, "Anna Berg's deputy said the cuts had gone too far.", None),  # (whose)
    ("'\"It worked,\" she said.'", "Tom Hale said it had worked.",
     PARAPHRASED.format("Tom Hale", "to another ('she said'), and does not name Tom Hale before them")),
    ("'\"It worked,\" she said.'", "Anna Berg said it had worked.", None),  # (named in the paragraph before)
    ("'\"It worked,\" she said.'", "Berg insists Tom Hale is wrong, and says it worked.", None),  # (an eleventh
    # review's: Tom Hale is what she insists on, not a speaker)
    ("'\"It worked,\" she said.'", "Jane Doe said it had worked.", None),  # (named two before: who 'she' is is not
    # worked out)
    ("'Jane Doe, the minister, told reporters the plan \"will be reviewed\".'", "Tom Hale told reporters the plan would "
                                                                             "be reviewed.",
     PARAPHRASED.format("Tom Hale", "as Jane Doe's")),
    ("'Jane Doe, the minister, told reporters the plan \"will be reviewed\".'", "Jane Doe said Tom Hale would review "
                                                                             "the plan.", None),
    (HALE, "Anna Berg concedes that the cuts went too far.", PARAPHRASED.format("Anna Berg", "as Tom Hale's")),
    (HALE, "Anna Berg expects the cuts to go too far.", PARAPHRASED.format("Anna Berg", "as Tom Hale's")),  # (a
    # twelfth review's: 'Moreira expects full-year profit of' on its finance chief's words)
    (HALE, "Tom Hale expects the cuts to go too far.", None),
    (HALE, "Harbour expects the cuts to go too far.", None),  # (not a person: the source never writes 'Anna Harbour')
])
def test_words_put_in_another_s_mouth_without_quoting_them(quote: str, summary: str, said: str | None,
                                                           harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The ninth review's misses: a summary that quotes no words but says who said its quote's, naming another than
    the source does (0 of 4 caught: "Angela Frith, the transport secretary, said the airport had turned away three
    airlines" on "Karen Doyle, the airport's chief executive, said…")."""
    add_to_source(harbour, f"\n{ARTICLE}")
    write(harbour, "content/people/cuts.yaml", f"title: Cuts\nsummary: \"{summary}\"\nsource_quote: {quote}\n")
    assert warnings_with(capsys, harbour, "speaker?") == (
        [said] if said else [])


@pytest.mark.parametrize(("summary", "said"), [
    ("Tiago Moreira expects profit of €240 million.", PARAPHRASED.format("Tiago Moreira", "as Daniel Feld's")),
    ("Moreira says profit will be €240 million.", PARAPHRASED.format("Moreira", "as Daniel Feld's")),
    ("Mr Moreira says profit will be €240 million.", PARAPHRASED.format("Moreira", "as Daniel Feld's")),
    ("Aurelia expects profit of €240 million.", None),
    ("Aurelia says profit will be €240 million.", None),
    ("Northline Rail says profit will be €240 million.", None),  # (a fifteenth review's: "Northline Rail's finance
    # chief, Daniel Feld")
    ("Northline Trams says profit will be €240 million.", PARAPHRASED.format("Northline Trams", "as Daniel Feld's")),
])
def test_a_company_speaks_through_its_officers(summary: str, said: str | None, harbour: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """A company is no speaker of its officer's words: a name the source writes only before another ('Aurelia
    Airlines') or alone is not a person's; one it writes after a first name or a title is ('Tiago Moreira', 'Mr
    Moreira')."""
    add_to_source(harbour, "\nAurelia Airlines made a profit. In March, Aurelia raised €500 million, chief executive Tiago "
                           "Moreira said. Northline Rail's chief, Daniel Feld, spoke. Northline Trams rose.\n\nDaniel "
                           "Feld, the finance chief, said the airline expected profit of €240 million.\n")
    write(harbour, "content/people/profit.yaml", f"title: Profit\nsummary: \"{summary}\"\nsource_quote: the airline "
                                                 "expected profit of €240 million\n")
    assert warnings_with(capsys, harbour, "speaker?") == (
        [said] if said else [])


def test_no_speaker_inside_a_quotation_of_the_quote(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"Everybody told me I was mad," he said: "Everybody" is no speaker; "he" is, whom the paragraph before names."""
    add_to_source(harbour, '\nThe club\'s chairman, Marcus Bell, took a gamble.\n\n"Everybody told me I was mad," he '
                           'said. "The board wanted ideas."\n')
    card = "title: t\nsummary: {} said everybody had told him he was mad.\nsource_quote: '\"Everybody told me I was " \
           "mad,\" he said.'\n"
    write(harbour, "content/people/bell.yaml", card.format("Marcus Bell"))
    assert [line for line in check(capsys, harbour)[1] if "speaker?" in line] == []
    add_to_source(harbour, "\nPriya Natarajan spoke.\n")
    write(harbour, "content/people/bell.yaml", card.format("Priya Natarajan"))
    assert warnings_with(capsys, harbour, "speaker?") == [
        PARAPHRASED.format("Priya Natarajan", "to another ('he said'), and does not name Priya Natarajan before them")]


@pytest.mark.parametrize(("summary", "said"), [
    ('Governor Helena Marsh welcomes the figures and says they show that "the worst is behind us".',
     ["summary gives \"the worst is behind us\" as Governor Helena Marsh's words, where the source gives them as "
      "Minister Tomas Varga's: the right speaker?"]),  # (an eleventh review's)
    ('Tomas Varga welcomes the figures, saying "the worst is behind us".', []),
])
def test_words_said_after_what_the_speaker_did(summary: str, said: list[str], harbour: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """An eleventh review's: "Varga welcomed the figures, saying they showed that "…"" gave the words to no one, so a
    card giving them to the governor passed."""
    add_to_source(harbour, '\nMinister Tomas Varga welcomed the figures, saying they showed that "the worst is behind '
                           'us".\n\nRates will stay, Governor Helena Marsh said.\n')
    write(harbour, "content/people/varga.yaml", f"title: t\nsummary: '{summary}'\nsource_quote: welcomed the figures\n")
    assert warnings_with(capsys, harbour, "speaker?") == said


def test_the_next_sentence_s_speaker_is_not_a_quotation_s(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A quotation that ends a sentence, followed by one whose speaker is named first ('"…". Governor Marsh said rates
    would stay'), had two speakers and so none: words of it given to her passed."""
    add_to_source(harbour, '\nMinister Tomas Varga welcomed the figures, saying they showed that "the worst is behind '
                           'us". Governor Helena Marsh said rates would stay.\n')
    write(harbour, "content/people/varga.yaml", "title: t\nsummary: 'Governor Helena Marsh says \"the worst is behind "
                                                "us\".'\nsource_quote: welcomed the figures\n")
    assert warnings_with(capsys, harbour, "speaker?") == [
        "summary gives \"the worst is behind us\" as Governor Helena Marsh's words, where the source gives them as "
        "Minister Tomas Varga's: the right speaker?"]


@pytest.mark.parametrize(("article", "summary", "said"), [
    ('Chebet was second and Isla Morgan third.\n\nThe course was flat.\n\nBekele, 24, waited until the final five '
     'kilometres. "I was afraid of her all the way," she said.', "Britain's Isla Morgan says she was afraid of her all "
     "the way.", PARAPHRASED.format("Isla Morgan", "to another ('she said'), and does not name Isla Morgan before "
                                                   "them")),  # (a thirteenth review's)
    ('Chebet was second and Isla Morgan third.\n\nThe course was flat.\n\nBekele, 24, waited until the final five '
     'kilometres. "I was afraid of her all the way," she said.', "Bekele says she was afraid of her all the way.", None),
    ('Isla Morgan was third.\n\nShe said the pace had improved since Bekele joined the club. "I was afraid of her all '
     'the way," she said.', "Isla Morgan says she was afraid of her all the way.", None),  # (a name not first: not
    # the speaker, maybe)
    ('Isla Morgan was third.\n\nBekele and Chebet ran together. "I was afraid of her all the way," she said.',
     "Isla Morgan says she was afraid of her all the way.", None),  # (two named: who 'she' is is not worked out)
])
def test_she_said_in_a_paragraph_that_starts_with_a_person(article: str, summary: str, said: str | None,
                                                           harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A thirteenth review's: 'Bekele, 24, waited until the final five kilometres. "…," she said.' gave the words to
    anyone named two paragraphs before, so a card giving them to Isla Morgan passed."""
    add_to_source(harbour, f"\nMeseret Bekele and Faith Chebet ran.\n\n{article}\n")
    write(harbour, "content/people/afraid.yaml", f"title: t\nsummary: \"{summary}\"\nsource_quote: '\"I was afraid "
                                                 "of her all the way,\" she said.'\n")
    assert warnings_with(capsys, harbour, "speaker?") == (
        [said] if said else [])


MINISTER = ("The culture minister, Tom Hadley, said the cut was needed. He said the government would provide a grant of up "
            "to £2 million.")


@pytest.mark.parametrize(("summary", "said"), [
    ("Catherine Ashdown says the government will provide a grant of up to £2 million.",
     PARAPHRASED.format("Catherine Ashdown", "to another ('He said'), and does not name Catherine Ashdown before "
                                             "them")),  # (a fourteenth review's: 'He said' after its paragraph's
    # speaker)
    ("Tom Hadley says the government will provide a grant of up to £2 million.", None),
    ("According to Hadley, the Environment Agency expects a grant of up to £2 million.", None),  # (a body, and the
    # card names who 'he' is)
    ("Owen Pryce of the Environment Agency says the government will provide a grant.",
     PARAPHRASED.format("Owen Pryce", "to another ('He said'), and does not name Owen Pryce before them")),  # (the
    # person of a body)
    ("According to the director, Catherine Ashdown, the government will provide a grant.",
     PARAPHRASED.format("Catherine Ashdown", "to another ('He said'), and does not name Catherine Ashdown before "
                                             "them")),  # (a fifteenth review's: a role before the name)
    ("According to the minister, Tom Hadley, the government will provide a grant.", None),
])
def test_he_said_after_a_paragraph_s_speaker(summary: str, said: str | None, harbour: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """A fourteenth review's: 'Tom Hadley, said … . He said the government would provide…' gave the words to no one,
    so a card giving them to the museum's director passed."""
    add_to_source(harbour, f"\nCatherine Ashdown, the director, spoke. Owen Pryce of the Environment Agency "
                           f"spoke.\n\n{MINISTER}\n")
    write(harbour, "content/people/grant.yaml", f"title: Grant\nsummary: \"{summary}\"\nsource_quote: He said the "
                                                "government would provide a grant of up to £2 million.\n")
    assert warnings_with(capsys, harbour, "speaker?") == (
        [said] if said else [])


@pytest.mark.parametrize(("summary", "said"), [
    ('Union leader Anna Berg said she expected next week\'s talks to be "difficult".',
     "summary gives \"difficult\" as Anna Berg's words, where the source gives them as Tom Hale's: the right "
     "speaker?"),  # (a fifteenth review's: a word quoted in a paraphrase, its speaker 60 characters before it)
    ('Tom Hale said he expected next week\'s talks to be "difficult".', None),
    ('Tom Hales said he expected next week\'s talks to be "difficult".', None),  # (misspelt: namechecks.py says so)
])
def test_a_paraphrase_that_quotes_a_word(summary: str, said: str | None, harbour: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    quote = 'Tom Hale said he expected next week\'s talks to be "difficult", but that he was "not giving up".'
    add_to_source(harbour, f"\nAnna Berg spoke.\n\n{quote}\n")
    write(harbour, "content/people/talks.yaml", f"title: Talks\nsummary: |\n  {summary}\nsource_quote: |\n  {quote}\n")
    assert warnings_with(capsys, harbour, "speaker?") == ([said] if said else [])


@pytest.mark.parametrize(("title", "said"), [
    ('Berg: "The cuts went too far"', ["title gives \"The cuts went too far\" as Berg's words, where the source gives "
                                       "them as Tom Hale's: the right speaker?"]),  # (a review's usual miss: a title's
    # speaker before a colon)
    ('Hale: "The cuts went too far"', []),
    ('Cuts: "The cuts went too far"', []),  # (no person of the article)
    ('Director: "The cuts went too far"', []),  # (a twenty-second review's: a title's "Judge:" of "Judge Okafor")
])
def test_a_title_s_speaker_before_a_colon(title: str, said: list[str], harbour: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    add_to_source(harbour, f"\n{ARTICLE}\nRegional Director Tom Hale left.\n")
    write(harbour, "content/people/cuts.yaml", f"title: '{title}'\nsummary: s\nsource_quote: {HALE}\n")
    assert warnings_with(capsys, harbour, "speaker?") == said


def test_a_speaker_with_initials_said_once(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-second review's: "U.S. Attorney Celia Drummond" was named "S. Attorney Celia Drummond", and a summary
    quoting her words across a line was told twice, as quoted words and as a paraphrase."""
    quote = '"He treated the fund like a line of credit," U.S. Attorney Celia Drummond said in a statement.'
    add_to_source(harbour, f"\nJudge Marisol Okafor sat.\n\n{quote}\n")
    write(harbour, "content/people/credit.yaml", "title: t\nsummary: |\n  Judge Marisol Okafor said he \"treated the "
          "fund like a\n  line of credit\".\nsource_quote: |\n  " + quote + "\n")
    assert warnings_with(capsys, harbour, "speaker?") == [
        'summary gives "treated the fund like a line of credit" as Judge Marisol Okafor\'s words, where the source '
        "gives them as U.S. Attorney Celia Drummond's: the right speaker?"]


def test_no_role_of_words_that_name_none(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A seventeenth review's false alarm: "The mayor said nobody in Port Ellery wanted another campaign" gave Port
    Ellery as the speaker, "nobody in" read as a role's words before a name ("said chief executive Margaret Okonjo")."""
    add_to_source(harbour, "\nThe law does not apply in Port Ellery, the mayor, Helen Okafor, said.\n\nOkafor ruled out "
                           "an early election. \"Nobody in this city wants another campaign,\" she said.\n")
    write(harbour, "content/people/campaign.yaml", "title: t\nsummary: The mayor said nobody in Port Ellery wanted "
                                                   "another campaign.\nsource_quote: '\"Nobody in this city wants "
                                                   "another campaign,\" she said.'\n")
    assert warnings_with(capsys, harbour, "speaker?") == []


@pytest.mark.parametrize(("summary", "said"), [
    ('Anna Berg, who also voted against the cut in May, said in a statement after the meeting that inflation owed "more '
     'to energy prices than to any cooling".', "summary gives \"more to energy prices than to any cooli…\" as Anna "
                                               "Berg's words, where the source gives them as Tom Hale's: the right "
                                               "speaker?"),
    ('Anna Berg, the regulator, congratulated students but said the figures were "a warning we cannot ignore".',
     "summary gives \"a warning we cannot ignore\" as Anna Berg's words, where the source gives them as Hale's: the "
     "right speaker?"),
    ('Tom Hale congratulated students but said the figures were "a warning we cannot ignore".', None),
])
def test_a_speaker_further_before_the_words_or_after_what_they_did(summary: str, said: str | None, harbour: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A seventeenth review's misses: 'Vale, who also voted against …, said in a statement after the meeting that the
    fall in inflation owed "more to …"' (the speaker 66 characters before the words, in the source too), and 'Odell
    … congratulated students but said the regional figures were "a warning …"' passed."""
    add_to_source(harbour, '\nAnna Berg spoke.\n\nTom Hale, who also voted against the cut in May, said in a statement '
                           'released after the meeting that inflation owed "more to energy prices than to any '
                           'cooling". Hale congratulated students but said the figures were "a warning we cannot '
                           'ignore".\n')
    write(harbour, "content/people/words.yaml", f"title: Words\nsummary: |\n  {summary}\nsource_quote: Hale "
                                                "congratulated students\n")
    assert warnings_with(capsys, harbour, "speaker?") == ([said] if said else [])


def test_a_title_s_speaker_by_the_party_the_source_names_them_with(harbour: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-third review's false alarm: 'says BJP observer' was "BJP's words", where the source gives them as
    "BJP central observer Ashok Tiwari"'s."""
    quote = ('BJP central observer Ashok Tiwari, who flew in on Thursday, said the talks would be concluded "well '
             'before the swearing-in".')
    add_to_source(harbour, f"\nKarnataka BJP leaders met.\n\n{quote}\n")
    write(harbour, "content/people/talks.yaml", "title: 'Talks to end \"well before the swearing-in\", says BJP "
                                                f"observer'\nsummary: s\nsource_quote: '{quote}'\n")
    assert warnings_with(capsys, harbour, "speaker?") == []


def test_a_pronoun_s_speaker_named_with_an_honorific_first_in_its_paragraph(harbour: Path,
                                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-third review's miss: Mr. Patil's words, '"…," he said' in a paragraph that starts "Mr. Patil, who had
    been tipped to become Chief Minister, was blunter", given to the speaker of the paragraph before."""
    quote = '"We underestimated the alliance arithmetic. That mistake cost us at least 20 seats," he said.'
    add_to_source(harbour, "\nMr. Ramachandrappa said the party accepted the verdict.\n\nMr. Patil, who had been "
                           f"tipped to become Chief Minister, was blunter. {quote}\n")
    write(harbour, "content/people/patil.yaml", "title: Congress underestimated alliance arithmetic, admits "
                                                f"Ramachandrappa\nsummary: s\nsource_quote: '{quote}'\n")
    assert warnings_with(capsys, harbour, "speaker?") == [
        "title gives Ramachandrappa as the speaker, where the source gives its source_quote's words to another ('he "
        "said'), and does not name Ramachandrappa before them: the right speaker?"]


@pytest.mark.parametrize(("title", "said"), [
    ("Airport expected to reopen on Saturday at the earliest", []),  # (the airport: a place the source names
    # "Port Ansel International Airport")
    ("Okafor expected to reopen the airport on Saturday", []),  # (a headline's passive: what is expected of her)
    ("Okafor expects the airport to reopen on Saturday", [
        "title gives Okafor as the speaker, where the source gives its source_quote's words as Priya Lindqvist's: the "
        "right speaker?"]),
])
def test_a_headline_s_thing_expected_is_no_speaker(title: str, said: list[str], harbour: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-seventh review's false alarm: the title "Airport expected to reopen on Saturday at the earliest" gave
    "Airport" as the speaker of its quote, Priya Lindqvist's words."""
    quote = ("Its chief executive, Priya Lindqvist, said the airport was expected to reopen on Saturday at the "
             "earliest.")
    add_to_source(harbour, f"\nPort Ansel International Airport closed on Monday. Minister Joy Okafor visited.\n\n"
                           f"{quote}\n")
    write(harbour, "content/people/airport.yaml", f"title: {title}\nsummary: s\nsource_quote: {quote}\n")
    assert warnings_with(capsys, harbour, "speaker?") == said
