"""Builds Editions/2024.tsv from the 2021 edition and the codes printed in real 2024-2025 documents.

Run from the repository root: python3 src/Juesuan.Core/Catalog/Sources/merge.py
Evidence, in this folder:
  real-2024-codes.tsv         codes printed in the tables of ../shared/real (上海市普陀区 2024年度部门决算, and the district's 2024 template)
  govbudgetchecker-codes.tsv  codes printed in real 普陀区 documents kept as fixtures of the public GovBudgetChecker repository;
                              only its 2025 documents are used here: the 2026 budgets are held out for measuring coverage
  function-class-section.tsv  功能分类 类 and 款 names with the years each was seen in
  economic.tsv, economic-explanations.tsv  部门预算支出经济分类 类 and 款, and their 科目说明
A code's name is the one the real documents print most often (ties: the 2024 document); a 2021 row whose name the documents
print differently takes the new name. A 款 or 项 whose parent is nowhere is left out and listed.
"""
import collections, csv, sys

SRC = "src/Juesuan.Core/Catalog/Sources/"
EDITIONS = "src/Juesuan.Core/Catalog/Editions/"
YEAR = 2024

def tsv(path):
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l and not l.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:]]

def level(code):
    return {3: "class", 5: "section", 7: "item"}.get(len(code))

def kind_of(code):
    return "function" if code.startswith("2") else "economic"

base = {}
for r in tsv(EDITIONS + "2021.tsv"):
    base[(r["kind"], r["code"])] = r

names = collections.defaultdict(collections.Counter)   # (kind, code) -> name -> count
first_source = {}
def seen(code, name, source, weight=1):
    code, name = code.strip(), name.strip()
    if not name or not code.isdigit() or level(code) is None or code[0] not in "23":
        return
    key = (kind_of(code), code)
    names[key][name] += weight
    first_source.setdefault((key, name), source)

documents = {"finance": "上海市普陀区财政局2024年度部门决算", "planning": "上海市普陀区规划和自然资源局2024年度部门决算", "template": "上海市区级部门决算模板（2024）"}
for r in tsv(SRC + "real-2024-codes.tsv"):
    seen(r["code"], r["name_zh"], f"real: {documents[r['document']]} 第{r['page']}页", weight=2)
for r in tsv(SRC + "govbudgetchecker-codes.tsv"):
    if r["year"] == "2025":
        seen(r["code"], r["name_zh"], f"real: {r['document']}（GovBudgetChecker {r['path']}）")

listed = {}
for r in tsv(SRC + "function-class-section.tsv"):
    if r["from_year"] and r["to_year"] and int(r["from_year"]) <= YEAR <= int(r["to_year"]):
        listed[("function", r["code"])] = (r["name_zh"], "list: " + r["source"].split(" | ")[0])
for r in tsv(SRC + "economic.tsv"):
    if r["kind"] == "department" and r["from_year"] and int(r["from_year"]) <= YEAR <= int(r["to_year"] or "2026"):
        listed[("economic", r["code"])] = (r["name_zh"], "list: " + r["source"].split(" | ")[0])
explanations = {r["code"]: r["explanation_zh"] for r in tsv(SRC + "economic-explanations.tsv")}

rows = {}
for key, r in base.items():
    rows[key] = dict(r)
for key in set(names) | set(listed):
    if key in names:
        name = names[key].most_common(1)[0][0]
        source = first_source[(key, name)]
    else:
        name, source = listed[key]
    kind, code = key
    if key in rows:
        if rows[key]["name_zh"] != name and key in names:
            rows[key].update(name_zh=name, source=f"{source}; 2021版名为“{rows[key]['name_zh']}”", explanation_zh="")
        continue
    rows[key] = {"code": code, "level": level(code), "name_zh": name, "name_en": "", "kind": kind, "source": source,
                 "explanation_zh": explanations.get(code, "") if kind == "economic" else ""}

dropped = []
for key in sorted(rows, key=lambda k: (k[0], len(k[1]), k[1])):
    kind, code = key
    if len(code) > 3 and (kind, code[:-2]) not in rows:
        dropped.append(code)
for code in dropped:
    rows.pop((kind_of(code), code), None)

columns = ["code", "level", "name_zh", "name_en", "kind", "source", "explanation_zh"]
with open(EDITIONS + f"{YEAR}.tsv", "w", encoding="utf-8") as f:
    f.write(f"# 政府收支分类科目 — edition used for fiscal years from {YEAR} until a later edition file exists.\n")
    f.write("# Made by Catalog/Sources/merge.py from the 2021 edition and the codes real 2024-2025 documents print (sources in each row).\n")
    f.write("# Rows whose source starts with \"U:\" or \"INFERRED:\" are to be verified; \"real:\" rows were printed in a published document.\n")
    f.write("\t".join(columns) + "\n")
    for key in sorted(rows, key=lambda k: (k[0] != "function", k[1])):
        r = rows[key]
        f.write("\t".join(r.get(c, "").replace("\t", " ") for c in columns) + "\n")
counts = collections.Counter((k[0], level(k[1])) for k in rows)
print("rows:", len(rows), dict(counts), "dropped (no parent):", dropped, file=sys.stderr)
