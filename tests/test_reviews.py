"""The review corpus: `check` on forty-nine briefings helpers wrote to test it, each against its expected report.

Each folder of tests/fixtures/reviews/ is a briefing on a fictional article: about 25 correct cards and about 20
planted ones (slugs starting `m-`), each with one mistake an editor makes, listed in its planted.md (written when the
helper ran `check` once, at the commit the README's account names). `expected.txt` is what `check` prints for it now:
a change to a check that changes a warning anywhere in the corpus fails here, so that a new check's false alarms on
correct cards, or a lost catch, are seen and judged before it lands.

After an intended change, regenerate with `UPDATE_GOLDEN=1 python -m pytest tests/test_reviews.py` and review the
diff in git: a new line on a card whose slug does not start with `m-` is a false alarm until shown otherwise.
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, check

REVIEWS = FIXTURES / "reviews"
SITES = sorted(path.name for path in REVIEWS.iterdir() if (path / "site.yaml").is_file())


@pytest.mark.parametrize("name", SITES)
def test_check_reports_what_it_did_on_the_review_corpus(name: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    site = Path(shutil.copytree(REVIEWS / name, tmp_path / name, ignore=shutil.ignore_patterns("expected.txt",
                                                                                                "planted.md")))
    _, lines = check(capsys, site)
    said = "".join(f"{line.replace(f'{site}/', '')}\n" for line in lines)  # (paths in the site)
    expected = REVIEWS / name / "expected.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        expected.write_text(said, encoding="utf-8")
    wanted = expected.read_text(encoding="utf-8")
    assert said == wanted, "\n".join(difflib.unified_diff(wanted.splitlines(), said.splitlines(), "expected", "now",
                                                          lineterm="", n=0))


def test_the_corpus_s_correct_cards_get_no_warning_of_their_own() -> None:
    """Across the corpus, the warnings on correct cards are the few the reviews judged true ("title gives 2,315 where
    the source_quote says 'Some 2,315'"), one false alarm known and left, and two cards' shared passage (each correct
    card shares its quote with a planted copy): no other false alarm."""
    own = []
    for name in SITES:
        for line in (REVIEWS / name / "expected.txt").read_text(encoding="utf-8").splitlines():
            path = line.split(":")[0]
            if ": warning: " in line and path.startswith("content/") and not Path(path).name.startswith("m-") and (
                    "same passage" not in line and "overlaps the quote" not in line):
                own.append(f"{name}/{line.split(': warning: ')[0]}")
    assert own == [f"{name}/{where}" for name, where in sorted(_JUDGED_TRUE + _KNOWN_FALSE)]


# a false alarm on a correct card, known and left: tags 'Kittur Karnataka' (a region) and 'Karnataka' (the state) are
# told as one name's two spellings, as 'Botany' and 'Port Botany' rightly are (no rule here tells a region's name from
# a longer spelling)
_KNOWN_FALSE = [("stateelection", "content/results/analyst-swing.yaml:12:79")]

# warnings on correct cards judged true (the reviews', but where said): each drops the article's hedge or bound, but
# four, of the site's front page, eight, of two spellings of one tag, and one, a number converted
_JUDGED_TRUE = [
    ("canal", "content/trade/nordvik-cape.yaml:1:26"),  # "a quarter" for "about a quarter"
    ("canal", "content/transits/boxes-per-foot.yaml:1:33"),  # "300 to 400" for "roughly 300 to 400"
    ("chipplant", "content/resources/electricity.yaml:1:23"),  # "a fifth" for "roughly a fifth"
    ("court", "content/verdict/third-of-claims-discharged.yaml:1:8"),  # "A third" for "Roughly a third"
    ("cycling", "content/race-context/aragon-hosting-fee.yaml:8:5"),  # the figures panel: none is key
    ("databreach", "content/breach/access-requests.yaml:12:8"),  # tags 'Lindqvist' and 'Jonas Lindqvist'
    ("databreach", "content/reaction/costigan-review-next-year.yaml:9:8"),  # tags 'Costigan' and 'Niamh Costigan'
    ("databreach", "content/reaction/doyle-appeal-timing.yaml:10:16"),  # value_max 24 (months) for "two years": not
    # as the article gives it (the review called it a false alarm)
    ("flood", "content/homes-people/tenbury-high-street.yaml:1:8"),  # "A third" for "about a third"
    ("football", "content/club/harland-budget.yaml:1:10"),  # "£5m" for "no more than £5 million"
    ("fraud", "content/investors/investor-profile.yaml:1:8"),  # "Two-thirds" for "About two-thirds"
    ("harvest", "content/exports/tax-schedule.yaml:13:8"),  # tags 'Oyarzabal' and 'Mariana Oyarzabal'
    ("hospital", "content/emergency-care/twelve-hour-waits.yaml:1:9"),  # "2,315" for "Some 2,315"
    ("minerescue", "content/company/workforce.yaml:15:8"),  # tags 'Minera Tres Cumbres' and 'Tres Cumbres'
    ("oceanstudy", "content/science/red-sea-gulf.yaml:1:48"),  # "1.5C too hot" for "at least 1.5C"
    ("portstrike", "content/dispute/agreement-expired.yaml:8:3"),  # the figures panel: none is key
    ("portstrike", "content/dispute/keogh-not-lightly.yaml:15:3"),  # tags 'Botany' and 'Port Botany' for one port
    ("portstrike", "content/dispute/union-claim.yaml:12:3"),  # (the same)
    ("portstrike", "content/economy/melbourne-throughput.yaml:12:9"),  # from 9,200 for "about 9,200"
    ("portstrike", "content/economy/ship-waits.yaml:21:3"),  # (tags 'Botany' and 'Port Botany')
    ("recall", "content/vehicles/models-covered.yaml:17:8"),  # tags 'Ridgeline Aster' and 'Aster' for one car
    ("retail", "content/outlook/brc-forecast.yaml:10:5"),  # the figures panel shows all 62 figures: none is key
    ("schools", "content/numbers/earlier-closures.yaml:8:5"),  # the figures panel: none is key
    ("schools", "content/reaction/childcare-cost.yaml:1:54"),  # "£85 a week" for "about £85"
    ("stateelection", "content/results/kanakapura-margin.yaml:1:16"),  # "1.2 lakh" for "about 1.2 lakh"
    ("stateelection", "content/results/new-house.yaml:1:8"),  # "Two-thirds" for "About two-thirds"
    ("teachers", "content/classrooms/days-missed.yaml:1:24"),  # "14,600" for "roughly 14,600"
    ("teachers", "content/classrooms/union-survey.yaml:1:26"),  # "a third" for "About a third"
    ("teachers", "content/pay/levy.yaml:1:21"),  # "17" for "about 17"
    ("transit", "content/ridership/young-riders.yaml:1:8"),  # "A third" for "about a third"
    ("waitlists", "content/lists/eighteen-month-waiters.yaml:2:8"),  # "58,300" for "Some 58,300"
    ("waitlists", "content/targets/hse-12-month-target.yaml:2:22"),  # "target of 10 per cent" for "no more than 10
    # per cent" (the review called it borderline: a bound dropped)
    ("wildfire", "content/fire/merrow-forest.yaml:1:8"),  # "A third" for "About a third"
]
