"""Date recognition and TIMEX3 normalisation on expressions from the shipped brief and beyond."""

import re

import pytest

from pipeline.tagging.dates import anchor_years, find_dates


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("signed with Ansar eddine on 21 December 2012 under", "21 December 2012", "2012-12-21"),
        ("However, on December 20, 2011, five days before", "December 20, 2011", "2011-12-20"),
        ("Fearing a coup in late December 2010, President", "late December 2010", "2010-12"),
        ("the conflict at the end of 2011, when", "end of 2011", "2011"),
        ("In spring 2012 Algeria showed", "spring 2012", "2012-SP"),
        ("holy places in Spring and Summer 2012.", "Spring and Summer 2012", "2012"),
        ("food goes back to the 60s (the prices", "60s", "196X"),
        ("a resolution in the 1990s", "1990s", "199X"),
        ("take over the presidency in 2014.", "2014", "2014"),
        ("the March 2012 coup in Bamako", "March 2012", "2012-03"),
        ("the abduction on April 5, 2012 of six", "April 5, 2012", "2012-04-05"),
        ("a mission deployed in mid-2013", "mid-2013", "2013"),
        ("talks resumed in early 2017", "early 2017", "2017"),
        ("attacks grew in the early 2000s across", "early 2000s", "200X"),
        ("the convoy left in mid-December for Gao", "mid-December", "XXXX-12"),
    ],
)
def test_normalised_values(text, span, value):
    found = find_dates(text)
    assert [(d.text, d.value) for d in found] == [(span, value)]
    assert text[found[0].start:found[0].end] == span


@pytest.mark.parametrize(
    "text",
    [
        "for an initial period of one year the deployment",
        "after decades of diplomatic decline",
        "in the months, if not years, to come",
        "five days before a Malian Tuareg",
        "The distance between Tinzawatin and Algiers is 2,400 km",
        "more than 500 Touareg rebels surrendered",
        "It may be that Mali will march on.",
        "a distance of 2400 km",
        "Security Council Resolution 2085 authorised the mission",
        "the Algerian Army’s 6th division",
    ],
)
def test_durations_quantities_and_vague_time_are_not_dates(text):
    assert find_dates(text) == []


def test_month_without_year_needs_a_cue_and_gets_the_preceding_year():
    text = "In March 2012, Algeria condemned the coup, then the kidnapping in April and the elections held on 10 May."
    found = find_dates(text)
    assert [d.text for d in found] == ["March 2012", "April", "10 May"]
    assert anchor_years([d.value for d in found]) == ["2012-03", "2012-04", "2012-05-10"]


def test_year_less_date_without_context_keeps_unknown_year():
    assert anchor_years(["XXXX-05-10", "2013", "XXXX-01"]) == ["XXXX-05-10", "2013", "2013-01"]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # weekdays written with their date (Colombia, Haiti)
        ("it entered into force on Thursday, 3 August 2023, for", [("Thursday, 3 August 2023", "2023-08-03")]),
        ("The next Flash Update will be released on Thursday, 30 October.", [("Thursday, 30 October", "XXXX-10-30")]),
        # ranges whose first side is a bare day number: one span, the smallest covering value
        ("The ceasefire was extended on 5–6 February 2024, at a sixth round", [("5–6 February 2024", "2024-02")]),
        ("Between 16 and 20 January 2025, ELN units launched an offensive", [("16 and 20 January 2025", "2025-01")]),
        ("a conference held on 24–26 February 2010.", [("24–26 February 2010", "2010-02")]),
        ("flooding and landslides (28-29 November), washing out roads", [("28-29 November", "XXXX-11")]),
        ("the panel met on March 3-4, 2015 in Geneva", [("March 3-4, 2015", "2015-03")]),
        # Regression (date range cut at its first day): a month-first range without a year is one span (China, Texas)
        ("the visit will take place from August 18 to 20 at the invitation", [("August 18 to 20", "XXXX-08")]),
        ("the legislature meets June 2–4 in Austin", [("June 2–4", "XXXX-06")]),
        # two dates joined by "and" without a year stay apart; a number after "to" that counts is no range end
        ("on July 21 and 22 delegates arrived", [("July 21", "XXXX-07-21")]),
        # both sides whole: two dates, the first takes the second's year
        ("Reporting Period: 24 October – 24 Nov 2025", [("24 October", "2025-10-24"), ("24 Nov 2025", "2025-11-24")]),
        # narrowing modifiers
        ("As of the morning of 27 October, Melissa was south of Jamaica.", [("morning of 27 October", "XXXX-10-27")]),
        ("a final draft deadline of end-2010 and a deadline of end-2012", [("end-2010", "2010"), ("end-2012", "2012")]),
        # a citation marker after a date
        ("The UN deployed drones in June 2004.[5][6] They flew.", [("June 2004", "2004-06")]),
    ],
)
def test_weekdays_ranges_and_modifiers(text, spans):
    assert [(d.text, d.value) for d in find_dates(text)] == spans


@pytest.mark.parametrize("text", ["Reports are due by Tuesday morning.", "Jan Egeland said so.", "Talks resume next Monday."])
def test_weekdays_and_abbreviations_alone_are_not_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # WFP Haiti country brief: no cue word before the first month
        ("Projections for March to June 2026 indicate this number could rise.", [("March", "2026-03"), ("June 2026", "2026-06")]),
        # a range written with "to" keeps its sides apart, unlike months joined by "and" (below)
        ("Funding received from May to June 2025 covers the response.", [("May", "2025-05"), ("June 2025", "2025-06")]),
        # the verb "march" and "may" before a month are no range
        ("Troops will March to the coast in June 2026.", [("June 2026", "2026-06")]),
        ("Prices May to rise in June 2026.", [("June 2026", "2026-06")]),
    ],
)
def test_a_month_opening_a_range_to_another_month_is_a_date(text, expected):
    assert [(d.text, d.value) for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # FEWS NET Haiti: a fiscal year and a farming year written as two years
        ("GDP fell by 4 percent during fiscal year 2023/24, and is contracting further in 2024/25.",
         [("fiscal year 2023/24", "202X"), ("2024/25", "202X")]),
        # PRIME (UK): a second year after a hyphen; across a decade no decade covers it
        ("Household energy debt rose in 2018-19 and again in the 2019–20 winter.", [("2018-19", "201X"), ("2019–20", "2019")]),
        # both sides in full stay two dates (RDR)
        ("Data cover the period (2018-2019).", [("2018", "2018"), ("2019", "2019")]),
        # Sri Lanka election statement: a span of years over a two-digit end was missed ("1987–89")
        ("The JVP led armed insurrections in 1971 and in 1987–89; since the 1990s", [("1971", "1971"), ("1987–89", "198X"),
                                                                                     ("1990s", "199X")]),
        ("the 2005–07 drought in the Horn", [("2005–07", "200X")]),
        # a later two-digit number after a hyphen or a slash may be a month, a number's or a symbol's: no range
        ("the series 2010-12 was revised", []),
        ("under Decision 2013-19 of the board", []),
        ("Monitoring Team, S/2024/92, New York", []),
    ],
)
def test_a_year_with_its_second_year_in_two_digits_is_one_date(text, expected):
    assert [(d.text, d.value) for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # FEWS NET Haiti: the second side of a range after a hyphen was lost ("July", "May 2026")
        ("Spring harvests in June-July improved local food availability.", [("June", "XXXX-06"), ("July", "XXXX-07")]),
        ("For the projection period (October 2025-May 2026), coverage is low.", [("October 2025", "2025-10"), ("May 2026", "2026-05")]),
        # a hyphen that opens no range: a prefix, a code
        ("Prices stayed above their pre-2010 level in zone HT01-2020.", []),
    ],
)
def test_the_second_side_of_a_hyphenated_range_is_a_date(text, expected):
    assert [(d.text, d.value) for d in find_dates(text)] == expected


def _anchored(text):
    from pipeline.tagging.dates import load_date_rules, projection_periods

    found = find_dates(text)
    periods = projection_periods(text, [(d.start, d.end, d.value) for d in found], load_date_rules().projection_cues)
    return list(zip((d.text for d in found), anchor_years([d.value for d in found], None, periods)))


def test_a_month_of_a_projection_takes_the_year_inside_the_projected_period():
    """FEWS NET Haiti: after "May 2026" a December of the outlook took 2026, after "June 2025" a February 2025,
    both outside the period October 2025 to May 2026; a month said of the past keeps the nearest year."""
    text = ("Between October 2025 and May 2026, Emergency outcomes are expected in the capital.\n"
            "In June 2025, 30,376 children were screened, triple the number recorded in May.\n"
            "Prices will likely rise during the February to May lean season.\n"
            "Food assistance is planned until May 2026, and the harvest starting in December will likely be poor.\n")
    assert _anchored(text) == [("October 2025", "2025-10"), ("May 2026", "2026-05"), ("June 2025", "2025-06"), ("May", "2025-05"),
                               ("February", "2026-02"), ("May", "2026-05"), ("May 2026", "2026-05"), ("December", "2025-12")]


def test_a_past_range_projects_no_period():
    """The shipped brief's kind of history: a range of months in a sentence that projects nothing anchors as before."""
    text = "The mission ran between March 2012 and January 2013.\nIn June the last troops withdrew.\n"
    assert _anchored(text) == [("March 2012", "2012-03"), ("January 2013", "2013-01"), ("June", "2013-06")]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # author-date citations of several styles: the letter telling two works of a year apart stays outside
        ("in England (DESNZ, 2024a). This is echoed", [("2024", "2024")]),
        ("as Smith (2019b) argues", [("2019", "2019")]),
        # a year and the next: one span, the decade that covers both, or the first year across a decade
        ("Household engagement with the Demand Flexibility Service 2022/23. 8.", [("2022/23", "202X")]),
        ("The report for 2022-23 assessment is available", [("2022-23", "202X")]),
        ("the 2004–05 budget and the 2019-20 one", [("2004–05", "200X"), ("2019-20", "2019")]),
        # a citation date written year first, and "end" narrowing a month
        ("Industrial Strategy. (2022, May 20). Fuel poverty.", [("2022, May 20", "2022-05-20")]),
        ("Quarterly Report to end June 2024. 12.", [("end June 2024", "2024-06")]),
    ],
)
def test_citation_years_year_spans_and_year_first_dates(text, spans):
    assert [(d.text, d.value) for d in find_dates(text)] == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("issued on 2022-10-05 by the", [("2022-10-05", "2022-10-05")]),  # an ISO date is a day, no year span
        ("see pages 2010-12 of the report", []),  # not a year and the next
        ("the model 2018ab was", []),  # a code, not a cited year
        ("In 2022, May 20 was a Friday", [("2022", "2022"), ("May 20", "XXXX-05-20")]),  # year first only in a citation
    ],
)
def test_year_spans_and_citation_years_do_not_swallow_other_numbers(text, spans):
    assert [(d.text, d.value) for d in find_dates(text)] == spans


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # Regression: the tokenizer kept "2021–2024" whole, so neither year of an en-dash range became a mention
        ("ACLED, monthly updates, 2021–2024.", ["2021", "2024"]),
        ("Between the 1998–2000 war and the next, Eritrea mobilised.", ["1998", "2000"]),
        ("The ceasefire of 2020—2021 held.", ["2020", "2021"]),  # an em dash
        ("The talks on 24–25 October 2023 failed.", ["24–25 October 2023"]),  # a day range stays one span
        ("Households in Phase 3–4 were counted on pages 12–14.", []),  # numbers that are no years
    ],
)
def test_each_year_of_a_dashed_range_is_a_date(statistical_nlp, text, dates):
    assert [e.text for e in statistical_nlp(text).ents if e.label_ == "DATE"] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("the Chief of Staff was aboard the Unaizah May 1 when it was hit", []),
        ("the ferry Princess May 3 sank off the coast", []),
        # dates: after a sentence-opening word, a weekday or a preposition
        ("Since May 1 the talks stalled.", ["May 1"]),
        ("they resumed on Monday May 1 and ended on May 3.", ["Monday May 1", "May 3"]),
    ],
)
def test_unaizah_may_1_is_a_ships_name_no_date(text, dates):
    assert [d.text for d in find_dates(text)] == dates


def _narrative(text, year=None):
    from pipeline.tagging.dates import anchored_values, load_date_rules

    found = find_dates(text)
    return list(zip((d.text for d in found), anchored_values(text, found, year, load_date_rules())))


def test_a_year_inside_a_treaty_name_does_not_re_anchor_the_narrative():
    """India-Pakistan report: "the 1972 Simla Agreement" dated the strikes of 7 May 1972; "the 2006 Algiers
    agreement" or "the 2019 elections" in a brief name a thing, they move no narrative."""
    text = ("The crisis began on 22 April.\nPakistan said it could hold the 1972 Simla Agreement in abeyance.\n"
            "On 7 May, India struck.\nAfter the 2019 elections in Kenya, talks resumed in June.\n")
    assert _narrative(text, "2025") == [("22 April", "2025-04-22"), ("1972", "1972"), ("7 May", "2025-05-07"),
                                        ("2019", "2019"), ("June", "2025-06")]


def test_a_background_aside_dates_only_its_own_sentence():
    """India-Pakistan report of May 2025: "arrested in July 2019" after "22 April" is an aside; "On 23 April" in the
    next paragraph is back in 2025, while a year-less date in the aside's own sentence is in its year."""
    text = ("The crisis began on 22 April.\nSaeed was arrested in July 2019 and tried in December.\n"
            "On 23 April the committee met.\n")
    assert _narrative(text, "2025") == [("22 April", "2025-04-22"), ("July 2019", "2019-07"), ("December", "2019-12"),
                                        ("23 April", "2025-04-23")]


def test_a_background_year_in_the_sentence_before_dates_nothing_after_it():
    """UN press release of 2025: "established in March 1978" then "fired upon in October" is October 2025; the
    Thailand-Cambodia brief: "awarded to Cambodia in 1962. By 28 July" is July 2025."""
    text = ("Clashes began on 24 July 2025. The Force, established in March 1978, had supported the army. Peacekeepers "
            "were fired upon in October.\nThe court awarded the temple to Cambodia in 1962. By 28 July, 40 had died.\n")
    assert [v for _, v in _narrative(text, "2025")] == ["2025-07-24", "1978-03", "2025-10", "1962", "2025-07-28"]


def test_a_paragraph_opening_on_an_earlier_day_took_the_documents_year():
    """Kyrgyzstan-Tajikistan brief of 2025: "began on 28 April 2021 ... By 1 May" and "On 14 September 2022 ... By 16
    September" got 2025; a paragraph whose first date is an earlier day tells the days of that year. A month of the
    past ("since August 2021") opens no such account, and the next paragraph is back in the narrative's year."""
    text = ("The treaty was signed on 13 March 2025.\nFighting began on 28 April 2021 at the intake. Guards fired. By "
            "1 May, a ceasefire held.\nOn 16 September the council met.\nSince the takeover in August 2021 aid fell. "
            "On 8 October a quake struck.\n")
    assert [v for _, v in _narrative(text, "2025")] == ["2025-03-13", "2021-04-28", "2021-05-01", "2025-09-16", "2021-08",
                                                        "2025-10-08"]


def test_a_history_told_forward_anchors_on_its_own_dates():
    """The shipped brief (of 2013) tells 2012 in order: "the elections held on 10 May" after "In March 2012" in
    the paragraph before are of 2012, the document's year being no part of that narrative."""
    text = ("Algeria mediated in 1991 and 2006.\nIn March 2012, Algeria condemned the coup, then the kidnapping in April.\n"
            "Algiers' cautiousness was due to the legislative elections held on 10 May.\n")
    assert _narrative(text, "2013")[-1] == ("10 May", "2012-05-10")


def test_a_month_relative_to_the_documents_year_is_one_date():
    """"October last year" in a report of May 2025 is October 2024; "March next year" is March 2026."""
    text = "Shelling killed 12 people in October last year and talks are planned for March next year.\n"
    assert _narrative(text, "2025") == [("October last year", "2024-10"), ("March next year", "2026-03")]


def test_a_month_after_a_determiner_is_a_date_unless_it_opens_a_name():
    """Mexico brief: "extradited that September"; Armenia brief: "the August deal"; "the May Fourth Movement" stays a
    name."""
    assert [d.text for d in find_dates("captured in January 2023 and extradited that September")] == ["January 2023", "September"]
    assert [d.text for d in find_dates("The most consequential part of the August deal")] == ["August"]
    assert find_dates("inspired by the May Fourth Movement") == []


def test_a_month_said_of_the_past_stays_out_of_a_projection():
    """FEWS NET Haiti: "given the significant reduction in rations since June" in a projection sentence of an
    outlook for October 2025 to May 2026 is June 2025, not June 2026."""
    text = ("For the projection period (October 2025-May 2026), coverage is expected to be low given the reduction "
            "in rations since June, and prices will rise in February.\n")
    assert _narrative(text, "2025") == [("October 2025", "2025-10"), ("May 2026", "2026-05"), ("June", "2025-06"),
                                        ("February", "2026-02")]


def test_a_target_year_dates_nothing_after_it():
    """DIIS brief of 2010: "a reduction in GDP by 2015 ... suggested in May" is May of the document's year."""
    text = "The Institute estimated a loss of jobs by 2015.\nThe adviser suggested in May that the impact was small.\n"
    assert _narrative(text, "2010") == [("2015", "2015"), ("May", "2010-05")]


def test_a_dates_paragraph_and_sentence_count_the_breaks_before_it():
    """Each date's paragraph and sentence are the line breaks and sentence ends before it, however the sentence ends:
    a full stop before a capital or a digit (a date that opens the next sentence is in that sentence), a full stop at
    a line's end; a stop in an abbreviation before a lower-case word ends nothing. Counted once over the text, not
    again for each date (a long report has hundreds)."""
    from pipeline.tagging.dates import DateMatch, placements

    text = "Talks began in 2019. 4 May saw a deal.\nIn June it failed, e.g. in part.\n\nBy July 2020 it was over."
    found = [DateMatch(m.start(), m.end(), m.group(), None, "test") for m in re.finditer(r"2019|4 May|June|July 2020", text)]
    assert [(p.paragraph, p.sentence) for p in placements(text, found)] == [(0, 0), (0, 1), (1, 2), (3, 3)]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # Federal Register airworthiness directive: the directive's and the notice's numbers open with a year
        ("The FAA issued Emergency AD 2018–23–51 on November 7, 2018.", ["November 7, 2018"]),
        ("[FR Doc. 2020–17221 Filed 8–5–20; 8:45 am]", []),
        ("Decree 2016-1087 of 2016 and report 2019–123 were published.", ["2016"]),
        # the same notice's product identifier, and a code of another agency
        ("Include 'Docket No. FAA–2020–0686; Product Identifier 2019–NM–035–AD' in your comments.", []),
        ("The notice cited file 2021-EU-4 of the register in March 2021.", ["March 2021"]),
        ("Boeing Service Bulletin 737–31–1860, dated June 12, 2020, describes the procedures.", ["June 12, 2020"]),
        # what must stay: a range written with an en dash
        ("From October 2025–May 2026 and in 2019–2024 the mission grew.", ["October 2025", "May 2026", "2019", "2024"]),
        # what must stay: year ranges and an ISO date
        ("The plan for 2019–2024 replaced the 2018–19 budget.", ["2019", "2024", "2018–19"]),
        ("The census of 2020-02-16 counted them.", ["2020-02-16"]),
        ("The 2020-COVID response and the 2019-nCoV outbreak", ["2020", "2019"]),
    ],
)
def test_a_year_that_opens_a_documents_number_is_no_date(text, dates):
    """Regression: "AD 2018–23–51" and "FR Doc. 2020–17221" gave fifteen DATEs "2018" and "2020" in the Federal
    Register notice, where the guidelines read the year of a document's number as no date."""
    assert [d.text for d in find_dates(text)] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # congressional note on Taiwan arms sales; a budget of another region and publisher
        ("Title LV of the FY2023 National Defense Authorization Act, from FY2023 through FY2027",
         [("FY2023", "2023"), ("FY2023", "2023"), ("FY2027", "2027")]),
        ("The ministry requested $187 million in its FY 2017 budget", [("FY 2017", "2017")]),
        ("Kenya's allocation for fiscal year 2025 rose", [("fiscal year 2025", "2025")]),
        ("the budget for fiscal year 2018-19", [("fiscal year 2018-19", "201X")]),
    ],
)
def test_fiscal_years_were_missed_as_dates(text, dates):
    """"FY2023" was missed and "FY2026" read as a place: a fiscal year is a date with the value of its year."""
    assert [(d.text, d.value) for d in find_dates(text)] == dates


def test_a_fiscal_year_cue_without_a_year_is_no_date():
    assert find_dates("the FY budget line and fiscal years to come") == []


@pytest.mark.parametrize(
    ("text", "season", "value"),
    [
        ("The Council deplores the prison sentences reportedly handed down last summer to opposition leaders.\n", "summer", "2025-SU"),
        ("The response would have to continue well into the winter.\n", "winter", "2025-WI"),
        ("Last autumn the rains failed across the Sahel.\n", "autumn", "2025-FA"),
        ("Harvests were poor last spring, and prices rose.\n", "spring", "2025-SP"),
    ],
)
def test_a_season_after_last_or_the_was_missed(text, season, value):
    """Georgia Council conclusions ("last summer"), Herat situation report ("well into the winter"): a season named
    alone after a word that sets it in time is a date of the narrative's year."""
    assert _narrative(text, "2025") == [(season, value)]


@pytest.mark.parametrize(
    "text",
    ["after the fall of Kabul", "water drawn from the spring", "the winter wheat harvest", "the Arab Spring",
     "the summer offensive stalled", "Summer rains", "a summer"],
)
def test_a_season_used_otherwise_is_no_date(text):
    assert find_dates(text) == []


def test_the_first_week_of_a_month_was_cut_to_the_month():
    """Herat situation report: "in the first week of November" was tagged "November" only."""
    assert _narrative("The next report will be issued in the first week of November.\n", "2023") == [
        ("first week of November", "2023-11")]
    assert [d.text for d in find_dates("during the last week of March 2024")] == ["last week of March 2024"]


def test_a_year_after_since_does_not_move_the_narrative():
    """Monthly conflict digest: "its worst unrest since 2019, and ... on 19 June" is June of the document's year; "since
    2019" is where a span reaching the present starts, not the time the narrative has reached."""
    text = "Blockades pushed Bolivia towards its worst unrest since 2019, and in Nicaragua a killing on 19 June escalated.\n"
    assert _narrative(text, "2025") == [("2019", "2019"), ("19 June", "2025-06-19")]
    told = "The group was founded in 2019, and on 19 June it struck.\n"
    assert _narrative(told, "2025")[-1] == ("19 June", "2019-06-19")


def test_a_year_in_a_relative_aside_dated_the_next_clause():
    """Monthly conflict digest: "The BLA, which ... was banned by Islamabad in 2006, hijacked the train on 11 March" gave
    "11 March" the year 2006; a year closing a relative clause set off by commas is background to the name."""
    text = ("The army, which was formed in 2000 and was banned by the government in 2006, hijacked a train on 11 March.\n")
    assert _narrative(text, "2025")[-1] == ("11 March", "2025-03-11")
    restrictive = "The militia that was banned in 2006 returned in March, when it attacked.\n"
    assert _narrative(restrictive, "2025")[-1] == ("March", "2006-03")


def test_a_chronologys_entry_headings_lost_to_the_documents_year():
    """Gaza chronology of November 2025: "20 October" under the entry heading "20–23 October 2023" got 2025, the
    narrative having reached 2025 in the introduction; a line of dates alone heads an entry and dates the lines
    under it, earlier or not. A Sudan chronology the same: "Late April 2023" heads "on 15 April"."""
    gaza = ("November 2025\nThe talks ran between October 2023 and October 2025.\n20–23 October 2023\nTwo hostages "
            "were released on 20 October.\nFebruary–March 2024\nThe Council voted on 25 March.\n3–10 October 2025\n"
            "Hamas agreed on 3 October.\n")
    assert [v for t, v in _narrative(gaza, "2025") if not t[-4:].isdigit()] == ["2023-10-20", "2024-02", "2024-03-25",
                                                                                "2025-10-03"]
    sudan = "The war entered its third year in 2025.\nMid-April 2023:\nFighting broke out in Khartoum on 15 April.\n"
    assert _narrative(sudan, "2025")[-1] == ("15 April", "2023-04-15")
    # a date inside a sentence heads nothing: the aside still dates its own sentence only
    aside = "The talks resumed in October 2025.\nThe first round, in October 2023, failed. On 3 November they met.\n"
    assert _narrative(aside, "2025")[-1] == ("3 November", "2025-11-03")


def test_a_datelines_date_of_writing_dated_the_story_after_it():
    """Ecuador explainer: "QUITO, 20 November 2025 (Austral) -" then "On 9 August 2023 ... in October 2023" and, in the
    next paragraph, "a run-off on 15 October" got 2025; the date of writing in a dateline or title line is the
    document's year, not a point the narrative has reached. The same in a Nairobi wire report."""
    quito = ("QUITO, 20 November 2025 (Austral) - Ecuador voted on Sunday.\nOn 9 August 2023, a candidate was shot. "
             "Suspects were killed in October 2023.\nNoboa won a run-off on 15 October.\n")
    assert _narrative(quito, "2025")[-1] == ("15 October", "2023-10-15")
    nairobi = ("NAIROBI, 3 March 2025 - Talks stalled.\nOn 12 June 2023 the parties met in Jeddah.\nThey met again on "
               "20 August.\n")
    assert _narrative(nairobi, "2025")[-1] == ("20 August", "2023-08-20")
    # a first sentence of the body is no dateline: its date is the narrative's
    body = "Clashes began on 24 July 2025. The Force, established in March 1978, was there.\nShelling resumed in October.\n"
    assert _narrative(body, "2025")[-1] == ("October", "2025-10")


def test_a_month_that_year_took_the_narratives_year():
    """Ecuador explainer: "In September 2021 ... 68 more died there in November that year": "that year" is the year
    last written, also when the narrative has moved past it (a Kenya history); as relative time it stays outside the
    span (GUIDELINES section 5)."""
    ecuador = "In September 2021, 119 inmates were killed, and 68 more died there in November that year.\n"
    assert _narrative(ecuador, "2025") == [("September 2021", "2021-09"), ("November", "2021-11")]
    kenya = "The talks opened in May 2025.\nThe accord of 2008 ended the violence. In March that year a cabinet formed.\n"
    assert _narrative(kenya, "2025")[-1] == ("March", "2008-03")
    assert [d.text for d in find_dates("That year the rains failed.")] == []


def test_a_month_of_that_year_took_the_narratives_year():
    """New Caledonia commentary of 2025: "put on care and maintenance in August of that year" refers to the year last
    written; the month alone is the span (gold), its year that year's, also when the year stood in the sentence before."""
    text = "Talks resumed in June 2025.\nGlencore withdrew in 2024. The plant was mothballed in August of that year.\n"
    assert _narrative(text, "2025")[-1] == ("August", "2024-08")
    # "of the year" after a month sets no back reference
    assert _narrative("Glencore withdrew in 2024. Talks resumed in June 2025 and ended in August of the year.\n", "2025")[-1] \
        == ("August", "2025-08")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # Gaza chronology: a ceasefire "for the month of Ramadan" (2024 by its entry)
        ("The Council demanded a ceasefire for the month of Ramadan.", [("Ramadan", "2025")]),
        ("Attacks rose during Ramadan 2023 in Mosul.", [("Ramadan 2023", "2023")]),
        ("Pilgrims gathered in Dhu al-Hijjah.", [("Dhu al-Hijjah", "2025")]),
        # a given or family name is no month
        ("Tariq Ramadan spoke in Geneva.", []),
        ("a deputy of Ramadan Shallah", []),
        ("Ramadan's brother was arrested in May.", [("May", "2025-05")]),
    ],
)
def test_a_month_of_another_calendar_was_missed(text, dates):
    assert _narrative(text, "2025") == dates


def test_a_month_paired_with_a_month_of_last_year_took_the_documents_year():
    """Defence press release of 2025: "held at Fort Wainwright in September and October last year" gave September
    2025; the pair shares the year its second side gives, as "March and April next year" does in a Kenyan outlook."""
    text = "The previous edition was held in September and October last year, and the next in March and April next year.\n"
    assert _narrative(text, "2025") == [("September", "2024-09"), ("October last year", "2024-10"), ("March", "2026-03"),
                                        ("April next year", "2026-04")]
    # a month before a full date keeps the narrative's year: only a relative year is shared this way
    assert _narrative("Talks ran in May 2023.\nThey met in June and on 3 July 2024.\n", "2025")[1] == ("June", "2023-06")


def test_a_date_in_a_documents_name_took_the_narratives_year():
    """MFA press conference of 2024: "the August 17 Communiqué of 1982" gave August 17 the year 2024; the date in
    a document's name takes the year the name gives (guidelines), as "the May 4 Declaration of 1990" in a Baltic
    text. A date followed by another sentence's year is not in a name."""
    assert [d.value for d in find_dates("especially the August 17 Communiqué of 1982.")] == ["1982-08-17", "1982"]
    assert [d.value for d in find_dates("under the May 4 Declaration of 1990")] == ["1990-05-04", "1990"]
    assert [d.value for d in find_dates("They met on August 17. Talks of 1982 failed.")][0] == "XXXX-08-17"
@pytest.mark.parametrize(
    "text",
    [
        "pursuant to Security Council resolution 186 (1964) and, most recently, resolution 2771 (2025), the Council",
        "recalling resolutions 550 (1984) and 789 (1992) on the fenced area",
        "the Council adopted resolution 2735 (2024), S/RES/2735",
        "the victims' Law 1448 (2011) provides reparations",
    ],
)
def test_year_of_a_resolution_symbol_was_tagged_a_date(text):
    assert find_dates(text) == []


def test_a_year_in_brackets_after_a_figure_stays_a_date():
    assert [m.text for m in find_dates("displacement rose to 1,200 (2023) in the region")] == ["2023"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Afghanistan-Pakistan brief, Black Sea committee report, Papua interview, New Caledonia commentary: months joined
        # by "and" that share one written year were split in two
        ("closed for almost a month in February and March 2025 after border guards clashed",
         [("February and March 2025", "2025")]),
        ("hit three warships with drones in February and March 2024 alone (Q31).", [("February and March 2024", "2024")]),
        ("In July and August 1969, 1,025 selected representatives voted.", [("July and August 1969", "1969")]),
        ("the estimate most widely cited in April and May 2024; the exact number", [("April and May 2024", "2024")]),
        # a list of three months and a choice of two share their year alike
        ("Rains in January, February and March 2025 were below average.", [("January, February and March 2025", "2025")]),
        ("The vote is due in March or April 2026.", [("March or April 2026", "2026")]),
        # days of one month are one date, as before
        ("Clashes on 3 and 4 March 2025 killed nine.", [("3 and 4 March 2025", "2025-03")]),
    ],
)
def test_months_sharing_one_written_year_were_split(text, expected):
    assert [(d.text, d.value) for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range "between" two months is two dates, the first with the second's year (CAR communiqué, FEWS NET Haiti)
        ("clashed with elements of the UPC between March and June 2025, and", [("March", "2025-03"), ("June 2025", "2025-06")]),
        ("Prices increased by 1.8 percent between August and September 2025.", [("August", "2025-08"), ("September 2025", "2025-09")]),
        # two complete dates stay two
        ("Elections were held on 30 June 2010 and March 2012.", [("30 June 2010", "2010-06-30"), ("March 2012", "2012-03")]),
        ("It met in May 2024 and June 2025.", [("May 2024", "2024-05"), ("June 2025", "2025-06")]),
        # days of two months stay two (UNICEF Haiti)
        ("between 21 October and 4 November 2025", [("21 October", "2025-10-21"), ("4 November 2025", "2025-11-04")]),
    ],
)
def test_a_range_or_complete_dates_stay_apart(text, expected):
    assert [(d.text, d.value) for d in find_dates(text)] == expected


def test_a_day_repeating_a_dated_entry_took_the_narratives_year():
    """Balochistan risk report of 2025: after the incident list's "6 October 2024", "on the night of 6 October" in the
    account below it was 6 October 2025; a year-less day and month repeating a date written with its year refer back
    to it. Where the earlier dates give it two years, the narrative decides."""
    text = ("Recent incidents:\n6 October 2024 / Jinnah International Airport, Karachi / BLA.\n"
            "11–12 March 2025 / Bolan Pass / BLA.\n"
            "In Karachi, the suicide bombing outside the airport on the night of 6 October killed two Chinese nationals.\n")
    assert _narrative(text, "2025")[-1] == ("night of 6 October", "2024-10-06")
    two = "Talks opened on 6 October 2023.\nA truce followed on 6 October 2024.\nBy March 2025 it held. On 6 October fighting resumed.\n"
    assert _narrative(two, "2025")[-1] == ("6 October", "2025-10-06")


def test_a_month_naming_an_event_dated_earlier_took_the_narratives_year():
    """New Caledonia commentary of 2025: "the August congress" after "at its congress in August 2024" was August 2025;
    a month before the noun of an event dated earlier in that month takes the event's year."""
    text = ("Tein was elected president of the FLNKS at its congress in August 2024 and released in June 2025.\n"
            "The UPM refused to attend the August congress.\n")
    assert _narrative(text, "2025")[-1] == ("August", "2024-08")
    # Armenia-Azerbaijan brief: "the August deal" after "8 August 2025" and "30 August 2024": no single event
    armenia = ("On 8 August 2025 the ministers initialled a peace agreement.\nA regulation was signed on 30 August 2024.\n"
               "The most consequential part of the August deal is the route.\n")
    assert _narrative(armenia, "2025")[-1] == ("August", "2025-08")
    # a month whose noun the earlier date's sentence does not name, or that is no event noun, keeps the narrative's year
    other = "The congress met in August 2024.\nIn June 2025 talks resumed; the August vote will follow.\n"
    assert _narrative(other, "2025")[-1] == ("August", "2025-08")
    assert _narrative("Floods came in August 2024.\nIn June 2025 aid was cut, and in August it resumed.\n", "2025")[-1] == ("August", "2025-08")


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        # the guidelines' rule for known events (section 10), in a report of 2016 and a brief of 2024
        ("Funding fell in 2016, fifteen years after the September 11 attacks.", "2016",
         [("2016", "2016"), ("September 11", "2001-09-11")]),
        ("The post-September 11 order held until 2016.", "2016", [("September 11", "2001-09-11"), ("2016", "2016")]),
        ("In 2024 the 7 October attack still shaped the talks.", "2024", [("2024", "2024"), ("7 October", "2023-10-07")]),
        # a bare day is the narrative's, whatever happened on it once
        ("The ministers met on September 11 in 2016.", "2016", [("September 11", "2016-09-11"), ("2016", "2016")]),
        ("On 7 October 2025 the council met; the 7 October meeting was short.", "2025",
         [("7 October 2025", "2025-10-07"), ("7 October", "2025-10-07")]),
    ],
)
def test_a_day_naming_a_known_attack_takes_the_attacks_year(text, year, expected):
    assert _narrative(text, year) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Moldova briefing (guidelines, section 9); other regions: a season across two years is one date
        ("Support will be sustained through the winter of 2025–26, officials said.", [("winter of 2025–26", "2025-WI")]),
        ("Rains failed in the winter 2019-20 season.", [("winter 2019-20", "2019-WI")]),
        # a season with one year is unchanged
        ("Talks resumed in the summer of 2024 and stalled.", [("summer of 2024", "2024-SU")]),
        # guidelines, section 9: a quarter or a half of a year takes the year, its letter and number inside the span
        ("Exports fell in Q3 2018, recalling the crisis of the 1990s.", [("Q3 2018", "2018"), ("1990s", "199X")]),
        ("Growth slowed in H1 2025.", [("H1 2025", "2025")]),
        # a quarter without a year is no date
        ("The Q4 report is due.", []),
    ],
)
def test_a_season_across_two_years_and_a_quarter_of_a_year_are_one_date(text, expected):
    assert [(d.text, d.value) for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # data annexes and European reports write dates in numbers: ISO, and the day first with dots
        ("The registration deadline is 2024-03-15 for all partners.", "2024-03-15", "2024-03-15"),
        ("The report was published on 12.03.2024 in Brussels.", "12.03.2024", "2024-03-12"),
        ("Signed in Minsk on 5.9.2014, the protocol failed.", "5.9.2014", "2014-09-05"),
        # a fiscal year written as two years with "FY" takes the range's value
        ("Aid fell in FY2024/25 after the cuts.", "FY2024/25", "202X"),
    ],
)
def test_numeric_dates_and_fiscal_spans_were_no_dates(text, span, value):
    assert [(d.text, d.value) for d in find_dates(text)] == [(span, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Version 3.12.2024.1 of the tool was released.",  # a version number
        "See document S/2024/92 and code 2024-13-45.",  # a symbol, no month 13
        "The figure rose from 12.5 to 2024.3 units.",  # decimals
    ],
)
def test_numbers_shaped_like_dates_are_not_dates(text):
    assert not [d for d in find_dates(text) if d.rule in ("iso-date", "dotted-date")]
