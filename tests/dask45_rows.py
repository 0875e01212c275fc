"""(dask45) One small table, written for the Dask parity test (`test_dask45_parity.py`): about 30
rows with no id column, headers spelled as a user spells them (`Title`, `URL`, `Date`), and the
rows that most often read differently: an empty text, a German text, a row of only a URL, a
number in the text cell, a duplicate text. Every text here is written for these tests."""

from __future__ import annotations

COLUMNS = ["Title", "URL", "Date", "desk", "text"]

_PARAGRAPHS = [
    ("The city council approved a new cycle lane on Harbour Street on Monday, the transport committee's chair, "
     "Tomas Berg, said in a statement. The lane will run for 1.4 kilometres and cost 310,000 euros, according to "
     "the council's budget papers. Shop owners on the street said they worried about deliveries during the works."),
    ("Everyone knows the so-called experts have obviously lied about the water supply again! Sources say the "
     "reservoir is almost empty and the shocking truth is being hidden from ordinary people. It is believed that "
     "prices will triple by next year, and the disgraceful officials will never admit it."),
    ("The regional hospital opened a second maternity ward on Friday, its director, Anna Lind, told reporters. "
     "The ward has 24 beds and was paid for by a grant from the health ministry, a ministry spokesperson said. "
     "Midwives had asked for more space since 2023, the nurses' union said in a letter to the board."),
    ("Opinion: Our town deserves better than another car park. The plan approved last week is the worst idea the "
     "planning office has had in decades, and residents should tell their councillors so before the next vote. "
     "A library, a park or even an empty square would serve people far better than more tarmac."),
    ("Farmers in the northern valley harvested 12 percent less barley this year than last, the agricultural "
     "statistics office reported on Thursday. Dry weather in June cut yields on lighter soils, said Petra Moen, "
     "an agronomist at the valley's research station, who expects prices to rise slightly in the spring."),
    ("PRESS RELEASE. Nordlys Ferries is pleased to announce the launch of its new electric ferry, the most "
     "advanced vessel in its fleet. The ferry will carry 300 passengers between the islands from April. "
     "For more information, contact the press office at press@nordlys.example."),
    ("The school board postponed its vote on the new timetable after parents packed Tuesday's meeting, the "
     "board's secretary, Jonas Vik, said. About 150 parents signed a letter asking for a later start to the "
     "school day, citing research on teenagers' sleep published by the national health institute in 2024."),
    ("Police closed the coastal road for six hours on Sunday after a rockfall near the old lighthouse, the "
     "county police said in a statement. No one was hurt. Engineers from the roads agency will inspect the "
     "cliff on Monday, and the road may stay closed to lorries for several days, the agency's spokesman said."),
]

GERMAN = ("Der Stadtrat hat am Montag einen neuen Radweg in der Hafenstraße beschlossen, sagte die Vorsitzende des "
          "Verkehrsausschusses, Katrin Maier. Der Radweg soll 1,4 Kilometer lang werden und rund 310.000 Euro kosten. "
          "Die Geschäftsleute in der Straße befürchten Probleme mit den Lieferungen während der Bauarbeiten.")


def _rows() -> list[list[str]]:
    rows = []
    for i in range(24):  # each paragraph three times, each time with another one after it
        first, second = _PARAGRAPHS[i % 8], _PARAGRAPHS[(i // 8 + i + 1) % 8]
        title = ["Cycle lane approved", "They lied again", "New maternity ward", "Not another car park",
                 "Barley harvest down", "New electric ferry", "Timetable vote postponed", "Coastal road closed"][i % 8]
        # (a site of its own each: a paragraph in 3 documents of one outlet is that outlet's furniture, judged
        # on each part's rows on Dask and on the whole run by `score`, a documented difference)
        url = f"https://www.paper{i + 1}.example/news/{i + 1}" if i % 3 else ""
        date = f"2026-03-{i + 1:02d}" if i % 4 else ""
        rows.append([title, url, date, ["news", "opinion", "business"][i % 3], f"{first}\n\n{second}"])
    rows += [
        ["Empty", "https://www.coastlinecourier.example/news/empty", "2026-04-01", "news", ""],
        ["Radweg beschlossen", "https://www.hafenblatt.example/lokales/radweg", "2026-04-02", "news", GERMAN],
        ["", "https://www.coastlinecourier.example/news/only-a-url", "", "", ""],
        ["Figures", "", "2026-04-03", "business", "12345"],
        ["Cycle lane approved (again)", "https://www.coastlinecourier.example/news/repeat", "2026-04-04", "news",
         rows[0][4]],
        ["Address only", "", "", "news", "https://www.coastlinecourier.example/news/address-only"],
    ]
    return rows


ROWS = _rows()
