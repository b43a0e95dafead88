"""A number a card gives with another name than its quote gives it with (pairchecks.py), through `check`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import add_to_source, card_warnings, check, warnings_with, write

TRUSTS = ("At Fenmoor Hospitals, the worst-performing trust, only 48.3% of patients were seen within four hours, while "
          "Ellingham Royal managed 91.7%.")
SEATS = "The Liberal Democrats won 12, up from 9, Labour won 5, down from 8, and the Greens won 3, up from 1."
REGIONS = "Deliveries in China fell to 141,000, and in North America rose to 168,000."
WHEELCHAIRS = ("Switzerland's Nina Baumann won the women's event in 1:38:44 and Britain's Owen Pryce took the men's "
               "title in 1:25:31.")
RAIN = ("Since Sept. 1, the storm has dropped 22.4 inches of rain on Bellhaven, 18.1 inches on Carrick Bend and 15.6 "
        "inches on Port Alden.")
TOWNS = "The storm flooded 312 homes in Kirkby Harle, while Elmsworth had 187 and Thornsett 96."


@pytest.mark.parametrize(("quote", "title", "summary", "said"), [
    (TRUSTS, "Trusts", "Fenmoor Hospitals saw 91.7% of patients within four hours; Ellingham Royal only 48.3%.",
     ["summary gives 91.7% with Fenmoor Hospitals, where the source_quote gives it with Ellingham Royal: a number "
      "swapped?"]),  # (an eighth review's: the numbers of two items of a list swapped)
    (TRUSTS, "Trusts", "Fenmoor Hospitals saw 48.3% of patients within four hours; Ellingham Royal managed 91.7%.", []),
    (SEATS, "Labour down to 3 seats, Greens up to 5", "s",
     ["title gives 3 with Labour, where the source_quote gives it with Greens: a number swapped?"]),
    (SEATS, "Seats", "The Liberal Democrats won 12 seats, 3 more than the 9 they had. Labour fell to 5 from 8, the "
     "Greens rose to 3 from 1.", []),  # (3 with the Greens too: a difference that is their number)
    (REGIONS, "Regions", "Deliveries in China rose to 168,000, and in North America fell to 141,000.",
     ["summary gives 168,000 with China, where the source_quote gives it with North America: a number swapped?"]),
    (REGIONS, "Regions", "China took 141,000 cars, and North America 168,000.", []),
    (REGIONS, "Regions", "China took 168,000 cars, more than North America.", []),  # (North America's number, with
    # both names: not said where another is)
    ("East Terminal will add 1.2 million TEU, taking capacity to 5.5 million TEU by 2029.", "Capacity",
     "East Terminal opens in 2029. Capacity then reaches 5.5 million TEU.", []),  # (a twelfth review's: a unit in
    # capitals after its number is no name)
    (TOWNS, "312 homes flooded in Kirkby Harle, 187 in Elmsworth, 96 in Thornsett", "s", []),  # (an eleventh
    # review's: the place right after its number)
    (TOWNS, "312 homes flooded in Kirkby Harle, 96 in Elmsworth, 187 in Thornsett", "s",
     ["title gives 96 with Elmsworth, where the source_quote gives it with Thornsett: a number swapped?"]),
    (WHEELCHAIRS, "Baumann wins in 1:25:31, Pryce in 1:38:44", "s", ["title gives 1:25:31 with Baumann, where the "
                                                                      "source_quote gives it with Owen Pryce: a number "
                                                                      "swapped?"]),  # (a thirteenth review's: a
    # race's times, one number each; a possessive before a name is not part of it)
    (WHEELCHAIRS, "Baumann wins in 1:38:44, Pryce in 1:25:31", "s", []),
    (RAIN, "Totals", "Bellhaven 22.4 inches, Carrick Bend 18.1 and Port Alden 15.6.", []),  # (a sixteenth review's:
    # each place right after its number, "on")
    (RAIN, "Totals", "Bellhaven 18.1 inches, Carrick Bend 22.4 and Port Alden 15.6.",
     ["summary gives 18.1 with Bellhaven, where the source_quote gives it with Carrick Bend: a number swapped?"]),
])
def test_a_number_given_with_another_name_than_its_quote_s(quote: str, title: str, summary: str, said: list[str],
                                                          harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Reviews' misses: numbers swapped between the items of a list ("Fenmoor saw 91.7%, Ellingham Royal 48.3%" on
    "Fenmoor … only 48.3% …, while Ellingham Royal managed 91.7%"), each the article's."""
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/pairs.yaml", f"title: {title}\nsummary: {summary}\nsource_quote: {quote}\n")
    assert warnings_with(capsys, harbour, "swapped?") == said


GROUPS = "Among over-75s, uptake stands at 81%, against 84% last winter; among over-65s it is 68%, down from 73%."


@pytest.mark.parametrize(("tags", "title", "said"), [
    ('["over-75s", "over-65s"]', "Uptake: over-75s 68%, over-65s 81%",
     ["title gives 68% with over-75s, where the source_quote gives it with over-65s: a number swapped?"]),  # (a
    # fourteenth review's: groups in small letters, named before their numbers)
    ('["over-75s", "over-65s"]', "Uptake: over-75s 81%, over-65s 68%", []),
    ("[]", "Uptake: over-75s 68%, over-65s 81%", []),  # (no tags: no names in small letters known)
])
def test_a_number_given_with_another_group_than_its_quote_s(tags: str, title: str, said: list[str], harbour: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """The card's tags in small letters are names too: "over-75s 68%, over-65s 81%" on "Among over-75s … 81% …; among
    over-65s it is 68%"."""
    add_to_source(harbour, f"\n{GROUPS}\n")
    write(harbour, "content/people/groups.yaml", f"title: '{title}'\nsummary: s\nsource_quote: {GROUPS}\ntags: {tags}\n")
    assert warnings_with(capsys, harbour, "swapped?") == said


@pytest.mark.parametrize(("quote", "summary"), [
    ("Customers used a peak of 1,240 megalitres a day (Ml/d) on 12 July, compared with a typical 1,050 Ml/d.",
     "Customers used a peak of 1,240 megalitres a day on Saturday, 12 July."),  # (a day; 'Customers': a sentence's
    # first word, no name the source writes in capitals inside one)
    ("In the vote, Labour won 5 seats and the Greens won 3.", "Labour Won 3 Seats And The Greens 5"),  # (a title
    # in capitals)
])
def test_what_is_no_name_or_no_number_of_one(quote: str, summary: str, harbour: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A day of a month is no number of a name's, nor is a sentence's first word a name; a title with every word in
    capitals names nothing the check can tell."""
    add_to_source(harbour, f"\n{quote}\n")
    card = f"title: {summary}\nsummary: s\n" if summary.istitle() else f"title: t\nsummary: {summary}\n"
    write(harbour, "content/people/pairs.yaml", f"{card}source_quote: \"{quote}\"\n")
    assert [line for line in check(capsys, harbour)[1] if "swapped?" in line] == []


COUNTS = ("Pellow, 54, was convicted last month of 14 counts of fraud by abuse of position and two of false accounting "
          "after a nine-week trial.")
STAFF = "The trust employs 2,410 nurses and 1,135 doctors."


@pytest.mark.parametrize(("quote", "title", "said"), [
    (COUNTS, "Pellow convicted of two counts of fraud and 14 of false accounting",
     ["title gives two before 'counts', where the source_quote gives it before 'false', and another number before "
      "'counts': a number swapped?"]),  # (a thirteenth review's: numbers swapped between lowercase items)
    (COUNTS, "Pellow convicted on 14 fraud counts and two counts of false accounting", []),  # (the word the quote
    # leaves out, 'counts', and its own words after it)
    (STAFF, "Trust employs 1,135 nurses", ["title gives 1,135 before 'nurses', where the source_quote gives it before "
                                           "'doctors', and another number before 'nurses': a number swapped?"]),
    (STAFF, "Trust employs 2,410 nurses and 1,135 doctors", []),
    ("Okonjo won 11 of the city's 16 wards, while Thwaite held five.", "Okonjo wins 11 of 16 wards", []),  # (a part of
    # a whole: its words are the whole's)
    ("A record 48,512 runners started and 47,930 finished, up from 45,106 finishers last year.",
     "48,512 starters; 47,930 finishers", []),  # (the same word in another form)
    ("Northjet cancelled 86 departures and arrivals on Monday and 74 on Tuesday, and expected to cancel a further 60 "
     "to 70 flights on Wednesday.", "Northjet cancels 86 flights on Monday and 74 on Tuesday", []),  # (a nineteenth
    # review's: a range's ends are no items of a list)
    ("The cap is based on use of 2,700 kilowatt hours (kWh) of electricity and 11,500kWh of gas.", "2,700kWh of "
     "electricity and 11,500kWh of gas", []),  # (a twenty-first review's: a unit's abbreviation in brackets)
])
def test_a_number_given_before_another_item_s_words(quote: str, title: str, said: list[str], harbour: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A thirteenth review's: "two counts of fraud and 14 of false accounting" on "14 counts of fraud … and two of false
    accounting" passed: its items name no one."""
    add_to_source(harbour, f"\n{quote}\n")
    write(harbour, "content/people/items.yaml", f"title: \"{title}\"\nsummary: s\nsource_quote: \"{quote}\"\n")
    assert warnings_with(capsys, harbour, "swapped?") == said


TOWNS_LEFT = ("Pine Hollow has been emptied of all 3,100 of its residents; in Ashby, 2,600 people have been told to "
              "leave, and in Marlow Creek, 1,900.")
WAITS = ("Waits grew at Kessingford. Kessingford had the highest share of long waiters, with 1,480 patients waiting over "
         "52 weeks, compared with 1,120 at Halverton Royal.")
REGION = "The south-east of England recorded the highest share of A and A* grades, at 31.6%, followed by London on 31.2%."


@pytest.mark.parametrize(("quote", "tags", "figures", "said"), [
    (TOWNS_LEFT, "[Ashby, Marlow Creek]", [("Ashby residents told to leave", 1900), ("Marlow Creek residents", 2600)],
     ["figures[0].value 1,900 is Ashby's in its label, where the source_quote gives it with Marlow Creek: a number "
      "swapped?"]),  # (a seventeenth review's: two figures' values swapped)
    (TOWNS_LEFT, "[Ashby, Marlow Creek]", [("Ashby residents told to leave", 2600), ("Marlow Creek residents", 1900)],
     []),
    (REGION, "[London, south-east]", [("London entries graded A or A*", 31.6), ("South-east entries", 31.2)],
     ["figures[0].value 31.6 is London's in its label, where the source_quote gives it with south-east: a number "
      "swapped?"]),  # (the same review's: a group's name of a place, "the south-east of England"; "A and A*" no list)
    (REGION, "[London, south-east]", [("South-east entries graded A or A*", 31.6), ("London entries", 31.2)], []),
    (WAITS, "[Kessingford, Halverton Royal]", [("Kessingford patients waiting over 52 weeks", 1480),
                                               ("Halverton Royal patients waiting over 52 weeks", 1120)], []),  # (an
    # eighteenth review's: "52" is the label's own, not the value)
])
def test_figures_whose_values_are_swapped(quote: str, tags: str, figures: list[tuple[str, float]], said: list[str],
                                          harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_to_source(harbour, f"\n{quote}\n")
    listed = "".join(f"  - label: {label}\n    value: {value}\n" for label, value in figures)
    write(harbour, "content/people/towns.yaml", f"title: t\nsummary: s\nsource_quote: \"{quote}\"\ntags: {tags}\n"
                                                f"figures:\n{listed}")
    assert warnings_with(capsys, harbour, "swapped?") == said


OKORO = ("\"The surprise was not the cut but the split,\" said Daniel Okoro, chief economist at Harbour Street Capital, "
         "whose forecast was 1,120 at Harbour Street Capital.")


@pytest.mark.parametrize(("summary", "said"), [
    ("Daniel Okoro, chief economist at Nordbank, was surprised by the split.",
     ["summary gives Nordbank after 'economist at', where the source_quote gives Harbour Street Capital: the right "
      "name?"]),  # (a seventeenth review's: a body swapped for another the article names)
    ("Daniel Okoro, chief economist at Harbour Street Capital, was surprised.", []),
    ("Daniel Okoro, chief economist at Harbour Street, was surprised.", []),  # (a word of it)
    ("Okoro, an economist at Harbour Street Capital, said Nordbank agreed.", []),
    ("Okoro's forecast was 1,120 at the Nordbank, he said.", ["summary gives Nordbank after '1,120 at', where the "
                                                               "source_quote gives Harbour Street Capital: the right "
                                                               "name?"]),  # (a nineteenth review's "gained Marlow Cross
    # from the Conservatives" for "from Labour": "the" between)
    ("Okoro, chief economist at HSC, was surprised.", []),  # (the same review's "CDC" for "Centers for Disease
    # Control": its initials)
    ("Okoro, chief economist at Harbour Street Capital, which the HSC reported.", []),
    ("Okoro, chief economist at Harbour Streets, was surprised.", []),  # (a nineteenth review's "talks with the
    # Greens" for "the Green group": a word's stem)
    ("Okoro's forecast was 1,120 at Nordbank, he said.", ["summary gives Nordbank after '1,120 at', where the "
                                                           "source_quote gives Harbour Street Capital: the right name?"]),
    # (an eighteenth review's "1,120 at St Aidan's" for "1,120 at Halverton Royal": a number before the name's word)
])
def test_a_name_after_the_words_the_quote_gives_another_after(summary: str, said: list[str], harbour: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    add_to_source(harbour, f"\nNordbank's economists agreed.\n\n{OKORO}\n")
    write(harbour, "content/people/okoro.yaml", f"title: t\nsummary: {summary}\nsource_quote: '{OKORO}'\n")
    assert warnings_with(capsys, harbour, "right name?") == said


MEDICAL = "St John Ambulance volunteers treated 214 runners, most of them for heat exhaustion."


@pytest.mark.parametrize(("title", "said"), [
    ("Red Cross volunteers treat 214 runners", ["title gives Red Cross before 'volunteers treat', where the "
                                                "source_quote gives St John Ambulance: the right name?"]),  # (an
    # eighteenth review's: a body swapped for another the article names, before the same words)
    ("St John Ambulance volunteers treat 214 runners", []),
    ("Volunteers treat 214 runners; Red Cross on standby", []),
])
def test_a_name_before_the_words_the_quote_gives_another_before(title: str, said: list[str], harbour: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    add_to_source(harbour, "\nThe British Red Cross was on standby.\n")
    assert card_warnings(capsys, harbour, MEDICAL, "right name?", title) == said


def test_a_possessive_of_the_quote_s_name_is_the_name(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The seed briefing's "Russia's military chief visits Pakistan" on "When Russian military chief Col-Gen Alexander
    Postnikov visited" (a first version of the check above said it named another than the quote)."""
    add_to_source(harbour, "\nRussia sent a delegation.\n")
    assert card_warnings(capsys, harbour, "When Russian military chief Alexander Postnikov visited Pakistan in May.",
                         "right name?", "Russia's military chief visits Pakistan") == []


def test_a_name_whose_initials_the_quote_gives(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A twentieth review's: "the Serious Fraud Office has brought" on "the SFO has brought": the name of its
    initials."""
    add_to_source(harbour, "\nThe Serious Fraud Office charged them.\n")
    assert card_warnings(capsys, harbour, "Since then the SFO has brought three cases.", "right name?", "t",
                         "Since then the Serious Fraud Office has brought three cases.") == []


def test_a_person_named_by_a_people_s_word(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-first review's: "expected to gain time on Villamizar" on "expected to gain time on the Colombian" (the
    same rider, named): not another name after the same words."""
    add_to_source(harbour, "\nJuan Villamizar leads.\n")
    assert card_warnings(capsys, harbour, "Van der Laan is expected to gain time on the Colombian.", "right name?",
                         summary="Van der Laan is expected to gain time on Villamizar.") == []


BIRNIE = ("Dr Rachel Birnie, a reef ecologist at the Australian Institute of Marine Science, said the survey relied on "
          "reefs near research stations.")
KESSLER = "Jonah Kessler of Brightwater Capital Markets, who rates the stock a buy, was more upbeat."


@pytest.mark.parametrize(("quote", "summary", "said"), [
    (BIRNIE, "Birnie, a reef ecologist at the Australian Marine Conservation Society, doubts the survey.",
     ["summary gives Australian Marine Conservation Society after 'ecologist at', where the source_quote gives "
      "Australian Institute of Marine Science: the right name?"]),  # (a twenty-second review's miss: a word of the
    # name the quote's, "Australian")
    (BIRNIE, "Birnie, a reef ecologist at the Australian Institute of Marine Science, doubts the survey.", []),
    (BIRNIE, "Dr Rachel Birnie, an ecologist at the Institute of Marine Science, doubts the survey.", []),  # (fewer
    # words of it: none new)
    (KESSLER, "Jonah Kessler of Halden Securities, who rates the stock a buy, was upbeat.",
     ["summary gives Halden Securities after 'Kessler of', where the source_quote gives Brightwater Capital Markets: "
      "the right name?"]),  # (the same review's: a person's body, in one name with the person)
    (KESSLER, "Jonah Kessler of Brightwater, who rates the stock a buy, was upbeat.", []),
])
def test_a_name_of_the_source_s_words_beside_the_quote_s_words(quote: str, summary: str, said: list[str],
                                                                harbour: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    add_to_source(harbour, "\nThe Australian Marine Conservation Society and Halden Securities agreed.\n")
    assert card_warnings(capsys, harbour, quote, "right name?", summary=summary) == said


def test_a_sentence_s_first_word_is_no_name(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-fourth review's false alarm: "Children from Wrenmoor would travel" on "Pupils from Wrenmoor would
    travel" gave Children for Pupils, two names."""
    quote = "Pupils from Wrenmoor would travel 6.5 miles to Ashcombe, the council said."
    assert card_warnings(capsys, harbour, quote, "right name?",
                         summary="Children from Wrenmoor would travel 6.5 miles to Ashcombe.") == []


def test_a_place_after_its_number_by_a_direction(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A twenty-sixth review's false alarm: a figure "Distance east of Aberdeen", 80, on "Fulmar Deep, a 1.4GW farm
    roughly 80 kilometres east of Aberdeen" was Aberdeen's number given with Fulmar Deep."""
    quote = "Caledon won a contract for Fulmar Deep, a 1.4GW farm roughly 80 kilometres east of Aberdeen, at £139.93."
    more = ("figures:\n  - label: Fulmar Deep capacity\n    value: 1.4\n  - label: Distance east of Aberdeen\n"
            "    value: 80\n    hedge: roughly\n")
    assert card_warnings(capsys, harbour, quote, "swapped", more=more) == []


@pytest.mark.parametrize(("summary", "said"), [
    ("Korvane's shares rose 4.3 percent in Vestra trading on Tuesday.", [
        "summary gives Vestra before 'trading on', where the source_quote gives Frankfurt: the right name?"]),  # (a
    # twenty-eighth review's miss: a place swapped, before a word and a short one)
    ("Korvane's shares rose 4.3 percent in Frankfurt trading on Tuesday, after its plan for Vestra.", []),
])
def test_a_name_before_a_word_and_a_short_one(summary: str, said: list[str], harbour: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    add_to_source(harbour, "\nKorvane will build its plant in Vestra.\n")
    quote = "Shares in Korvane rose 4.3 percent, from €46.60 to €48.60, in Frankfurt trading on Tuesday."
    assert card_warnings(capsys, harbour, quote, "right name?", summary=summary) == said
