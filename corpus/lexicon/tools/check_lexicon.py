#!/usr/bin/env python3
"""Checks Tupu lexicon files: the shipped corpus/lexicon/entities.tsv, or user files for `--lexicon`.

Errors (exit status 1): a bad header or column count, a malformed or duplicate id, a type that does
not match the id prefix, a missing English name, a family that is not a family row, a generic word or
a one-character alias, an alias that repeats a name of its row, and any surface form (name or alias,
NFKC + case-folded, spaces collapsed) that maps to more than one id. When the `opencc` command is on
PATH the check also folds Traditional to Simplified, so that a Traditional alias of one entity cannot
equal a Simplified name of another, and warns when zh_hant does not convert back to zh_hans.

The shipped file must be strict: the exact header, seven columns on every line, no comments. A user
file is read the way `tupu ingest --lexicon` reads it (optional header, `#` comments and blank lines
skipped, trailing empty columns may be left out) and is checked together with the shipped rows, which
its rows override by id.

Usage: python3 corpus/lexicon/tools/check_lexicon.py [USER_FILE ...]
"""
from __future__ import annotations

import collections
import pathlib
import re
import shutil
import subprocess
import sys
import unicodedata

HEADER = ["id", "type", "name_en", "name_zh_hans", "name_zh_hant", "aliases", "family"]
TYPES = {"company": "Company", "model": "Model", "person": "Person", "outlet": "MediaOutlet"}
ID_RE = re.compile(r"^(company|model|person|outlet)/[a-z0-9]+(?:[-.][a-z0-9]+)*$")
HAN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Words that are never entities on their own (issue 3); an alias equal to one of them is an error.
GENERIC = {
    "ai", "a.i.", "llm", "中国", "中國", "美国", "美國", "硅谷", "矽谷", "模型", "大模型", "公司", "集团",
    "集團", "实验室", "實驗室", "人工智能", "人工智慧", "科技", "技术", "技術", "the", "model", "company", "lab",
    "labs", "inc.", "group", "news", "podcast", "china", "us", "usa", "silicon valley", "chatbot", "机器人",
    "機器人", "报道", "報導", "新闻", "新聞", "日报", "日報", "时报", "時報", "播客",
}
SHIPPED = pathlib.Path(__file__).resolve().parent.parent / "entities.tsv"


class Table:
    """Rows by id with the file and line each came from."""

    def __init__(self) -> None:
        self.rows: dict[str, list[str]] = {}
        self.where: dict[str, str] = {}


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()


def opencc(config: str, texts: list[str]) -> list[str] | None:
    if shutil.which("opencc") is None or not texts:
        return None
    out = subprocess.run(["opencc", "-c", config], input="\n".join(texts) + "\n", capture_output=True,
                         text=True, encoding="utf-8", check=True).stdout.split("\n")
    return [line.strip() for line in out[: len(texts)]]


def read(path: pathlib.Path, strict: bool, table: Table, errors: list[str]) -> set[str]:
    """Adds the rows of one file to table; returns the ids it defined."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig" if not strict else "utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{path}: not UTF-8: {exc}")
        return set()
    if strict and (text.startswith("\ufeff") or "\r" in text):
        errors.append(f"{path}: must be UTF-8 without BOM and with LF line ends")
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if strict and (not lines or lines[0].split("\t") != HEADER):
        errors.append(f"{path}:1: header must be exactly the tab-separated {' '.join(HEADER)}")
    defined: set[str] = set()
    for number, line in enumerate(lines, 1):
        where = f"{path}:{number}"
        if number == 1 and line.startswith("id\t"):
            if line.split("\t") != HEADER:
                errors.append(f"{where}: header must be exactly the tab-separated {' '.join(HEADER)}")
            continue
        if not strict and (not line.strip() or line.lstrip().startswith("#")):
            continue
        fields = line.split("\t")
        if strict and len(fields) != len(HEADER) or not 3 <= len(fields) <= len(HEADER):
            errors.append(f"{where}: {len(fields)} columns, expected {len(HEADER)}")
            continue
        fields += [""] * (len(HEADER) - len(fields))
        if any(f != f.strip() for f in fields):
            errors.append(f"{where}: a field has leading or trailing spaces")
            fields = [f.strip() for f in fields]
        ident, kind, name_en = fields[0], fields[1], fields[2]
        if not ID_RE.match(ident):
            errors.append(f"{where}: malformed id {ident!r}")
        elif TYPES[ident.split('/')[0]] != kind:
            errors.append(f"{where}: type {kind!r} does not match id {ident}")
        if ident in defined:
            errors.append(f"{where}: duplicate id {ident} (first at {table.where[ident]})")
        if not name_en:
            errors.append(f"{where}: name_en is required")
        table.rows[ident], table.where[ident] = fields, where
        defined.add(ident)
    return defined


def check_rows(table: Table, focus: set[str], errors: list[str], warnings: list[str]) -> int:
    """Checks the rows in focus (and every collision that involves one); returns the surface form count."""
    rows, where = table.rows, table.where
    for ident in focus:
        family = rows[ident][6]
        if not family:
            continue
        parent = rows.get(family)
        if rows[ident][1] != "Model":
            errors.append(f"{where[ident]}: only models have a family")
        elif parent is None:
            errors.append(f"{where[ident]}: family {family} is not a row")
        elif parent[1] != "Model" or parent[6]:
            errors.append(f"{where[ident]}: family {family} must be a Model row without a family")
    parents = {f[6] for f in rows.values() if f[6]}
    for ident in focus:
        fields = rows[ident]
        if fields[1] == "Model" and not fields[6] and ident not in parents and re.search(r"\d", fields[2]):
            warnings.append(f"{where[ident]}: {fields[2]!r} looks versioned but has no family")

    forms: dict[str, set[str]] = collections.defaultdict(set)
    surfaces: list[tuple[str, str]] = []
    for ident, fields in rows.items():
        aliases = fields[5].split("|") if fields[5] else []
        seen = {fold(name) for name in fields[2:5] if name}
        for alias in aliases:
            key = fold(alias)
            if ident not in focus:
                pass
            elif not alias:
                errors.append(f"{where[ident]}: empty alias")
            elif key in seen:
                errors.append(f"{where[ident]}: alias {alias!r} repeats a name or alias of its row")
            elif key in GENERIC:
                errors.append(f"{where[ident]}: alias {alias!r} is a generic word")
            elif len(alias) == 1:
                errors.append(f"{where[ident]}: alias {alias!r} is too short")
            seen.add(key)
        for form in [fields[2], fields[3], fields[4], *aliases]:
            if form:
                forms[fold(form)].add(ident)
                surfaces.append((form, ident))

    han = sorted({form for form, _ in surfaces if HAN_RE.search(form)})
    simplified = opencc("t2s.json", han)
    if simplified is not None:
        to_s = dict(zip(han, simplified))
        for form, ident in surfaces:
            if form in to_s and to_s[form] != form:
                forms[fold(to_s[form])].add(ident)
        pairs = [(i, rows[i][3], rows[i][4]) for i in sorted(focus) if rows[i][3] and rows[i][4]]
        back = opencc("t2s.json", [hant for _, _, hant in pairs]) or []
        for (ident, hans, hant), converted in zip(pairs, back):
            if converted != hans:
                # Only a warning: some real pairs differ from OpenCC's mapping (鉅亨網 / 钜亨网).
                warnings.append(f"{where[ident]}: zh_hant {hant!r} converts to {converted!r}, not {hans!r}")
    else:
        warnings.append("opencc not found: Traditional/Simplified cross-checks skipped")

    for key, owners in sorted(forms.items()):
        if len(owners) > 1 and owners & focus:
            errors.append(f"surface form {key!r} belongs to {', '.join(sorted(owners))}")
    return len(forms)


def main() -> None:
    user_files = [pathlib.Path(p) for p in sys.argv[1:]]
    errors: list[str] = []
    warnings: list[str] = []
    table = Table()
    focus = read(SHIPPED, True, table, errors)
    if user_files:
        focus = set()
        for path in user_files:
            focus |= read(path, False, table, errors)
    count = check_rows(table, focus, errors, warnings)
    for line in warnings:
        print(f"warning: {line}")
    for line in errors:
        print(f"error: {line}")
    counts = collections.Counter(table.rows[i][1] for i in focus)
    families = sum(1 for i in focus if any(r[6] == i for r in table.rows.values()))
    summary = ", ".join(f"{kind} {counts.get(kind, 0)}" for kind in TYPES.values())
    label = ", ".join(map(str, user_files)) if user_files else str(SHIPPED)
    print(f"{label}: {len(focus)} rows ({summary}; model families {families}); "
          f"{count} surface forms in all; {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
