#!/usr/bin/env python3
"""Checks a Tupu lexicon file (default: corpus/lexicon/entities.tsv).

Errors (exit status 1): a bad header or column count, a malformed or duplicate id, a type that does
not match the id prefix, a missing English name, a family that is not a family row, a generic word or
a one-character Han alias, and any surface form (name or alias, NFKC + case-folded, spaces collapsed)
that maps to more than one id. When the `opencc` command is on PATH the check also folds Traditional
to Simplified, so a Traditional alias of one entity cannot equal a Simplified name of another, and it
checks that zh_hant converts back to zh_hans.

Usage: python3 corpus/lexicon/tools/check_lexicon.py [FILE ...]
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
    "ai", "a.i.", "llm", "gpt模型", "中国", "中國", "美国", "美國", "硅谷", "矽谷", "模型", "大模型", "公司", "集团",
    "集團", "实验室", "實驗室", "人工智能", "人工智慧", "科技", "技术", "技術", "the", "model", "company", "lab",
    "labs", "inc.", "group", "news", "podcast", "china", "us", "usa", "silicon valley", "chatbot", "机器人",
    "機器人", "报道", "報導", "新闻", "新聞", "日报", "日報", "时报", "時報", "播客",
}
DEFAULT = pathlib.Path(__file__).resolve().parent.parent / "entities.tsv"


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()


def opencc(config: str, texts: list[str]) -> list[str] | None:
    if shutil.which("opencc") is None or not texts:
        return None
    out = subprocess.run(["opencc", "-c", config], input="\n".join(texts) + "\n", capture_output=True,
                         text=True, encoding="utf-8", check=True).stdout.split("\n")
    return [line.strip() for line in out[: len(texts)]]


def check(path: pathlib.Path) -> int:
    errors: list[str] = []
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        print(f"{path}: not UTF-8: {exc}")
        return 1
    if text.startswith("\ufeff") or "\r" in text:
        errors.append("file must be UTF-8 without BOM and with LF line ends")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != HEADER:
        errors.append(f"line 1: header must be exactly {' '.join(HEADER)!r} separated by tabs")
    rows: dict[str, list[str]] = {}
    line_of: dict[str, int] = {}
    for number, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            errors.append(f"line {number}: {len(fields)} columns, expected {len(HEADER)}")
            continue
        if any(f != f.strip() for f in fields):
            errors.append(f"line {number}: a field has leading or trailing spaces")
        ident, kind, name_en = fields[0], fields[1], fields[2]
        if not ID_RE.match(ident):
            errors.append(f"line {number}: malformed id {ident!r}")
        elif TYPES[ident.split('/')[0]] != kind:
            errors.append(f"line {number}: type {kind!r} does not match id {ident}")
        if ident in rows:
            errors.append(f"line {number}: duplicate id {ident} (first on line {line_of[ident]})")
        if not name_en:
            errors.append(f"line {number}: name_en is required")
        rows[ident], line_of[ident] = fields, number

    for ident, fields in rows.items():
        family = fields[6]
        if not family:
            continue
        parent = rows.get(family)
        if fields[1] != "Model":
            errors.append(f"line {line_of[ident]}: only models have a family")
        elif parent is None:
            errors.append(f"line {line_of[ident]}: family {family} is not a row")
        elif parent[1] != "Model" or parent[6]:
            errors.append(f"line {line_of[ident]}: family {family} must be a Model row without a family")

    parents = {f[6] for f in rows.values() if f[6]}
    for ident, fields in rows.items():
        if fields[1] == "Model" and not fields[6] and ident not in parents and re.search(r"\d", fields[2]):
            print(f"{path}: warning: line {line_of[ident]}: {fields[2]!r} looks versioned but has no family")

    forms: dict[str, set[str]] = collections.defaultdict(set)
    surfaces: list[tuple[str, str]] = []
    for ident, fields in rows.items():
        aliases = fields[5].split("|") if fields[5] else []
        seen = {fold(name) for name in fields[2:5] if name}
        for alias in aliases:
            key = fold(alias)
            if not alias:
                errors.append(f"line {line_of[ident]}: empty alias")
            elif key in seen:
                errors.append(f"line {line_of[ident]}: alias {alias!r} repeats a name or alias of its row")
            elif key in GENERIC:
                errors.append(f"line {line_of[ident]}: alias {alias!r} is a generic word")
            elif len(alias) == 1 or (HAN_RE.match(alias) and len(alias) < 2):
                errors.append(f"line {line_of[ident]}: alias {alias!r} is too short")
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
        pairs = [(i, f[3], f[4]) for i, f in rows.items() if f[3] and f[4]]
        back = opencc("t2s.json", [hant for _, _, hant in pairs]) or []
        for (ident, hans, hant), converted in zip(pairs, back):
            if converted != hans:
                # A warning only: some real pairs differ from OpenCC's mapping (鉅亨網 / 钜亨网).
                print(f"{path}: warning: line {line_of[ident]}: zh_hant {hant!r} converts to {converted!r}, "
                      f"not {hans!r}")
    else:
        print("note: opencc not found, Traditional/Simplified cross-checks skipped")

    for key, owners in sorted(forms.items()):
        if len(owners) > 1:
            errors.append(f"surface form {key!r} belongs to {', '.join(sorted(owners))}")

    for error in errors:
        print(f"{path}: {error}")
    counts = collections.Counter(fields[1] for fields in rows.values())
    families = sum(1 for f in rows.values() if f[1] == "Model" and any(r[6] == f[0] for r in rows.values()))
    summary = ", ".join(f"{kind} {counts.get(kind, 0)}" for kind in TYPES.values())
    print(f"{path}: {len(rows)} rows ({summary}; model families {families}); "
          f"{len(forms)} surface forms; {len(errors)} errors")
    return 1 if errors else 0


def main() -> None:
    paths = [pathlib.Path(p) for p in sys.argv[1:]] or [DEFAULT]
    sys.exit(max(check(p) for p in paths))


if __name__ == "__main__":
    main()
