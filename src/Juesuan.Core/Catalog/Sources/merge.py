"""Builds the catalogue editions (Editions/YYYY.tsv) from the evidence in this folder.

Run from the repository root: python3 src/Juesuan.Core/Catalog/Sources/merge.py
Evidence, in this folder:
  seed-2021.tsv               the catalogue the product started from (the sample's codes and their sources), valid for 2021
  real-2024-codes.tsv         codes printed in the tables of ../shared/real (上海市普陀区 2024年度部门决算, and the district's 2024 template)
  govbudgetchecker-codes.tsv  codes printed in real 普陀区 documents kept as fixtures of the public GovBudgetChecker repository;
                              only its 2025 documents are used here: the 2026 budgets are held out for measuring coverage
  function-class-section.tsv  功能分类 类 and 款 names with the years each was seen in
  function-sections-2018-2026.tsv  功能分类 类 and 款 (and a few 经济分类 款) of every edition 2018-2026: rows with an address were
                              printed in that public document; rows whose source starts with "U:" are the standard classification
                              as known, not yet confirmed by a public document, and are kept marked so
  economic.tsv, economic-explanations.tsv  部门预算支出经济分类 类 and 款, and their 科目说明
Each edition year E holds the classification in force from E until the next edition; a year whose codes and names the
evidence does not tell from the year before's gets no file of its own. A name printed in a public document
beats a "U:" name; for a year other than the seed's, a name listed for that year beats the seed's (the classification
renamed 类 and 款 in 2019 and later). A code that the listings show starting after E is left out of E, and so is a 款 or
项 whose parent is nowhere in E.
"""
import collections, os, sys

SRC = "src/Juesuan.Core/Catalog/Sources/"
EDITIONS = "src/Juesuan.Core/Catalog/Editions/"
SEED_YEAR = 2021
YEARS = list(range(2018, 2027))
COLUMNS = ["code", "level", "name_zh", "name_en", "kind", "source", "explanation_zh"]


def tsv(path):
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l and not l.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:]]


def level(code):
    return {3: "class", 5: "section", 7: "item"}.get(len(code))


def kind_of(code):
    return "function" if code.startswith("2") else "economic"


def unconfirmed(source):
    return source.startswith("U:") or source.startswith("INFERRED:")


seed = {(r["kind"], r["code"]): r for r in tsv(SRC + "seed-2021.tsv")}
explanations = {r["code"]: r["explanation_zh"] for r in tsv(SRC + "economic-explanations.tsv")}

# Names real tables print (used for the 2024 edition, which the documents of 2024-2025 describe).
printed = collections.defaultdict(collections.Counter)
first_source = {}
def seen(code, name, source, weight=1):
    code, name = code.strip(), name.strip()
    if not name or not code.isdigit() or level(code) is None or code[0] not in "23":
        return
    key = (kind_of(code), code)
    printed[key][name] += weight
    first_source.setdefault((key, name), source)

documents = {"finance": "上海市普陀区财政局2024年度部门决算", "planning": "上海市普陀区规划和自然资源局2024年度部门决算", "template": "上海市区级部门决算模板（2024）"}
for r in tsv(SRC + "real-2024-codes.tsv"):
    seen(r["code"], r["name_zh"], f"real: {documents[r['document']]} 第{r['page']}页", weight=2)
for r in tsv(SRC + "govbudgetchecker-codes.tsv"):
    if r["year"] == "2025":
        seen(r["code"], r["name_zh"], f"real: {r['document']}（GovBudgetChecker {r['path']}）")

# Listed names with the years each is known for: (kind, code) -> [(from, to, name, source)].
listings = collections.defaultdict(list)
for path in ["function-class-section.tsv", "function-sections-2018-2026.tsv"]:
    for r in tsv(SRC + path):
        if not (r["from_year"] and r["to_year"]) or level(r["code"]) is None:
            continue
        source = r["source"].split(" | ")[0]
        listings[(kind_of(r["code"]), r["code"])].append(
            (int(r["from_year"]), int(r["to_year"]), r["name_zh"], source if unconfirmed(source) else "list: " + source))
for r in tsv(SRC + "economic.tsv"):
    if r["kind"] == "department" and r["from_year"]:
        listings[("economic", r["code"])].append(
            (int(r["from_year"]), int(r["to_year"] or "2026"), r["name_zh"], "list: " + r["source"].split(" | ")[0]))


def listed(key, year):
    """The name listed for a year, preferring a printed source to an unconfirmed one. A code last printed in an earlier year
    carries on under that name; one whose latest row is a "U:" row (which states its whole known life) ending before the
    year does not. None when the code is not known for the year."""
    known = listings.get(key, [])
    covering = sorted((l for l in known if l[0] <= year <= l[1]), key=lambda l: (unconfirmed(l[3]), l[1] - l[0]))
    if covering:
        return covering[0]
    earlier = [l for l in known if l[1] < year]
    if not earlier:
        return None
    latest = max(earlier, key=lambda l: (l[1], not unconfirmed(l[3])))
    # A "U:" row that ends before the year ends the code, unless a printed source saw it later.
    return None if unconfirmed(latest[3]) else latest


def starts_after(key, year):
    """Whether the code's known life (its "U:" rows, which state it whole) starts after the year: it did not exist yet.
    A printed source shows only that a code existed in its year, not since when."""
    known = [l for l in listings.get(key, []) if unconfirmed(l[3])]
    return bool(known) and min(l[0] for l in known) > year


def build(year, previous):
    """Writes the year's edition and returns its codes and names; a year whose list is the year before's gets no file, so
    it uses the earlier edition and the check report says so."""
    rows = {}
    for key, r in seed.items():
        if year != SEED_YEAR and starts_after(key, year):
            continue
        rows[key] = dict(r)
        if year != SEED_YEAR and (l := listed(key, year)) and l[2] != r["name_zh"]:
            rows[key].update(name_zh=l[2], name_en="", source=f"{l[3]}; {SEED_YEAR}版名为“{r['name_zh']}”", explanation_zh="")
    if year >= 2024:
        for key, names in printed.items():
            name = names.most_common(1)[0][0]
            source = first_source[(key, name)]
            if key in rows:
                if rows[key]["name_zh"] != name:
                    rows[key].update(name_zh=name, source=f"{source}; {SEED_YEAR}版名为“{rows[key]['name_zh']}”", explanation_zh="")
                continue
            kind, code = key
            rows[key] = {"code": code, "level": level(code), "name_zh": name, "name_en": "", "kind": kind, "source": source,
                         "explanation_zh": explanations.get(code, "") if kind == "economic" else ""}
    for key in listings:
        if key in rows or not (l := listed(key, year)):
            continue
        kind, code = key
        if kind == "economic" and level(code) == "item":
            continue
        rows[key] = {"code": code, "level": level(code), "name_zh": l[2], "name_en": "", "kind": kind, "source": l[3],
                     "explanation_zh": explanations.get(code, "") if kind == "economic" else ""}
    dropped = []
    for key in sorted(rows, key=lambda k: (k[0], len(k[1]), k[1])):
        kind, code = key
        if len(code) > 3 and (kind, code[:-2]) not in rows:
            dropped.append(code)
            rows.pop(key)
    if previous is not None and {k: r["name_zh"] for k, r in rows.items()} == previous:
        print(year, "same codes and names as the year before: no edition of its own", file=sys.stderr)
        if os.path.exists(EDITIONS + f"{year}.tsv"):
            os.remove(EDITIONS + f"{year}.tsv")
        return previous
    with open(EDITIONS + f"{year}.tsv", "w", encoding="utf-8") as f:
        f.write(f"# 政府收支分类科目 — edition used for fiscal years from {year} until a later edition file exists.\n")
        f.write("# Made by Catalog/Sources/merge.py from the evidence in Catalog/Sources (sources in each row).\n")
        f.write("# \"real:\" rows were printed in a published document, \"list:\" rows in a public list; rows whose source starts with \"U:\" or \"INFERRED:\" are to be verified.\n")
        f.write("\t".join(COLUMNS) + "\n")
        for key in sorted(rows, key=lambda k: (k[0] != "function", k[1])):
            f.write("\t".join(rows[key].get(c, "").replace("\t", " ") for c in COLUMNS) + "\n")
    counts = collections.Counter((k[0], level(k[1]), "U" if unconfirmed(rows[k]["source"]) else "sourced") for k in rows)
    print(year, "rows:", len(rows), dict(sorted(counts.items())), "dropped (no parent):", dropped, file=sys.stderr)
    return {k: r["name_zh"] for k, r in rows.items()}


previous = None
for y in YEARS:
    previous = build(y, previous)
