"""propose.py and watch.py, run as a person runs them (the venv's python, a subprocess), on short texts written for
these tests in the style of CENTCOM's releases and of reports of them (tests/fixtures/reader/)."""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "reader"
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable
sys.path.insert(0, str(ROOT))

import propose  # noqa: E402


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, *args], capture_output=True, text=True, cwd=cwd, timeout=30)


def proposals(name: str, published: str, *extra: str) -> list[dict]:
    done = run("propose.py", str(FIXTURES / name), "--published", published, "--source-id", "test-doc", *extra)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return list(csv.DictReader(io.StringIO(done.stdout)))


def table(rows: list[dict]) -> set[tuple]:
    return {(r["period_start"], r["period_end"], r["country"], r["measure"], r["value"], r["qualifier"]) for r in rows}


def test_header_is_figures_columns_then_evidence_and_counted_as():
    done = run("propose.py", str(FIXTURES / "month.txt"), "--published", "2025-03-04")
    header = done.stdout.splitlines()[0].split(",")
    with (ROOT / "data" / "figures.csv").open(encoding="utf-8") as fp:
        columns = next(csv.reader(fp))
    assert header[:len(columns)] == columns
    assert set(header) == set(columns) | {"evidence", "counted_as"}


def test_a_month_with_a_two_column_table():
    rows = proposals("month.txt", "2025-03-04")
    feb = ("2025-02-01", "2025-02-28")
    assert table(rows) == {
        (*feb, "Total", "operations", "41", "exact"), (*feb, "Total", "killed", "9", "exact"),
        (*feb, "Total", "detained", "52", "exact"),
        (*feb, "Iraq", "partnered_operations", "26", "exact"), (*feb, "Iraq", "us_only_operations", "0", "exact"),
        (*feb, "Iraq", "killed", "4", "exact"), (*feb, "Iraq", "detained", "19", "exact"),
        (*feb, "Syria", "partnered_operations", "13", "exact"), (*feb, "Syria", "us_only_operations", "2", "exact"),
        (*feb, "Syria", "killed", "5", "exact"), (*feb, "Syria", "detained", "33", "exact"),
    }
    assert {(r["stated_by"], r["assessment"], r["source_id"]) for r in rows} == {("CENTCOM", "primary", "test-doc")}
    killed = next(r for r in rows if r["country"] == "Total" and r["measure"] == "killed")
    assert killed["evidence"] == "9 ISIS operatives killed" and killed["counted_as"] == "ISIS operatives"


def test_every_evidence_is_words_of_the_text():
    for name, published in [("month.txt", "2025-03-04"), ("quarter.txt", "2025-07-10"), ("arabic.txt", "2025-10-02"),
                            ("six-months.txt", "2025-09-30")]:
        text = (FIXTURES / name).read_text(encoding="utf-8")
        for row in proposals(name, published):
            assert row["evidence"] in text and 2 <= len(row["evidence"].split()) <= 15, row


def test_a_quarter_with_per_country_splits_and_qualifiers():
    rows = proposals("quarter.txt", "2025-07-10")
    q2 = ("2025-04-01", "2025-06-30")
    assert table(rows) == {
        (*q2, "Total", "operations", "120", "exact"), (*q2, "Total", "killed", "30", "more_than"),
        (*q2, "Total", "detained", "140", "exact"),
        (*q2, "Iraq", "partnered_operations", "70", "exact"), (*q2, "Iraq", "killed", "12", "exact"),
        (*q2, "Iraq", "detained", "61", "at_least"),
        (*q2, "Syria", "partnered_operations", "50", "exact"), (*q2, "Syria", "killed", "20", "nearly"),
        (*q2, "Syria", "detained", "79", "exact"),
    }  # and not the 2,500 fighters at large or the 9,000 detainees held


def test_past_six_months_is_counted_back_from_the_statement_day():
    # published on Wednesday 1 October; "said on Tuesday": the statement is of 30 September
    rows = proposals("six-months.txt", "2025-10-01")
    window = ("2025-03-30", "2025-09-30")
    assert table(rows) == {
        (*window, "Syria", "operations", "90", "nearly"), (*window, "Syria", "killed", "16", "exact"),
        (*window, "Syria", "detained", "120", "more_than"), (*window, "Syria", "us_only_operations", "15", "up_to"),
    }  # not the 1,000 U.S. troops
    assert {(r["stated_by"], r["assessment"]) for r in rows} == {("CENTCOM", "quoted")}
    assert all("counted back" in r["note"] for r in rows)
    assert {r["counted_as"] for r in rows if r["measure"] == "detained"} == {"terrorists"}


def test_arabic_with_arabic_indic_digits_and_number_words():
    rows = proposals("arabic.txt", "2025-10-02")
    sep = ("2025-09-01", "2025-09-30")
    assert table(rows) == {
        (*sep, "Total", "operations", "45", "exact"), (*sep, "Total", "killed", "13", "at_least"),
        (*sep, "Total", "detained", "60", "more_than"),
        (*sep, "Syria", "partnered_operations", "20", "exact"), (*sep, "Syria", "killed", "5", "exact"),
        (*sep, "Syria", "detained", "32", "exact"),
    }  # not the three thousand held in detention, nor the 900 soldiers
    assert next(r for r in rows if r["value"] == "13")["evidence"] == "مقتل ما لا يقل عن ثلاثة عشر عنصرا من التنظيم"


def test_arabic_number_words_and_qualifiers():
    assert [propose.number_value(m) for m in propose.NUMBER.finditer("ثلاثة آلاف و خمسة وعشرين و ثلاثة عشر")] == [3000, 25, 13]
    rows = propose.propose("أعلنت القيادة المركزية الأمريكية أنها نفذت نحو ثلاثين عملية ضد داعش في سوريا خلال شهر آب.",
                           propose.dt.date(2024, 9, 5))
    assert table(rows) == {("2024-08-01", "2024-08-31", "Syria", "operations", "30", "approximately")}


def test_casualties_troops_dates_and_ages_are_not_tallies():
    assert proposals("casualties.txt", "2025-12-15") == []


def test_an_html_page_without_its_scripts_styles_and_furniture():
    rows = proposals("page.html", "2024-09-07")
    aug = ("2024-08-01", "2024-08-31")
    assert table(rows) == {
        (*aug, "Total", "operations", "27", "exact"), (*aug, "Total", "killed", "6", "exact"),
        (*aug, "Total", "detained", "18", "exact"), (*aug, "Syria", "partnered_operations", "11", "exact"),
        (*aug, "Syria", "killed", "4", "exact"), (*aug, "Syria", "detained", "9", "exact"),
    }
    assert {(r["stated_by"], r["assessment"]) for r in rows} == {("CENTCOM", "quoted")}
    assert "&nbsp;" not in "".join(r["evidence"] for r in rows)


def test_an_outlet_s_running_sum_is_the_outlet_s():
    rows = propose.propose("U.S. Central Command said on Friday it carried out 30 operations in March. By our count, "
                           "U.S. and partner forces have carried out 140 operations so far this year.",
                           propose.dt.date(2024, 4, 6), publisher="Example News")
    assert {(r["measure"], r["value"], r["stated_by"], r["assessment"]) for r in rows} == {
        ("operations", "30", "CENTCOM", "quoted"), ("operations", "140", "Example News", "outlet_count")}


def test_a_text_with_no_figures_gives_the_header_only(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("Nothing to count here.\n", encoding="utf-8")
    done = run("propose.py", str(empty), "--published", "2025-01-01")
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 1 and done.stderr == ""


@pytest.mark.parametrize("args, says", [
    (["no-such-file.txt", "--published", "2025-01-01"], "cannot read no-such-file.txt"),
    ([str(FIXTURES / "month.txt"), "--published", "2025-13-40"], "YYYY-MM-DD"),
    ([str(FIXTURES / "month.txt"), "--published", "yesterday"], "YYYY-MM-DD"),
    ([str(FIXTURES / "month.txt")], "--published"),
    ([str(FIXTURES), "--published", "2025-01-01"], "cannot read"),
])
def test_bad_input_is_a_message_and_a_non_zero_exit(args, says):
    done = run("propose.py", *args)
    assert done.returncode != 0
    assert says in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""


def test_watch_proposes_for_new_items_about_isis_only(tmp_path):
    out = tmp_path / "proposals"
    done = run("watch.py", str(FIXTURES / "feed.xml"), "--out", str(out))
    assert done.returncode == 0, done.stderr
    # the Red Sea item is not about ISIS; the July 2023 review is already in data/sources.csv
    assert sorted(p.name for p in out.iterdir()) == [
        "centcom-20251009-01.csv", "centcom-20251009-01.sources.csv",
        "news-20251012-partnered-raids-against-daesh-cells.csv",
        "news-20251012-partnered-raids-against-daesh-cells.sources.csv"]
    release = list(csv.DictReader((out / "centcom-20251009-01.csv").open(encoding="utf-8")))
    assert table(release) == {("2025-09-01", "2025-09-30", "Syria", "operations", "18", "exact"),
                              ("2025-09-01", "2025-09-30", "Syria", "killed", "4", "exact"),
                              ("2025-09-01", "2025-09-30", "Syria", "detained", "27", "exact")}
    assert {(r["stated_by"], r["assessment"], r["source_id"]) for r in release} == {
        ("CENTCOM", "primary", "centcom-20251009-01")}
    [source] = csv.DictReader((out / "centcom-20251009-01.sources.csv").open(encoding="utf-8"))
    assert (source["release_number"], source["kind"], source["published"]) == ("20251009-01", "press_release", "2025-10-09")
    with (ROOT / "data" / "sources.csv").open(encoding="utf-8") as fp:
        assert list(source) == next(csv.reader(fp))
    # a summary-only item of a news site: proposed from the summary, as a quote of CENTCOM
    [summary] = csv.DictReader((out / "news-20251012-partnered-raids-against-daesh-cells.csv").open(encoding="utf-8"))
    assert (summary["measure"], summary["value"], summary["qualifier"], summary["assessment"]) == (
        "partnered_operations", "12", "more_than", "quoted")
    assert (summary["period_start"], summary["period_end"]) == ("2025-10-01", "2025-10-11")


def test_watch_reads_atom_too(tmp_path):
    feed = tmp_path / "feed.atom"
    feed.write_text("""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>test</title>
<entry><title>Quarter in review</title><link href="https://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/9990003/"/>
<published>2025-04-03T10:00:00Z</published>
<summary>From January through March, U.S. Central Command and partners conducted 60 operations against ISIS in Syria.</summary>
</entry></feed>""", encoding="utf-8")
    done = run("watch.py", str(feed), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader((tmp_path / "out" / "centcom-article-9990003.csv").open(encoding="utf-8")))
    assert table(rows) == {("2025-01-01", "2025-03-31", "Syria", "operations", "60", "exact")}


@pytest.mark.parametrize("feed, says", [("no-such-feed.xml", "cannot read"), ("README.md", "not an RSS or Atom feed")])
def test_watch_bad_feed_is_a_message_and_a_non_zero_exit(feed, says, tmp_path):
    done = run("watch.py", feed, "--out", str(tmp_path / "out"))
    assert done.returncode != 0 and says in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


def test_watch_never_writes_into_data():
    done = run("watch.py", str(FIXTURES / "feed.xml"), "--out", str(ROOT / "data" / "proposals"))
    assert done.returncode != 0 and "never written into data/" in done.stderr
    assert not (ROOT / "data" / "proposals").exists()


def test_arabic_quarter_words_nouns_after_min_and_a_dated_statement():
    text = ("أعلنت القيادة المركزية الأمريكية أنها نفذت ما يقرب من 50 عملية ضد داعش في العراق وسوريا خلال الأشهر الثلاثة "
            "الأولى من العام الجاري.\nوجاء في بيان نشرته القيادة، الخميس 4 من نيسان، أن العمليات أسفرت عن مقتل 9 من "
            "عناصر التنظيم واعتقال 12 اخرين.\nوأسفرت العمليات عن مقتل 3 من كبار قادة التنظيم.")
    q1 = ("2024-01-01", "2024-03-31")
    assert table(propose.propose(text, propose.dt.date(2024, 4, 5))) == {
        (*q1, "Total", "operations", "50", "nearly"), (*q1, "Total", "killed", "9", "exact"),
        (*q1, "Total", "detained", "12", "exact"), (*q1, "Total", "leaders_killed", "3", "exact")}


def test_arabic_last_year_and_a_year_without_the_word_year():
    rows = propose.propose("قالت القيادة المركزية إن القوات نفذت 120 عملية في سوريا خلال العام الماضي، وقالت "
                           "إنها قتلت نحو 300 من عناصر داعش فى 2022.", propose.dt.date(2023, 1, 6))
    y = ("2022-01-01", "2022-12-31")
    assert table(rows) == {(*y, "Syria", "operations", "120", "exact"), (*y, "Syria", "killed", "300", "approximately")}
    assert next(r for r in rows if r["value"] == "300")["evidence"] == "قتلت نحو 300 من عناصر"


def test_arabic_digits_after_wa_us_only_words_and_a_stated_zero():
    rows = propose.propose("نفذت القيادة المركزية الأمريكية 40 عملية مشتركة في سوريا و12 عملية أمريكية أحادية الجانب "
                           "خلال شهر أيار. ولم تنفذ أي عملية منفردة في العراق خلال شهر أيار.", propose.dt.date(2024, 6, 8))
    may = ("2024-05-01", "2024-05-31")
    assert table(rows) == {(*may, "Syria", "partnered_operations", "40", "exact"),
                           (*may, "Syria", "us_only_operations", "12", "exact"),
                           (*may, "Iraq", "us_only_operations", "0", "exact")}


def test_shares_of_the_operations_both_countries_there_and_attacks_isis_carried_out():
    text = ("ISIS carried out 90 attacks from January to June, more than the 70 attacks of all of 2023, the command said. "
            "Partner forces conducted 150 operations against ISIS. Of these operations, 100 were in Iraq and 50 in Syria, "
            "leading to the deaths of 30 ISIS operatives.\n\nIn Iraq, the coalition carried out 100 operations. "
            "Twelve ISIS operatives were killed there.")
    rows = propose.propose(text, propose.dt.date(2024, 7, 20))
    h1, y23 = ("2024-01-01", "2024-06-30"), ("2023-01-01", "2023-12-31")
    assert table(rows) == {
        (*h1, "Total", "isis_claimed_attacks", "90", "exact"), (*y23, "Total", "isis_claimed_attacks", "70", "exact"),
        (*h1, "Total", "operations", "150", "exact"), (*h1, "Iraq", "operations", "100", "exact"),
        (*h1, "Syria", "operations", "50", "exact"), (*h1, "Total", "killed", "30", "exact"),
        (*h1, "Iraq", "killed", "12", "exact")}


def test_leaders_among_those_killed_us_wounded_and_a_statement_day():
    text = ("CENTCOM said on Monday that since March 3, forces conducted 40 operations, killing 20 ISIS members. "
            "Among those killed or detained were over 5 senior ISIS leaders. Three U.S. service members were wounded "
            "in the course of the operations. On April 2, a raid in Iraq killed at least four operatives.")
    rows = propose.propose(text, propose.dt.date(2024, 4, 16))
    w = ("2024-03-03", "2024-04-15")
    assert table(rows) == {(*w, "Total", "operations", "40", "exact"), (*w, "Total", "killed", "20", "exact"),
                           (*w, "Total", "leaders_killed_or_captured", "5", "more_than"),
                           (*w, "Total", "us_wounded", "3", "exact")}  # not the four of 2 April's raid


def test_a_figure_restated_with_a_counted_back_window_is_one_figure():
    text = ("The U.S. military said it had killed nine ISIS operatives in Syria over the past ten days.\n\n"
            "\"CENTCOM and partners killed at least nine ISIS members during 14 missions conducted Nov. 3-12,\" it said.")
    rows = propose.propose(text, propose.dt.date(2025, 11, 13))
    w = ("2025-11-03", "2025-11-12")
    assert table(rows) == {(*w, "Syria", "killed", "9", "at_least"), (*w, "Syria", "operations", "14", "exact")}


def test_partner_forces_name_the_country_and_a_rounded_figure_stays_beside_the_exact_one():
    text = ("CENTCOM said it conducted nearly 100 operations in Iraq and Syria in the first half of 2024. In all, the "
            "command conducted 97 operations in the first half of 2024. In 40 joint operations with the SDF during "
            "that period, 9 ISIS operatives were killed.")
    rows = propose.propose(text, propose.dt.date(2024, 7, 20))
    h1 = ("2024-01-01", "2024-06-30")
    assert table(rows) == {(*h1, "Total", "operations", "100", "nearly"), (*h1, "Total", "operations", "97", "exact"),
                           (*h1, "Syria", "partnered_operations", "40", "exact"), (*h1, "Syria", "killed", "9", "exact")}


def test_last_month_takes_the_dates_the_text_gives_for_the_operations():
    text = ("أعلنت القيادة المركزية الأمريكية تنفيذ 15 عملية ضد داعش في سوريا خلال الشهر الماضي.\n"
            "وأوضحت أن العمليات التي جرت بين 2 أيلول/ سبتمبر و8 تشرين الأول/ أكتوبر أسفرت عن مقتل 4 من عناصر التنظيم.")
    w = ("2025-09-02", "2025-10-08")
    assert table(propose.propose(text, propose.dt.date(2025, 10, 10))) == {
        (*w, "Syria", "operations", "15", "exact"), (*w, "Syria", "killed", "4", "exact")}


def test_a_list_that_repeats_its_measures_under_a_line_naming_both_countries():
    text = ("During May 2024 the command conducted 25 operations, broken down across Iraq and Syria as follows:\n"
            "• 15 partnered operations\n• 4 ISIS operatives killed\n• 10 partnered operations\n• 2 ISIS operatives killed")
    may = ("2024-05-01", "2024-05-31")
    assert table(propose.propose(text, propose.dt.date(2024, 6, 10))) == {
        (*may, "Total", "operations", "25", "exact"), (*may, "Iraq", "partnered_operations", "15", "exact"),
        (*may, "Iraq", "killed", "4", "exact"), (*may, "Syria", "partnered_operations", "10", "exact"),
        (*may, "Syria", "killed", "2", "exact")}
    totals = "In May 2024, across Iraq and Syria:\n• 25 operations\n• 6 ISIS operatives killed"
    assert {r["country"] for r in propose.propose(totals, propose.dt.date(2024, 6, 10))} == {"Total"}


def test_arabic_partnered_operations_named_before_the_number_or_alongside_a_partner():
    text = ("وبلغت العمليات المشتركة ضد التنظيم في سوريا خلال شهر آذار، 18 عملية. وفي العراق نفذت القوات بالتعاون مع قوات "
            "الأمن العراقية، 9 عمليات خلال شهر آذار. وأسفرت 5 عمليات أجريت جنبا إلى جنب مع قسد خلال شهر آذار عن مقتل عنصرين.")
    mar = ("2024-03-01", "2024-03-31")
    assert table(propose.propose(text, propose.dt.date(2024, 4, 8))) >= {
        (*mar, "Syria", "partnered_operations", "18", "exact"), (*mar, "Iraq", "partnered_operations", "9", "exact")}


def test_detainees_moved_to_iraq_from_the_day_the_move_began():
    text = ("CENTCOM said on Friday that the 20-day mission, which began on March 2, moved more than 3,100 ISIS "
            "detainees from prisons in Syria to Iraq. Officials plan to move about 4,000 prisoners in all.")
    rows = propose.propose(text, propose.dt.date(2026, 3, 24))
    assert table(rows) == {("2026-03-02", "2026-03-21", "Syria", "detainees_transferred_to_iraq", "3100", "more_than")}
    arabic = ("أعلنت القيادة المركزية أنها أنجزت نقل أكثر من ألفي سجين من داعش من سوريا إلى العراق. وقالت إن المهمة بدأت "
              "في 2 مارس وأكملت مهمة النقل في 20 مارس. وكانت قد أعلنت أنها ستنقل نحو أربعة آلاف سجين.")
    assert table(propose.propose(arabic, propose.dt.date(2026, 3, 22))) == {
        ("2026-03-02", "2026-03-20", "Syria", "detainees_transferred_to_iraq", "2000", "more_than")}


def test_arabic_singular_and_dual_nouns_count_and_earlier_this_month_is_an_event():
    text = ("نفذت القوات 12 عملية في سوريا خلال شهر آب، أسفرت عن مقتل عنصر واعتقال 6 آخرين.\n"
            "وفي العراق نفذت القوات 8 عمليات خلال شهر آب أسفرت عن مقتل عنصرين.\n"
            "وفي وقت سابق من الشهر الجاري، أعلنت القيادة مقتل قياديين اثنين في التنظيم.")
    aug = ("2024-08-01", "2024-08-31")
    assert table(propose.propose(text, propose.dt.date(2024, 9, 12))) == {
        (*aug, "Syria", "operations", "12", "exact"), (*aug, "Syria", "killed", "1", "exact"),
        (*aug, "Syria", "detained", "6", "exact"), (*aug, "Iraq", "operations", "8", "exact"),
        (*aug, "Iraq", "killed", "2", "exact")}


def test_a_text_about_syria_that_mentions_detainees_moved_to_iraq_is_about_syria():
    text = ("US strikes ISIS targets in Syria as detainees are moved to Iraq\n\n"
            "US Central Command said it hit more than 20 targets between March 3 and 9.")
    assert table(propose.propose(text, propose.dt.date(2026, 3, 11))) == {
        ("2026-03-03", "2026-03-09", "Syria", "targets_struck", "20", "more_than")}


def test_a_figure_for_a_named_campaign_runs_from_its_start_in_events_csv():
    assert ("Hawkeye Strike", propose.dt.date(2025, 12, 19)) in propose.campaigns()
    text = ("CENTCOM said on Tuesday that its forces carried out three strikes in Syria from Jan. 5 to Jan. 9 as part of "
            "Operation Hawkeye Strike. After about three weeks of operations, more than 20 ISIS fighters have been "
            "killed or captured.")
    rows = propose.propose(text, propose.dt.date(2026, 1, 14))
    assert table(rows) == {("2026-01-05", "2026-01-09", "Syria", "strikes", "3", "exact"),
                           ("2025-12-19", "2026-01-13", "Syria", "killed_or_detained", "20", "more_than")}


def test_arabic_attacks_isis_claimed():
    rows = propose.propose("وأعلن داعش مسؤوليته عن 80 هجوماً في العراق وسوريا خلال النصف الأول من العام 2025، وفق البيان.",
                           propose.dt.date(2025, 7, 20))
    assert table(rows) == {("2025-01-01", "2025-06-30", "Total", "isis_claimed_attacks", "80", "exact")}


def test_leaders_among_the_counted_partnered_and_us_only_side_by_side_and_first_months():
    rows = propose.propose("In the first nine months of 2024, forces conducted 30 partnered and 4 U.S.-only operations in "
                           "Syria, which resulted in 50 ISIS operatives killed and 70 captured, including 6 senior leaders.",
                           propose.dt.date(2024, 10, 8))
    w = ("2024-01-01", "2024-09-30")
    assert table(rows) == {(*w, "Syria", "partnered_operations", "30", "exact"), (*w, "Syria", "us_only_operations", "4", "exact"),
                           (*w, "Syria", "killed", "50", "exact"), (*w, "Syria", "detained", "70", "exact"),
                           (*w, "Syria", "leaders_killed_or_captured", "6", "exact")}


def test_arabic_verb_before_its_subject_combined_killed_and_detained_and_last_week():
    rows = propose.propose("قتلت القوات الأمريكية 12 عنصرا من داعش بينهم 3 قياديين في سوريا خلال شهر آب. وأعلنت "
                           "القيادة مقتل واعتقال 20 عنصرا في سوريا خلال الأسبوع الماضي.", propose.dt.date(2024, 9, 10))
    aug, week = ("2024-08-01", "2024-08-31"), ("2024-09-03", "2024-09-10")
    assert table(rows) == {(*aug, "Syria", "killed", "12", "exact"), (*aug, "Syria", "leaders_killed", "3", "exact"),
                           (*week, "Syria", "killed_or_detained", "20", "exact")}


def test_shares_after_including_and_of_these_a_verb_per_number_and_day_first_ranges():
    rows = propose.propose("CENTCOM conducted 250 operations against ISIS in 2023, including 150 in Iraq and 100 in Syria. "
                           "The U.S. killed 14 ISIS members in 2023 and detained more than 200 over the past 12 months. "
                           "ISIS claimed responsibility for 90 attacks in 2023.", propose.dt.date(2024, 1, 10))
    y = ("2023-01-01", "2023-12-31")
    assert table(rows) == {(*y, "Total", "operations", "250", "exact"), (*y, "Iraq", "operations", "150", "exact"),
                           (*y, "Syria", "operations", "100", "exact"), (*y, "Total", "killed", "14", "exact"),
                           ("2023-01-10", "2024-01-10", "Total", "detained", "200", "more_than"),
                           (*y, "Total", "isis_claimed_attacks", "90", "exact")}
    rows = propose.propose("Forces conducted 20 missions in Iraq and Syria between 1 and 10 December. Of these, 12 were in "
                           "Iraq and 8 in Syria. ونفذت القوات خلال الربع الأول من 2025 ما مجموعه 60 عملية.",
                           propose.dt.date(2025, 12, 12))
    d = ("2025-12-01", "2025-12-10")
    assert table(rows) == {(*d, "Total", "operations", "20", "exact"), (*d, "Iraq", "operations", "12", "exact"),
                           (*d, "Syria", "operations", "8", "exact"),
                           ("2025-01-01", "2025-03-31", "Total", "operations", "60", "exact")}


def test_people_killed_in_one_strike_or_raid_are_an_operation_not_a_tally():
    for text in ["CENTCOM said Monday its forces killed two ISIS members in a strike in Deir ez-Zor last week.",
                 "قتلت قوات التحالف 3 عناصر من داعش في غارة على ريف دير الزور خلال الأسبوع الماضي."]:
        assert propose.propose(text, propose.dt.date(2024, 12, 23)) == []
    rows = propose.propose("U.S. forces killed or captured 25 ISIS members in a week-long operation in Syria in December.",
                           propose.dt.date(2025, 12, 31))
    assert table(rows) == {("2025-12-01", "2025-12-31", "Syria", "killed_or_detained", "25", "exact")}


def test_arabic_count_right_after_a_month_and_us_wounded():
    rows = propose.propose("نفذت القوات خلال شباط 33 عملية في العراق. وأصيب أربعة جنود أمريكيين خلال إحدى العمليات في "
                           "العراق خلال شهر شباط.", propose.dt.date(2023, 3, 4))
    feb = ("2023-02-01", "2023-02-28")
    assert table(rows) == {(*feb, "Iraq", "operations", "33", "exact"), (*feb, "Iraq", "us_wounded", "4", "exact")}


def test_each_window_as_written_but_a_stated_day_wins_and_an_included_country_is_not_the_total_s():
    # CENTCOM's own wording (release of 17 Dec 2025): "since July" for operations, "past six months" for people,
    # each its figure's window (figures.csv keeps both)
    text = ("CENTCOM said U.S. and partner forces carried out nearly 60 operations in Iraq and Syria over the past six "
            "months, which included strikes in Syria.\n\nThe operations, conducted since April, resulted in the detention "
            "of 70 ISIS members and eliminated 9 ISIS leaders.")
    rows = propose.propose(text, propose.dt.date(2025, 10, 15))
    six, april = ("2025-04-15", "2025-10-15"), ("2025-04-01", "2025-10-15")
    assert table(rows) == {(*six, "Total", "operations", "60", "nearly"), (*april, "Total", "detained", "70", "exact"),
                           (*april, "Total", "leaders_killed", "9", "exact")}
    # a report's "past two months" for CENTCOM's "since August 29": the day wins (figures.csv: 2024-08-29..11-04)
    rows = propose.propose("CENTCOM said operations over the past two months killed 163 ISIS fighters. The 95 operations "
                           "were conducted since August 29.", propose.dt.date(2024, 11, 4))
    assert table(rows) == {("2024-08-29", "2024-11-04", "Total", "killed", "163", "exact"),
                           ("2024-08-29", "2024-11-04", "Total", "operations", "95", "exact")}


def test_a_statement_made_yesterday_counts_back_from_the_day_before_publication():
    rows = propose.propose("أعلنت القيادة المركزية الأمريكية أمس أنها نفذت 30 عملية في سوريا خلال الأشهر الستة الماضية.",
                           propose.dt.date(2025, 6, 11))
    assert table(rows) == {("2024-12-10", "2025-06-10", "Syria", "operations", "30", "exact")}


def test_arabic_stated_zero_with_the_subject_between():
    rows = propose.propose("ولم تنفذ القوات الأمريكية أي عمليات منفردة في سوريا خلال تموز.", propose.dt.date(2023, 8, 10))
    assert table(rows) == {("2023-07-01", "2023-07-31", "Syria", "us_only_operations", "0", "exact")}


def test_arabic_since_a_date_and_past_n_months_in_either_word_order():
    on = propose.dt.date(2024, 11, 5)
    assert table(propose.propose("وقالت سنتكوم إن القوات نفذت منذ 29 آب/أغسطس 95 عملية في العراق وسوريا.", on)) == {
        ("2024-08-29", "2024-11-05", "Total", "operations", "95", "exact")}
    assert table(propose.propose("ونفذت القوات 80 عملية في سوريا خلال الستة أشهر الماضية.", on)) == {
        ("2024-05-05", "2024-11-05", "Syria", "operations", "80", "exact")}


def test_arabic_indic_years_and_thousands_separator():
    rows = propose.propose("وقتلت القوات ١٬٢٠٠ عنصر من داعش في سوريا خلال عام ٢٠٢٢.", propose.dt.date(2023, 1, 5))
    assert table(rows) == {("2022-01-01", "2022-12-31", "Syria", "killed", "1200", "exact")}
    assert rows[0]["evidence"] == "وقتلت القوات ١٬٢٠٠ عنصر من داعش"


# The third round: rules generalised on the two labelled test halves after their one held-out scoring (texts in our
# own words, in the style of the reports that showed each case).

def test_arabic_vowel_marks_tatweel_and_digits_run_into_a_word():
    rows = propose.propose("نفّذت القوات 35 عمليّة في سوريّة خلال شهر إبريل/ نيسان، وقتلت 13 عنصراً.\n\n"
                           "ونفذت القوات خلال شهر أيار/مايو الماضي17 عملية في الـعراق.", propose.dt.date(2023, 6, 7))
    april, may = ("2023-04-01", "2023-04-30"), ("2023-05-01", "2023-05-31")
    assert table(rows) == {(*april, "Syria", "operations", "35", "exact"), (*april, "Syria", "killed", "13", "exact"),
                           (*may, "Iraq", "operations", "17", "exact")}
    assert next(r for r in rows if r["value"] == "35")["evidence"] == "نفّذت القوات 35 عمليّة"  # as the text spells it


def test_arabic_dual_article_digits_nearly_and_a_partner_after_the_count():
    on = propose.dt.date(2023, 3, 4)
    rows = propose.propose("وفي سوريا نفذت القوات 15 عملية مشتركة خلال شباط، من بينها عمليتين شنتهما القوات الأمريكية وحدها.", on)
    feb = ("2023-02-01", "2023-02-28")
    assert table(rows) == {(*feb, "Syria", "partnered_operations", "15", "exact"), (*feb, "Syria", "us_only_operations", "2", "exact")}
    rows = propose.propose("نفذت القيادة في الفترة من يناير إلى يونيو 2024 مهام قاربت الـ200 مهمة في العراق وسوريا. ونفذت 59 عملية تمت بالتعاون مع "
                           "قوات سوريا الديمقراطية في سوريا في النصف الأول من عام 2024.", propose.dt.date(2024, 7, 17))
    h1 = ("2024-01-01", "2024-06-30")
    assert table(rows) == {(*h1, "Total", "operations", "200", "nearly"), (*h1, "Syria", "partnered_operations", "59", "exact")}


def test_arabic_one_operation_said_before_the_number_is_no_tally():
    rows = propose.propose("وفي الأسبوع الماضي، أسفرت عملية مشتركة للقوات الأميركية والعراقية عن مقتل 15 عضواً من داعش، "
                           "وإصابة سبعة جنود أميركيين خلال العملية.", propose.dt.date(2024, 9, 3))
    assert rows == []


def test_english_quotes_nouns_partners_and_unilateral_operations():
    text = ("In 2022, in Iraq, CENTCOM conducted 191 operations alongside Iraqi security forces, killing \u201cat least 220 ISIS "
            "operatives\u201d and imprisoning 159 others. In Syria, 108 operations with partners led to the deaths of 466 "
            "Islamic State group \u201coperatives\u201d and the detentions of 215 others. Fourteen of those operations were "
            "unilateral operations by the U.S.")
    year = ("2022-01-01", "2022-12-31")
    assert table(propose.propose(text, propose.dt.date(2022, 12, 30))) == {
        (*year, "Iraq", "partnered_operations", "191", "exact"), (*year, "Iraq", "killed", "220", "at_least"),
        (*year, "Iraq", "detained", "159", "exact"), (*year, "Syria", "partnered_operations", "108", "exact"),
        (*year, "Syria", "killed", "466", "exact"), (*year, "Syria", "detained", "215", "exact"),
        (*year, "Syria", "us_only_operations", "14", "exact")}


def test_this_year_said_in_july_beside_the_first_half_is_the_release_s_half_year():
    text = ("CENTCOM said ISIS claimed credit for 153 attacks during the first six months of this year, which prompted "
            "196 \"Defeat ISIS Missions\" in 2024 alone. The missions resulted in the death of 44 ISIS operatives.\n\n"
            "CENTCOM said another 59 missions were carried out in Syria, resulting in 14 ISIS operative deaths. "
            "While eight senior ISIS leaders have been killed, and 32 captured, in both Iraq and Syria, fighters remain.")
    h1 = ("2024-01-01", "2024-06-30")
    rows = propose.propose(text, propose.dt.date(2024, 7, 18))
    assert table(rows) == {(*h1, "Total", "isis_claimed_attacks", "153", "exact"), (*h1, "Total", "operations", "196", "exact"),
                           (*h1, "Total", "killed", "44", "exact"), (*h1, "Syria", "operations", "59", "exact"),
                           (*h1, "Syria", "killed", "14", "exact"), (*h1, "Total", "leaders_killed", "8", "exact"),
                           (*h1, "Total", "leaders_captured", "32", "exact")}
    assert {r["stated_by"] for r in rows} == {"CENTCOM"}


def test_special_operations_forces_do_not_move_the_window_and_a_campaign_s_months_of_operations():
    rows = propose.propose("In 2022, CENTCOM killed 686 operatives. In February, the ISIS leader died as special operations "
                           "forces approached. Another 374 members of ISIS were detained.", propose.dt.date(2022, 12, 30))
    assert table(rows) == {("2022-01-01", "2022-12-31", "Total", "killed", "686", "exact"),
                           ("2022-01-01", "2022-12-31", "Total", "detained", "374", "exact")}
    rows = propose.propose("The strikes are part of Operation Hawkeye Strike. CENTCOM said more than 50 ISIS terrorists have been "
                           "killed or captured in Syria during two months of targeted operations.", propose.dt.date(2026, 2, 14))
    assert table(rows) == {("2025-12-19", "2026-02-14", "Syria", "killed_or_detained", "50", "more_than")}


def test_in_the_days_after_takes_the_dates_the_text_gives_and_past_12_months_with_the_article():
    text = ("وقالت القيادة إن القوات قتلت أو اعتقلت ما يقارب 25 عنصراً في سوريا خلال الأيام التي تلت الضربة. "
            "ونفذت القوات 11 مهمة بين 20 و29 كانون الأول، ودمرت 4 مخابئ أسلحة.\n\n"
            "ونفذت القوات في سوريا خلال الأشهر الـ12 الماضية عمليات أسفرت عن اعتقال أكثر من 300 إرهابي.")
    rows = propose.propose(text, propose.dt.date(2025, 12, 30))
    dec = ("2025-12-20", "2025-12-29")
    assert table(rows) == {(*dec, "Syria", "killed_or_detained", "25", "nearly"), (*dec, "Syria", "operations", "11", "exact"),
                           (*dec, "Syria", "weapons_caches_destroyed", "4", "exact"),
                           ("2024-12-30", "2025-12-30", "Syria", "detained", "300", "more_than")}


# The fourth round: rules generalised on the dev halves of a third labelled set (round 3), its test halves kept out.

def test_partnered_in_another_solely_led_and_these_efforts():
    text = ("CENTCOM said it partnered in 20 operations in Iraq and 11 in Syria in July. Officials said it captured 24 "
            "operatives in Iraq and another six in Syria.\n\nIn Syria, 10 partnered operations were conducted alongside 1 "
            "operation led solely by the United States in June. These efforts resulted in the neutralization of 4 ISIS "
            "operatives and the capture of 21 individuals.")
    jul, jun = ("2023-07-01", "2023-07-31"), ("2023-06-01", "2023-06-30")
    assert table(propose.propose(text, propose.dt.date(2023, 8, 9))) == {
        (*jul, "Iraq", "partnered_operations", "20", "exact"), (*jul, "Syria", "partnered_operations", "11", "exact"),
        (*jul, "Iraq", "detained", "24", "exact"), (*jul, "Syria", "detained", "6", "exact"),
        (*jun, "Syria", "partnered_operations", "10", "exact"), (*jun, "Syria", "us_only_operations", "1", "exact"),
        (*jun, "Syria", "killed", "4", "exact"), (*jun, "Syria", "detained", "21", "exact")}


def test_a_lede_takes_the_window_of_the_operations_a_period_of_days_and_stocks_and_headlines():
    text = ("CENTCOM said Tuesday its forces killed or detained \"nearly 25 ISIS operatives\" in Syria.\n\n"
            "Over a nine-day period, U.S. and partner forces conducted 11 operations and destroyed four of the group's "
            "weapons caches.")
    days = ("2025-12-21", "2025-12-30")
    assert table(propose.propose(text, propose.dt.date(2025, 12, 30))) == {
        (*days, "Syria", "killed_or_detained", "25", "nearly"), (*days, "Syria", "operations", "11", "exact"),
        (*days, "Syria", "weapons_caches_destroyed", "4", "exact")}
    # no window of its own: a lede is not dated by a later sentence about something else
    assert propose.propose("31 ISIS operatives were detained, CENTCOM said.\n\nAttacks declined in the first quarter of "
                           "2023, officials said.", propose.dt.date(2023, 6, 7)) == []
    text = ("U.S. forces killed 686 ISIS suspects this year, CENTCOM says.\n\nU.S. forces killed 686 ISIS suspects in 2022, "
            "CENTCOM said. It said more than 20,000 ISIS fighters have been detained in Iraq.")
    assert table(propose.propose(text, propose.dt.date(2022, 12, 30))) == {
        ("2022-01-01", "2022-12-31", "Total", "killed", "686", "exact")}


def test_arabic_combined_with_detention_since_mid_month_at_least_after_the_noun_and_verbs_with_fiha():
    text = ("أعلنت سنتكوم مقتل أو احتجاز ما يقرب من 25 عنصراً في سوريا منذ منتصف ديسمبر الجاري، وأسفرت العمليات عن "
            "مقتل 7 عناصر على الأقل.\n\n"
            "وفي عام 2022 نفذت القوات 17 عملية مشتركة في سوريا اعتقلت خلالها 20 عنصرًا، وقتل فيها 466 شخصاً من عناصر "
            "التنظيم، ونفذت وعمليتين من قبل الجيش الأميركي، وقتلت مالا يقل عن 220 عنصراً في العراق.")
    mid, year = ("2025-12-15", "2025-12-30"), ("2022-01-01", "2022-12-31")
    rows = propose.propose(text, propose.dt.date(2025, 12, 30))
    assert table(rows) == {(*mid, "Syria", "killed_or_detained", "25", "nearly"), (*mid, "Syria", "killed", "7", "at_least"),
                           (*year, "Syria", "partnered_operations", "17", "exact"), (*year, "Syria", "detained", "20", "exact"),
                           (*year, "Syria", "killed", "466", "exact"), (*year, "Syria", "us_only_operations", "2", "exact"),
                           (*year, "Iraq", "killed", "220", "at_least")}


def test_arabic_transfer_its_length_and_one_capture_is_no_tally():
    text = ("وقالت القيادة المركزية إن مهمة النقل بدأت واستمرت 23 يوما، وقد بدأت مهمة النقل في 21 كانون الثاني، وأسفرت عن "
            "نقل أكثر من 5700 مقاتل من مراكز الاحتجاز في سوريا إلى الحجز بالعراق.")
    assert table(propose.propose(text, propose.dt.date(2026, 2, 13))) == {
        ("2026-01-21", "2026-02-12", "Syria", "detainees_transferred_to_iraq", "5700", "more_than")}
    text = ("الجيش الأمريكي يعلن اعتقال قيادي في داعش\n\nوقالت القيادة المركزية إن العملية جاءت بعد يوم من إصابة 4 جنود "
            "أميركيين خلال قيامهم بمهمة أخرى في سوريا الأسبوع الماضي.")
    assert propose.propose(text, propose.dt.date(2023, 2, 18)) == []


def test_coalition_casualties_and_a_stated_zero_take_the_window_and_country_of_the_operations():
    # docs/data.md, "Reading a document into figures": U.S. and coalition wounded or killed during the window's
    # operations are figures, and a stated zero is 0 (figures.csv: 30 Dec 2024 - 6 Jan 2025, Iraq, as Shafaq quoted it)
    rows = proposals("coalition.txt", "2025-03-10")
    window = ("2025-03-03", "2025-03-09", "Iraq")
    assert table(rows) == {(*window, "coalition_killed", "2", "exact"), (*window, "coalition_wounded", "3", "exact"),
                           (*window, "us_wounded", "0", "exact")}
    assert {r["measure"]: r["evidence"] for r in rows}["us_wounded"] == "No U.S. troops were wounded"


def test_bench_scores_a_labelled_set_and_how_far_two_labellers_agree(tmp_path):
    # bench/reader.py --labelled: the reader against a person's rows, and a second person's rows of the same text
    # against the first's (the agreement table): here the first person has all 11 figures of month.txt, the second
    # missed one and read another as "more than"
    labelled, texts = tmp_path / "set-a", tmp_path / "texts"
    labelled.mkdir(), texts.mkdir()
    (labelled / "month.txt").write_text((FIXTURES / "month.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (labelled / "month.json").write_text('{"published": "2025-03-04"}', encoding="utf-8")
    rows = [",".join([r["period_start"], r["period_end"], r["country"], r["measure"], r["value"], r["qualifier"], "yes"])
            for r in proposals("month.txt", "2025-03-04")]
    header = "period_start,period_end,country,measure,value,qualifier,centcom"
    (labelled / "month.expected.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    second = rows[1:-1] + [rows[-1].replace(",exact,", ",more_than,")]
    (labelled / "month.second.csv").write_text("\n".join([header, *second]) + "\n", encoding="utf-8")
    out = tmp_path / "report.md"
    done = run("bench/reader.py", "--texts", str(texts), "--labelled", str(labelled), "--out", str(out))
    assert done.returncode == 0, done.stderr
    report = out.read_text(encoding="utf-8")
    assert "| set-a | 1 | 11 | 11 | 1.00 | 1.00 |" in report  # the reader against the first labeller
    # agreement: 9 of the second's 10 rows are the first's (0.90), 9 of the first's 11 (0.82); the reader against
    # the second: 9 of its 11 rows are hers (0.82), 9 of her 10 (0.90)
    assert "| set-a | 1 |  | 11 | 10 | 0.90, 0.82 | 1.00, 1.00 | 0.82, 0.90 |" in report


def test_a_release_on_a_weekday_a_campaign_dated_after_its_lede_and_a_headline_beside_a_rounded_body():
    # "in a press release on Monday" dates the statement; "the killing or capture of" is the combined count; a lede
    # takes the dates of "The operation, which ran between ..."; a headline's 40 and the body's "about 40" are two
    # rows (docs/data.md: one row per window, country, measure, value, qualifier); "commenced on" starts a transfer
    text = ("Wed Mar 11 09:00:00 UTC 2026: ## U.S. Forces Report Killing or Capture of 40 ISIS Fighters in Syria After Attack\n\n"
            "CENTCOM announced the end of a week-long campaign in eastern Syria that resulted in the killing or capture of "
            "about 40 ISIS fighters. The operation, which ran between March 1st and 8th, followed an ambush on a patrol.\n\n"
            "The command gave the update in a press release on Monday, adding that U.S. and partner forces had conducted "
            "60 operations in the past 30 days.")
    rows = propose.propose(text, propose.dt.date(2026, 3, 11))
    week, month = ("2026-03-01", "2026-03-08", "Syria"), ("2026-02-07", "2026-03-09", "Syria")
    assert table(rows) == {(*week, "killed_or_detained", "40", "exact"), (*week, "killed_or_detained", "40", "approximately"),
                           (*month, "operations", "60", "exact")}
    rows = propose.propose("CENTCOM said on Friday it had completed the transfer of more than 3,100 ISIS detainees from "
                           "Syria to Iraq. The mission commenced on February 2.", propose.dt.date(2026, 3, 6))
    assert table(rows) == {("2026-02-02", "2026-03-06", "Syria", "detainees_transferred_to_iraq", "3100", "more_than")}


def test_transfers_on_their_first_day_counted_back_from_their_end_and_to_a_place_in_iraq():
    # docs/data.md: detainees moved to Iraq on a given day are a figure (the only one-day figure)
    rows = propose.propose("The mission began as U.S. forces moved 200 ISIS detainees from a prison in Hasakah to a "
                           "secure facility in Iraq, the command said.", propose.dt.date(2026, 3, 2))
    assert table(rows) == {("2026-03-02", "2026-03-02", "Syria", "detainees_transferred_to_iraq", "200", "exact")}
    rows = propose.propose("أعلنت سنتكوم إتمام نقل أكثر من 4 آلاف و300 عنصر من داعش من سوريا إلى العراق. وقالت إن عملية "
                           "النقل استغرقت 20 يوماً واختتمت برحلة جوية بتاريخ 10 آذار.", propose.dt.date(2026, 3, 11))
    assert table(rows) == {("2026-02-19", "2026-03-10", "Syria", "detainees_transferred_to_iraq", "4300", "more_than")}


def test_arabic_coalition_casualties_a_stated_zero_and_dates_with_their_years():
    rows = propose.propose("في الفترة من 28 ديسمبر 2025 إلى 3 يناير 2026، نفذت القيادة المركزية والقوات العراقية ضربات في "
                           "جبال مكحول في العراق. قُتل أحد أفراد التحالف، وأصيب ثلاثة آخرون. ولم تقع إصابات بين أفراد "
                           "القوات الأمريكية.", propose.dt.date(2026, 1, 4))
    window = ("2025-12-28", "2026-01-03", "Iraq")
    assert table(rows) == {(*window, "coalition_killed", "1", "exact"), (*window, "coalition_wounded", "3", "exact"),
                           (*window, "us_wounded", "0", "exact")}


def test_arabic_month_ranges_two_months_partner_operations_and_leaders_among_the_dead():
    rows = propose.propose("نفذت سنتكوم 90 عملية ضد داعش بين شهري كانون الثاني وحزيران من عام 2025. وقتل ما لا يقل عن 120 "
                           "من مقاتلي داعش في 70 عملية شريكة في العراق خلال الفترة نفسها بين كانون الثاني وحزيران 2025، "
                           "و6 من القتلى هم من كبار قادة التنظيم.", propose.dt.date(2025, 7, 15))
    half = ("2025-01-01", "2025-06-30")
    assert table(rows) == {(*half, "Total", "operations", "90", "exact"), (*half, "Iraq", "killed", "120", "at_least"),
                           (*half, "Iraq", "partnered_operations", "70", "exact"), (*half, "Iraq", "leaders_killed", "6", "exact")}
    rows = propose.propose("أعلنت سنتكوم أمس أنها نفذت 40 عملية ضد داعش في سوريا خلال شهرين، وأن 90 من مقاتلي داعش في "
                           "سوريا قتلوا.", propose.dt.date(2025, 5, 11))
    assert table(rows) == {("2025-03-10", "2025-05-10", "Syria", "operations", "40", "exact"),
                           ("2025-03-10", "2025-05-10", "Syria", "killed", "90", "exact")}


def test_english_last_month_in_a_range_apprehended_strike_missions_and_two_qualifiers_of_one_number():
    rows = propose.propose("CENTCOM carried out 50 joint operations in Iraq from January to last March, in which the "
                           "coalition killed 9 ISIS operatives and apprehended 41.", propose.dt.date(2025, 4, 6))
    q1 = ("2025-01-01", "2025-03-31", "Iraq")
    assert table(rows) == {(*q1, "partnered_operations", "50", "exact"), (*q1, "killed", "9", "exact"),
                           (*q1, "detained", "41", "exact")}
    rows = propose.propose("About 500 ISIS militants were killed in 2024, CENTCOM said. According to the Pentagon, nearly "
                           "500 ISIS fighters were killed in Iraq and Syria. U.S. forces conducted 12 separate strike "
                           "missions between February 3 and 12, and four earlier airstrikes between January 20 and 26.",
                           propose.dt.date(2025, 2, 14))
    year = ("2024-01-01", "2024-12-31", "Total")
    assert table(rows) == {(*year, "killed", "500", "approximately"), (*year, "killed", "500", "nearly"),
                           ("2025-02-03", "2025-02-12", "Total", "strikes", "12", "exact"),
                           ("2025-01-20", "2025-01-26", "Total", "strikes", "4", "exact")}


def test_a_total_partners_took_part_in_is_operations_a_country_s_count_with_partners_is_partnered():
    # docs/data.md, "Reading a document into figures": "CENTCOM, with the ISF and SDF, conducted 94 missions" is
    # operations; "59 operations in Syria with the SDF" is partnered
    rows = propose.propose("نفذت القيادة المركزية بالتعاون مع قوات الأمن العراقية وقوات سوريا الديمقراطية 94 عملية في العراق "
                           "وسوريا خلال الربع الأول من 2025، بينها 30 عملية مشتركة في سوريا.", propose.dt.date(2025, 4, 5))
    q1 = ("2025-01-01", "2025-03-31")
    assert table(rows) == {(*q1, "Total", "operations", "94", "exact"), (*q1, "Syria", "partnered_operations", "30", "exact")}


def test_transfers_under_way_so_far_completed_and_planned():
    # a transfer "has begun" on the statement's day; "up to 7,000 could be moved" is a plan, never a count
    rows = propose.propose("The U.S. military said on Wednesday it has begun transferring ISIS detainees to Iraq, and has "
                           "moved 150 ISIS detainees from Syria to Iraq so far. Up to 7,000 detainees could be moved to "
                           "Iraqi custody later.", propose.dt.date(2026, 1, 22))
    assert table(rows) == {("2026-01-21", "2026-01-21", "Syria", "detainees_transferred_to_iraq", "150", "exact")}
    # a count "so far" with no start of its own runs from the transfer's first day in data/events.csv; a count by an
    # Iraqi official is the Government of Iraq's even where the sentence names the U.S. military
    rows = propose.propose("تسلّم العراق حتى الآن 1800 من عناصر داعش الذين بدأ الجيش الأميركي نقلهم الشهر الماضي، حسبما قال "
                           "مسؤول عراقي السبت.", propose.dt.date(2026, 2, 8))
    assert [(r["period_start"], r["period_end"], r["measure"], r["value"], r["stated_by"]) for r in rows] == \
        [("2026-01-21", "2026-02-07", "detainees_transferred_to_iraq", "1800", "Government of Iraq")]
    # "completed" without a date: the transfer's last day in data/events.csv
    rows = propose.propose("CENTCOM announced on Friday that it completed the mission to move more than 5,000 ISIS "
                           "fighters from Syria to Iraqi custody.", propose.dt.date(2026, 2, 14))
    assert table(rows) == {("2026-01-21", "2026-02-12", "Syria", "detainees_transferred_to_iraq", "5000", "more_than")}


def test_a_named_campaign_in_arabic_and_the_operation_in_the_last_two_months():
    # docs/data.md: a named campaign runs from its start in data/events.csv (Hawkeye: 19 December 2025)
    rows = propose.propose("The campaign, called Operation Hawkeye, has killed or captured more than 40 ISIS fighters and "
                           "destroyed over 90 pieces of ISIS infrastructure in Syria in the last two months, CENTCOM said "
                           "on Saturday.", propose.dt.date(2026, 2, 15))
    hawkeye = ("2025-12-19", "2026-02-14", "Syria")
    assert table(rows) == {(*hawkeye, "killed_or_detained", "40", "more_than"), (*hawkeye, "targets_struck", "90", "more_than")}
    rows = propose.propose("وقالت القيادة المركزية إن عملية عين الصقر أسفرت عن مقتل وأسر أكثر من 40 مقاتلاً في سوريا في "
                           "الشهرين الماضيين.", propose.dt.date(2026, 2, 14))
    assert table(rows) == {("2025-12-19", "2026-02-14", "Syria", "killed_or_detained", "40", "more_than")}
    rows = propose.propose("Since Operation Hawkeye began, more than 40 ISIS soldiers in Syria have been either killed or "
                           "captured, the U.S. military said.", propose.dt.date(2026, 2, 14))
    assert table(rows) == {("2025-12-19", "2026-02-14", "Syria", "killed_or_detained", "40", "more_than")}


def test_the_statement_day_from_a_date_late_in_a_month_and_as_of_the_end_of_a_month():
    rows = propose.propose("On December 17, U.S. Central Command posted new figures. U.S. and partner forces in Syria "
                           "conducted nearly 60 operations since July, it said.", propose.dt.date(2025, 12, 19))
    assert table(rows) == {("2025-07-01", "2025-12-17", "Syria", "operations", "60", "nearly")}
    # "since late August" in a report whose lede says "since August 29" is that day; the US military is CENTCOM's side
    rows = propose.propose("The US military said on Tuesday that it killed more than 20 ISIS leaders in Iraq and Syria "
                           "since August 29. Operations since late August resulted in the deaths of 120 ISIS operatives, "
                           "it said.", propose.dt.date(2024, 11, 5))
    since = ("2024-08-29", "2024-11-05", "Total")
    assert table(rows) == {(*since, "leaders_killed", "20", "more_than"), (*since, "killed", "120", "exact")}
    assert {r["stated_by"] for r in rows} == {"CENTCOM"}
    # "as of the end of March" says when a count stood, not its window
    rows = propose.propose("In the first three months of the year CENTCOM and partners conducted 80 operations in Iraq and "
                           "Syria. CENTCOM said that as of the end of March, they had killed 15 ISIS operatives.",
                           propose.dt.date(2024, 4, 5))
    q1 = ("2024-01-01", "2024-03-31", "Total")
    assert table(rows) == {(*q1, "operations", "80", "exact"), (*q1, "killed", "15", "exact")}


def test_a_second_country_s_count_with_its_own_noun_and_a_stated_zero_of_us_forces_hurt():
    rows = propose.propose("CENTCOM said it conducted 200 operations in 2022, killing 300 operatives in Syria and at least "
                           "150 operatives in Iraq. No U.S. forces were injured or killed in the operations.",
                           propose.dt.date(2022, 12, 30))
    year = ("2022-01-01", "2022-12-31")
    assert table(rows) == {(*year, "Total", "operations", "200", "exact"), (*year, "Syria", "killed", "300", "exact"),
                           (*year, "Iraq", "killed", "150", "at_least"), (*year, "Total", "us_wounded", "0", "exact")}


def test_a_caption_naming_syria_does_not_make_a_report_on_both_countries_syria_s():
    caption = "Photo: U.S. soldiers on patrol near Hasakah, Syria, in January. " + "Menu Share Subscribe Related " * 18
    rows = propose.propose(caption + "\n\nU.S. forces killed nearly 500 ISIS operatives in 2022, CENTCOM said. Most "
                           "operations were in Iraq; in Iraq the Iraqi forces now lead, and Iraq's army planned most raids.",
                           propose.dt.date(2022, 12, 30))
    assert table(rows) == {("2022-01-01", "2022-12-31", "Total", "killed", "500", "nearly")}


def test_since_partnered_operations_resumed_on_a_day_and_a_dateline_is_no_window():
    rows = propose.propose("WASHINGTON (Wire Service - 16th December, 2022) CENTCOM said on Friday that it and the SDF "
                           "conducted four joint operations. \"Since partnered operations with the SDF resumed on December 8, "
                           "we have conducted 4 partnered operations, resulting in the detention of 3 ISIS operatives,\" "
                           "the command said.", propose.dt.date(2022, 12, 16))
    since = ("2022-12-08", "2022-12-16", "Syria")
    assert table(rows) == {(*since, "partnered_operations", "4", "exact"), (*since, "detained", "3", "exact")}


def test_independent_partner_and_unilateral_counter_isis_operations():
    rows = propose.propose("Throughout 2022, U.S. forces took part in 90 joint operations and 9 independent operations in "
                           "Syria. \"At least 100 ISIS fighters were killed in 120 partner operations in Iraq,\" CENTCOM said. "
                           "The U.S. conducted no unilateral counter-ISIS operations in Iraq in 2022.", propose.dt.date(2022, 12, 30))
    year = ("2022-01-01", "2022-12-31")
    assert table(rows) == {(*year, "Syria", "partnered_operations", "90", "exact"),
                           (*year, "Syria", "us_only_operations", "9", "exact"),
                           (*year, "Iraq", "killed", "100", "at_least"),
                           (*year, "Iraq", "partnered_operations", "120", "exact"),
                           (*year, "Iraq", "us_only_operations", "0", "exact")}


def test_attacks_isis_took_responsibility_for_or_was_behind():
    rows = propose.propose("ISIS took responsibility for 140 attacks in Iraq and Syria in the first half of this year, "
                           "according to a report by Central Command.", propose.dt.date(2024, 7, 17))
    assert table(rows) == {("2024-01-01", "2024-06-30", "Total", "isis_claimed_attacks", "140", "exact")}
    assert {r["stated_by"] for r in rows} == {"CENTCOM"}
    rows = propose.propose("ونقلت الوكالة عن مسؤول في القيادة المركزية الأمريكية أن التنظيم كان وراء 110 هجوما في سوريا والعراق "
                           "في عام 2023.", propose.dt.date(2024, 7, 18))
    assert table(rows) == {("2023-01-01", "2023-12-31", "Total", "isis_claimed_attacks", "110", "exact")}


def test_a_window_for_efforts_carries_and_the_middle_of_this_month_is_a_day():
    rows = propose.propose("CENTCOM said its forces killed 5 ISIS members in 8 missions between Dec. 20 and Dec. 29. "
                           "CENTCOM's wider efforts in Syria over the past year have been steady. More than 200 terrorists "
                           "have been detained, with over 10 killed.", propose.dt.date(2025, 12, 30))
    year = ("2024-12-30", "2025-12-30", "Syria")
    assert {(*year, "detained", "200", "more_than"), (*year, "killed", "10", "more_than")} <= table(rows)
    rows = propose.propose("أطلقت القوات الأميركية عملية واسعة في وسط سوريا ردا على هجوم منتصف الشهر الجاري، وأسفرت عن "
                           "تصفية ما لا يقل عن أربعة عناصر من التنظيم.", propose.dt.date(2025, 12, 21))
    assert rows == []


def test_the_last_two_months_of_the_operation_pinpoint_strikes_and_a_bracketed_noun_moved_to_iraq():
    rows = propose.propose("Between February 3 and 12, U.S. aircraft carried out 8 pinpoint strikes in Syria. In all, more "
                           "than 40 militants have been eliminated or captured in the last two months of the operation, "
                           "CENTCOM said of Operation Hawkeye Strike.", propose.dt.date(2026, 2, 15))
    assert table(rows) == {("2026-02-03", "2026-02-12", "Syria", "strikes", "8", "exact"),
                           ("2025-12-19", "2026-02-15", "Syria", "killed_or_detained", "40", "more_than")}
    rows = propose.propose("\"The transfer mission began on Jan 21 and ended on Feb 12, moving more than 5,000 adult ISIS "
                           "(ISIL) fighters from Syria to Iraqi custody,\" CENTCOM said.", propose.dt.date(2026, 2, 13))
    assert table(rows) == {("2026-01-21", "2026-02-12", "Syria", "detainees_transferred_to_iraq", "5000", "more_than")}


def test_arabic_nouns_and_qualifiers_outlets_use():
    rows = propose.propose("قالت القيادة المركزية الأمريكية إن قواتها قتلت ما يفوق 40 من الدواعش واعتقلت 12 متطرفاً في سوريا "
                           "خلال شهر آذار 2025.", propose.dt.date(2025, 4, 3))
    march = ("2025-03-01", "2025-03-31", "Syria")
    assert table(rows) == {(*march, "killed", "40", "more_than"), (*march, "detained", "12", "exact")}


def test_the_count_a_move_began_with_is_its_first_day_s():
    rows = propose.propose("وذكرت القيادة المركزية الأمريكية في بيان أنها بدأت في 21 يناير مهمة لنقل معتقلي داعش من سوريا إلى "
                           "العراق. وأضافت أن مهمة النقل بدأت بالتزامن مع نقل 120 مقاتلا من داعش إلى موقع آمن في العراق.",
                           propose.dt.date(2026, 1, 22))
    assert table(rows) == {("2026-01-21", "2026-01-21", "Syria", "detainees_transferred_to_iraq", "120", "exact")}
    rows = propose.propose("The transfer of ISIS detainees to Iraq began on January 21. It has moved 900 detainees to Iraq "
                           "so far, CENTCOM said.", propose.dt.date(2026, 1, 30))
    assert table(rows) == {("2026-01-21", "2026-01-30", "Syria", "detainees_transferred_to_iraq", "900", "exact")}


def test_a_day_outside_the_quotation_the_central_command_s_other_arabic_name_and_operations_alone():
    rows = propose.propose("قالت القيادة المركزية الأمريكية إن 600 من مقاتلي داعش قتلوا في عام 2022. \"قتل ما لا يقل عن 150 من "
                           "مقاتلي داعش في 120 عملية شريكة في العراق\"، قالت القيادة، وفق ما أوردته وكالة أنباء محلية في 30 ديسمبر.",
                           propose.dt.date(2022, 12, 31))
    year = ("2022-01-01", "2022-12-31")
    assert table(rows) == {(*year, "Total", "killed", "600", "exact"), (*year, "Iraq", "killed", "150", "at_least"),
                           (*year, "Iraq", "partnered_operations", "120", "exact")}
    rows = propose.propose("أعلنت القيادة الوسطى الأميركية أن قواتها قتلت 9 عناصر من داعش في سوريا خلال شهر آذار 2023، "
                           "وأن 20 عملية مشتركة نفذت في سوريا، فيما نفّذت القوات الأميركية وحدها عمليتين فقط.",
                           propose.dt.date(2023, 4, 4))
    march = ("2023-03-01", "2023-03-31", "Syria")
    assert table(rows) == {(*march, "killed", "9", "exact"), (*march, "partnered_operations", "20", "exact"),
                           (*march, "us_only_operations", "2", "exact")}
    assert {r["stated_by"] for r in rows} == {"CENTCOM"}
    rows = propose.propose("وقالت القيادة المركزية إن القوات الأمريكية نفذت العام الماضي 90 عملية مشتركة في سوريا و 150 عملية "
                           "إضافية في العراق.", propose.dt.date(2023, 1, 10))
    year = ("2022-01-01", "2022-12-31")
    assert table(rows) == {(*year, "Syria", "partnered_operations", "90", "exact"),
                           (*year, "Iraq", "partnered_operations", "150", "exact")}


def test_dates_that_end_on_a_weekday_and_military_strikes():
    # published Saturday 14 February 2026: "Thursday" is the 12th
    rows = propose.propose("According to U.S. Central Command, American forces conducted 9 separate strike missions between "
                           "February 3 and Thursday, hitting more than 20 targets across Syria.", propose.dt.date(2026, 2, 14))
    assert table(rows) == {("2026-02-03", "2026-02-12", "Syria", "strikes", "9", "exact"),
                           ("2026-02-03", "2026-02-12", "Syria", "targets_struck", "20", "more_than")}
    rows = propose.propose("The United States carried out four military strikes against ISIS targets in Syria between Jan. 27 "
                           "and Feb. 2, CENTCOM announced. U.S. forces destroyed a logistics node with 40 precision munitions.",
                           propose.dt.date(2026, 2, 5))
    assert table(rows) == {("2026-01-27", "2026-02-02", "Syria", "strikes", "4", "exact"),
                           ("2026-01-27", "2026-02-02", "Syria", "munitions", "40", "exact")}


def test_more_ways_outlets_say_killed_detained_and_raided():
    march = ("2025-03-01", "2025-03-31", "Syria")
    cases = {
        "CENTCOM said U.S. forces slew 12 ISIS militants and rounded up 40 ISIS suspects in Syria in March 2025.":
            {(*march, "killed", "12", "exact"), (*march, "detained", "40", "exact")},
        "CENTCOM: 30 operations in Syria in March 2025; 12 ISIS killed, 20 detained.":
            {(*march, "operations", "30", "exact"), (*march, "killed", "12", "exact"), (*march, "detained", "20", "exact")},
        "قالت القيادة المركزية إن قواتها نفذت 30 مداهمة ضد داعش في سوريا خلال آذار 2025، وقضت على 12 عنصرا من داعش.":
            {(*march, "operations", "30", "exact"), (*march, "killed", "12", "exact")},
        "وبحسب سنتكوم، قُتل 12 داعشياً واعتُقل 20 آخرون في سوريا خلال آذار 2025.":
            {(*march, "killed", "12", "exact"), (*march, "detained", "20", "exact")},
        "قالت القيادة المركزية إن 12 عنصرا من داعش اعتقلوا في سوريا خلال آذار 2025.": {(*march, "detained", "12", "exact")},
    }
    for text, expected in cases.items():
        assert table(propose.propose(text, propose.dt.date(2025, 4, 5))) == expected, text
    # one battle's dead are no tally, even in a report of the year's
    rows = propose.propose("CENTCOM said it killed 300 ISIS operatives in Syria in 2022. The ensuing fight to retake the "
                           "prison resulted in more than 400 ISIS killed, Gen. Kurilla said.", propose.dt.date(2022, 12, 30))
    assert table(rows) == {("2022-01-01", "2022-12-31", "Syria", "killed", "300", "exact")}


def test_windows_outlets_shorten():
    on = propose.dt.date(2024, 7, 17)
    cases = {"in the first quarter": ("2024-01-01", "2024-03-31"), "January-June 2024": ("2024-01-01", "2024-06-30"),
             "in H1 2024": ("2024-01-01", "2024-06-30"), "during the first half": ("2024-01-01", "2024-06-30"),
             "in the year's first half": ("2024-01-01", "2024-06-30"), "in the second half": ("2023-07-01", "2023-12-31")}
    for words, window in cases.items():
        rows = propose.propose(f"CENTCOM said U.S. forces conducted 40 operations against ISIS in Iraq and Syria {words}.", on)
        assert table(rows) == {(*window, "Total", "operations", "40", "exact")}, words
    cases = {"خلال شهري أيار وحزيران": ("2024-05-01", "2024-06-30"), "خلال الـ30 يوما الماضية": ("2024-06-17", "2024-07-17"),
             "منذ مطلع 2024": ("2024-01-01", "2024-07-17")}  # to the statement's day (docs/data.md)
    for words, window in cases.items():
        rows = propose.propose(f"قالت القيادة المركزية إن قواتها نفذت 40 عملية ضد داعش في العراق وسوريا {words}.", on)
        assert table(rows) == {(*window, "Total", "operations", "40", "exact")}, words
    # "the first half of December" is no half-year
    rows = propose.propose("CENTCOM said U.S. forces conducted 40 operations against ISIS in Iraq and Syria in the first "
                           "half of December.", propose.dt.date(2024, 12, 20))
    assert not any(r["period_start"] == "2024-01-01" for r in rows)


def test_a_country_named_by_its_soil_territory_or_side():
    on = propose.dt.date(2024, 7, 17)
    for text, country in {"CENTCOM said U.S. forces killed 40 ISIS operatives on Syrian soil in the first half of 2024.": "Syria",
                          "قالت القيادة المركزية إن قواتها قتلت 40 عنصرا من داعش داخل الأراضي السورية خلال النصف الأول من 2024.": "Syria",
                          "قالت القيادة المركزية إن قواتها قتلت 40 عنصرا من داعش في الجانب العراقي خلال النصف الأول من 2024.": "Iraq"}.items():
        assert table(propose.propose(text, on)) == {("2024-01-01", "2024-06-30", country, "killed", "40", "exact")}, text


def test_leaders_named_after_their_count_and_others_after_a_subset():
    on = propose.dt.date(2024, 7, 17)
    h1 = ("2024-01-01", "2024-06-30", "Total")
    rows = propose.propose("In the first half of 2024, CENTCOM said it killed 40 ISIS operatives, 7 of them senior leaders, "
                           "and detained 150, 30 of whom were leaders.", on)
    assert table(rows) == {(*h1, "killed", "40", "exact"), (*h1, "leaders_killed", "7", "exact"),
                           (*h1, "detained", "150", "exact"), (*h1, "leaders_captured", "30", "exact")}
    # "others" after a subset ("بينهم 7 قياديين") are of the main count's kind, not leaders
    rows = propose.propose("خلال النصف الأول من 2024 قتلت القيادة المركزية 40 عنصرا من داعش بينهم 7 قياديين، واعتقلت 150 آخرين "
                           "بينهم 30 قياديا.", on)
    assert table(rows) == {(*h1, "killed", "40", "exact"), (*h1, "leaders_killed", "7", "exact"),
                           (*h1, "detained", "150", "exact"), (*h1, "leaders_captured", "30", "exact")}


def test_who_states_it_the_defense_department_a_military_official_the_led_coalition_an_outlet_s_tally():
    on = propose.dt.date(2024, 7, 17)
    cases = {"The U.S.-led coalition said it killed 44 ISIS operatives in the first half of 2024.": "CENTCOM",
             "قالت وزارة الدفاع الأمريكية إن قواتها قتلت 44 عنصرا من داعش خلال النصف الأول من 2024.": "CENTCOM",
             "قال مسؤول عسكري أمريكي إن قوات بلاده قتلت 44 عنصرا من داعش خلال النصف الأول من 2024.": "CENTCOM",
             "By a Reuters tally, U.S. forces killed 44 ISIS operatives in the first half of 2024, CENTCOM figures show.": "Outlet",
             "The SDF said it detained 44 ISIS operatives with coalition support in the first half of 2024.": "Syrian Democratic Forces"}
    for text, who in cases.items():
        assert [r["stated_by"] for r in propose.propose(text, on, "test-doc", publisher="Outlet")] == [who], text


def test_hundreds_in_words():
    year = ("2022-01-01", "2022-12-31", "Total", "operations")
    for text, value in {"CENTCOM said U.S. forces conducted one hundred ninety-six operations in 2022.": "196",
                        "CENTCOM said U.S. forces conducted three hundred and thirteen operations in 2022.": "313",
                        "قالت القيادة المركزية إنها نفذت مائة وستة وتسعين عملية في 2022.": "196",
                        "قالت القيادة المركزية إنها نفذت ثلاثمائة وثلاث عشرة عملية في 2022.": "313",
                        "قالت القيادة المركزية إنها نفذت مئتي عملية في 2022.": "200"}.items():
        assert table(propose.propose(text, propose.dt.date(2023, 1, 5))) == {(*year, value, "exact")}, text


def test_a_bare_date_is_a_day_a_date_after_through_is_none_and_one_operation_s_munitions():
    rows = propose.propose("CENTCOM said U.S. forces killed 6 ISIS members in 9 missions and conducted 4 strikes between Dec. "
                           "20 and Dec. 29. Three ISIS weapons caches were destroyed in the missions through Dec. 29. The "
                           "initial December 19 strike hit more than 60 targets. In the most recent operation, 20 U.S. "
                           "aircraft launched over 80 precision munitions.", propose.dt.date(2025, 12, 30))
    dec = ("2025-12-20", "2025-12-29", "Total")
    assert table(rows) == {(*dec, "killed", "6", "exact"), (*dec, "operations", "9", "exact"),
                           (*dec, "strikes", "4", "exact"), (*dec, "weapons_caches_destroyed", "3", "exact")}


def test_coalition_casualties_in_english_a_stale_year_and_last_month_s_raid():
    rows = propose.propose("The U.S. military said on Monday operations against Islamic State in Iraq over the past week led to "
                           "the death of a non-U.S. coalition soldier and wounded two other non-U.S. personnel.",
                           propose.dt.date(2025, 1, 7))
    week = ("2024-12-30", "2025-01-06", "Iraq")
    assert table(rows) == {(*week, "coalition_killed", "1", "exact"), (*week, "coalition_wounded", "2", "exact")}
    rows = propose.propose("Over the past 60 days, CENTCOM has pressed ISIS across Iraq and Syria, despite the group's defeat "
                           "in 2019. CENTCOM released on Monday a report detailing 90 operations, with 150 militants killed.",
                           propose.dt.date(2024, 11, 5))
    sixty = ("2024-09-05", "2024-11-04", "Total")
    assert table(rows) == {(*sixty, "operations", "90", "exact"), (*sixty, "killed", "150", "exact")}
    rows = propose.propose("CENTCOM said in August 2024 that three leaders of ISIS were among those killed in last month's "
                           "raid in western Iraq.", propose.dt.date(2024, 9, 14))
    assert rows == []


def test_detainees_moved_into_iraqi_prisons_by_an_iraqi_army_spokesman():
    rows = propose.propose("A spokesman for the Iraqi Army said on Thursday that 3,800 individuals detained for belonging to "
                           "ISIS have been moved into Iraqi correctional facilities from Syria.", propose.dt.date(2026, 2, 12))
    assert [(r["period_start"], r["period_end"], r["measure"], r["value"], r["stated_by"]) for r in rows] == \
        [("2026-01-21", "2026-02-12", "detainees_transferred_to_iraq", "3800", "Government of Iraq")]


def test_arabic_lists_centcom_after_the_preposition_and_a_month_before_a_count():
    jan = ("2023-01-01", "2023-01-31", "Syria")
    rows = propose.propose("أعلنت القيادة المركزية حصيلة عملياتها في سوريا خلال كانون الثاني: 15 عملية، 9 قتلى، 40 معتقلا.",
                           propose.dt.date(2023, 2, 3), "x")
    assert table(rows) == {(*jan, "operations", "15", "exact"), (*jan, "killed", "9", "exact"), (*jan, "detained", "40", "exact")}
    rows = propose.propose("بحسب بيان للقيادة المركزية، نفذت القوات خلال كانون الثاني 15 عملية دهم في سوريا.",
                           propose.dt.date(2023, 2, 3), "x")
    assert [(r["period_start"], r["value"], r["stated_by"]) for r in rows] == [("2023-01-01", "15", "CENTCOM")]
    # an attack's dead are no tally, nor are detainees held
    assert propose.propose("أسفر هجوم لداعش على حاجز في سوريا خلال كانون الثاني عن 3 قتلى، وفق القيادة المركزية.",
                           propose.dt.date(2023, 2, 3)) == []


def test_an_additional_count_for_the_other_country():
    rows = propose.propose("U.S. forces conducted 100 joint operations in the past year against ISIS in Syria and an "
                           "additional 150 in Iraq, CENTCOM said in a statement on Thursday.", propose.dt.date(2022, 12, 30))
    year = ("2021-12-29", "2022-12-29")
    assert table(rows) == {(*year, "Syria", "partnered_operations", "100", "exact"),
                           (*year, "Iraq", "partnered_operations", "150", "exact")}


def test_arabic_two_months_without_shahri_and_the_past_ten_days():
    on = propose.dt.date(2025, 12, 30)
    for words, window in {"خلال تشرين الأول وتشرين الثاني": ("2025-10-01", "2025-11-30"),
                          "خلال الأيام العشرة الماضية": ("2025-12-20", "2025-12-30"),
                          "خلال 10 أيام": ("2025-12-20", "2025-12-30")}.items():
        rows = propose.propose(f"قالت القيادة المركزية إن قواتها نفذت 40 عملية ضد داعش في سوريا {words}.", on)
        assert table(rows) == {(*window, "Syria", "operations", "40", "exact")}, words


def test_counts_after_a_label():
    h1 = ("2024-01-01", "2024-06-30", "Total")
    expected = {(*h1, "operations", "150", "exact"), (*h1, "killed", "40", "exact"), (*h1, "detained", "120", "exact")}
    for text in ("CENTCOM results for the first half of 2024:\n• Operations: 150\n• ISIS killed: 40\n• ISIS detained: 120",
                 "CENTCOM, first half of 2024 — operations: 150; killed: 40; detained: 120.",
                 "نتائج عمليات القيادة المركزية في النصف الأول من 2024:\n- عدد العمليات: 150\n- القتلى من داعش: 40\n- المعتقلون: 120"):
        assert table(propose.propose(text, propose.dt.date(2024, 7, 17))) == expected, text


def test_one_day_s_batch_of_detainees_a_count_of_2000_and_a_total_since_the_moves_began():
    on = propose.dt.date(2026, 2, 3)  # a Tuesday
    moved = [(r["period_start"], r["period_end"], r["value"]) for r in propose.propose(
        "CENTCOM said another 300 ISIS suspects were moved to Iraq on Sunday.", on)]
    assert moved == [("2026-02-01", "2026-02-01", "300")]
    moved = [(r["period_start"], r["period_end"], r["value"]) for r in propose.propose(
        "تسلم العراق اليوم دفعة جديدة تضم 300 من معتقلي داعش قادمين من سوريا، بحسب خلية الإعلام الأمني.", on)]
    assert moved == [("2026-02-03", "2026-02-03", "300")]
    # 2000 before a count noun is a count, not a year; "since the transfers began" is no start today
    for text, value in {"وقال المتحدث إن عدد من جرى نقلهم إلى العراق حتى الآن بلغ 2000 عنصر.": "2000",
                        "The U.S. military has flown 1,200 ISIS detainees from Syria to Iraq since the transfers began, "
                        "CENTCOM said.": "1200"}.items():
        assert [(r["period_start"], r["period_end"], r["value"]) for r in propose.propose(text, on)] == \
            [("2026-01-21", "2026-02-03", value)], text


def test_operations_with_a_named_partner_after_them_are_partnered():
    # docs/data.md: a count given for one country as conducted or enabled with partner forces is partnered
    on = propose.dt.date(2025, 11, 13)
    for text in ("CENTCOM said U.S. forces carried out 20 operations alongside the SDF in Syria since October 1.",
                 "CENTCOM said U.S. forces supported 20 partner-led operations in Syria since October 1.",
                 "وقالت القيادة المركزية إنها مكّنت 20 عملية ضد داعش مع الشركاء في سوريا منذ الأول من تشرين الأول.",
                 "وقالت القيادة المركزية إن قواتها نفذت بالشراكة مع قسد 20 عملية في سوريا منذ الأول من تشرين الأول."):
        assert table(propose.propose(text, on)) == {("2025-10-01", "2025-11-13", "Syria", "partnered_operations", "20", "exact")}, text


def test_last_and_final_quarters_this_past_month_and_since_last_october():
    on = propose.dt.date(2024, 1, 10)
    for words, window in {"last quarter": ("2023-10-01", "2023-12-31"), "in the past quarter": ("2023-10-01", "2023-12-31"),
                          "during the last quarter of 2023": ("2023-10-01", "2023-12-31"),
                          "in the final quarter of 2023": ("2023-10-01", "2023-12-31"),
                          "in this past month": ("2023-12-10", "2024-01-10"),
                          "since last October": ("2023-10-01", "2024-01-10")}.items():
        rows = propose.propose(f"CENTCOM said U.S. forces conducted 40 operations against ISIS in Iraq and Syria {words}.", on)
        assert table(rows) == {(*window, "Total", "operations", "40", "exact")}, words


def test_leaders_among_the_dead():
    h1 = ("2024-01-01", "2024-06-30", "Total")
    on = propose.dt.date(2024, 7, 17)
    assert table(propose.propose("Of the 40 ISIS members killed in the first half of 2024, seven were senior leaders, CENTCOM "
                                 "said.", on)) == {(*h1, "killed", "40", "exact"), (*h1, "leaders_killed", "7", "exact")}
    assert table(propose.propose("وأضافت القيادة المركزية أن من بين القتلى سبعة قياديين في التنظيم خلال النصف الأول من 2024.",
                                 on)) == {(*h1, "leaders_killed", "7", "exact")}


def test_the_number_of_what_was_counted_rose_to_a_value():
    jan = ("2023-01-01", "2023-01-31", "Syria")
    on = propose.dt.date(2023, 2, 3)
    for text, measure in {"CENTCOM said the number of ISIS members detained in Syria in January rose to 40.": "detained",
                          "CENTCOM said the number of operations in Syria in January totaled 40.": "operations",
                          "CENTCOM said the death toll among ISIS fighters in Syria in January stood at 40.": "killed",
                          "وقالت القيادة المركزية إن عدد القتلى من داعش بلغ 40 في سوريا خلال كانون الثاني.": "killed",
                          "وبحسب القيادة المركزية، ارتفع عدد عناصر داعش الذين اعتقلوا في سوريا خلال كانون الثاني إلى 40.": "detained"}.items():
        assert table(propose.propose(text, on)) == {(*jan, measure, "40", "exact")}, text
    assert propose.propose("CENTCOM said the number of U.S. troops in Syria in January was 900.", on) == []


def test_over_six_months_the_past_half_year_and_the_six_months_to_a_day():
    on = propose.dt.date(2025, 12, 18)
    six = ("2025-06-18", "2025-12-18", "Syria")
    assert table(propose.propose("CENTCOM: US forces kill 12, capture 100 ISIS in Syria over 6 months", on)) == \
        {(*six, "killed", "12", "exact"), (*six, "detained", "100", "exact")}
    assert table(propose.propose("CENTCOM said U.S. forces killed 12 ISIS members over the past half year in Syria.", on)) == \
        {(*six, "killed", "12", "exact")}
    assert table(propose.propose("CENTCOM said U.S. forces killed 12 ISIS members in Syria in the six months to December 17.",
                                 on)) == {("2025-06-17", "2025-12-17", "Syria", "killed", "12", "exact")}
    # "over 19 days beginning December 20" is no span counted back from the statement
    rows = propose.propose("Conducted over 19 days beginning December 20, the operations destroyed 4 ISIS weapons caches in "
                           "Syria, CENTCOM said.", propose.dt.date(2025, 12, 30))
    assert not any(r["period_start"] == "2025-12-11" for r in rows)


def test_arabic_round_8_statement_day_ordinal_days_and_shares_after_a_comma():
    # "وأوضحت ... يوم الأربعاء": the statement's Wednesday; the six months count back from it
    rows = propose.propose("وأوضحت سنتكوم في بيان نُشر يوم الأربعاء أن قواتها قتلت 12 عنصرا من داعش في سوريا خلال الأشهر الستة "
                           "الماضية.", propose.dt.date(2025, 12, 18))
    assert table(rows) == {("2025-06-17", "2025-12-17", "Syria", "killed", "12", "exact")}
    # ordinal days ("من أول تشرين الأول إلى السادس من تشرين الثاني")
    rows = propose.propose("قالت القيادة المركزية إن قواتها نفذت 20 عملية في سوريا في الفترة من أول تشرين الأول إلى السادس من "
                           "تشرين الثاني.", propose.dt.date(2025, 11, 13))
    assert table(rows) == {("2025-10-01", "2025-11-06", "Syria", "operations", "20", "exact")}
    # a split after an Arabic comma, and "بينهم 400 في سورية"
    rows = propose.propose("وقالت القيادة المركزية إن العمليات أسفرت في عام 2022 عن اعتقال 300 من مقاتلي التنظيم إجمالاً، 200 في "
                           "سورية و100 في العراق. كما قُتل ما لا يقل عن 600 مقاتل في عام 2022، بينهم 400 في سورية.",
                           propose.dt.date(2022, 12, 30))
    year = ("2022-01-01", "2022-12-31")
    assert table(rows) == {(*year, "Total", "detained", "300", "exact"), (*year, "Syria", "detained", "200", "exact"),
                           (*year, "Iraq", "detained", "100", "exact"), (*year, "Total", "killed", "600", "at_least"),
                           (*year, "Syria", "killed", "400", "exact")}


def test_arabic_round_8_who_states_it_stated_zeros_and_one_operation():
    rows = propose.propose("نقل الجيش الأمريكي من سوريا إلى العراق في الأسابيع الثلاثة الأخيرة 4000 من عناصر تنظيم داعش، على ما "
                           "أفاد مسؤول أمني عراقي.", propose.dt.date(2026, 2, 11))
    assert [(r["measure"], r["value"], r["stated_by"]) for r in rows] == \
        [("detainees_transferred_to_iraq", "4000", "Government of Iraq")]
    rows = propose.propose("وقالت القيادة المركزية إن عملياتها في سوريا خلال كانون الثاني لم تسفر عن مقتل أو إصابة أي من عناصر "
                           "القوات الأمريكية.", propose.dt.date(2023, 2, 3))
    assert table(rows) == {("2023-01-01", "2023-01-31", "Syria", "us_wounded", "0", "exact")}
    # one raid's dead and wounded; "إرهابيين" is a plural, no count of two
    assert propose.propose("أعلنت سنتكوم أن العملية المشتركة غرب العراق الشهر الماضي أسفرت عن مقتل 12 عنصراً من داعش. كما أصيب "
                           "خمسة جنود أميركيين أثناء تنفيذ العملية.", propose.dt.date(2024, 9, 7)) == []
    assert propose.propose("سنتكوم تكشف تفاصيل عملياتها في سوريا خلال ستة أشهر: مقتل واعتقال إرهابيين وتدمير مخابئ أسلحة",
                           propose.dt.date(2025, 12, 18)) == []


def test_bench_shows_where_the_reader_and_the_labels_part(tmp_path):
    # one of month.txt's 11 figures labelled with another window, one as not CENTCOM's: the full comparison matches
    # 9 of 11; leaving out the window or the speaker matches 10; the figure alone matches all 11
    labelled, texts = tmp_path / "set-b", tmp_path / "texts"
    labelled.mkdir(), texts.mkdir()
    (labelled / "month.txt").write_text((FIXTURES / "month.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (labelled / "month.json").write_text('{"published": "2025-03-04"}', encoding="utf-8")
    rows = [[r["period_start"], r["period_end"], r["country"], r["measure"], r["value"], r["qualifier"], "yes"]
            for r in proposals("month.txt", "2025-03-04")]
    rows[0][0], rows[1][6] = "2025-01-01", "no"
    header = "period_start,period_end,country,measure,value,qualifier,centcom"
    (labelled / "month.expected.csv").write_text("\n".join([header, *map(",".join, rows)]) + "\n", encoding="utf-8")
    out = tmp_path / "report.md"
    done = run("bench/reader.py", "--texts", str(texts), "--labelled", str(labelled), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "| set-b | 0.82, 0.82 | 0.91, 0.91 | 0.91, 0.91 | 1.00, 1.00 |" in out.read_text(encoding="utf-8")


def test_bench_writes_no_document_of_a_set_still_held_out(tmp_path, monkeypatch):
    # a held-out set's documents, their scores and their missed rows stay out of the report
    sys.path.insert(0, str(ROOT / "bench"))
    import reader as bench  # noqa: E402
    monkeypatch.setitem(bench.LABELLED_FIRST_SIGHT, "set-h", (0.5, 0.5, "0000000"))
    results = [("secret-slug", 0.01, 1, 2, 2, [("2025-01-01", "2025-01-31", "Syria", "killed", "3", "exact", True)],
                [("2025-02-01", "2025-02-28", "Syria", "killed", "4", "exact", True)], None,
                {part: (1, 2, 2) for part in bench.PARTS})]
    text = bench.labelled_report({"set-h": results})
    assert "secret-slug" not in text and "2025-02-01" not in text
    assert "| set-h | 1 | 2 | 2 | 0.50 | 0.50 |" in text


def test_this_year_runs_to_the_statement_s_day_unless_an_outlet_adds_up_months():
    # CENTCOM's own "this year" ends the day it was said ("so far this year", a half-year); said in the year's last
    # month, a bare "this year" or "the current year" is a year-end review's: the whole year (docs/data.md)
    rows = propose.propose("U.S. forces and partners killed 690 ISIS members this year, Central Command said Thursday. The "
                           "militants claimed 80 attacks in Iraq from July to September, according to an October report "
                           "from the Lead Inspector General for Operation Inherent Resolve.", propose.dt.date(2023, 12, 29))
    assert {(*next(iter(table([r]))), r["stated_by"]) for r in rows} == {
        ("2023-01-01", "2023-12-31", "Total", "killed", "690", "exact", "CENTCOM"),
        ("2023-07-01", "2023-09-30", "Iraq", "isis_claimed_attacks", "80", "exact",
         "Lead Inspector General for Operation Inherent Resolve")}
    rows = propose.propose("CENTCOM said on Monday that U.S. forces have carried out 150 missions so far this year.",
                           propose.dt.date(2025, 7, 20))
    assert table(rows) == {("2025-01-01", "2025-07-14", "Total", "operations", "150", "exact")}
    text = ("CENTCOM said on Thursday that U.S. forces have carried out 300 missions so far this year, and that its operations "
            "during the current year resulted in the elimination of 460 militants in Syria.")
    assert table(propose.propose(text, propose.dt.date(2023, 12, 29))) == {
        ("2023-01-01", "2023-12-28", "Syria", "operations", "300", "exact"),
        ("2023-01-01", "2023-12-31", "Syria", "killed", "460", "exact")}
    # an outlet adding up monthly releases names the last month it adds: to that month's end
    rows = propose.propose("Troops have conducted 250 missions so far this year, including 30 during May, according to "
                           "CENTCOM.", propose.dt.date(2025, 6, 12))
    assert ("2025-01-01", "2025-05-31", "Total", "operations", "250", "exact") in table(rows)
    # "in 2025" beside "between January and June this year": that half-year (docs/data.md)
    rows = propose.propose("CENTCOM counted 150 attacks by ISIS between January and June this year. Central Command says it "
                           "has conducted 190 anti-ISIS missions in 2025.", propose.dt.date(2025, 7, 18))
    assert ("2025-01-01", "2025-06-30", "Total", "operations", "190", "exact") in table(rows)


def test_who_acts_and_who_says_killed_or_captured_and_a_strike_s_day():
    # a monitor saying what the coalition did, and the SDF's own operations, are theirs, not CENTCOM's
    rows = propose.propose("CENTCOM has said little. The Syrian Observatory said the US-led coalition carried out 60 security "
                           "operations last year. The SDF has carried out 90 anti-ISIS operations in 2024.",
                           propose.dt.date(2025, 1, 9))
    assert {(r["measure"], r["value"], r["stated_by"]) for r in rows} == {
        ("operations", "60", "Syrian Observatory for Human Rights"), ("operations", "90", "Syrian Democratic Forces")}
    # "kill or capture" is the combined count, and "an ambush that killed two" is not the count's verb
    text = ("US-led raids kill or capture nearly 20 ISIS operatives. US and partner forces killed or captured nearly 20 ISIS "
            "operatives in Syria after an ambush that killed two US troops, in 9 missions between March 3 and 12.\n\n"
            "\u201cPartners killed or captured nearly 20 ISIS operatives in the days that followed a March 2 strike,\u201d "
            "CENTCOM said, adding that at least six ISIS members were killed and others detained.")
    assert table(propose.propose(text, propose.dt.date(2025, 3, 14))) == {
        ("2025-03-03", "2025-03-12", "Syria", "killed_or_detained", "20", "nearly"),
        ("2025-03-03", "2025-03-12", "Syria", "operations", "9", "exact"),
        ("2025-03-03", "2025-03-12", "Syria", "killed", "6", "at_least")}


def test_arabic_round_7_background_dates_stated_zeros_and_named_months():
    # "انتهت المهمة القتالية ... في ديسمبر 2023", in a clause after the count: background, not the count's window
    rows = propose.propose("قالت القيادة المركزية إن 300 من عناصر داعش قتلوا في عام 2024. وقالت إن القوات نفذت 90 عملية مشاركة في "
                           "العراق، ولم يسقط قتلى أو جرحى في صفوف القوات الأميركية خلال العمليات، وانتهت المهمة القتالية في "
                           "العراق في ديسمبر 2023.", propose.dt.date(2024, 12, 30))
    year = ("2024-01-01", "2024-12-31")
    assert table(rows) == {(*year, "Total", "killed", "300", "exact"), (*year, "Iraq", "partnered_operations", "90", "exact"),
                           (*year, "Iraq", "us_wounded", "0", "exact")}
    # a lede's "خلال شهرين" is the two months the body names
    rows = propose.propose("أعلنت القيادة المركزية الأمريكية تنفيذ ما يقرب من 60 عملية خلال شهرين فقط في سوريا والعراق.\n\n"
                           "وقال البيان إن القوات نفذت 58 عملية في العراق وسوريا خلال شهري آب وأيلول، ما أدى إلى مقتل 9 من "
                           "عناصر التنظيم.", propose.dt.date(2024, 10, 20))
    assert ("2024-08-01", "2024-09-30", "Total", "operations", "60", "nearly") in table(rows)


def test_arabic_days_of_this_month_an_ordinal_pair_and_a_partner_named_before_the_count():
    # "خلال شهر شباط الجاري" and the days the text gives ("بين الثالث والثاني عشر من شباط"): those days
    rows = propose.propose("أعلن الجيش الأميركي يوم السبت قصف أكثر من 30 هدفاً لداعش في سوريا خلال شهر شباط/فبراير الجاري. ووفقاً "
                           "لسنتكوم، فقد وقعت هذه الضربات ضمن عملية واحدة بين الثالث والثاني عشر من شباط/فبراير.",
                           propose.dt.date(2026, 2, 14))
    assert table(rows) == {("2026-02-03", "2026-02-12", "Syria", "targets_struck", "30", "more_than")}
    # "تشرين الأول" keeps its month; one partner force named before the count: partnered
    rows = propose.propose("أعلنت سنتكوم أنها نفذت مع قوات سوريا الديمقراطية 12 عملية في الفترة من أول تشرين الأول إلى السادس من "
                           "تشرين الثاني.", propose.dt.date(2025, 11, 10))
    assert table(rows) == {("2025-10-01", "2025-11-06", "Syria", "partnered_operations", "12", "exact")}


def test_iraqi_government_forces_are_a_partner_not_a_speaker():
    rows = propose.propose("CENTCOM gave its figures for 2024. In Iraq, US troops took part in 150 partnered operations with Iraqi "
                           "government forces in 2024.", propose.dt.date(2024, 12, 30))
    assert [(r["measure"], r["value"], r["stated_by"]) for r in rows] == [("partnered_operations", "150", "CENTCOM")]


def test_a_year_s_count_as_of_a_month_and_another_outlet_s_report():
    text = ("Example News / The military affairs website \u201cField Notes\u201d reported that the United States and its allies "
            "conducted 350 operations against ISIS throughout 2023.\n\n"
            "Citing CENTCOM, the report stated that as of October 2023, US forces and allies killed 90 suspected militants, "
            "comprising 70 in Iraq and 20 in Syria.\n\n"
            "The report indicated that 400 ISIS members were detained by the end of October.")
    rows = propose.propose(text, propose.dt.date(2023, 11, 20))
    oct_ = ("2023-01-01", "2023-10-31")
    assert {(*next(iter(table([r]))), r["stated_by"] == "CENTCOM") for r in rows} == {
        (*oct_, "Total", "operations", "350", "exact", False), (*oct_, "Total", "killed", "90", "exact", True),
        (*oct_, "Iraq", "killed", "70", "exact", True), (*oct_, "Syria", "killed", "20", "exact", True),
        (*oct_, "Total", "detained", "400", "exact", False)}


def test_one_count_under_since_and_under_past_six_months_keeps_both_windows():
    rows = propose.propose("قالت القيادة المركزية إن القوات نفذت منذ يوليو 80 عملية في سوريا أسفرت عن مقتل 14 من عناصر داعش. "
                           "وأوضحت أن العمليات التي نفذت خلال الأشهر الستة الماضية أسفرت عن مقتل 14 عنصراً في سوريا.",
                           propose.dt.date(2025, 12, 17))
    assert {(r["period_start"], r["measure"], r["value"]) for r in rows} == {
        ("2025-07-01", "operations", "80"), ("2025-07-01", "killed", "14"), ("2025-06-17", "killed", "14")}


def test_a_lede_dated_by_its_statement_and_one_operation_as_the_subject():
    # "On Tuesday, December 30, U.S. forces said": the statement's day; the window is the raids' dates after it
    text = ("On Tuesday, March 18, U.S. forces said six ISIS militants had been killed in Syria and more than a dozen people "
            "detained, weeks after an ambush that killed two soldiers.\n\n"
            "The raids and arrests were carried out between March 5 and March 14.")
    assert table(propose.propose(text, propose.dt.date(2025, 3, 19))) == {
        ("2025-03-05", "2025-03-14", "Syria", "killed", "6", "exact"),
        ("2025-03-05", "2025-03-14", "Syria", "detained", "12", "more_than")}
    # one operation as the subject ("The joint operation in western Iraq killed four leaders last month"): no tally
    assert propose.propose("The U.S.-Iraq joint military operation in western Iraq killed four ISIS leaders last month, "
                           "CENTCOM said on Friday.", propose.dt.date(2024, 9, 14)) == []


def test_killed_of_them_and_one_raid_s_wounded_in_a_later_clause():
    rows = propose.propose("أوضحت سنتكوم أن القوات تمكنت خلال عام 2025 من اعتقال أكثر من 300 عنصر من داعش في سوريا، فضلاً عن قتل "
                           "أكثر من 20 منهم.", propose.dt.date(2026, 1, 21))
    year = ("2025-01-01", "2025-12-31")
    assert table(rows) == {(*year, "Syria", "detained", "300", "more_than"), (*year, "Syria", "killed", "20", "more_than")}
    # "كما أصيب خمسة جنود أميركيين ... أثناء تنفيذ العملية": one raid's wounded, not the month's
    rows = propose.propose("قالت سنتكوم إن قواتها نفذت 30 عملية في العراق خلال آب. كما أصيب خمسة جنود أميركيين، واثنان آخران "
                           "أصيبا أثناء تنفيذ العملية.", propose.dt.date(2024, 9, 7))
    assert [r["measure"] for r in rows] == ["operations"]


def test_a_related_headline_is_not_joined_to_the_paragraph_after_it_and_both_partners_named_are_both_countries():
    text = ("قالت القيادة المركزية إن قواتها نفذت 190 مهمة ضد داعش في عام 2024 وحده، خلال الأشهر الستة الأولى من هذا العام.\n"
            "العراق يصدر حكما بالإعدام على زوجة زعيم داعش الراحل أبو بكر البغدادي\n"
            "وأسفرت المهام التي نفذت بالتنسيق مع القيادة المركزية الأمريكية وقوات الأمن العراقية وقوات سوريا الديمقراطية عن "
            "مقتل 40 عنصراً من داعش واعتقال 160 مسلحاً آخرين من داعش.")
    half = ("2024-01-01", "2024-06-30")
    assert table(propose.propose(text, propose.dt.date(2024, 7, 19))) == {
        (*half, "Total", "operations", "190", "exact"), (*half, "Total", "killed", "40", "exact"),
        (*half, "Total", "detained", "160", "exact")}
    rows = propose.propose("أعلنت سنتكوم اليوم الجمعة إتمام عملية نقل أكثر من 5700 عنصر من داعش كانوا محتجزين في شمال شرق سوريا "
                           "إلى مراكز احتجاز عراقية.", propose.dt.date(2026, 2, 13))
    assert [(r["measure"], r["value"]) for r in rows] == [("detainees_transferred_to_iraq", "5700")]


def test_probes_us_led_isis_lost_a_window_between_verb_and_count_since_the_month_began_and_a_release_s_date():
    on = propose.dt.date(2025, 3, 6)
    feb = ("2025-02-01", "2025-02-28")
    rows = propose.propose("February saw 30 U.S.-led operations against ISIS in Iraq and Syria, CENTCOM said. ISIS lost 8 fighters "
                           "in February operations, per CENTCOM.", on)
    assert table(rows) == {(*feb, "Total", "operations", "30", "exact"), (*feb, "Total", "killed", "8", "exact")}
    rows = propose.propose("قالت القيادة المركزية إن قواتها قتلت خلال الربع الرابع من عام 2024 نحو 40 عنصرا من داعش.", on)
    assert table(rows) == {("2024-10-01", "2024-12-31", "Total", "killed", "40", "approximately")}
    rows = propose.propose("ذكرت القيادة المركزية في بيان نشرته مساء أمس أن القوات نفذت 12 عملية منذ مطلع الشهر الجاري.", on)
    assert table(rows) == {("2025-03-01", "2025-03-05", "Total", "operations", "12", "exact")}
    rows = propose.propose("According to figures CENTCOM released on March 3, partners detained 30 ISIS suspects year-to-date.", on)
    assert table(rows) == {("2025-01-01", "2025-03-03", "Total", "detained", "30", "exact")}


def test_probes_who_says_it_in_arabic_an_outlet_that_tallied_and_a_raid_after_that():
    on = propose.dt.date(2025, 3, 6)
    who = lambda text: [(r["measure"], r["value"], r["stated_by"]) for r in propose.propose(text, on, publisher="Example News")]
    assert who("وقالت قوات سوريا الديمقراطية إنها اعتقلت 40 مشتبها بهم خلال شباط بدعم من التحالف الدولي.") == [
        ("detained", "40", "Syrian Democratic Forces")]
    assert who("أفاد المرصد السوري لحقوق الإنسان بأن التحالف الدولي نفذ 15 عملية إنزال خلال شباط.") == [
        ("operations", "15", "Syrian Observatory for Human Rights")]
    assert who("Rudaw tallied 45 operations in February based on CENTCOM's weekly posts.") == [
        ("operations", "45", "Example News")]
    assert who("CENTCOM said in February that the raid killed 3 ISIS members, including a senior leader.") == []


def test_probes_together_leaders_among_those_killed_and_missions_by_us_forces_and_partners():
    on = propose.dt.date(2025, 7, 20)
    half = ("2025-01-01", "2025-06-30")
    rows = propose.propose("In Syria, U.S. forces conducted 59 missions in the first half of 2025. Together the missions in both "
                           "countries killed 44 ISIS operatives. Eight senior ISIS leaders were among those killed, CENTCOM said.", on)
    assert table(rows) == {(*half, "Syria", "operations", "59", "exact"), (*half, "Total", "killed", "44", "exact"),
                           (*half, "Total", "leaders_killed", "8", "exact")}
    rows = propose.propose("قتل ٤٤ من عناصر داعش في ١٩٦ مهمة نفذتها القوات الأمريكية وشركاؤها في العراق وسوريا خلال النصف الأول من "
                           "العام، بحسب سنتكوم.", on)
    assert (*half, "Total", "operations", "196", "exact") in table(rows)


def test_probes_six_months_without_past_of_its_members_and_said_on_a_date():
    on = propose.dt.date(2025, 12, 20)
    six = ("2025-06-20", "2025-12-20")
    assert table(propose.propose("سنتكوم: مقتل 14 داعشياً واعتقال 119 خلال ستة أشهر في سوريا", on)) == {
        (*six, "Syria", "killed", "14", "exact"), (*six, "Syria", "detained", "119", "exact")}
    # "خلال الستة أشهر الماضية من هذا العام" stays no counted-back window
    assert not propose.windows_in("نفذت 200 عملية خلال الستة أشهر الماضية من هذا العام", on)
    assert table(propose.propose("CENTCOM said US forces killed 14 of the group's members in Syria in 2024.", on)) == {
        ("2024-01-01", "2024-12-31", "Syria", "killed", "14", "exact")}
    assert table(propose.propose("Since June, U.S. troops have conducted roughly 80 missions against ISIS remnants in Syria, "
                                 "CENTCOM said on Dec. 19.", on)) == {("2025-06-01", "2025-12-19", "Syria", "operations", "80", "approximately")}


def test_probes_arabic_leaders_own_verb_claimed_attacks_after_their_label_and_six_months_beside_a_half_year():
    text = ("كشفت القيادة المركزية الأمريكية أن قواتها وشركاءها نفذوا 190 مهمة ضد داعش في النصف الأول من 2025، منها 140 في "
            "العراق و50 في سوريا.\n\n"
            "وأسفرت تلك المهام عن مقتل 40 عنصرا واعتقال 160 آخرين، بينهم سبعة قادة كبار قتلوا و30 قياديا اعتقلوا.\n\n"
            "وبلغ عدد الهجمات التي تبناها التنظيم 150 هجوما خلال الأشهر الستة الأولى من العام.\n\n"
            "القيادة المركزية: 190 عملية و40 قتيلا من داعش في ستة أشهر\n\n"
            "أما في سوريا فقد نفذت 50 مهمة أسفرت عن مقتل 10 واعتقال 90.")
    half = ("2025-01-01", "2025-06-30")
    assert table(propose.propose(text, propose.dt.date(2025, 7, 18))) == {
        (*half, "Total", "operations", "190", "exact"), (*half, "Total", "killed", "40", "exact"),
        (*half, "Total", "detained", "160", "exact"), (*half, "Total", "leaders_killed", "7", "exact"),
        (*half, "Total", "leaders_captured", "30", "exact"), (*half, "Total", "isis_claimed_attacks", "150", "exact"),
        (*half, "Iraq", "operations", "140", "exact"), (*half, "Syria", "operations", "50", "exact"), (*half, "Syria", "killed", "10", "exact"),
        (*half, "Syria", "detained", "90", "exact")}


def test_probes_transfers_received_and_arrived_a_batch_before_the_total_and_an_official_said_after():
    on = propose.dt.date(2026, 2, 3)
    rows = propose.propose("Iraq has received a total of 3,000 ISIS suspects from Syria, the Justice Ministry said.", on)
    assert [(r["period_start"], r["value"], r["stated_by"]) for r in rows] == [("2026-01-21", "3000", "Government of Iraq")]
    rows = propose.propose("A new batch of 400 detainees arrived in Iraq on Sunday, bringing the total to 2,900, according to "
                           "CENTCOM.", on)
    assert ("2026-02-01", "2026-02-01", "Syria", "detainees_transferred_to_iraq", "400", "exact") in table(rows)
    rows = propose.propose("وتسلّم العراق اليوم الدفعة الخامسة التي تضم 500 معتقل، ليرتفع العدد الإجمالي إلى 3000، وفق وزارة العدل "
                           "العراقية.", on)
    assert ("2026-02-03", "2026-02-03", "Syria", "detainees_transferred_to_iraq", "500", "exact") in table(rows)
    rows = propose.propose("The U.S. military has moved about 2,500 ISIS detainees from Syria to Iraq since the transfers began "
                           "last month, an Iraqi official said.", on)
    assert [(r["value"], r["stated_by"]) for r in rows] == [("2500", "Government of Iraq")]


def test_thirty_plus_is_more_than_thirty():
    rows = propose.propose("CENTCOM said US forces killed 30-plus ISIS fighters and conducted 40+ operations in March.",
                           propose.dt.date(2025, 4, 3))
    assert {(r["measure"], r["value"], r["qualifier"]) for r in rows} == {("killed", "30", "more_than"),
                                                                         ("operations", "40", "more_than")}


def test_probes_a_split_after_of_the_and_abbreviated_ops_and_kia():
    on = propose.dt.date(2025, 4, 3)
    mar = ("2025-03-01", "2025-03-31")
    assert table(propose.propose("Of the 35 operations in March, 20 were in Iraq and 15 in Syria, CENTCOM said.", on)) == {
        (*mar, "Total", "operations", "35", "exact"), (*mar, "Iraq", "operations", "20", "exact"),
        (*mar, "Syria", "operations", "15", "exact")}
    assert table(propose.propose("CENTCOM reports: March 2025 — Iraq: 20 ops, 5 KIA, 12 detained.", on)) == {
        (*mar, "Iraq", "operations", "20", "exact"), (*mar, "Iraq", "killed", "5", "exact"), (*mar, "Iraq", "detained", "12", "exact")}


def test_one_partner_force_named_after_the_count_or_before_its_verb_makes_it_partnered():
    on = propose.dt.date(2026, 2, 10)
    jan = ("2026-01-01", "2026-01-31")
    for text in ("CENTCOM said U.S. forces conducted 11 operations in Syria with the SDF in January.",
                 "CENTCOM said U.S. forces conducted 11 operations in Syria in January in cooperation with Syrian "
                 "government forces.",
                 "CENTCOM said U.S. forces, alongside Syrian government forces, conducted 11 operations in Syria in January.",
                 "وقالت القيادة المركزية إن القوات الأمريكية نفذت 11 عملية في سوريا خلال كانون الثاني بالتعاون مع القوات "
                 "الحكومية السورية."):
        assert table(propose.propose(text, on)) == {(*jan, "Syria", "partnered_operations", "11", "exact")}, text
    # both partner forces: a total that partners took part in (docs/data.md), not a count called partnered
    assert table(propose.propose("CENTCOM, with the ISF and SDF, conducted 94 missions in January, it said.", on)) == {
        (*jan, "Total", "operations", "94", "exact")}
    assert table(propose.propose("CENTCOM said U.S. forces conducted 94 missions in January with the ISF and the SDF.", on)) == {
        (*jan, "Total", "operations", "94", "exact")}


def test_raids_that_netted_or_yielded_detainees_detained_them_and_a_stock_of_detainees_is_no_figure():
    on = propose.dt.date(2024, 7, 20)
    half = ("2024-01-01", "2024-06-30")
    for text in ("CENTCOM said the raids netted 119 detainees in the first half of 2024.",
                 "CENTCOM said the operations yielded 119 ISIS detainees in the first half of 2024."):
        assert table(propose.propose(text, on)) == {(*half, "Total", "detained", "119", "exact")}, text
    assert propose.propose("The SDF holds 9,000 ISIS detainees, CENTCOM said in the first half of 2024.", on) == []


def test_the_running_total_of_detainees_moved_to_iraq_and_the_batch_beside_it():
    rows = propose.propose("CENTCOM said 230 more detainees were moved to Iraq on Saturday, bringing the total to 2,900.",
                           propose.dt.date(2026, 2, 1))
    assert table(rows) == {("2026-01-31", "2026-01-31", "Syria", "detainees_transferred_to_iraq", "230", "exact"),
                           ("2026-01-21", "2026-01-31", "Syria", "detainees_transferred_to_iraq", "2900", "exact")}
    rows = propose.propose("U.S. forces transferred another 500 ISIS detainees to Iraq, bringing the total number of "
                           "detainees moved to more than 3,400, CENTCOM said on Tuesday.", propose.dt.date(2026, 2, 3))
    assert table(rows) == {("2026-02-03", "2026-02-03", "Syria", "detainees_transferred_to_iraq", "500", "exact"),
                           ("2026-01-21", "2026-02-03", "Syria", "detainees_transferred_to_iraq", "3400", "more_than")}
    rows = propose.propose("وقالت القيادة المركزية الأمريكية إنها نقلت 300 معتقل من داعش إلى العراق، ليرتفع العدد الإجمالي "
                           "إلى 3400 معتقل.", propose.dt.date(2026, 2, 3))
    assert table(rows) == {("2026-02-03", "2026-02-03", "Syria", "detainees_transferred_to_iraq", "300", "exact"),
                           ("2026-01-21", "2026-02-03", "Syria", "detainees_transferred_to_iraq", "3400", "exact")}


def test_centcom_commanders_and_spokesmen_by_name_speak_for_centcom():
    on = propose.dt.date(2026, 1, 15)
    for text in ('"We killed more than 20 ISIS operatives in December," said Adm. Brad Cooper.',
                 "Kurilla said in a statement that U.S. forces killed more than 20 ISIS operatives in December.",
                 "وقال الأدميرال براد كوبر إن القوات الأمريكية قتلت أكثر من 20 عنصرا من داعش خلال كانون الأول."):
        rows = propose.propose(text, on)
        assert [(r["value"], r["qualifier"], r["stated_by"]) for r in rows] == [("20", "more_than", "CENTCOM")], text
    rows = propose.propose("U.S. forces killed 20 ISIS fighters in December, Helene Cooper reported in the Times.", on)
    assert [r["stated_by"] for r in rows] != ["CENTCOM"]


def test_bench_reads_committed_labels_with_their_texts_kept_elsewhere(tmp_path):
    # the labels of a set are committed (bench/labelled/<set>/: <slug>.json and <slug>.expected.csv); its texts are
    # other people's articles, found under $READER_HELDOUT/**/<set>/; a labelled document whose text is not on the
    # machine is counted, not scored
    labelled, heldout = tmp_path / "labels" / "set-c", tmp_path / "heldout" / "round-x" / "set-c"
    labelled.mkdir(parents=True), heldout.mkdir(parents=True)
    (heldout / "month.txt").write_text((FIXTURES / "month.txt").read_text(encoding="utf-8"), encoding="utf-8")
    header = "period_start,period_end,country,measure,value,qualifier,centcom"
    rows = [",".join([r["period_start"], r["period_end"], r["country"], r["measure"], r["value"], r["qualifier"], "yes"])
            for r in proposals("month.txt", "2025-03-04")]
    for slug in ("month", "gone"):
        (labelled / f"{slug}.json").write_text('{"published": "2025-03-04", "url": "https://example.org/x"}', encoding="utf-8")
        (labelled / f"{slug}.expected.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    out = tmp_path / "report.md"
    done = subprocess.run([PYTHON, "bench/reader.py", "--texts", str(tmp_path), "--labelled", str(labelled), "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT, timeout=60,
                          env={**os.environ, "READER_HELDOUT": str(tmp_path / "heldout")})
    assert done.returncode == 0, done.stderr
    assert "| set-c | 1 (1 more labelled, text not here) | 11 | 11 | 1.00 | 1.00 |" in out.read_text(encoding="utf-8")


def test_since_the_start_of_a_named_campaign_runs_from_its_first_day():
    rows = propose.propose("Since the start of Operation Hawkeye Strike, U.S. and partner forces have struck more than 100 "
                           "ISIS targets and killed or detained nearly 50 terrorists, CENTCOM said.", propose.dt.date(2026, 1, 22))
    since = ("2025-12-19", "2026-01-22", "Total")  # the campaign's first day in data/events.csv
    assert table(rows) == {(*since, "targets_struck", "100", "more_than"), (*since, "killed_or_detained", "50", "nearly")}


def test_a_campaign_s_results_by_its_arabic_name_or_as_the_operation_in_a_text_naming_it():
    on = propose.dt.date(2026, 2, 15)
    since = ("2025-12-19", "2026-02-15", "Syria")  # Operation Hawkeye Strike's first day in data/events.csv
    text = ("أعلنت القيادة المركزية الأمريكية تنفيذ غارات على أهداف لداعش في سوريا، في إطار عملية أطلقت عليها اسم ضربة الصقر.\n\n"
            "وأوضحت القيادة أن الغارات استهدفت مخازن أسلحة. وأسفرت العملية عن تحييد نحو 40 عنصرا من التنظيم واستهداف أكثر من 90 موقعا.")
    assert table(propose.propose(text, on)) == {(*since, "killed", "40", "approximately"), (*since, "targets_struck", "90", "more_than")}
    text = ("عملية ضربة الصقر جاءت ردا على هجوم لداعش في ديسمبر، وأسفرت عن تحييد وأسر أكثر من 40 مقاتلا في سوريا، "
            "بحسب القيادة المركزية الأمريكية.")
    assert table(propose.propose(text, on)) == {(*since, "killed_or_detained", "40", "more_than")}


def test_a_later_sentence_that_dates_the_strikes_dates_the_lede_s_count():
    text = ("أعلنت القيادة المركزية الأمريكية، يوم الأربعاء، تنفيذ أربع غارات جوية على أهداف لداعش في سوريا.\n\n"
            "وأوضحت القيادة أن الغارات نفذت خلال الفترة من 20 كانون الثاني إلى 30 كانون الثاني، باستخدام 40 ذخيرة دقيقة.")
    assert table(propose.propose(text, propose.dt.date(2026, 2, 4))) == {
        ("2026-01-20", "2026-01-30", "Syria", "strikes", "4", "exact"), ("2026-01-20", "2026-01-30", "Syria", "munitions", "40", "exact")}


def test_partners_named_before_the_verb_supported_operations_and_a_headline_s_count_of_the_body_s_partnered_ones():
    on = propose.dt.date(2025, 11, 20)
    window = ("2025-10-01", "2025-11-06", "Syria")
    for text in ("وكانت القيادة المركزية الأمريكية قد أعلنت أن قواتها، بالتعاون مع شركائها في سوريا، نفذت أكثر من 30 عملية "
                 "خلال الفترة من 1 أكتوبر إلى 6 نوفمبر.",
                 "سنتكوم: دعمنا أكثر من 30 عملية ضد داعش في سوريا خلال الفترة من 1 أكتوبر إلى 6 نوفمبر",
                 "CENTCOM said it enabled more than 30 operations against ISIS in Syria between Oct. 1 and Nov. 6."):
        assert table(propose.propose(text, on)) == {(*window, "partnered_operations", "30", "more_than")}, text
    text = ("سنتكوم تكشف تفاصيل 70 عملية ضد داعش في سوريا خلال ستة أشهر\n\n"
            "أعلنت القيادة المركزية الأمريكية أن القوات الأمريكية، بالتعاون مع القوات الشريكة السورية، نفذت 70 عملية منذ شهر تموز.")
    assert {r["measure"] for r in propose.propose(text, propose.dt.date(2025, 12, 18))} == {"partnered_operations"}


def test_two_values_of_one_window_are_two_figures():
    # "more than five thousand" in the lede and "more than 5,700" in the quoted statement: two rows (docs/data.md)
    text = ("أعلنت القيادة المركزية الأمريكية أمس أنها أنجزت نقل أكثر من خمسة آلاف سجين من داعش من سوريا إلى العراق.\n"
            "وأوضحت القيادة أن مهمة النقل التي استغرقت 23 يوما بدأت في 21 يناير، نقلت خلالها القوات الأمريكية أكثر من 5700 "
            "مقاتل من مراكز الاحتجاز في سوريا إلى العراق.")
    move = ("2026-01-21", "2026-02-12", "Syria", "detainees_transferred_to_iraq")
    assert table(propose.propose(text, propose.dt.date(2026, 2, 14))) == {(*move, "5000", "more_than"), (*move, "5700", "more_than")}


def test_probes_from_round_10_english_a_cut_link_tag_a_security_official_and_a_count_that_exceeded():
    text = ('CENTCOM said on Thursday that its troops, alongside syrian/" class="auto-internal-link">syrian partners, carried '
            "out more than 20 operations in Syria between Oct. 1 and Nov. 6.")
    rows = propose.propose(text, propose.dt.date(2025, 11, 13))
    assert table(rows) == {("2025-10-01", "2025-11-06", "Syria", "partnered_operations", "20", "more_than")}
    assert "class=" not in rows[0]["evidence"]
    rows = propose.propose("U.S. Central Command began the move in January.\n\nMore than 1,900 ISIS prisoners have been moved "
                           "to Iraq from Syria, a security official said on Saturday, as part of a continuing US operation.",
                           propose.dt.date(2026, 2, 8))
    assert [(r["value"], r["stated_by"] == "CENTCOM") for r in rows] == [("1900", False)]
    text = ("The strikes are part of Operation Hawkeye Strike. CENTCOM said the number of destroyed infrastructure facilities "
            "has exceeded one hundred in the last two months of the operation.")
    assert table(propose.propose(text, propose.dt.date(2026, 2, 15))) == {
        ("2025-12-19", "2026-02-15", "Total", "targets_struck", "100", "more_than")}
    text = ("CENTCOM said two ISIS operatives were killed and three were detained including an ISIS leader in seven operations "
            "between May 10 and May 17.")
    assert ("2025-05-10", "2025-05-17", "Total", "leaders_captured", "1", "exact") in table(propose.propose(text, propose.dt.date(2025, 5, 20)))


def test_a_total_received_beside_a_background_began_and_a_headline_s_plan():
    text = ("Iraq has received a total of 3,900 ISIS detainees, an official of the Security Media Cell said on Monday.\n\n"
            "The transfers follow fighting in northeastern Syria. In response, CENTCOM began relocating detainees to prisons "
            "under Iraqi authority.")
    rows = propose.propose(text, propose.dt.date(2026, 2, 9))
    assert table(rows) == {("2026-01-21", "2026-02-09", "Syria", "detainees_transferred_to_iraq", "3900", "exact")}
    text = ("US to move 6,000 ISIS detainees from Syria to Iraq\n\nCENTCOM said it has begun transferring detainees to Iraq, "
            "starting with 120 prisoners moved today.")
    assert table(propose.propose(text, propose.dt.date(2026, 1, 21))) == {
        ("2026-01-21", "2026-01-21", "Syria", "detainees_transferred_to_iraq", "120", "exact")}


def test_transfers_told_by_iraq_commenced_procedures_and_a_ministry_s_total_of_prisoners():
    text = ("BAGHDAD, Feb. 7 — Iraq has received 2,100 ISIS detainees from Syria and commenced legal screening of them, the "
            "Iraqi military said on Saturday.\n\nAccording to U.S. Central Command, the detainees were moved from Hasakah.")
    rows = propose.propose(text, propose.dt.date(2026, 2, 7))
    assert [(r["period_start"], r["period_end"], r["value"], r["stated_by"]) for r in rows] == [
        ("2026-01-21", "2026-02-07", "2100", "Government of Iraq")]
    text = ('كشفت وزارة العدل، اليوم السبت، عن جنسيات الإرهابيين المنقولين من سوريا الى العراق، حيث ذكر المتحدث باسم الوزارة أنه '
            '"بلغ عدد السجناء الكلي 5600 من 60 دولة"، وأن البيانات قدمها التحالف الدولي.')
    rows = propose.propose(text, propose.dt.date(2026, 2, 14))
    assert [(r["period_start"], r["period_end"], r["value"], r["stated_by"]) for r in rows] == [
        ("2026-01-21", "2026-02-14", "5600", "Government of Iraq")]


def test_seven_days_of_operations_beside_the_dates_and_iraqi_forces_naming_iraq_for_the_next_sentence():
    text = ('CENTCOM announced that coalition forces sustained casualties in Iraq last week. "From March 2 to March 8, '
            'CENTCOM and Iraqi forces conducted multiple strikes in the Hamrin mountains," the command stated.\n\n'
            "During seven days of operations against ISIS in Iraq, one coalition member was reportedly killed.\n\n"
            "CENTCOM reported 120 joint operations conducted alongside Iraqi forces from January to June 2024. These "
            "missions resulted in the elimination of 25 ISIS militants.")
    assert table(propose.propose(text, propose.dt.date(2025, 3, 9))) == {
        ("2025-03-02", "2025-03-08", "Iraq", "coalition_killed", "1", "exact"),
        ("2024-01-01", "2024-06-30", "Iraq", "partnered_operations", "120", "exact"),
        ("2024-01-01", "2024-06-30", "Iraq", "killed", "25", "exact")}


@pytest.mark.parametrize("text, country", [
    ("U.S. forces, alongside the Iraqi army forces, conducted 11 operations in January, CENTCOM said.", "Iraq"),
    ("CENTCOM conducted 11 operations in January together with Iraqi government forces, it said.", "Iraq"),
    ("CENTCOM conducted 11 operations in January with its Syrian partners, it said.", "Syria"),
    ("U.S. forces, with Syrian partners, conducted 11 operations in January, CENTCOM said.", "Syria"),
    ("قالت القيادة المركزية الأمريكية إن قواتها نفذت مع القوات الحكومية السورية 11 عملية في كانون الثاني.", "Syria"),
    ("قالت القيادة المركزية الأمريكية إن قواتها نفذت مع الجيش العراقي 11 عملية في كانون الثاني.", "Iraq"),
])
def test_one_list_of_partner_forces_names_the_partner_wherever_it_stands(text, country):
    """Each partner force in PARTNER_FORCES, named before the count or after it, in English or Arabic, makes the
    count partnered and gives its country: the three places that name partners read them from one list."""
    assert table(propose.propose(text, propose.dt.date(2025, 2, 5))) == {
        ("2025-01-01", "2025-01-31", country, "partnered_operations", "11", "exact")}


def test_a_partners_own_summary_supported_by_the_coalition_is_partnered():
    """A partner's tally of its operations "supported by the coalition" (or "بدعم من التحالف"), or a summary of "the
    joint military operations", is partnered and the partner's; a summary line that repeats its label's noun ("Cells
    captured: 40 suspects") is read, and a kind of operation ("Operations to Stop Attacks: 4") is no count of them."""
    text = ("The SDF said its forces carried out 31 security operations in northeast Syria backed by the international coalition "
            "during the first half of 2024.\n\nResults:\n\nOperations to Stop Attacks: 4\n\nSuspects captured: 40 suspects\n")
    assert table(propose.propose(text, propose.dt.date(2024, 7, 9))) == {
        ("2024-01-01", "2024-06-30", "Syria", "partnered_operations", "31", "exact"),
        ("2024-01-01", "2024-06-30", "Syria", "detained", "40", "exact")}
    text = ("أعلنت قوات سوريا الديمقراطية حصيلة العمليات الأمنية المشتركة خلال عام 2025 بدعم من التحالف الدولي، "
            "وقالت إنها نفذت 120 عملية.")
    rows = propose.propose(text, propose.dt.date(2026, 1, 3))
    assert table(rows) == {("2025-01-01", "2025-12-31", "Syria", "partnered_operations", "120", "exact")}
    assert rows[0]["stated_by"] == "Syrian Democratic Forces"


def test_a_count_over_the_course_of_the_campaign_and_killed_across_a_country():
    """"over the course of two months of operations" in a text naming the campaign is the campaign so far, however
    the paragraph before dates its latest strikes; "killed over 20 across Syria" is read with its noun left out."""
    text = ("CENTCOM said on Saturday it carried out eight strikes on ISIS targets in Syria between February 3 and 10, "
            "part of Operation Hawkeye Strike.\n\nMore than 40 ISIS members have been killed over the course of two "
            "months of operations, CENTCOM said.")
    assert ("2025-12-19", "2026-02-14", "Syria", "killed", "40", "more_than") in table(
        propose.propose(text, propose.dt.date(2026, 2, 15)))
    text = ("CENTCOM said U.S. and partner forces have detained more than 200 ISIS operatives and killed over 15 "
            "across Syria in the past year.")
    assert table(propose.propose(text, propose.dt.date(2026, 1, 17))) == {
        ("2025-01-17", "2026-01-17", "Syria", "detained", "200", "more_than"),
        ("2025-01-17", "2026-01-17", "Syria", "killed", "15", "more_than")}


def test_a_week_of_a_month_is_its_days():
    """"the first week of November", "الأسبوع الأول من شهر تشرين الثاني الجاري" are those seven days (up to the
    statement's day), not the first of the month; a lede so dated keeps its own words beside the statement it misdates."""
    text = "CENTCOM said it conducted 12 operations in Syria during the second week of March 2024."
    assert table(propose.propose(text, propose.dt.date(2024, 3, 20))) == {
        ("2024-03-08", "2024-03-14", "Syria", "operations", "12", "exact")}
    text = ("أعلنت القيادة المركزية الأمريكية تنفيذ أكثر من 15 عملية ضد داعش في سوريا خلال الأسبوع الأول من شهر تشرين "
            "الثاني الجاري. وقالت في بيان إنها مكنت أكثر من 15 عملية مع شركائها في سوريا من 1 تشرين الأول إلى 6 تشرين الثاني.")
    assert table(propose.propose(text, propose.dt.date(2025, 11, 7))) == {
        ("2025-11-01", "2025-11-07", "Syria", "operations", "15", "more_than"),
        ("2025-10-01", "2025-11-06", "Syria", "partnered_operations", "15", "more_than")}


def test_the_sdf_s_own_statement_is_the_sdf_s_since_the_fall_of_assad():
    """A report of the SDF's statement, which names the coalition only as the SDF's backer, gives the SDF's figures,
    for Syria: operations "backed by the US-led coalition" are partnered; "since the fall of the Assad regime" and
    "من سقوط نظام الأسد حتى 20 أيلول" run from the day data/events.csv gives; "بينهم 3 متزعمين" are leaders; a kind
    among the operations ("بما فيها ثلاث عمليات تمشيط") and the SDF's own dead ("قتلوا أثناء التصدي لهجمات") are no
    tallies; a dateline's "الاثنين 22 أيلول 2025" is a day, not September."""
    text = ("In a statement, the SDF said ISIS cells carried out 120 attacks since the fall of the Assad regime. SDF units, "
            "backed by the US-led Coalition, conducted 60 operations since the fall of the Assad regime, arresting 80 ISIS "
            "members. Twenty SDF fighters were killed repelling ISIS attacks.")
    rows = propose.propose(text, propose.dt.date(2025, 9, 22))
    assert table(rows) == {("2024-12-08", "2025-09-22", "Syria", "partnered_operations", "60", "exact"),
                           ("2024-12-08", "2025-09-22", "Syria", "detained", "80", "exact")}
    assert {r["stated_by"] for r in rows} == {"Syrian Democratic Forces"}
    text = ("الاثنين 22 أيلول 2025\n\nكشفت القيادة العامة لقوات سوريا الديمقراطية حصيلة عملياتها خلال الفترة من سقوط نظام الأسد "
            "حتى 20 أيلول الجاري، وقالت إن قواتها نفذت بدعم من التحالف الدولي 60 عملية بما فيها ثلاث عمليات تمشيط، ألقت خلالها "
            "القبض على 80 إرهابيا بينهم 4 متزعمين، فيما قتل 20 مقاتلا أثناء التصدي لهجمات الخلايا.\n\n"
            "وشددت على أن التعاون مع التحالف الدولي عنصر حاسم.")
    rows = propose.propose(text, propose.dt.date(2025, 9, 22))
    window = ("2024-12-08", "2025-09-20", "Syria")
    assert table(rows) == {(*window, "partnered_operations", "60", "exact"), (*window, "detained", "80", "exact"),
                           (*window, "leaders_captured", "4", "exact")}
    assert {r["stated_by"] for r in rows} == {"Syrian Democratic Forces"}


def test_the_move_to_iraq_as_reports_of_it_tell_it():
    """Reports of the move of detainees to Iraq (January-February 2026, data/events.csv): its length in words ("lasted
    twenty-three days") ends it; its first batch is its first day's, whoever's sentence came before ("according to two
    Iraqi security officials"); a batch "out of" the plan's number is no count; a move a report says "began" last month
    began then; Iraq's own figures ("Iraq has taken in", "أن العراق نقل وأودع في سجونه") are Iraq's, to the day said."""
    move = ("Syria", "detainees_transferred_to_iraq")
    text = ("The transfer of ISIS detainees from Syria to Iraq has concluded, with a total of 5,100 detainees handed over to Iraqi "
            "authorities, the Security Media Cell said. CENTCOM said the mission lasted twenty-three days and began on Jan. 21.")
    rows = propose.propose(text, propose.dt.date(2026, 2, 14))
    assert table(rows) == {("2026-01-21", "2026-02-12", *move, "5100", "exact")} and rows[0]["stated_by"] != "CENTCOM"
    text = ("More detainees were moved from Syria to Iraq on Saturday, according to two Iraqi security officials.\n\n"
            "The first batch arrived earlier from a prison in Hasakah and included 150 prisoners, among them senior leaders.\n\n"
            "The U.S. military has said it may move up to 7,000.")
    rows = propose.propose(text, propose.dt.date(2026, 1, 25))
    assert table(rows) == {("2026-01-21", "2026-01-21", *move, "150", "exact")} and rows[0]["stated_by"] != "CENTCOM"
    text = ("قال مسؤول عراقي إنه جرى تسلم الوجبة الأولى منهم، التي تضم 150 عنصرا من سوريا. وتعد هذه ثاني دفعة من نحو 7 آلاف "
            "معتقل أعلنت القيادة المركزية الأمريكية هذا الأسبوع بدء نقلهم إلى العراق.")
    assert table(propose.propose(text, propose.dt.date(2026, 1, 24))) == {("2026-01-21", "2026-01-21", *move, "150", "exact")}
    text = ("Iraq has taken in 400 ISIS detainees transferred from Syria, Deputy Foreign Minister Hisham al-Alawi said on "
            "Sunday.\n\nLast month, CENTCOM announced a mission to transfer ISIS detainees to Iraq. The operation began with "
            "150 ISIS fighters moved from a detention center in Hasakah to a secure location in Iraq.")
    rows = {(r["period_start"], r["period_end"], r["value"], r["stated_by"] == "CENTCOM") for r in propose.propose(text, propose.dt.date(2026, 2, 2))}
    assert rows == {("2026-01-21", "2026-02-01", "400", False), ("2026-01-21", "2026-01-21", "150", True)}
    text = ("وأعلن المتحدث باسم القائد العام للقوات المسلحة العراقية اليوم الخميس، أن العراق نقل وأودع في سجونه أكثر من 4000 "
            "عنصر من تنظيم داعش من سوريا، في إطار عملية منسقة مع التحالف الدولي.")
    rows = propose.propose(text, propose.dt.date(2026, 2, 12))
    assert table(rows) == {("2026-01-21", "2026-02-12", *move, "4000", "more_than")} and rows[0]["stated_by"] == "Government of Iraq"


def test_partners_named_in_quotation_marks_after_the_count():
    text = "أعلنت القيادة المركزية الأمريكية تنفيذ نحو 60 عملية ضد داعش في سوريا بالتعاون مع “الشركاء المحليين” منذ تموز."
    assert table(propose.propose(text, propose.dt.date(2025, 12, 18))) == {
        ("2025-07-01", "2025-12-18", "Syria", "partnered_operations", "60", "approximately")}


def test_coalition_wounded_of_other_nationalities_and_no_us_personnel_or_equipment_hurt():
    text = ("وقالت القيادة المركزية الأمريكية إنها نفذت عمليات في العراق في الفترة من 5 إلى 12 آذار، وإن العمليات أسفرت عن "
            "مقتل أحد أفراد التحالف وإصابة ثلاثة من جنسيات مختلفة، ولم تقع إصابات أو أضرار بين الأفراد أو المعدات الأمريكية.")
    window = ("2025-03-05", "2025-03-12", "Iraq")
    assert table(propose.propose(text, propose.dt.date(2025, 3, 14))) == {
        (*window, "coalition_killed", "1", "exact"), (*window, "coalition_wounded", "3", "exact"), (*window, "us_wounded", "0", "exact")}
    # casualties take the one country an earlier sentence gives them, beside a window for both countries; "مقتل وإصابة
    # أربعة" together is no count
    text = ("أعلنت القيادة المركزية الأمريكية مقتل وإصابة أربعة عناصر من التحالف في عمليات ضد داعش في العراق.\n"
            "وقالت إنها نفذت عمليات في العراق وسوريا في الفترة من 5 إلى 12 آذار.\n"
            "وأضافت أن العمليات أسفرت عن مقتل أحد أفراد التحالف وإصابة ثلاثة من جنسيات مختلفة.")
    assert table(propose.propose(text, propose.dt.date(2025, 3, 14))) == {
        (*window, "coalition_killed", "1", "exact"), (*window, "coalition_wounded", "3", "exact")}


def test_a_lede_whose_only_day_is_an_attack_s_and_security_and_military_operations():
    """"... during operations in Syria following a deadly ambush that claimed three lives earlier this month": that day
    is the ambush's, so the lede takes the days the text gives the operations; "captured more than a dozen as it
    continues" is read; "163 security and military operations" are operations."""
    text = ("U.S. forces killed at least six ISIS fighters and captured more than a dozen as it pressed on with operations "
            "in Syria after an ambush that killed two soldiers earlier this month.\n\nCENTCOM said the forces conducted "
            "nine missions between December 20 and December 29.")
    window = ("2025-12-20", "2025-12-29", "Syria")
    assert table(propose.propose(text, propose.dt.date(2025, 12, 31))) == {
        (*window, "killed", "6", "at_least"), (*window, "detained", "12", "more_than"), (*window, "operations", "9", "exact")}
    text = "CENTCOM said it carried out 140 security and military operations against ISIS in Iraq in 2024."
    assert table(propose.propose(text, propose.dt.date(2025, 1, 5))) == {
        ("2024-01-01", "2024-12-31", "Iraq", "operations", "140", "exact")}


def test_precision_projectiles_and_captured_or_killed_them_in_arabic():
    text = ("وقالت القيادة المركزية الأمريكية إنه خلال الشهرين الماضيين نفذت القوات الأميركية ضربات استهدفت أكثر من 90 هدفا "
            "باستخدام ما يزيد عن 300 قذيفة دقيقة ما أسفر عن القبض على أكثر من 40 إرهابيا من تنظيم داعش أو قتلهم.")
    window = ("2025-12-12", "2026-02-12", "Total")
    assert table(propose.propose(text, propose.dt.date(2026, 2, 12))) == {
        (*window, "targets_struck", "90", "more_than"), (*window, "munitions", "300", "more_than"),
        (*window, "killed_or_detained", "40", "more_than")}


def test_a_headline_s_exact_count_of_the_body_s_more_than_partnered_ones():
    text = ("سنتكوم: تنفيذ 18 عملية ضد داعش في سوريا\n\n"
            "قالت القيادة المركزية الأمريكية إنها مكنت أكثر من 18 عملية مع شركائها في سوريا من 1 تشرين الأول إلى 6 تشرين الثاني.")
    window = ("2025-10-01", "2025-11-06", "Syria", "partnered_operations", "18")
    assert table(propose.propose(text, propose.dt.date(2025, 11, 13))) == {(*window, "exact"), (*window, "more_than")}


def test_words_cut_by_tatweels_and_a_space_are_read_whole():
    text = "قالت القيـ ـادة المركزية الأميركية إنها نفـ ـذت 120 عمـ ـلية عسـ ـكرية ضد داعـ ـش في العراق وسوريا خلال النصف الأول من العام 2024."
    rows = propose.propose(text, propose.dt.date(2024, 7, 17))
    assert table(rows) == {("2024-01-01", "2024-06-30", "Total", "operations", "120", "exact")}
    assert rows[0]["evidence"] in text


def test_the_remaining_ones_in_the_other_country():
    text = ("CENTCOM said a total of 40 operations were carried out against ISIS in May, 31 of which were conducted in Iraq "
            "while the remaining nine were in Syria.")
    window = ("2023-05-01", "2023-05-31")
    assert table(propose.propose(text, propose.dt.date(2023, 6, 6))) == {
        (*window, "Total", "operations", "40", "exact"), (*window, "Iraq", "operations", "31", "exact"),
        (*window, "Syria", "operations", "9", "exact")}


def test_a_report_of_the_observatory_s_count_is_the_observatory_s():
    """A text whose only speaker is the Syrian Observatory (once spelt "السورري"), naming the coalition only as acting,
    gives the Observatory's figures, also in a sentence that names no one."""
    text = ("نفذ التحالف الدولي بالتنسيق مع قسد سلسلة عمليات في دير الزور والرقة.\n"
            "وأسفرت الحملات عن مقتل 12 عنصرا من داعش واعتقال 100 آخرين منذ بداية العام الجاري.\n"
            "ووثق المرصد السورري 50 عملية مشتركة بين التحالف وقسد منذ بداية العام الجاري.")
    rows = propose.propose(text, propose.dt.date(2025, 9, 18))
    assert {r["stated_by"] for r in rows} == {"Syrian Observatory for Human Rights"} and len(rows) == 3


def test_strikes_during_that_period_take_the_days_given_before():
    text = ("وقال الجيش الأمريكي إن الضربات وقعت بين الخامس من شباط/ فبراير و11 منه.\n\n"
            "وأعلنت سنتكوم أنها نفذت خلال تلك الفترة ثماني غارات جوية على أكثر من 25 هدفا لتنظيم داعش في سوريا.")
    window = ("2026-02-05", "2026-02-11", "Syria")
    assert table(propose.propose(text, propose.dt.date(2026, 2, 14))) == {
        (*window, "strikes", "8", "exact"), (*window, "targets_struck", "25", "more_than")}


def test_carried_out_over_missions_is_across_them():
    """"the operations were carried out over 11 missions": across them, exact; "conducted over 30 operations": more."""
    text = "CENTCOM said the operations were carried out over 11 missions between December 20 and 29 across central Syria."
    assert table(propose.propose(text, propose.dt.date(2025, 12, 31))) == {
        ("2025-12-20", "2025-12-29", "Syria", "operations", "11", "exact")}
    text = "CENTCOM said it conducted over 30 operations in Syria in March."
    assert table(propose.propose(text, propose.dt.date(2025, 4, 2))) == {
        ("2025-03-01", "2025-03-31", "Syria", "operations", "30", "more_than")}


def test_since_the_strikes_began_is_the_campaign_the_text_does_not_name():
    """"since the U.S. began its strikes after the Dec. 13 ambush": the campaign data/events.csv gives as begun on 19
    December 2025, not the ambush's day."""
    text = ("CENTCOM said aircraft conducted 8 strikes against more than 20 IS targets between Feb. 3 and Thursday. At "
            "least 40 members of IS have been killed or captured since the U.S. began its strikes after the Dec. 13 ambush.")
    rows = table(propose.propose(text, propose.dt.date(2026, 2, 15)))
    assert ("2025-12-19", "2026-02-15", "Total", "killed_or_detained", "40", "at_least") in rows


def test_a_headline_naming_the_campaign_before_its_figures_and_an_iraqi_minister():
    """"العمليه «هاوك آي»: مقتل واعتقال أكثر من 40 ..." gives the campaign's figures; "كشف وزير العدل العراقي ... وقد
    تجاوز عددهم خمسة آلاف" is Iraq's, more than 5,000."""
    text = ("العمليه «هاوك آي»: مقتل واعتقال أكثر من 40 عنصراً من داعش بعد استهداف نحو 90 هدفا\n\n"
            "وقالت القيادة المركزية الأمريكية إن الضربات استهدفت أكثر من 20 هدفا في سوريا في الفترة بين 3 و12 فبراير.")
    rows = table(propose.propose(text, propose.dt.date(2026, 2, 14)))
    assert {("2025-12-19", "2026-02-14", "Syria", "killed_or_detained", "40", "more_than"),
            ("2025-12-19", "2026-02-14", "Syria", "targets_struck", "90", "approximately")} <= rows
    text = "كشف وزير العدل العراقي أن عملية نقل سجناء داعش من سوريا إلى العراق مستمرة، وقد تجاوز عددهم خمسة آلاف سجين."
    rows = propose.propose(text, propose.dt.date(2026, 2, 11))
    assert [(r["value"], r["qualifier"], r["stated_by"]) for r in rows] == [("5000", "more_than", "Government of Iraq")]


def test_a_move_s_own_past_week_and_capturing_or_killing():
    text = ("A source told the outlet that coalition forces moved more than 90 ISIS detainees on Wednesday morning from a "
            "prison in Hasakah to Iraq, adding that more than 900 detainees have been moved to Iraq over the past week.")
    rows = table(propose.propose(text, propose.dt.date(2026, 2, 4)))
    move = ("Syria", "detainees_transferred_to_iraq")
    assert rows == {("2026-02-04", "2026-02-04", *move, "90", "more_than"), ("2026-01-28", "2026-02-04", *move, "900", "more_than")}
    text = "CENTCOM said that over the past two months, U.S. forces in Syria struck 90 targets while capturing or killing more than 40 ISIS terrorists."
    assert table(propose.propose(text, propose.dt.date(2026, 2, 12))) == {
        ("2025-12-12", "2026-02-12", "Syria", "targets_struck", "90", "exact"),
        ("2025-12-12", "2026-02-12", "Syria", "killed_or_detained", "40", "more_than")}


def test_an_anonymous_us_defense_official_is_not_centcom():
    text = ("IS has claimed 140 attacks in both countries in the first six months of 2024, CENTCOM said in a statement. "
            "According to a U.S. defense official, who spoke on condition of anonymity, the group was behind 110 attacks "
            "in Syria and Iraq in 2023.")
    rows = {(r["period_start"], r["value"], r["stated_by"] == "CENTCOM") for r in propose.propose(text, propose.dt.date(2024, 7, 17))}
    assert rows == {("2024-01-01", "140", True), ("2023-01-01", "110", False)}
    text = "وكان التنظيم المتشدد وراء 110 هجمات في سوريا والعراق خلال عام 2023، وفقا لمسؤول دفاعي أميركي."
    rows = propose.propose(text, propose.dt.date(2024, 7, 17))
    assert [(r["measure"], r["value"], r["stated_by"] == "CENTCOM") for r in rows] == [("isis_claimed_attacks", "110", False)]


def test_combat_missions_in_a_tally_central_command_keeps():
    """"31 combat missions ... according to an operations tally that US Central Command updates every month": CENTCOM's
    (the tally is theirs, not the outlet's)."""
    text = ("US forces launched 28 combat missions in Iraq and Syria during July, according to an operations tally that US "
            "Central Command updates every month.")
    rows = propose.propose(text, propose.dt.date(2023, 8, 10))
    assert table(rows) == {("2023-07-01", "2023-07-31", "Total", "operations", "28", "exact")} and rows[0]["stated_by"] == "CENTCOM"


def test_either_killed_or_jailed_in_arabic_and_one_row_when_a_headline_takes_the_body_s_measure():
    text = ("التحالف الدولي: نفذنا مع قسد 70 عملية ضد داعش في 2023 بشمال شرق سوريا\n\n"
            "كشفت قوات التحالف الدولي عن حصيلة العمليات خلال العام الماضي 2023، التي بلغت نحو 70 عملية نفذتها في شمال شرق "
            "سوريا بالتعاون مع شريكتها المحلية قوات سوريا الديمقراطية.\n\n"
            "وأظهر التحالف أنه نفذ نحو 70 عملية أمنية، أسفرت عن أن 300 عنصرا إرهابيا إما قتلوا أو سجنوا.")
    rows = propose.propose(text, propose.dt.date(2024, 1, 13))
    window = ("2023-01-01", "2023-12-31", "Syria")
    assert table(rows) == {(*window, "partnered_operations", "70", "exact"), (*window, "partnered_operations", "70", "approximately"),
                           (*window, "killed_or_detained", "300", "exact")}
    assert len(rows) == 3  # the body's second "نحو 70 عملية", given the headline's measure, is the same figure: one row


def test_airstrikes_date_the_february_strikes_and_islamic_state_targets():
    """"as a result of the February strikes" takes the days the text gives the airstrikes ("10 airstrikes against more
    than 30 Islamic State targets in Syria between February 3 and 12"), not those of five earlier strikes."""
    text = ("The U.S. military conducted 9 airstrikes against more than 25 Islamic State targets in Syria between February 3 "
            "and 12, U.S. Central Command announced Saturday.\n\nAccording to U.S. Central Command, at least 40 ISIS members "
            "were killed or captured as a result of the February strikes.\n\nBetween January 27 and February 2, U.S. forces "
            "conducted five additional strikes.")
    rows = table(propose.propose(text, propose.dt.date(2026, 2, 14)))
    window = ("2026-02-03", "2026-02-12", "Syria")
    assert {(*window, "strikes", "9", "exact"), (*window, "targets_struck", "25", "more_than"),
            (*window, "killed_or_detained", "40", "at_least")} <= rows


def test_one_announced_operation_s_results_are_no_tally():
    text = ("The U.S. Central Command announced a joint operation with the Syrian Ministry of Interior, destroying over 12 "
            "ISIS weapons caches in southern Syria between November 24 and 27.")
    assert propose.propose(text, propose.dt.date(2025, 11, 30)) == []


def test_since_the_airstrikes_launched_in_december_is_the_campaign():
    text = ("قُتل أو أُسر ما يقرب من عشرين عنصرًا من تنظيم داعش في سوريا على يد القوات الأمريكية منذ الغارات الجوية الأمريكية "
            "التي شُنت في ديسمبر، بحسب القيادة المركزية الأمريكية.")
    assert table(propose.propose(text, propose.dt.date(2025, 12, 30))) == {
        ("2025-12-19", "2025-12-30", "Syria", "killed_or_detained", "20", "nearly")}


def test_a_dateline_s_place_is_not_the_country_of_the_figures():
    text = ("US CENTCOM reaffirms commitment to ISIS fight following Syria base handover\n\n"
            "\"Over the past two months, US forces have struck more than 90 targets,\" said US Central Command.\n\n"
            "ERBIL, Kurdistan Region of Iraq - US Central Command on Thursday confirmed that its forces have left a base "
            "in southeastern Syria.")
    assert table(propose.propose(text, propose.dt.date(2026, 2, 12))) == {
        ("2025-12-12", "2026-02-12", "Syria", "targets_struck", "90", "more_than")}


def test_also_on_wednesday_dates_what_the_report_told_before():
    text = ("Admiral Cooper said CENTCOM had detained 100 ISIS members and killed 12 of them in the last six months.\n"
            "Also on Wednesday, the US Senate voted on a defence bill.")
    rows = table(propose.propose(text, propose.dt.date(2025, 12, 18)))
    assert rows == {("2025-06-17", "2025-12-17", "Total", "detained", "100", "exact"),
                    ("2025-06-17", "2025-12-17", "Total", "killed", "12", "exact")}


def test_last_week_beside_the_days_the_text_gives_within_it():
    text = ("أعلن الجيش الأمريكي، اليوم الأحد، أنه دمر الأسبوع الماضي 12 موقعا تابعا لتنظيم داعش في جنوب سوريا.\n"
            "وقالت القيادة المركزية الأمريكية إن المواقع جرى تدميرها خلال عدة غارات جوية وعمليات برية نفذت بين 24 و27 تشرين الثاني.")
    assert table(propose.propose(text, propose.dt.date(2025, 11, 30))) == {
        ("2025-11-24", "2025-11-27", "Syria", "targets_struck", "12", "exact")}


def test_the_sdf_spelt_with_a_waw_and_a_sweep_that_lasted_days():
    """"قوات سوريا الديموقراطية" is the SDF too; "اعتقال أكثر من 90 ... في عملية استمرت 8 أيام" is a sweep of eight days
    up to the statement, not one raid."""
    text = "أعلنت قوات سوريا الديموقراطية، الجمعة، عن اعتقال أكثر من 90 \"إرهابي\" في عملية استمرت 8 أيام واستهدفت عناصر تنظيم داعش."
    rows = propose.propose(text, propose.dt.date(2023, 1, 6))
    assert table(rows) == {("2022-12-29", "2023-01-06", "Syria", "detained", "90", "more_than")}  # the SDF's: Syria
    assert rows[0]["stated_by"] == "Syrian Democratic Forces"


def test_two_others_injured_after_a_coalition_member_killed():
    text = ("During seven days of operations against ISIS in Iraq from December 30 to January 5, one coalition member was "
            "reportedly killed, and two others injured from two different nations, CENTCOM said.")
    window = ("2024-12-30", "2025-01-05", "Iraq")
    assert table(propose.propose(text, propose.dt.date(2025, 1, 7))) == {
        (*window, "coalition_killed", "1", "exact"), (*window, "coalition_wounded", "2", "exact")}


def test_out_of_seven_to_eight_thousand_and_expected_to_reach_are_no_counts():
    """"بلغ 4500 عنصرا من أصل سبعة إلى ثمانية الآف عنصر" (thousands misspelt) and "من المتوقع أن يصل إجمالي عدد ... إلى
    7000": the number moved so far is the count; the stock and the plan are not."""
    text = ("أفاد متحدث أمني عراقي، اليوم الثلاثاء، بأن إجمالي عدد عناصر تنظيم داعش الذين تم نقلهم من السجون السورية إلى العراق "
            "لغاية الآن بلغ 4500 عنصرا من أصل سبعة إلى ثمانية الآف عنصر.")
    assert [(r["value"], r["stated_by"]) for r in propose.propose(text, propose.dt.date(2026, 2, 10))] == [("4500", "Government of Iraq")]
    text = ("أعلنت القيادة المركزية الأمريكية اليوم الأربعاء أن قواتها بدأت عملية نقل 150 سجينا من داعش من سوريا إلى العراق. "
            "ومن المتوقع أن يصل إجمالي عدد معتقلي داعش الذين سيتم نقلهم من سوريا إلى مراكز احتجاز عراقية إلى 7000 معتقل.")
    assert [r["value"] for r in propose.propose(text, propose.dt.date(2026, 1, 21))] == ["150"]


def test_iraqi_and_syrian_security_forces_are_both_partners():
    text = ("According to a Monday statement, since August 29, U.S. forces, in partnership with Iraqi and Syrian security "
            "forces, conducted 80 operations, leading to the deaths of 150 ISIS members.")
    window = ("2024-08-29", "2024-11-04", "Total")
    assert table(propose.propose(text, propose.dt.date(2024, 11, 4))) == {
        (*window, "operations", "80", "exact"), (*window, "killed", "150", "exact")}


def test_a_text_naming_only_syria_is_syrias_after_page_furniture():
    # docs/data.md: "a text that speaks only of Syria gives Syria", even where menus fill the page's opening
    furniture = "Home World Politics Business Technology Sports Opinion Video Podcasts Newsletters Trending " * 8
    text = (furniture + "\n\nThe U.S. military on Saturday reported strikes against Islamic State targets in Syria. "
            "Central Command said aircraft had conducted 12 strikes against more than 40 targets between Feb. 2 and "
            "Thursday.")
    window = ("2026-02-02", "2026-02-12", "Syria")
    assert table(propose.propose(text, propose.dt.date(2026, 2, 14))) == {
        (*window, "strikes", "12", "exact"), (*window, "targets_struck", "40", "more_than")}


def test_eliminating_or_capturing_is_combined_and_an_ambushs_month_is_not_the_leaders_window():
    text = ("U.S. Central Command said its forces carried out strikes in Syria over the past week, eliminating or "
            "capturing more than 40 ISIS operatives, including a senior leader tied to an ambush that killed two "
            "soldiers in December.")
    window = ("2026-01-31", "2026-02-07", "Syria")
    assert table(propose.propose(text, propose.dt.date(2026, 2, 7))) == {
        (*window, "killed_or_detained", "40", "more_than"), (*window, "leaders_killed_or_captured", "1", "exact")}


def test_these_operations_dated_in_the_next_sentence_after_the_statements_own_day():
    # "announced today, Saturday 14 February 2026, 8 strikes ... . These military operations came in the period
    # from 2 to 11 February": the day is the statement's, the window is the next sentence's
    text = ("أعلن الجيش الأمريكي، اليوم السبت الموافق 14 فبراير 2026، تنفيذ 8 غارات جوية في سوريا، استهدفت أكثر من "
            "25 موقعاً لتنظيم داعش. وجاءت هذه العمليات العسكرية خلال الفترة من 2 إلى 11 فبراير الجاري.")
    window = ("2026-02-02", "2026-02-11", "Syria")
    assert table(propose.propose(text, propose.dt.date(2026, 2, 14))) == {
        (*window, "strikes", "8", "exact"), (*window, "targets_struck", "25", "more_than")}


def test_moved_into_the_custody_of_the_iraqi_authorities_is_a_transfer_to_iraq():
    # "moving more than 5,600 ISIS fighters from detention facilities in Syria into the custody of the Iraqi authorities"
    text = ("وقالت القيادة المركزية الأميركية إن مهمة النقل التي بدأت في 21 يناير انتهت في 12 فبراير، وأسفرت عن قيام "
            "القوات الأميركية بنقل أكثر من 5,600 مقاتل من عناصر داعش من مرافق الاحتجاز في سوريا إلى عهدة السلطات العراقية.")
    assert table(propose.propose(text, propose.dt.date(2026, 2, 14))) == {
        ("2026-01-21", "2026-02-12", "Syria", "detainees_transferred_to_iraq", "5600", "more_than")}


def test_it_killed_after_a_sentence_about_one_strike_is_that_strikes_dead():
    text = ("U.S. Central Command said on Sunday that its forces struck ISIS in Syria this month. On September 12, a "
            "\"precision airstrike\" was conducted on an ISIS camp in the central desert. It killed at least 19 "
            "militants, including three senior leaders.")
    assert table(propose.propose(text, propose.dt.date(2024, 9, 29))) == set()


def test_moved_to_a_secure_site_inside_is_a_transfer_when_the_country_word_is_lost():
    # stored pages drop linked words: "... to a secure site inside [Iraq]." keeps only "to a secure site inside"
    text = ("وقالت سنتكوم إن عملية النقل بدأت بعد نجاح القوات الأميركية في نقل 140 عنصرًا من التنظيم كانوا محتجزين "
            "في مركز احتجاز بمحافظة الحسكة إلى موقع آمن داخل .")
    assert table(propose.propose(text, propose.dt.date(2026, 1, 21))) == {
        ("2026-01-21", "2026-01-21", "Syria", "detainees_transferred_to_iraq", "140", "exact")}


def test_a_count_that_were_carried_out_is_the_operations_just_counted():
    text = ("In April 2023, CENTCOM said, coalition and partner forces conducted 41 operations against ISIS. In Iraq, 24 "
            "partnered operations were carried out, in which 9 ISIS suspects were detained. In Syria, 17 were carried "
            "out, in which 12 ISIS suspects were detained.")
    rows = propose.propose(text, propose.dt.date(2023, 5, 6))
    assert ("2023-04-01", "2023-04-30", "Syria", "partnered_operations", "17", "exact") in table(rows)
    assert next(r["evidence"] for r in rows if r["value"] == "17") == "17 were carried out"


def test_a_datelines_country_is_not_the_figures_in_the_sentence_it_opens():
    text = ("ERBIL, Kurdistan Region of Iraq – The Syrian Democratic Forces (SDF) announced Wednesday that it had carried "
            "out 150 operations against ISIS in 2025, leading to the arrest of 120 ISIS members.")
    window = ("2025-01-01", "2025-12-31", "Syria")
    assert table(propose.propose(text, propose.dt.date(2025, 12, 31))) == {
        (*window, "operations", "150", "exact"), (*window, "detained", "120", "exact")}


def test_in_cooperation_with_its_partners_spelt_with_a_yeh_hamza_is_partnered():
    # "شركائها" (its partners) is spelt with ئ where "شركاء" takes a suffix
    text = ("كشفت القيادة المركزية الأميركية، الأربعاء، عن تنفيذ أكثر من 18 عملية ضد تنظيم داعش في سوريا الشهر الماضي، "
            "بالتعاون مع شركائها في التحالف الدولي.")
    assert table(propose.propose(text, propose.dt.date(2025, 11, 12))) == {
        ("2025-10-01", "2025-10-31", "Syria", "partnered_operations", "18", "more_than")}


def test_the_number_of_those_moved_in_a_text_about_the_move_to_iraq():
    # the sentence with the count does not name Iraq again; the text does
    text = ("بدأت القوات الأمريكية في 21 يناير نقل معتقلي داعش من سوريا إلى العراق. وأعلن المتحدث باسم وزارة العدل "
            "العراقية، اليوم الجمعة، أن عدد الذين تم نقلهم بلغ 4950 من بينهم أكثر من 250 عراقياً.")
    rows = propose.propose(text, propose.dt.date(2026, 2, 13))
    assert table(rows) == {("2026-01-21", "2026-02-13", "Syria", "detainees_transferred_to_iraq", "4950", "exact")}
    assert rows[0]["stated_by"] != "CENTCOM"


def test_killed_and_detained_after_the_strikes_of_a_day_and_syrian_medias_count():
    # "our forces and partners killed and detained 22 ISIS members after the strikes of 19 December in Syria";
    # "Syrian media reported 4 killed": theirs, not CENTCOM's
    text = ("قالت القيادة المركزية الأمريكية في بيان اليوم الثلاثاء: قواتنا وشركاؤها قتلوا واعتقلوا 22 عنصرا من تنظيم "
            "داعش بعد غارات 19 ديسمبر في سوريا. وكشفت وسائل إعلام سورية عن مقتل 4 عناصر من تنظيم داعش منذ 19 ديسمبر.")
    rows = propose.propose(text, propose.dt.date(2025, 12, 30))
    window = ("2025-12-19", "2025-12-30", "Syria")
    assert table(rows) == {(*window, "killed_or_detained", "22", "exact"), (*window, "killed", "4", "exact")}
    assert {r["value"]: r["stated_by"] for r in rows} == {"22": "CENTCOM", "4": "Syrian media"}


@pytest.mark.parametrize("text", [
    "قالت القيادة المركزية الأمريكية إن قواتها شنت في أيلول الماضي ضربتين منفصلتين في سوريا، أسفرتا عن مقتل 31 عنصرا من تنظيم داعش.",
    "U.S. Central Command said 31 ISIS militants were killed in two airstrikes in Syria last month.",
])
def test_two_announced_strikes_dead_are_not_a_tally(text):
    assert not {r for r in table(propose.propose(text, propose.dt.date(2024, 10, 12))) if r[3] == "killed"}


def test_iraqi_and_syrian_partners_are_both_countries():
    text = ("U.S. Central Command said on Friday that 30 ISIS suspects were detained in May during joint operations "
            "between the coalition and their Iraqi and Syrian partners. In Syria, 19 were arrested in nine raids.")
    rows = table(propose.propose(text, propose.dt.date(2023, 6, 2)))
    assert ("2023-05-01", "2023-05-31", "Total", "detained", "30", "exact") in rows
    assert ("2023-05-01", "2023-05-31", "Syria", "detained", "19", "exact") in rows


def test_the_sdf_released_statistics_gives_the_sdfs_figures():
    text = ("CENTCOM said ISIS attacks were on pace to double this year. The SDF released statistics regarding anti-ISIS "
            "operations in August, revealing that 31 ISIS members were captured and four killed.")
    rows = propose.propose(text, propose.dt.date(2024, 9, 27))
    assert {(r["measure"], r["value"], r["stated_by"]) for r in rows} == {
        ("detained", "31", "Syrian Democratic Forces"), ("killed", "4", "Syrian Democratic Forces")}


def test_an_sdf_media_center_list_with_counts_between_slashes():
    text = ("SDF's Media Center stated the outcome of the operations conducted by its forces since the beginning of 2023:\n"
            "– The total number of operations: /68/ operations, including two large-scale operations.\n"
            "– Number of terrorists captured: /310/ terrorists, suspects and facilitators.\n"
            "– Number of Emirs (senior ISIS officials) captured: /5/ terrorists.")
    rows = propose.propose(text, propose.dt.date(2023, 12, 29))
    window = ("2023-01-01", "2023-12-29", "Syria")
    assert table(rows) == {(*window, "operations", "68", "exact"), (*window, "detained", "310", "exact"),
                           (*window, "leaders_captured", "5", "exact")}
    assert {r["stated_by"] for r in rows} == {"Syrian Democratic Forces"}


def test_iraq_told_on_a_day_that_it_received_is_the_move_so_far_and_iraqs():
    text = ("Lt. General Saad Maan told state media on Saturday that \"Iraq received 2,150 terrorists from Syria by land "
            "and air.\" Footage shows a US convoy moving ISIS prisoners to Iraq, with Iraq announcing on the same day "
            "that 2,150 detainees have been transferred so far.")
    rows = propose.propose(text, propose.dt.date(2026, 2, 7))
    assert table(rows) == {("2026-01-21", "2026-02-07", "Syria", "detainees_transferred_to_iraq", "2150", "exact")}
    assert {r["stated_by"] for r in rows} == {"Government of Iraq"}


def test_a_move_count_said_on_an_earlier_day_ends_that_day():
    # a report of Friday: "a U.S. official told Reuters on Thursday ...; CENTCOM announced on Wednesday that its forces
    # moved 140 detainees from al-Hasakah to Iraq": the count as of Wednesday, the move's first day
    text = ("أفاد مسؤول أميركي لوكالة رويترز يوم الخميس بأن الجيش الأميركي يتوقع استكمال النقل خلال أيام. وأعلنت "
            "القيادة المركزية للجيش الأميركي يوم الأربعاء أن قواتها نقلت 140 معتقلا من تنظيم الدولة الإسلامية من منشأة "
            "احتجاز في محافظة الحسكة السورية إلى العراق.")
    assert table(propose.propose(text, propose.dt.date(2026, 1, 23))) == {
        ("2026-01-21", "2026-01-21", "Syria", "detainees_transferred_to_iraq", "140", "exact")}


def test_a_month_with_its_other_name_in_brackets_is_one_date():
    # "On 20 December (January, a slip for كانون الأول), CENTCOM announced striking more than 60 targets": one day's
    # strikes, not a January tally
    text = ("وفي 20 ديسمبر (كانون الثاني)، أعلنت القيادة الوسطى الأمريكية سنتكوم في بيان ضرب أكثر من 60 هدفاً في أنحاء "
            "وسط سوريا بواسطة طائرات مقاتلة.")
    assert table(propose.propose(text, propose.dt.date(2025, 12, 25))) == set()


def test_a_text_naming_no_country_but_the_sdf_is_syrias():
    # "Syria" inside "قوات سوريا الديمقراطية" is a name, not a place; the text names no country
    text = ("نفذت قوات سوريا الديمقراطية عمليات واسعة ضد داعش. ووفق المعطيات الرسمية الصادرة عن هذه القوات، نفذت "
            "التشكيلات الأمنية والعسكرية خلال عام 2025 نحو 150 عملية أمنية وعسكرية.")
    assert table(propose.propose(text, propose.dt.date(2025, 12, 31))) == {
        ("2025-01-01", "2025-12-31", "Syria", "operations", "150", "approximately")}


def test_a_headlines_count_the_body_gives_another_country_and_iraqi_and_syria():
    # the headline names one partner; the body (with its typo "Iraqi and Syria") gives both countries
    text = ("US, Iraqi forces kill 150 ISIS fighters, capture 30\n"
            "U.S. Central Command has reported that joint operations in Iraq and Syria over the past two months resulted in "
            "the deaths of 150 ISIS fighters and the capture of 30 others. Conducted with security forces in Iraqi and "
            "Syria since August 29, these 90 operations included several U.S. airstrikes in Syria.")
    window = ("2024-08-29", "2024-11-04", "Total")
    assert table(propose.propose(text, propose.dt.date(2024, 11, 4))) == {
        (*window, "killed", "150", "exact"), (*window, "detained", "30", "exact"), (*window, "operations", "90", "exact")}


@pytest.mark.parametrize("text", [
    "وقالت القيادة المركزية الأمريكية إن قواتها حددت مع وزارة الداخلية السورية، في الفترة من 20 إلى 23 تشرين الثاني، أكثر من 12 موقعًا تحتوي على مخابئ أسلحة تابعة لداعش في جنوب سوريا، ودمرتها.",
    "CENTCOM said that between Nov. 20 and 23 its forces and Syria's Interior Ministry located and destroyed more than 12 sites containing ISIS weapons caches in southern Syria.",
])
def test_sites_holding_one_operations_caches_are_no_tally(text):
    # data/operations.csv holds such an operation; figures.csv has no row for it
    assert table(propose.propose(text, propose.dt.date(2025, 11, 30))) == set()


def test_an_agreed_aim_earlier_years_moves_and_an_iraqi_generals_first_batch():
    text = ("U.S. Central Command said the first transfer involved 140 IS members, taken from Hassakeh to secure locations "
            "in Iraq. An Iraqi intelligence general told reporters that an agreement was reached with the U.S. to "
            "transfer 6,000 detainees from Syria to Iraq. He said that Iraqi authorities received the first batch of "
            "130 detainees Wednesday night, after which they will be moved in stages to Iraqi prisons. He added that in "
            "previous years, 3,000 Iraqi detainees have been transferred to Iraq.")
    rows = propose.propose(text, propose.dt.date(2026, 1, 21))
    day = ("2026-01-21", "2026-01-21", "Syria", "detainees_transferred_to_iraq")
    assert table(rows) == {(*day, "140", "exact"), (*day, "130", "exact")}
    assert {r["value"]: r["stated_by"] for r in rows} == {"140": "CENTCOM", "130": "Government of Iraq"}


def test_a_month_named_twice_without_a_slash_and_a_part_in_operations():
    # "contributed to more than 20 operations ... carried out from the first of October (تشرين الأول) to the sixth of
    # November (تشرين الثاني)"; and in English, "its involvement in over 20 operations"
    text = ("قالت القيادة المركزية الأمريكية يوم الأربعاء إن قواتها ساهمت في أكثر من 20 عملية ضد تنظيم الدولة الإسلامية في "
            "سوريا. وأضافت أن العمليات نفذت في الفترة من أول أكتوبر تشرين الأول إلى السادس من نوفمبر تشرين الثاني.")
    window = ("2025-10-01", "2025-11-06", "Syria")
    assert table(propose.propose(text, propose.dt.date(2025, 11, 12))) == {(*window, "partnered_operations", "20", "more_than")}
    text = ("CENTCOM said on Wednesday its involvement in over 20 operations in Syria between October 1 and November 6 "
            "resulted in five ISIS members killed.")
    assert (*window, "partnered_operations", "20", "more_than") in table(propose.propose(text, propose.dt.date(2025, 11, 12)))


def test_two_announced_strikes_are_no_count_of_strikes():
    text = "In September, U.S. forces conducted two separate strikes in Syria that killed 31 ISIS members, CENTCOM said."
    assert table(propose.propose(text, propose.dt.date(2024, 10, 12))) == set()


def test_hawkeye_during_two_months_and_the_same_months_days():
    # "Hawkeye resulted, over two months, in killing or detaining more than 40"; "between 3 February and the 12th of
    # the same month"
    text = ("أعلنت القيادة المركزية الأميركية شن 9 غارات جوية على أكثر من 25 هدفاً لداعش في سوريا، بين 3 فبراير و12 من "
            "الشهر نفسه. وختمت قائلة إن \"عين الصقر\" أسفرت خلال شهرين عن مقتل أو اعتقال أكثر من 40 إرهابياً من داعش.")
    feb = ("2026-02-03", "2026-02-12", "Syria")
    assert table(propose.propose(text, propose.dt.date(2026, 2, 14))) == {
        (*feb, "strikes", "9", "exact"), (*feb, "targets_struck", "25", "more_than"),
        ("2025-12-19", "2026-02-14", "Syria", "killed_or_detained", "40", "more_than")}


def test_since_the_strikes_after_the_ambush_in_a_text_that_names_hawkeye():
    text = ("At least 40 members of IS have been killed or captured in Syria since the United States began its strikes after the "
            "Dec. 13 ambush, according to Central Command. Operation Hawkeye Strike was launched in response.")
    assert table(propose.propose(text, propose.dt.date(2026, 2, 14))) == {
        ("2025-12-19", "2026-02-14", "Syria", "killed_or_detained", "40", "at_least")}


def test_a_december_ambush_is_no_window_and_missions_in_iraq_in_syria_all_with_partners():
    text = "U.S. forces conducted nine airstrikes against 25 ISIS targets in Syria in retaliation for a December ambush."
    assert table(propose.propose(text, propose.dt.date(2026, 2, 14))) == set()
    text = ("U.S. troops conducted a total of 36 missions against ISIS in Iraq in Syria during May, according to U.S. "
            "Central Command. Twenty of those missions took place in Iraq and 16 were conducted in Syria, all with "
            "partner forces.")
    rows = table(propose.propose(text, propose.dt.date(2023, 6, 6)))
    may = ("2023-05-01", "2023-05-31")
    assert (*may, "Total", "operations", "36", "exact") in rows
    assert (*may, "Syria", "partnered_operations", "16", "exact") in rows


def test_incidents_of_the_attacks_isis_claimed_and_the_years_compared():
    text = ("ISIS is on track to double the total number of attacks it claimed in 2023, with 150 incidents in Iraq and "
            "Syria in the first half of 2024, compared to only 120 last year, U.S. Central Command said in a July 16 statement.")
    rows = table(propose.propose(text, propose.dt.date(2024, 7, 17)))
    assert ("2024-01-01", "2024-06-30", "Total", "isis_claimed_attacks", "150", "exact") in rows
    assert ("2023-01-01", "2023-12-31", "Total", "isis_claimed_attacks", "120", "exact") in rows


def test_a_count_through_a_month_is_the_years_to_its_end():
    text = ("U.S. Central Command said ISIS claimed 140 attacks in Iraq and Syria through June, putting it on pace to "
            "double last year's total.")
    assert table(propose.propose(text, propose.dt.date(2024, 7, 17))) == {
        ("2024-01-01", "2024-06-30", "Total", "isis_claimed_attacks", "140", "exact")}


def test_operations_in_cooperation_with_both_countries_partners_are_a_total():
    # "the joint efforts go on ...: CENTCOM reported 190 military operations in cooperation with the SDF and the Iraqi
    # security forces": both partners, a total
    text = ("تستمر الجهود المشتركة لهزيمة داعش خلال النصف الأول من 2024، حيث ذكرت القيادة المركزية الأمريكية في تقريرها "
            "تنفيذ 190 عملية عسكرية بالتعاون مع قوات سوريا الديمقراطية وقوات الأمن العراقية.")
    assert table(propose.propose(text, propose.dt.date(2024, 7, 17))) == {
        ("2024-01-01", "2024-06-30", "Total", "operations", "190", "exact")}


def test_digits_run_into_an_arabic_word_are_read_apart():
    # "CENTCOM's forces carried out 10 air strikes on more than30 ISIS targets in Syria between 3 and 12 February"
    text = ("نفذت قوات القيادة المركزية الأميركية 10 غارات جوية على أكثر من30 هدفاً لتنظيم داعش في سوريا، خلال الفترة "
            "من 3 إلى 12 فبراير.")
    assert ("2026-02-03", "2026-02-12", "Syria", "targets_struck", "30", "more_than") in table(
        propose.propose(text, propose.dt.date(2026, 2, 14)))
    text = "نفذت القيادة المركزية الأميركية 12عملية ضد داعش في سوريا خلال يناير 2026."
    assert table(propose.propose(text, propose.dt.date(2026, 2, 4))) == {
        ("2026-01-01", "2026-01-31", "Syria", "operations", "12", "exact")}


def test_a_dateline_day_with_two_month_names_and_the_era_letter_is_a_day_not_the_month():
    # "CENTCOM announced on Saturday 20 December / Kanun al-Awwal 2025 AD that it struck more than 70 targets": one day's
    # strikes, not December's
    text = ("أعلنت القيادة المركزية الأمريكية، السبت 20 ديسمبر/ كانون الأول 2025م، قصف أكثر من 70 هدفاً لداعش في وسط "
            "سوريا.")
    assert table(propose.propose(text, propose.dt.date(2025, 12, 20))) == set()


def test_a_span_of_months_whose_last_is_still_running_ends_on_the_statement_day():
    # "22 operations were carried out against ISIS in Syria between October and November" (said on 12 November)
    text = "نفذت القيادة المركزية الأمريكية 22 عملية ضد داعش في سوريا بين تشرين الأول وتشرين الثاني."
    assert table(propose.propose(text, propose.dt.date(2025, 11, 12))) == {
        ("2025-10-01", "2025-11-12", "Syria", "operations", "22", "exact")}


def test_the_sdfs_own_operations_after_wa_and_its_word_for_isis_members():
    # "CENTCOM said ... And the SDF carried out 6 security operations in October, capturing 79 mercenaries; the operations
    # killed five of ISIS"
    text = ("أعلنت القيادة المركزية الأمريكية أن العمليات في سوريا خلال تشرين الأول أسفرت عن مقتل خمسة من داعش. "
            "ونفذت قوات سوريا الديمقراطية 6 عمليات أمنية ضد خلايا داعش خلال تشرين الأول الفائت، أسفرت عن القبض على 79 مرتزقاً.")
    rows = {(r["measure"], r["value"], r["stated_by"]) for r in propose.propose(text, propose.dt.date(2025, 11, 12))}
    assert rows == {("killed", "5", "CENTCOM"), ("operations", "6", "Syrian Democratic Forces"),
                    ("detained", "79", "Syrian Democratic Forces")}


def test_syrian_state_channel_is_syrian_media_and_its_first_batch_of_persons():
    # "Syria's al-Ikhbariya channel said the first batch of ISIS detainees, 150 persons, was moved from Syria to Iraq.
    # It added that the second batch, about 150, ... bringing those moved to Iraq to 300."
    text = ("وأفادت قناة \"الإخبارية\" السورية بأنه جرى نقل الدفعة الأولى من معتقلي تنظيم داعش البالغ عددهم 150 شخصاً من "
            "سوريا إلى العراق. وأوضحت أن الدفعة الثانية وعددها نحو 150 سجيناً، ليرتفع مجموع السجناء المنقولين من سوريا "
            "إلى العراق إلى 300 سجين.")
    rows = propose.propose(text, propose.dt.date(2026, 1, 25))
    assert {(r["value"], r["qualifier"], r["stated_by"]) for r in rows} == {
        ("150", "exact", "Syrian media"), ("150", "approximately", "Syrian media"), ("300", "exact", "Syrian media")}


def test_coordinated_operations_and_work_with_coalition_partners_are_partnered():
    text = ("CENTCOM said its forces, working with Syrian partners, carried out more than 22 coordinated operations against "
            "ISIS in Syria between October 1 and November 6.")
    assert table(propose.propose(text, propose.dt.date(2025, 11, 12))) == {
        ("2025-10-01", "2025-11-06", "Syria", "partnered_operations", "22", "more_than")}
    text = "CENTCOM forces worked with coalition partners to conduct at least nine operations in Syria in August."
    assert table(propose.propose(text, propose.dt.date(2023, 9, 30))) == {
        ("2023-08-01", "2023-08-31", "Syria", "partnered_operations", "9", "at_least")}


def test_two_months_of_operations_in_a_text_that_does_not_name_the_campaign():
    # "The statement said that over two months of targeted operations more than 45 ISIS terrorists were killed or captured"
    text = ("وقالت القيادة المركزية الأمريكية إنها نفذت 4 غارات في سوريا بين 27 يناير و2 فبراير. وأشار البيان إلى أنه "
            "خلال شهرين من العمليات المستهدفة، قتل أو أسر أكثر من 45 إرهابياً من داعش.")
    assert ("2025-12-19", "2026-02-14", "Syria", "killed_or_detained", "45", "more_than") in table(
        propose.propose(text, propose.dt.date(2026, 2, 14)))


def test_what_hawkeye_saw_and_these_actions_after_it_are_the_campaigns():
    text = ("The strike was part of Operation Hawkeye Strike, which saw U.S. forces hit over 90 ISIS infrastructure locations "
            "across Syria, CENTCOM said. These military actions included more than 150 precision munitions and the capture "
            "of over 40 ISIS operatives.")
    hawkeye = ("2025-12-19", "2026-01-17", "Syria")
    assert table(propose.propose(text, propose.dt.date(2026, 1, 17))) == {
        (*hawkeye, "targets_struck", "90", "more_than"), (*hawkeye, "munitions", "150", "more_than"),
        (*hawkeye, "detained", "40", "more_than")}


def test_a_count_that_looks_like_a_year_and_the_other_leaders_captured():
    # "the operations killed 466 and detained 2015 of the organisation's members in Syria in 2022" (a typo the text has);
    # "8 of the dead were senior ISIS leaders and 32 others were captured"
    text = "وقالت القيادة المركزية إن العمليات خلال العام 2022 نجم عنها مقتل 466 واعتقال 2015 من عناصر تنظيم الدولة في سوريا."
    assert ("2022-01-01", "2022-12-31", "Syria", "detained", "2015", "exact") in table(
        propose.propose(text, propose.dt.date(2022, 12, 29)))
    text = ("وقالت القيادة المركزية الأميركية إنها قتلت 44 من عناصر داعش في النصف الأول من 2024، وإن 8 من القتلى هم من كبار "
            "قادة داعش وأسر 32 آخرين في كل من العراق وسوريا.")
    rows = table(propose.propose(text, propose.dt.date(2024, 7, 17)))
    assert ("2024-01-01", "2024-06-30", "Total", "leaders_captured", "32", "exact") in rows
    assert ("2024-01-01", "2024-06-30", "Total", "detained", "32", "exact") not in rows


def test_moved_so_far_in_a_text_of_the_move_and_out_of_the_plans_number():
    # "U.S. forces go on moving ISIS detainees from Syrian prisons to Iraqi territory. Of about 7,000 detainees, more
    # than 2,000 prisoners have been moved so far."
    text = ("تواصل القوات الأمريكية عمليات نقل معتقلي تنظيم داعش من السجون السورية إلى الأراضي العراقية. ومن بين نحو 7000 "
            "معتقل من التنظيم، تم حتى الآن نقل أكثر من 2000 سجين عبر قوافل.")
    assert table(propose.propose(text, propose.dt.date(2026, 2, 7))) == {
        ("2026-01-21", "2026-02-07", "Syria", "detainees_transferred_to_iraq", "2000", "more_than")}
    text = ("CENTCOM moved ISIS detainees from Syria to Iraq. Iraq's government said this week that more than 1,300 ISIS "
            "fighters have been transferred so far, and that those transferred so far include nearly 400 foreign detainees.")
    rows = propose.propose(text, propose.dt.date(2026, 2, 4))
    assert {(r["value"], r["stated_by"]) for r in rows} == {("1300", "Government of Iraq")}


def test_the_most_recent_operations_numbers_further_on_are_its_own():
    text = ("Since mid-December U.S. forces have struck over 100 targets in Syria, CENTCOM said. In the most recent operation "
            "announced Saturday, 20 U.S. aircraft launched over 90 precision munitions and struck at least 35 ISIS targets in "
            "Syria.")
    assert table(propose.propose(text, propose.dt.date(2026, 2, 14))) == {
        ("2025-12-15", "2026-02-14", "Syria", "targets_struck", "100", "more_than")}


def test_since_the_targeted_operations_began_after_wa_is_the_campaign():
    # "CENTCOM carried out 5 strikes between 27 January and 2 February, part of Hawkeye Strike. And since the targeted
    # operations were launched about two months ago, more than 45 terrorists were killed or captured."
    text = ("أعلنت القيادة المركزية الأمريكية تنفيذ خمس ضربات في سوريا خلال الفترة من 27 يناير إلى 2 فبراير، ضمن عملية "
            "\"ضربة عين الصقر\". ومنذ انطلاق العمليات المستهدفة قبل نحو شهرين، تم قتل أو أسر أكثر من 45 إرهابيا.")
    assert ("2025-12-19", "2026-02-04", "Syria", "killed_or_detained", "45", "more_than") in table(
        propose.propose(text, propose.dt.date(2026, 2, 4)))


def test_since_after_wa_the_fall_of_assad_and_the_start_of_the_month():
    # "And since the fall of the Assad regime, the coalition with the SDF has carried out 80 operations in Syria, CENTCOM
    # said"; "And since the start of this month, CENTCOM carried out 6 operations in Syria"
    text = "وقالت القيادة المركزية الأمريكية إنه ومنذ سقوط نظام الأسد نفذت قواتها 80 عملية ضد داعش في سوريا."
    assert table(propose.propose(text, propose.dt.date(2025, 6, 1))) == {
        ("2024-12-08", "2025-06-01", "Syria", "operations", "80", "exact")}
    text = "وقالت القيادة المركزية الأمريكية إنه ومنذ مطلع الشهر الجاري نفذت قواتها 6 عمليات ضد داعش في سوريا."
    assert table(propose.propose(text, propose.dt.date(2025, 6, 20))) == {
        ("2025-06-01", "2025-06-20", "Syria", "operations", "6", "exact")}


def test_a_line_cut_off_mid_sentence_is_not_joined_to_a_long_line_after_it():
    # a search excerpt that stops mid-sentence, then a paragraph that says "this year": the first keeps the lede's 2022
    text = ("U.S. forces killed at least 686 ISIS members in Syria and Iraq in 2022, according to CENTCOM.\n"
            "These included 466 IS operatives killed and 215 captured in Syria, and 220 killed and 159 captured in Iraq, "
            "according to a\n"
            "The US and its partners also targeted several senior members of the group this year, including its leader, "
            "who died in a raid in northwestern Syria.")
    rows = table(propose.propose(text, propose.dt.date(2022, 12, 29)))
    assert ("2022-01-01", "2022-12-31", "Syria", "killed", "466", "exact") in rows
    assert ("2022-01-01", "2022-12-31", "Iraq", "detained", "159", "exact") in rows


def test_a_quoted_qualifier_and_the_iraqi_army_and_no_casualties():
    text = ("CENTCOM said partners killed 466 in Syria and \"at least 220\" killed in Iraq in 2022, and U.S. forces suffered "
            "no casualties during the operations. The Iraqi army said it killed 200 IS fighters in 2022.")
    rows = propose.propose(text, propose.dt.date(2022, 12, 29))
    year = ("2022-01-01", "2022-12-31")
    assert table(rows) == {(*year, "Syria", "killed", "466", "exact"), (*year, "Iraq", "killed", "220", "at_least"),
                           (*year, "Total", "us_wounded", "0", "exact"), (*year, "Iraq", "killed", "200", "exact")}


def test_the_campaign_named_then_a_participle_and_the_day_centcom_confirmed():
    text = ("On Saturday, U.S. Central Command (CENTCOM) confirmed a strike in Syria. CENTCOM launched Operation Hawkeye "
            "Strike, hammering over 90 ISIS targets with more than 150 precision munitions.")
    hawkeye = ("2025-12-19", "2026-01-17", "Syria")
    assert table(propose.propose(text, propose.dt.date(2026, 1, 18))) == {
        (*hawkeye, "targets_struck", "90", "more_than"), (*hawkeye, "munitions", "150", "more_than")}


def test_a_count_in_another_country_and_a_month_with_its_year_after_since():
    text = ("CENTCOM said it killed 15 ISIS members in Iraq in August. Since June 2023, more than 3,000 suspected ISIS "
            "members have been detained in Turkey.")
    assert table(propose.propose(text, propose.dt.date(2024, 8, 31))) == {
        ("2024-08-01", "2024-08-31", "Iraq", "killed", "15", "exact")}


def test_an_sdf_tally_with_its_name_in_quotes_and_none_of_the_us_forces_hurt():
    # '"The SDF" announces its tally: 90 operations in 2024, by a statistic of "the SDF"'; CENTCOM named later
    text = ("أعلنت “قوات سوريا الديمقراطية” (قسد) حصيلة عملياتها ضد تنظيم الدولة خلال العام 2024. وبلغت حصيلة العمليات "
            "90 عملية، بحسب إحصائية لـ”قسد” نشرت اليوم. وفي 6 كانون الثاني أعلنت القيادة المركزية الأمريكية ضربة في العراق.")
    assert {(r["value"], r["stated_by"]) for r in propose.propose(text, propose.dt.date(2025, 1, 21))} == {
        ("90", "Syrian Democratic Forces")}
    # "CENTCOM said its operations in 2022 were ...; none of the U.S. forces was wounded or killed"
    text = "قالت القيادة المركزية الأمريكية إنها نفذت 313 عملية خلال العام 2022، ولم يصب أو يقتل أي من القوات الأميركية."
    assert ("2022-01-01", "2022-12-31", "Total", "us_wounded", "0", "exact") in table(
        propose.propose(text, propose.dt.date(2022, 12, 29)))


def test_moved_in_a_text_of_the_move_and_none_of_them_us_only():
    # "Iraq announces the move of detainees from Syria ... the undersecretary said about 400 members were moved"
    text = ("العراق يعلن نقل سجناء داعش من سوريا. وقال وكيل الوزارة إنه تم نقل نحو 400 عنصر من أصل 7 آلاف موجودين في سوريا.")
    assert table(propose.propose(text, propose.dt.date(2026, 2, 1))) == {
        ("2026-01-21", "2026-02-01", "Syria", "detainees_transferred_to_iraq", "400", "approximately")}
    text = ("CENTCOM said that in April 2023 a total of 24 partnered operations were carried out in Iraq, with none being "
            "solely led by the United States.")
    rows = table(propose.propose(text, propose.dt.date(2023, 5, 5)))
    assert ("2023-04-01", "2023-04-30", "Iraq", "us_only_operations", "0", "exact") in rows


def test_today_with_its_weekday_is_the_day_nearest_the_pages_date():
    # a page dated Friday 5 April 2024: "CENTCOM announced today, Saturday, ... from January to March" is that Saturday's
    # statement, so March has ended (not the Saturday before, 30 March, when March still ran)
    text = ("أعلنت القيادة المركزية الأميركية، اليوم السبت، عن مقتل 18 من عناصر داعش في العراق وسوريا خلال الفترة من كانون "
            "الثاني حتى آذار.")
    assert table(propose.propose(text, propose.dt.date(2024, 4, 5))) == {
        ("2024-01-01", "2024-03-31", "Total", "killed", "18", "exact")}
    # "today, Wednesday" on a page dated Thursday is the day before
    text = "قال الجيش الأمريكي، اليوم الأربعاء، إنه نقل 150 معتقلاً من عناصر داعش من سوريا إلى العراق."
    assert table(propose.propose(text, propose.dt.date(2026, 1, 22))) == {
        ("2026-01-21", "2026-01-21", "Syria", "detainees_transferred_to_iraq", "150", "exact")}


def test_a_pages_slashed_date_is_no_month_and_one_member_killed_and_persons_of_cells():
    # a page's header "Friday 22 / November / 2024", then the Observatory: "during the month, 5 joint operations with the
    # SDF, which led to the arrest of 9 persons of ISIS cells and the killing of one of the organisation's members"
    text = ("الجمعة ٢٢ / نوفمبر / ٢٠٢٤\n\nقال المرصد السوري لحقوق الإنسان، اليوم الأحد، إنه أحصى منذ مطلع الشهر الجاري "
            "مشاركة التحالف الدولي في 5 عمليات مشتركة مع قوات سوريا الديمقراطية، أسفرت عن اعتقال 9 أشخاص من خلايا تنظيم "
            "الدولة، بالإضافة لمقتل أحد عناصر التنظيم.")
    month = ("2023-04-01", "2023-04-23", "Syria")
    assert table(propose.propose(text, propose.dt.date(2023, 4, 23))) == {
        (*month, "partnered_operations", "5", "exact"), (*month, "detained", "9", "exact"), (*month, "killed", "1", "exact")}


def test_assisted_its_partners_in_operations_and_a_headline_that_says_less():
    text = ("CENTCOM: US assisted in over 20 operations against ISIS in Syria in October\n\n"
            "The United States military confirmed on Thursday that it assisted its partners in more than 20 operations "
            "against ISIS in Syria in October.")
    assert table(propose.propose(text, propose.dt.date(2025, 12, 10))) == {
        ("2025-10-01", "2025-10-31", "Syria", "partnered_operations", "20", "more_than")}


def test_troops_and_partner_forces_per_country_and_an_eighth_killed():
    text = ("U.S. troops and partner forces launched 19 missions in Iraq and 15 in Syria against ISIS in May, CENTCOM said. "
            "In Syria, seven ISIS operatives were detained and an eighth was killed.")
    may = ("2023-05-01", "2023-05-31")
    assert table(propose.propose(text, propose.dt.date(2023, 6, 6))) == {
        (*may, "Iraq", "partnered_operations", "19", "exact"), (*may, "Syria", "partnered_operations", "15", "exact"),
        (*may, "Syria", "detained", "7", "exact"), (*may, "Syria", "killed", "1", "exact")}


def test_the_weapons_storage_sites_of_one_operation_are_no_targets_tally():
    # "CENTCOM said joint operations with Syrian forces destroyed 12 weapons storage sites of ISIS in southern Syria
    # between 24 and 27 November": one announced operation's sites (data/operations.csv), no figure
    text = ("أعلن الجيش الأمريكي أنه نفذ عمليات مشتركة بالتعاون مع القوات السورية دمرت 12 موقعاً لتخزين الأسلحة تابعة "
            "لتنظيم داعش في جنوب سوريا، خلال الفترة من 24 إلى 27 نوفمبر.")
    assert table(propose.propose(text, propose.dt.date(2025, 11, 30))) == set()


def test_the_campaigns_first_strike_is_one_operation_and_attacks_claimed_for_carrying_out():
    text = ("Since December 19, CENTCOM has carried out Operation Hawkeye Strike in Syria. That initial strike, dubbed "
            "Operation Hawkeye Strike, saw U.S. and Jordanian forces deploy over 90 precision munitions.")
    assert table(propose.propose(text, propose.dt.date(2025, 12, 30))) == set()
    text = ("CENTCOM said ISIS claimed responsibility for carrying out 150 attacks in Syria and Iraq during the first 6 "
            "months of this year.")
    assert table(propose.propose(text, propose.dt.date(2024, 7, 17))) == {
        ("2024-01-01", "2024-06-30", "Total", "isis_claimed_attacks", "150", "exact")}


def test_detainees_flown_to_iraq_by_unnamed_us_officials_and_iraq_holding_those_transferred():
    text = ("CENTCOM began moving ISIS detainees to Iraq. A group of 140 ISIS fighters held at a prison in Hasakah were "
            "flown on a U.S. C-17 to an undisclosed location in Iraq, U.S. officials said.")
    rows = propose.propose(text, propose.dt.date(2026, 1, 21))
    assert {(r["value"], r["stated_by"]) for r in rows} == {("140", "unnamed U.S. officials")}
    text = ("Iraq is currently holding more than 4,000 ISIS members transferred from Syria, the Justice Ministry said on "
            "Friday. Earlier, informed sources told the agency that Iraq is holding about 3,000 ISIS detainees transferred "
            "from Syria.")
    rows = propose.propose(text, propose.dt.date(2026, 2, 13))
    assert {(r["value"], r["qualifier"], r["stated_by"]) for r in rows} == {
        ("4000", "more_than", "Government of Iraq"), ("3000", "approximately", "unnamed sources")}


def test_killed_or_detained_with_the_subject_between_and_two_months_after_wa_and_hawkeye_that_included():
    # "CENTCOM said: U.S. and coalition forces killed, or detained, nearly 20 ISIS members in Syria between 20 and 29
    # December"
    text = ("وقالت سنتكوم في بيان: قتلت القوات الأمريكية وقوات التحالف الدولي أو اعتقلت ما يقرب من 20 عنصرا من تنظيم داعش "
            "في سوريا بين 20 و29 ديسمبر.")
    assert table(propose.propose(text, propose.dt.date(2025, 12, 30))) == {
        ("2025-12-20", "2025-12-29", "Syria", "killed_or_detained", "20", "nearly")}
    # "CENTCOM struck 30 targets between 3 and 12 February. And over two months of operations, more than 45 terrorists
    # were killed or captured"
    text = ("نفذت القيادة المركزية الأمريكية 9 غارات على أكثر من 30 هدفاً لداعش في سوريا بين 3 و12 فبراير. وخلال شهرين من "
            "العمليات، قتل أو أسر أكثر من 45 إرهابياً.")
    assert ("2025-12-19", "2026-02-14", "Syria", "killed_or_detained", "45", "more_than") in table(
        propose.propose(text, propose.dt.date(2026, 2, 14)))
    # "the campaign named Operation Hawkeye Strike, which earlier included ... striking more than 90 sites"
    text = ("وأضافت القيادة المركزية الأمريكية أن العملية جاءت ضمن حملة أوسع باسم Operation Hawkeye Strike، التي شملت سابقاً "
            "ضربات واسعة في سوريا، وتضمنت ضرب أكثر من 90 موقعاً مرتبطاً بالتنظيم.")
    assert table(propose.propose(text, propose.dt.date(2026, 1, 17))) == {
        ("2025-12-19", "2026-01-17", "Syria", "targets_struck", "90", "more_than")}


def test_also_killed_is_carried_out_attacks_and_us_officials_in_arabic():
    text = ("CENTCOM said U.S. and partner forces ran 300 operations in 2022. At least 680 fighters were also killed in "
            "2022. IS has now carried out 150 attacks in both countries between January and June, according to CENTCOM.")
    rows = table(propose.propose(text, propose.dt.date(2022, 12, 29)))
    assert ("2022-01-01", "2022-12-31", "Total", "killed", "680", "at_least") in rows
    rows = table(propose.propose(text, propose.dt.date(2024, 7, 25)))
    assert ("2024-01-01", "2024-06-30", "Total", "isis_claimed_attacks", "150", "exact") in rows
    # "U.S. officials said U.S. forces with local forces killed about 650 ISIS members in 2022"
    text = "قال مسؤولون أمريكيون إن القوات الأمريكية قتلت حوالي 650 من أعضاء داعش في عام 2022."
    assert {(r["value"], r["stated_by"]) for r in propose.propose(text, propose.dt.date(2022, 12, 29))} == {
        ("650", "unnamed U.S. officials")}


def test_pieces_of_munitions_and_the_number_moved_rising_to():
    # "the statement said 40 pieces of precision munitions were used in the strikes between 27 January and 2 February"
    text = ("وأشار بيان القيادة المركزية الأمريكية إلى استخدام 40 قطعة ذخيرة دقيقة التوجيه في الضربات على داعش في سوريا بين "
            "27 يناير و2 فبراير.")
    assert ("2026-01-27", "2026-02-02", "Syria", "munitions", "40", "exact") in table(
        propose.propose(text, propose.dt.date(2026, 2, 5)))
    # "The Iraqi Justice Ministry announced the number of ISIS detainees who were moved to Iraq rose to 5000"
    text = "أعلنت وزارة العدل العراقية ارتفاع عدد معتقلي تنظيم داعش الإرهابي الذين نقلوا للعراق إلى 5000 بينهم نحو 200 عراقي."
    assert {(r["value"], r["stated_by"]) for r in propose.propose(text, propose.dt.date(2026, 2, 13))} == {
        ("5000", "Government of Iraq")}


def test_an_anonymous_us_official_in_arabic_and_the_hamza_left_off():
    # "According to a U.S. military official, who spoke on condition that his identity not be revealed, the group was
    # behind 110 attacks in 2023"
    text = ("أعلنت القيادة المركزية الأميركية أن التنظيم تبنى 150 هجوما خلال النصف الأول من 2024. ووفقا لمسؤول عسكري أميركي، "
            "تحدث شريطة عدم الكشف عن هويته، كان التنظيم وراء 110 هجمات في سوريا والعراق خلال عام 2023.")
    rows = {(r["value"], r["stated_by"]) for r in propose.propose(text, propose.dt.date(2024, 7, 17))}
    assert rows == {("150", "CENTCOM"), ("110", "an unnamed U.S. defense official")}
    # "a newspaper quoted a source, a U.S. defense official (written without its hamza), that ..."
    text = "ونقلت صحيفة عن مصدر وهو مسؤول دفاعي امريكي ان التنظيم كان وراء 110 هجمات في سوريا والعراق في عام 2023."
    assert {(r["value"], r["stated_by"]) for r in propose.propose(text, propose.dt.date(2024, 7, 17))} == {
        ("110", "an unnamed U.S. defense official")}
    text = ("IS claimed 150 attacks in the first half of 2024, CENTCOM said. The group was behind 110 attacks in 2023, a U.S. "
            "military official speaking on condition of anonymity said.")
    assert {(r["value"], r["stated_by"]) for r in propose.propose(text, propose.dt.date(2024, 7, 17))} == {
        ("150", "CENTCOM"), ("110", "an unnamed U.S. defense official")}


def test_kurdish_forces_and_the_iraqi_army_are_both_countries_and_so_are_the_next_sentences_figures():
    # "CENTCOM said the coalition carried out nearly 190 missions since January, in coordination with Kurdish forces
    # in Syria and the Iraqi army. 40 were killed and 160 detained in these operations."
    text = ("أعلنت القيادة المركزية للجيش الأميركي أن التحالف نفذ ما يقرب من 190 مهمة ضد داعش منذ كانون الثاني، بالتنسيق مع "
            "القوات الكردية في سوريا والجيش العراقي. تم قتل 40 من عناصر داعش واعتقال 160 آخرين في هذه العمليات.")
    assert table(propose.propose(text, propose.dt.date(2024, 7, 17))) == {
        ("2024-01-01", "2024-07-17", "Total", "operations", "190", "nearly"),
        ("2024-01-01", "2024-07-17", "Total", "killed", "40", "exact"),
        ("2024-01-01", "2024-07-17", "Total", "detained", "160", "exact")}


def test_arabic_zeros_with_words_between_and_without_hamza():
    # "America carried out no unilateral operation in the region. These operations wounded none of the U.S. forces."
    text = ("أعلنت القيادة المركزية الأمريكية مساء الخميس أنها نفذت خلال شهر كانون الثاني 2023 في سوريا 14 عملية. ولم تنفذ "
            "أمريكا أي عملية منفردة في المنطقة. ولم تسفر هذه العمليات عن إصابة أي فرد من القوات الأمريكية.")
    assert table(propose.propose(text, propose.dt.date(2023, 2, 2))) == {
        ("2023-01-01", "2023-01-31", "Syria", "operations", "14", "exact"),
        ("2023-01-01", "2023-01-31", "Syria", "us_only_operations", "0", "exact"),
        ("2023-01-01", "2023-01-31", "Syria", "us_wounded", "0", "exact")}
    text = ("أعلنت القيادة المركزية الأمريكية أنها نفذت خلال شهر كانون الثاني 2023 في العراق وسوريا 30 عملية لم تسفر عن اصابة "
            "أو قتل أي من القوات الامريكية.")
    assert ("2023-01-01", "2023-01-31", "Total", "us_wounded", "0", "exact") in table(
        propose.propose(text, propose.dt.date(2023, 2, 2)))


def test_leaders_among_them_in_arabic_dying_and_moved_to_an_iraqi_facility():
    # "These operations killed 160 terrorists and detained 30 others, including more than 25 of the group's leaders"
    text = ("أعلنت القيادة المركزية الأمريكية الاثنين أن قوات التحالف نفذت 90 عملية منذ 29 آب. وأسفرت هذه العمليات عن مقتل "
            "160 إرهابيا واعتقال 30 آخرين، بمن في ذلك أكثر من 25 من قادة التنظيم.")
    assert ("2024-08-29", "2024-11-04", "Total", "leaders_killed_or_captured", "25", "more_than") in table(
        propose.propose(text, propose.dt.date(2024, 11, 4)))
    text = ("CENTCOM said on Tuesday that in May 2023, in Syria, 15 partnered operations led to 18 ISIS operatives being "
            "detained and three dying.")
    assert ("2023-05-01", "2023-05-31", "Syria", "killed", "3", "exact") in table(
        propose.propose(text, propose.dt.date(2023, 6, 6)))
    text = ("U.S. Central Command said Wednesday it has begun moving ISIS detainees from Syria into Iraq. U.S. forces moved "
            "140 ISIS fighters from a detention site in Hasakah to a secure Iraqi facility.")
    assert table(propose.propose(text, propose.dt.date(2026, 1, 21))) == {
        ("2026-01-21", "2026-01-21", "Syria", "detainees_transferred_to_iraq", "140", "exact")}


def test_sites_struck_are_targets_but_not_sites_holding_caches():
    text = ("From Jan. 27 to Feb. 2, U.S. aircraft targeted six ISIS sites in Syria, CENTCOM said. Since Operation Hawkeye "
            "Strike began, U.S. forces and partners have targeted more than 90 Islamic State infrastructure and weapons "
            "sites, CENTCOM said.")
    rows = table(propose.propose(text, propose.dt.date(2026, 2, 4)))
    assert ("2026-01-27", "2026-02-02", "Syria", "targets_struck", "6", "exact") in rows
    assert ("2025-12-19", "2026-02-04", "Syria", "targets_struck", "90", "more_than") in rows
    text = ("Last month, U.S. forces working with the Syrian interior ministry destroyed more than 12 sites contain ISIS "
            "weapons caches in southern Syria, CENTCOM said.")
    assert not [r for r in propose.propose(text, propose.dt.date(2025, 12, 17)) if r["measure"] == "targets_struck"]


def test_a_month_name_typed_without_its_last_letter_dates_the_loose_past_month():
    text = ("CENTCOM said its forces enabled more than 20 operations with partners in Syria over the past month.\n\n"
            "Four ISIS terrorists were killed and 17 others captured in joint operations from October 1 to Novembe 6, "
            "CENTCOM said in a press release.")
    assert table(propose.propose(text, propose.dt.date(2025, 11, 12))) == {
        ("2025-10-01", "2025-11-06", "Syria", "partnered_operations", "20", "more_than"),
        ("2025-10-01", "2025-11-06", "Syria", "killed", "4", "exact"),
        ("2025-10-01", "2025-11-06", "Syria", "detained", "17", "exact")}


def test_since_a_strike_that_began_on_a_day_and_days_of_the_current_month():
    # "CENTCOM said on Tuesday that coalition forces killed and detained about 24 ISIS members in Syria since the wide
    # air strike that began on 19 December. Its forces killed six of them in 10 missions between 20 and 29 of this month."
    text = ("أعلنت القيادة المركزية الأمريكية يوم الثلاثاء أن قوات التحالف الدولي أسفرت عملياتها في سوريا عن مقتل واعتقال نحو 24 "
            "عنصراً من تنظيم داعش، وذلك منذ الضربة الجوية الواسعة التي بدأت في 19 كانون الأول الجاري. وأوضحت أن قواتها تمكنت "
            "من تصفية ستة من عناصر التنظيم خلال 10 مهام جرت بين 20 و29 من الشهر الجاري.")
    rows = table(propose.propose(text, propose.dt.date(2025, 12, 30)))
    assert ("2025-12-19", "2025-12-30", "Syria", "killed_or_detained", "24", "approximately") in rows
    assert ("2025-12-20", "2025-12-29", "Syria", "killed", "6", "exact") in rows
    text = "CENTCOM said on Tuesday that U.S. forces killed six ISIS fighters in Syria between the 20th and 29th of this month."
    assert table(propose.propose(text, propose.dt.date(2025, 12, 30))) == {
        ("2025-12-20", "2025-12-29", "Syria", "killed", "6", "exact")}


def test_attacks_compared_in_the_next_sentence_and_isis_attacks_in_a_text_that_calls_them_claimed():
    text = ("In the first half of 2024, ISIS claimed responsibility for 150 attacks in Iraq and Syria, CENTCOM said. That "
            "is a sharp increase from the 120 attacks reported in 2023.")
    assert table(propose.propose(text, propose.dt.date(2024, 7, 17))) == {
        ("2024-01-01", "2024-06-30", "Total", "isis_claimed_attacks", "150", "exact"),
        ("2023-01-01", "2023-12-31", "Total", "isis_claimed_attacks", "120", "exact")}
    text = ("CENTCOM reports 150 ISIS attacks in Iraq and Syria between January and June this year. The group is on pace to "
            "double the number of attacks it claimed in 2023.")
    assert table(propose.propose(text, propose.dt.date(2024, 7, 17))) == {
        ("2024-01-01", "2024-06-30", "Total", "isis_claimed_attacks", "150", "exact")}


def test_kill_or_seize_a_drone_attacks_wounded_and_an_outlets_sum_of_statements():
    text = "CENTCOM said on Tuesday that U.S. forces in Syria killed or seized about 20 ISIS fighters between Dec 20 and 29."
    assert table(propose.propose(text, propose.dt.date(2025, 12, 30))) == {
        ("2025-12-20", "2025-12-29", "Syria", "killed_or_detained", "20", "approximately")}
    # "The coalition carried out four joint operations with the SDF last month. A drone fell on a coalition base, wounding
    # seven American soldiers."
    text = ("نفذ التحالف الدولي خلال الشهر الماضي أربع عمليات مشتركة مع قوات سوريا الديمقراطية. وسقطت طائرة مسيرة في قاعدة "
            "للتحالف الدولي، أدت لإصابة سبعة جنود أمريكيين.")
    assert {r["measure"] for r in propose.propose(text, propose.dt.date(2024, 8, 24))} == {"partnered_operations"}
    text = ("U.S. forces in Syria launched at least 30 operations against ISIS in the first three months of the year, "
            "statements by CENTCOM said.")
    assert {(r["value"], r["stated_by"]) for r in propose.propose(text, propose.dt.date(2023, 4, 4), publisher="Example News")} \
        == {("30", "Example News")}


def test_a_monitor_named_as_the_source_and_attacks_of_which_some_were_claimed():
    text = ("According to the Syria-based Rojava Information Centre (RIC), ISIS carried out 18 attacks in March, four of "
            "which were claimed by the group. CENTCOM said on April 4 that the US carried out 8 partnered operations in "
            "Syria in March.")
    rows = {(r["measure"], r["value"], r["stated_by"]) for r in propose.propose(text, propose.dt.date(2023, 4, 13))}
    assert rows == {("partnered_operations", "8", "CENTCOM")}
    text = "According to the Rojava Information Center, the SDF and the coalition carried out 14 joint operations in Syria in March."
    assert {(r["value"], r["stated_by"]) for r in propose.propose(text, propose.dt.date(2023, 4, 13))} == {
        ("14", "Rojava Information Center")}


def test_us_troops_wounded_with_a_second_number_before_the_verb():
    text = ("CENTCOM said on Friday that in February 2023 U.S. forces conducted 45 operations against ISIS in Iraq and Syria. "
            "Three US troops and one working dog were injured in these operations.")
    assert ("2023-02-01", "2023-02-28", "Total", "us_wounded", "3", "exact") in table(
        propose.propose(text, propose.dt.date(2023, 3, 3)))


def test_the_aftermath_of_a_day_may_as_a_verb_a_ledes_month_and_a_translations_zero():
    text = ("U.S. forces struck ISIS in Syria on Friday, CENTCOM said. ISIS may try to regroup. In the aftermath of the "
            "December 13 attack, U.S. and partner forces conducted 9 operations in Syria and Iraq, resulting in the deaths "
            "or detention of 21 terrorist operatives.")
    assert table(propose.propose(text, propose.dt.date(2025, 12, 19))) == {
        ("2025-12-13", "2025-12-19", "Total", "operations", "9", "exact"),
        ("2025-12-13", "2025-12-19", "Total", "killed_or_detained", "21", "exact")}
    text = ("ISIS had a bad year in 2023.\n\nOn December 7, CENTCOM issued a statement on the US military's successes in "
            "their fight with ISIS in November. The Pentagon and its allies carried out 38 missions that resulted in the "
            "deaths of three ISIS operatives and 30 detainments.")
    assert table(propose.propose(text, propose.dt.date(2023, 12, 8))) == {
        ("2023-11-01", "2023-11-30", "Total", "operations", "38", "exact"),
        ("2023-11-01", "2023-11-30", "Total", "killed", "3", "exact"),
        ("2023-11-01", "2023-11-30", "Total", "detained", "30", "exact")}
    text = ("CENTCOM said its operations in Iraq and Syria in 2022 killed 680 militants, stressing that the operations did not "
            "result in the injury or death of any of the soldiers of the American forces.")
    assert ("2022-01-01", "2022-12-31", "Total", "us_wounded", "0", "exact") in table(
        propose.propose(text, propose.dt.date(2022, 12, 30)))


def test_dates_with_their_years_and_ten_days_following_a_day():
    text = ("U.S. Central Command said one coalition member was killed and three others wounded during operations against "
            "ISIS in Iraq conducted from Dec. 30, 2024, to Jan. 6, 2025. No U.S. personnel were injured.")
    days = ("2024-12-30", "2025-01-06")
    assert table(propose.propose(text, propose.dt.date(2025, 1, 7))) == {
        (*days, "Iraq", "coalition_killed", "1", "exact"), (*days, "Iraq", "coalition_wounded", "3", "exact"),
        (*days, "Iraq", "us_wounded", "0", "exact")}
    text = ("According to U.S. Central Command, the military executed ten operations over a ten-day period, following "
            "initial strikes on December 19 that targeted 60 ISIS sites across central Syria. These operations killed at "
            "least six ISIS members.")
    assert table(propose.propose(text, propose.dt.date(2025, 12, 30))) == {
        ("2025-12-20", "2025-12-29", "Syria", "operations", "10", "exact"),
        ("2025-12-20", "2025-12-29", "Syria", "killed", "6", "at_least")}


def test_since_the_strikes_earlier_this_month_is_the_campaign_s_span_unless_it_began_that_day():
    text = ("U.S. and partner forces have killed or captured nearly 20 Islamic State operatives in Syria following a wave of "
            "retaliatory strikes launched earlier this month, the U.S. military said.")
    assert table(propose.propose(text, propose.dt.date(2025, 12, 30))) == {
        ("2025-12-19", "2025-12-30", "Syria", "killed_or_detained", "20", "nearly")}
    # "The U.S. military said on Tuesday that the U.S. and allied forces killed or detained nearly 20 ISIS members since
    # an air strike in Syria earlier in the month."
    text = ("قال الجيش الأمريكي، الثلاثاء، إن الولايات المتحدة وقوات متحالفة قتلوا أو احتجزوا ما يقرب من 20 عنصراً من تنظيم "
            "داعش، منذ غارة جوية في سوريا في وقت سابق من الشهر.")
    assert table(propose.propose(text, propose.dt.date(2025, 12, 30))) == {
        ("2025-12-19", "2025-12-30", "Syria", "killed_or_detained", "20", "nearly")}
    # said on the campaign's first day: "Hawkeye Strike is part of a series of operations during December that killed
    # and detained 21 ISIS members" keeps December
    text = ("أعلنت القيادة المركزية الأمريكية أن عملية عين الصقر تأتي كجزء من سلسلة عمليات نفذت خلال شهر ديسمبر الجاري، "
            "وأسفرت في حصيلتها الإجمالية عن تصفية واعتقال 21 عنصراً من تنظيم داعش.")
    assert table(propose.propose(text, propose.dt.date(2025, 12, 19))) == {
        ("2025-12-01", "2025-12-19", "Total", "killed_or_detained", "21", "exact")}


def test_evacuated_to_iraq_and_arabic_dates_from_and_until_over_a_counted_back_span():
    # "CENTCOM said 140 ISIS fighters have already been evacuated from Hasakah to a safe place in Iraq"
    text = "وقالت القيادة المركزية الأمريكية إنه تم بالفعل إجلاء 140 من مقاتلي داعش من محافظة الحسكة إلى مكان آمن في العراق."
    assert table(propose.propose(text, propose.dt.date(2026, 1, 21))) == {
        ("2026-01-21", "2026-01-21", "Syria", "detainees_transferred_to_iraq", "140", "exact")}
    # "The SDF carried out 7 joint operations over the past 35 days ... from 19 July 2023 until 24 August"
    text = ("نفذت قوات سوريا الديمقراطية بمشاركة قوات التحالف الدولي خلال الـ 35 يوماً الماضية 7 عمليات أمنية مشتركة. "
            "العمليات المشتركة بدأت من تاريخ 19 تموز من عام 2023 ولغاية 24 آب الجاري.")
    assert table(propose.propose(text, propose.dt.date(2023, 8, 28))) == {
        ("2023-07-19", "2023-08-24", "Syria", "partnered_operations", "7", "exact")}


def test_one_attack_s_targets_and_the_operation_that_began_on_a_day_in_arabic():
    # "CENTCOM said ... in the wake of Hawkeye Strike, launched on 19 December, when U.S. and Jordanian forces carried out a
    # joint attack that targeted more than 60 targets using more than 90 munitions"
    text = ("وقالت القيادة المركزية الأمريكية إن قواتها وشركاءها قتلوا واعتقلوا نحو 20 عنصراً من تنظيم داعش في سوريا منذ الضربة "
            "الجوية التي نفذتها في سوريا يوم 19 كانون الأول/ ديسمبر. وأشارت إلى أن القوات الأميركية والأردنية شنت هجوما مشتركا "
            "استهدف أكثر من 60 هدفا باستخدام ما يزيد على 90 ذخيرة دقيقة.")
    assert table(propose.propose(text, propose.dt.date(2025, 12, 30))) == {
        ("2025-12-19", "2025-12-30", "Syria", "killed_or_detained", "20", "approximately")}
    # "the operation began on the evening of 19 December, and more than 90 munitions were used, while the coalition's
    # operations over the past week killed or detained 21"
    text = ("وأوضح بيان سنتكوم أن العملية بدأت مساء 19 ديسمبر، واستخدمت أكثر من 90 ذخيرة لضرب مواقع التنظيم، فيما أسفرت عمليات "
            "التحالف خلال الأسبوع الماضي عن مقتل أو اعتقال 21 عنصراً إرهابياً في سوريا والعراق.")
    assert {r["measure"] for r in propose.propose(text, propose.dt.date(2025, 12, 19))} == {"killed_or_detained"}


def test_a_coalition_member_others_with_injuries_one_joint_operation_and_retaliatory_operations():
    text = ("CENTCOM said the operations in Iraq from Dec. 30 to Jan. 6 were not without cost. A Coalition member was killed, "
            "and three others sustained injuries during clashes with ISIS fighters.")
    assert table(propose.propose(text, propose.dt.date(2025, 1, 7))) == {
        ("2024-12-30", "2025-01-06", "Iraq", "coalition_killed", "1", "exact"),
        ("2024-12-30", "2025-01-06", "Iraq", "coalition_wounded", "3", "exact")}
    text = ("CENTCOM announced that in a joint operation last month, U.S. and Iraqi forces killed 12 members, including three "
            "leaders. CENTCOM also reported that at least 14 ISIS members were killed in another joint operation in August.")
    assert propose.propose(text, propose.dt.date(2024, 9, 14)) == []
    text = ("Military officials said at least 40 Islamic State fighters have been killed or captured in Syria. In total, more "
            "than 90 targets have been hit since the U.S. launched retaliatory operations following the Dec. 13 attack.")
    assert ("2025-12-19", "2026-02-14", "Syria", "targets_struck", "90", "more_than") in table(
        propose.propose(text, propose.dt.date(2026, 2, 14)))


def test_a_stray_full_stop_before_the_window_and_responsible_for_attacks():
    # "The statement says ISIS was responsible for 150 attacks in Syria and Iraq. In the first six months of this year.
    # According to a U.S. military official who asked not to be named, it took part in 110 attacks in 2023."
    text = ("وأعلنت القيادة المركزية في بيان أن تنظيم داعش مسؤول عن 150 هجوماً في سوريا والعراق. في الأشهر الستة الأولى من هذا "
            "العام.\nوبحسب مسؤول عسكري أمريكي طلب عدم ذكر اسمه، فإن التنظيم كان وراء 110 هجمات في عام 2023.")
    assert {(*next(iter(table([r]))), r["stated_by"]) for r in propose.propose(text, propose.dt.date(2024, 7, 17))} == {
        ("2024-01-01", "2024-06-30", "Total", "isis_claimed_attacks", "150", "exact", "CENTCOM"),
        ("2023-01-01", "2023-12-31", "Total", "isis_claimed_attacks", "110", "exact", "an unnamed U.S. defense official")}


def test_a_headline_s_take_out_is_the_body_s_combined_count_and_a_day_after_an_attack_is_the_attack_s():
    text = ("U.S. Forces Take Out Nearly 20 ISIS Operatives After Deadly Attack\n\n"
            "The U.S. military announced Tuesday that American and partner forces killed or captured nearly 20 ISIS "
            "operatives during a sustained campaign in Syria, sending a message after a brutal attack earlier this month. "
            "CENTCOM said the forces conducted 10 missions between Dec. 20 and 29.")
    assert table(propose.propose(text, propose.dt.date(2025, 12, 30))) == {
        ("2025-12-20", "2025-12-29", "Syria", "killed_or_detained", "20", "nearly"),
        ("2025-12-20", "2025-12-29", "Syria", "operations", "10", "exact")}


def test_last_saturday_s_attack_does_not_date_the_statement_and_six_months_of_the_current_year():
    # "CENTCOM announced ... It explained the operation answers the attack on U.S. forces last Saturday. ... over the past
    # six months it carried out more than 70 operations in Syria"
    text = ("أعلنت القيادة المركزية الأمريكية عن استهداف أكثر من 60 هدفًا في وسط سوريا. وأوضحت أن العملية ردًا على الهجوم الذي "
            "استهدف القوات الأمريكية يوم السبت الماضي. وأشار البيان إلى أن القوات الأمريكية نفذت أكثر من 70 عملية خلال الأشهر "
            "الستة الماضية في سوريا.")
    assert ("2025-06-19", "2025-12-19", "Syria", "operations", "70", "more_than") in table(
        propose.propose(text, propose.dt.date(2025, 12, 19)))
    text = ("The SDF stated on its website today, Thursday, July 4, that it carried out 25 operations during the first six "
            "months of the current year.")
    assert table(propose.propose(text, propose.dt.date(2024, 7, 4))) == {
        ("2024-01-01", "2024-06-30", "Syria", "operations", "25", "exact")}


def test_as_many_as_were_moved_is_a_count_up_to_could_be_moved_a_plan():
    text = ("CENTCOM said Wednesday it began transferring up to 7,000 IS detainees from Syria to Iraq. As many as 140 IS "
            "fighters held at a detention facility in Hasakah were moved to a secure location in Iraq as the mission was "
            "launched, CENTCOM said.")
    assert table(propose.propose(text, propose.dt.date(2026, 1, 21))) == {
        ("2026-01-21", "2026-01-21", "Syria", "detainees_transferred_to_iraq", "140", "up_to")}


def test_bench_says_whether_a_stop_s_rules_carried_to_the_next_unseen_set():
    # a held-out set scored at first sight and at the commit before its stop's rules: the report puts the two side by side
    sys.path.insert(0, str(ROOT / "bench"))
    import reader as bench  # noqa: E402
    text = bench.labelled_report({})
    assert "### Do a stop's rules carry to the next unseen set?" in text
    assert "| en26 | 0.65, 0.68 (206ae68) | 0.67, 0.63 (edbf86f) | -0.02, +0.05 |" in text
    assert "| ar20 | 0.67, 0.61 (62ce92d) | 0.94, 0.86 (78541ca) | -0.27, -0.25 |" in text


def test_quoted_nouns_a_bracket_s_month_another_state_s_strikes_and_elimination_or_capture():
    # a noun in curly single quotes; "in January" inside brackets dates the bracket's own 375, not the 387 before it
    text = ("The SDF said it ran 113 anti-ISIS operations in 2022. A total of 387 ‘terrorists’ were killed (375 in the "
            "prison break in January, and 12 others in separate raids).")
    assert ("2022-01-01", "2022-12-31", "Syria", "killed", "387", "exact") in table(
        propose.propose(text, propose.dt.date(2022, 12, 28)))
    # another state's strikes are its own war's, not a count of the campaign against ISIS
    assert propose.propose("The SDF report said Turkey carried out 120 drone strikes in northeast Syria in 2022.",
                           propose.dt.date(2022, 12, 28)) == []
    text = ("CENTCOM said the campaign opened with strikes on December 19 and went on with 11 distinct missions between "
            "December 20 and 29, ending in the elimination or capture of nearly 25 ISIS operatives in Syria.")
    assert table(propose.propose(text, propose.dt.date(2025, 12, 30))) == {
        ("2025-12-20", "2025-12-29", "Syria", "operations", "11", "exact"),
        ("2025-12-20", "2025-12-29", "Syria", "killed_or_detained", "25", "nearly")}


def test_a_lede_does_not_borrow_the_month_of_an_attack_told_further_on():
    # "last month" dates the Istanbul attack in its own clause: the lede's count has no window of its own
    text = ("CENTCOM's spokesman said the coalition and the SDF conducted six partnered operations, resulting in the "
            "detention of five ISIS operatives.\nThe SDF had paused its operations against ISIS, citing a bombing that "
            "killed six people in Istanbul last month.")
    assert propose.propose(text, propose.dt.date(2022, 12, 16)) == []


def test_a_move_to_quoted_places_in_iraq_and_the_justice_ministry_s_totals_without_their_parts():
    text = ("The U.S. military has begun moving detainees from prisons in northeastern Syria to Iraq. Central Command said "
            "it had moved 150 Islamic State militants from Hasakah to “secure sites” in Iraq.")
    assert table(propose.propose(text, propose.dt.date(2026, 1, 21))) == {
        ("2026-01-21", "2026-01-21", "Syria", "detainees_transferred_to_iraq", "150", "exact")}
    # "The ministry's spokesman said the moves from Syria to Iraq follow the law, and that 'the overall tally of those
    # moved has reached 5064 terrorists so far, among them more than 270 Iraqis and over 3 thousand Syrians'"
    text = ("قال المتحدث باسم وزارة العدل إن عمليات الترحيل من سوريا إلى العراق قانونية، مبيناً أن \"الإحصائية الكلية "
            "للمنقولين وصلت حتى الآن إلى 5064 إرهابياً، يتوزعون بين أكثر من 270 عنصراً من الجنسية العراقية وما يزيد على 3 آلاف "
            "عنصر سوري\".")
    assert {(*next(iter(table([r]))), r["stated_by"]) for r in propose.propose(text, propose.dt.date(2026, 2, 13))} == {
        ("2026-01-21", "2026-02-13", "Syria", "detainees_transferred_to_iraq", "5064", "exact", "Government of Iraq")}
    # the move told of in the sentence before: "The ministry named the nationalities of those moved from Syria to Iraq.
    # Its spokesman said the overall number of prisoners was 5703 from 61 states."
    text = ("أعلنت وزارة العدل جنسيات الإرهابيين المنقولين من سوريا إلى العراق. وقال المتحدث باسمها إن \"عدد السجناء الكلي "
            "بلغ 5703 من 61 دولة\".")
    assert table(propose.propose(text, propose.dt.date(2026, 2, 14))) == {
        ("2026-01-21", "2026-02-14", "Syria", "detainees_transferred_to_iraq", "5703", "exact")}


def test_arabic_operations_partners_carried_out_their_split_duals_and_one_leader_among_them():
    # "CENTCOM said it supported 6 operations the partner forces carried out in the last week of May, among them 5 in Iraq
    # and one in Syria; they killed two ISIS members (a dual) and detained two others, one of them a leader"
    text = ("وقالت القيادة المركزية الأمريكية في بيان إنها دعمت 6 عمليات نفذتها القوات الشريكة خلال الأسبوع الأخير من شهر مايو "
            "الماضي، من بينها 5 عمليات في العراق وواحدة في سوريا. وأضاف البيان أن العمليات أسفرت عن مقتل عنصرين من «داعش» "
            "واعتقال اثنين آخرين أحدهما قائد.")
    assert table(propose.propose(text, propose.dt.date(2025, 6, 6))) == {
        ("2025-05-25", "2025-05-31", "Total", "partnered_operations", "6", "exact"),
        ("2025-05-25", "2025-05-31", "Iraq", "partnered_operations", "5", "exact"),
        ("2025-05-25", "2025-05-31", "Syria", "partnered_operations", "1", "exact"),
        ("2025-05-25", "2025-05-31", "Total", "killed", "2", "exact"),
        ("2025-05-25", "2025-05-31", "Total", "detained", "2", "exact"),
        ("2025-05-25", "2025-05-31", "Total", "leaders_captured", "1", "exact")}
    # "Between 21 and 27 May Iraqi forces, with CENTCOM's support, cleared sites, and two were killed during the
    # operations and a leader was captured"
    text = ("وأوضحت القيادة المركزية أنه خلال الفترة من 21 إلى 27 مايو نفذت القوات العراقية بدعم منها عمليات أسفرت عن تدمير "
            "مواقع إلى جانب مقتل عنصرين أثناء العمليات وأسر قائد في التنظيم.")
    assert table(propose.propose(text, propose.dt.date(2025, 6, 6))) == {
        ("2025-05-21", "2025-05-27", "Iraq", "killed", "2", "exact"),
        ("2025-05-21", "2025-05-27", "Iraq", "leaders_captured", "1", "exact")}


def test_arabic_about_two_months_and_an_earlier_statement_s_day_of_one_strike():
    # "the statement said operations in Syria over about two months killed or captured more than 50 ISIS members"
    text = "وقالت القيادة المركزية الأمريكية إن العمليات في سوريا خلال نحو شهرين أسفرت عن مقتل أو أسر أكثر من 50 عنصرًا من داعش."
    assert table(propose.propose(text, propose.dt.date(2026, 2, 4))) == {
        ("2025-12-04", "2026-02-04", "Syria", "killed_or_detained", "50", "more_than")}
    # "Iraq's Joint Operations Command had said in an earlier statement that F-16s struck on 14 October (a month name
    # without its hamza), killing four militants": one strike's, though "this month" came before
    text = ("وقالت القيادة المركزية إن القوات العراقية نفذت هذا الشهر عمليات عدة في العراق. وكانت قيادة العمليات المشتركة أعلنت "
            "في بيان سابق أن طائرات إف-16 نفذت ضربات في 14 تشرين الاول/أكتوبر في كركوك أسفرت عن مقتل أربعة مسلحين.")
    assert propose.propose(text, propose.dt.date(2024, 10, 18)) == []


def test_arabic_by_an_operation_is_one_operation_s_count():
    # "The Observatory reported on Wednesday two ISIS members detained by a joint airdrop operation in rural Raqqa"
    text = "وأفاد المرصد السوري، الأربعاء، باعتقال عنصرين من تنظيم \"داعش\" بعملية إنزال جوي مشتركة في ريف الرقة خلال عام 2025."
    assert propose.propose(text, propose.dt.date(2025, 12, 31)) == []


def test_the_group_s_other_names_read_as_isis_and_counted_as_kept_as_written():
    # "Islamic State", "IS", "Daesh", "ISIL": one group; counted_as keeps the text's own words
    text = ("CENTCOM said U.S. and partner forces conducted 196 defeat-Islamic State missions in the first half of 2024, "
            "killing 44 IS operatives and detaining 166 Daesh members, and destroyed four ISIL weapons caches.")
    rows = propose.propose(text, propose.dt.date(2024, 7, 17))
    assert table(rows) == {
        ("2024-01-01", "2024-06-30", "Total", "operations", "196", "exact"),
        ("2024-01-01", "2024-06-30", "Total", "killed", "44", "exact"),
        ("2024-01-01", "2024-06-30", "Total", "detained", "166", "exact"),
        ("2024-01-01", "2024-06-30", "Total", "weapons_caches_destroyed", "4", "exact")}
    assert {r["counted_as"] for r in rows if r["measure"] in ("killed", "detained")} == {"IS operatives", "Daesh members"}
    # "neutralized" before its number, as "killed" and "eliminated" are
    assert table(propose.propose("In 2022, CENTCOM forces neutralized 686 ISIS operatives in Iraq and Syria.",
                                 propose.dt.date(2022, 12, 29))) == {("2022-01-01", "2022-12-31", "Total", "killed", "686", "exact")}


def test_arabic_written_without_hamza_reads_as_with_it():
    # "CENTCOM announced that its forces and partners killed or detained more than 30 ISIS members in Syria during
    # October", every alef written bare (اعلنت، الامريكية، او، اكتوبر) as many Iraqi and Kurdish outlets write
    text = "اعلنت القيادة المركزية الامريكية ان قواتها وشركاءها قتلت او اعتقلت اكثر من 30 عنصرا من داعش في سوريا خلال شهر تشرين الاول."
    assert table(propose.propose(text, propose.dt.date(2023, 11, 5))) == {
        ("2023-10-01", "2023-10-31", "Syria", "killed_or_detained", "30", "more_than")}
    # a lede's "خلال الاسبوع الماضي" and the body's "من 3 إلى 12 فبراير" for the same strikes: the days the text gives
    text = ("اعلنت القيادة المركزية الامريكية تنفيذ 10 غارات على اكثر من 30 هدفا لتنظيم داعش في سوريا خلال الاسبوع الماضي.\n"
            "وذكرت في بيان ان الغارات نفذت خلال الفترة من 3 إلى 12 فبراير الجاري.")
    assert table(propose.propose(text, propose.dt.date(2026, 2, 14))) == {
        ("2026-02-03", "2026-02-12", "Syria", "strikes", "10", "exact"),
        ("2026-02-03", "2026-02-12", "Syria", "targets_struck", "30", "more_than")}


def test_bench_says_what_a_reviewer_does_with_the_proposals():
    sys.path.insert(0, str(ROOT / "bench"))
    import reader as bench  # noqa: E402
    proposed = [("2024-01-01", "2024-06-30", "Total", "killed", "44", "exact", True),  # the right count, wrong country
                ("2024-01-01", "2024-06-30", "Total", "detained", "9", "exact", True)]  # in no labelled row
    read = [("2024-01-01", "2024-06-30", "Syria", "killed", "44", "exact", True),
            ("2024-01-01", "2024-06-30", "Total", "operations", "196", "exact", True)]  # never proposed
    assert bench.review_work(proposed, read) == bench.Counter({"one field to fix": 1, "to type": 1, "to delete": 1})
    assert "### What a reviewer does with the proposals" in bench.labelled_report({})


def test_bench_rewordings_leave_the_reader_s_rows_as_they_are():
    # texts in our own words; every rewording that changes one must leave the reader's rows unchanged
    sys.path.insert(0, str(ROOT / "bench"))
    import rewordings  # noqa: E402
    day = propose.dt.date(2024, 7, 17)
    texts = [
        "CENTCOM said U.S. and partner forces conducted 196 defeat-ISIS missions in the first half of 2024, in which "
        "they killed 44 ISIS operatives and detained more than 160 ISIS members, among them nearly 20 leaders.",
        "أعلنت القيادة المركزية الأمريكية (سنتكوم) أن قواتها وشركاءها قتلوا أو اعتقلوا أكثر من 30 عنصرا من داعش في سوريا "
        "خلال شهر يونيو، ونفذت نحو 12 عملية مشتركة مع قوات سوريا الديمقراطية.",
    ]
    days = [day, day, propose.dt.date(2026, 2, 4), propose.dt.date(2026, 1, 21)]
    texts += ["CENTCOM said that after nearly two months of targeted operations in Syria, more than 50 ISIS terrorists "
              "have been killed or captured.",
              "CENTCOM said it had begun moving detainees from Syria to Iraq: 150 ISIS detainees held in Hasakah were "
              "moved to a secure location in Iraq."]
    assert all(propose.propose(text, on) for text, on in zip(texts, days))
    changed = 0
    for text, on in zip(texts, days):
        for name, rewrite in rewordings.REWORDINGS.items():
            other = rewrite(text)
            if other != text:
                changed += 1
                assert rewordings.read_as(other, on) == rewordings.read_as(text, on), name
    assert changed >= 20


def test_bench_first_sight_scores_the_figure_alone_and_with_each_column():
    sys.path.insert(0, str(ROOT / "bench"))
    import first_sight  # noqa: E402
    want = [("2024-01-01", "2024-06-30", "Syria", "killed", "44", "exact", True)]
    got = [("2024-01-01", "2024-07-17", "Syria", "killed", "44", "exact", True)]  # the right figure, the wrong window
    scores = first_sight.score([(got, want)])
    assert scores["the figure (value, measure)"] == (1, 1, 1)
    assert scores["and its window"] == (0, 1, 1) and scores["and its country"] == (1, 1, 1)
    assert scores["all columns"] == (0, 1, 1)
    assert "| all | 1.00, 1.00 | 0.00, 0.00 |" in first_sight.report({24: scores}, ["en24"])
