#!/usr/bin/env python3
"""Builds corpus/lexicon/entities.tsv from the hand-written lists in tools/src/.

Each source line is `id ; name_en ; zh_hans ; zh_hant ; aliases ; family` (trailing fields may be
omitted, `#` starts a comment line). The type comes from the id prefix. When zh_hans is given and
zh_hant is empty, the Traditional form is derived character by character with OpenCC (`opencc -c
s2tw.json`, Debian package `opencc`); write zh_hant explicitly where a character-level conversion
is wrong (surnames such as 余, or a person's own spelling such as 蘇姿丰) and `-` for "no Traditional
name". The generated TSV is the reviewed, shipped artefact; this script only saves typing.

Usage: python3 corpus/lexicon/tools/build_lexicon.py
"""
from __future__ import annotations

import pathlib
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
SOURCES = ["companies.txt", "models.txt", "people.txt", "outlets.txt"]
OUTPUT = HERE.parent / "entities.tsv"
HEADER = ["id", "type", "name_en", "name_zh_hans", "name_zh_hant", "aliases", "family"]
TYPES = {"company": "Company", "model": "Model", "person": "Person", "outlet": "MediaOutlet"}


def read_rows() -> list[list[str]]:
    rows = []
    for name in SOURCES:
        for number, line in enumerate((HERE / "src" / name).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = [f.strip() for f in line.split(";")]
            if len(fields) > 6:
                sys.exit(f"{name}:{number}: more than six fields")
            fields += [""] * (6 - len(fields))
            ident, name_en, hans, hant, aliases, family = fields
            prefix = ident.split("/", 1)[0]
            if prefix not in TYPES:
                sys.exit(f"{name}:{number}: unknown id prefix in {ident!r}")
            alias_list = [a.strip() for a in aliases.split("|") if a.strip()]
            rows.append([ident, TYPES[prefix], name_en, hans, hant, "|".join(alias_list), family])
    return rows


def derive_traditional(rows: list[list[str]]) -> None:
    todo = [r for r in rows if r[3] and not r[4]]
    if not todo:
        return
    if shutil.which("opencc") is None:
        sys.exit("opencc not found: install the Debian package 'opencc' or fill zh_hant by hand")
    text = "\n".join(r[3] for r in todo) + "\n"
    out = subprocess.run(["opencc", "-c", "s2tw.json"], input=text, capture_output=True,
                         text=True, encoding="utf-8", check=True).stdout.split("\n")
    for row, converted in zip(todo, out):
        # s2tw writes 裡 for every 里 and 臺 for 台; in names and transliterations (弗里德曼, 台積電) the
        # forms in common Taiwan and Hong Kong use keep 里 and 台.
        row[4] = converted.strip().replace("裡", "里").replace("臺", "台")


def main() -> None:
    rows = read_rows()
    derive_traditional(rows)
    for row in rows:
        if row[4] == "-":
            row[4] = ""
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(HEADER) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} rows to {OUTPUT}")


if __name__ == "__main__":
    main()
