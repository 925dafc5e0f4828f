"""Checks Herald's extraction of the seed article against what the foundation issue says it must yield.

Usage: check_seed.py HERALD_JSON   (one article, schema herald/1, extracted with --published 2024-06-17)
Prints one line per check and exits 1 when any fails.
"""
import json
import sys

article = json.loads(open(sys.argv[1], encoding="utf-8").readline())
text = article["text"]
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def covered(span):
    return text[span["start"]:span["end"]]


people = {e["name"]: e for e in article["entities"] if e["type"] == "PERSON"}
delegation = {
    "Sergey Lavrov": "Foreign Minister",
    "Denis Manturov": "First Deputy Prime Minister",
    "Andrey Belousov": "Defense Minister",
    "Mikhail Murashko": "Health Minister",
    "Roman Starovoyt": "Transport Minister",
    "Yuri Borisov": "Roscosmos",
    "Oleg Belozyorov": "Russian Railway",
}
for name, role in delegation.items():
    e = people.get(name)
    check(e is not None and any(role.lower() in r.lower() for r in e["roles"]),
          f"person {name} with role containing '{role}': {e and e['roles']}")

putin = [e for e in article["entities"] if e["name"] == "Vladimir Putin"]
check(len(putin) == 1 and putin[0]["country"] == "RUS", "Vladimir Putin is one PERSON entity of RUS")
putin_id = putin[0]["id"] if putin else None

direct = [q for q in article["quotes"] if q["direct"] and len(q["text"].split()) > 8]
check(len(direct) >= 2, f"two long direct quotations found ({len(direct)})")
for q in direct:
    check(q["speaker"] == putin_id, f"quotation '{q['text'][:40]}…' attributed to Putin (got {q['speakerName']})")

dates = {d["text"].lower(): d for d in article["dates"]}
def date_value(fragment):
    return [d["value"] for t, d in dates.items() if fragment in t]
check("2024-06-18" in date_value("tuesday"), f"Tuesday -> 2024-06-18 ({date_value('tuesday')})")
check("2023-09" in date_value("september"), f"Last September -> 2023-09 ({date_value('september')})")
check("1945" in date_value("1945"), f"1945 -> 1945 ({date_value('1945')})")
check("1950" in date_value("1950"), f"1950-1953 -> 1950 ({date_value('1950')})")
check("2000" in date_value("2000"), f"2000 -> 2000 ({date_value('2000')})")

events = article["events"]
def find(cameo, date_prefix=None, status=None):
    out = []
    for v in events:
        if not v["cameo"].startswith(cameo):
            continue
        if v["source"]["country"] != "RUS" or not v["target"] or v["target"]["country"] != "PRK":
            continue
        if date_prefix is not None and (v["date"] or "").split("/")[0] != date_prefix:
            continue
        if status is not None and v["status"] != status:
            continue
        out.append(v)
    return out

visit = find("042", "2024-06-18", "intended")
check(bool(visit) and visit[0]["plover"] == "CONSULT",
      "intended visit RUS -> PRK, CONSULT 042, dated 2024-06-18")
check(bool(find("043", "2023-09")), "2023 hosting of Kim Jong-un RUS -> PRK, 043, dated 2023-09")
for year in ("1945", "1950", "2000"):
    check(any((v["date"] or "").startswith(year) for v in events), f"an event dated {year}")
check(not any((v["date"] or "").startswith("2024") and any(y in covered(v["sentence"]) for y in ("1945", "1950"))
              for v in events), "no historical event dated 2024")
intended = [v for v in events if "will develop" in covered(v["sentence"]) or "pledged" in covered(v["sentence"])]
check(bool(intended) and all(v["status"] == "intended" for v in intended), "pledges coded as intended")
for v in events:
    s = covered(v["sentence"])
    check(v["trigger"] and v["start"] >= v["sentence"]["start"] and v["end"] <= v["sentence"]["end"],
          f"event {v['id']} trigger '{v['trigger']}' lies in its sentence")

check("Comments are closed" not in text, "no 'Comments are closed.' in the clean text")

print(f"seed: {len(failures)} failed checks")
sys.exit(1 if failures else 0)
