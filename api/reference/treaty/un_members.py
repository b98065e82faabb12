#!/usr/bin/env python3
"""Build un-member-states.csv: the 193 UN Member States with their UN regional group.

Run from anywhere:  python3 un_members.py
Inputs: ../names/unterm-short-names.csv (UNTERM short names; rows without '*' are the UN Member States,
see ../names/SOURCES.md) and raw/regional-groups.md (DGACM lists, completed by the GRULAC/WEOG YAML,
see SOURCES.md). ISO 3166-1 alpha-3 codes from Debian iso-codes, as in parse.py.
The app loads this file to know the States that never signed the Rome Statute.
"""
import csv
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
GROUPS_MD = (HERE / "raw" / "regional-groups.md").read_text(encoding="utf-8")
NAMES = HERE.parent / "names" / "unterm-short-names.csv"
ARTICLE = re.compile(r" \((the)\)$")

# UNTERM short name -> the spelling used in the regional-group lists, where they differ
LIST_ALIAS = {
    "United Kingdom of Great Britain and Northern Ireland": "United Kingdom",
    "United States of America": "United States",
    "Turkey": "Turkey",
}
# ASKUN: Türkiye is counted in WEOG for electoral purposes (DGACM lists it with Asia-Pacific, marked '*');
# the United States belongs to no group and attends WEOG as an observer (listed as WEOG with that source).
SPECIAL = {"Turkey": ("Western European and other", "ASKUN"),
           "United States of America": ("Western European and other", "WEOGYAML;ASKUN")}
ISO_ALIAS = {
    "Bolivia (Plurinational State of)": "BOL", "Iran (Islamic Republic of)": "IRN",
    "Venezuela (Bolivarian Republic of)": "VEN", "Micronesia (Federated States of)": "FSM",
    "Republic of Korea": "KOR", "Democratic People's Republic of Korea": "PRK", "Republic of Moldova": "MDA",
    "United Republic of Tanzania": "TZA", "Democratic Republic of the Congo": "COD", "Congo": "COG",
    "United Kingdom of Great Britain and Northern Ireland": "GBR", "United States of America": "USA",
    "Turkey": "TUR", "Czechia": "CZE", "Lao People's Democratic Republic": "LAO", "Syrian Arab Republic": "SYR",
    "Russian Federation": "RUS", "Viet Nam": "VNM", "Brunei Darussalam": "BRN", "Côte d'Ivoire": "CIV",
    "Eswatini": "SWZ", "North Macedonia": "MKD", "Cabo Verde": "CPV", "Netherlands": "NLD",
}

iso_db = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))["3166-1"]
ISO = {e[k]: e["alpha_3"] for e in iso_db for k in ("name", "official_name", "common_name") if e.get(k)}


def read_groups():
    out = {}
    for key in ("DGACM", "GRULACYAML", "WEOGYAML"):
        blk = re.search(r"^## %s\n(.*?)(?=^## |\Z)" % key, GROUPS_MD, re.S | re.M).group(1)
        for g, names in re.findall(r"^group: (.+)\n(.+)$", blk, re.M):
            for n in names.split(", "):
                out.setdefault(n.strip().rstrip("*"), (g, key))
    return out


groups = read_groups()
rows = []
with open(NAMES, encoding="utf-8") as f:
    for rec in csv.DictReader(f):
        en = rec["official_name_en"]
        if en.endswith("*"):
            continue  # observers and non-member States
        name = ARTICLE.sub("", en)
        g = SPECIAL.get(name) or groups.get(LIST_ALIAS.get(name, name))
        if not g:
            sys.exit(f"no regional group for {name!r}")
        code = ISO_ALIAS.get(name) or ISO.get(name)
        if not code:
            sys.exit(f"no ISO code for {name!r}")
        rows.append(dict(iso3=code, name_en=name, regional_group=g[0], sources=f"UNTERM;{g[1]}"))
if len(rows) != 193:
    sys.exit(f"expected 193 UN Member States, found {len(rows)}")
rows.sort(key=lambda r: r["iso3"])
with open(HERE / "un-member-states.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, ["iso3", "name_en", "regional_group", "sources"])
    w.writeheader()
    w.writerows(rows)
counts = {}
for r in rows:
    counts[r["regional_group"]] = counts.get(r["regional_group"], 0) + 1
print("UN Member States:", len(rows), counts)
