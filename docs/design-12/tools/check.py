"""Checks the design's example documents, as the Java implementation's tests will.

For every document under ../examples (and ../examples/migrated):
  1. valid against proposed.schema.json (draft 2020-12, format assertions on);
  2. the domain rules of model-changes.md that a schema cannot express (references resolve,
     names and ids unique, table rows as wide as the table, spans in order);
  3. for the ten corpus documents and the two seeds: every line of the body appears as data
     (whole, or sentence by sentence, in one text field), numbers as printed appear as item or
     section numbers, the source link and the partnership appear as data, and no cut marker
     remains in any text.

Design aid only; run from this folder: python3 check.py
"""
import json
import re
import sys
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent / "examples"
CORPUS = Path("/work/shared/corpus")
SEEDS = Path("/work/shared/seeds")
SCHEMA = json.loads((HERE / "proposed.schema.json").read_text())

BULLET = re.compile(r"^[\s\u00a0\u00b7\u2022\uf0b7*\-]+")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
# Words the corpus transcriber added when re-laying a flattened table (solihull): not document text.
TRANSCRIBER_ROW = re.compile(r"^Row \d+$")
TRANSCRIBER_LABELS = {"Columns", "Areas of development (2015/2016)", "Areas improving (2016/2017)"}
NUMBER = re.compile(r"^(\d+(\.\d+)*\.?)\s+")
LINK = re.compile(r"^\[(.+)\]\((.*)\)$")
SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+(?=[A-Z'\"])")
CUT = re.compile(r"\s*\[stored text ends here[^\]]*\]?\s*$")


def normalise(text):
    return re.sub(r"[\s\u00a0]+", " ", text).strip()


# ---------------------------------------------------------------------------------------------
# Walking a document
# ---------------------------------------------------------------------------------------------

def strings(node, into, path=""):
    if isinstance(node, str):
        into.append((path, node))
    elif isinstance(node, dict):
        for key, value in node.items():
            strings(value, into, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            strings(value, into, f"{path}/{i}")


def item_parts(item, parts):
    for kind in ("finding", "recommendation", "action", "question", "resource"):
        if kind in item:
            parts.setdefault(kind, []).append(item[kind])
    if "list" in item:
        for child in item["list"]["items"]:
            item_parts(child, parts)


ITEM_PARTS = ("text", "finding", "recommendation", "action", "question", "resource", "omission", "list")


def empty_items(node, into):
    """List items that hold nothing (table cells may be empty; list items may not)."""
    if isinstance(node, dict):
        for item in node.get("list", {}).get("items", []) if isinstance(node.get("list"), dict) else []:
            if not any(key in item for key in ITEM_PARTS):
                into.append(item)
        for value in node.values():
            empty_items(value, into)
    elif isinstance(node, list):
        for value in node:
            empty_items(value, into)


def content_parts(sections, parts):
    """The document-wide views: every typed part in document order."""
    for section in sections:
        for block in section.get("content", []):
            item_parts(block, parts)
            if "table" in block:
                for row in block["table"]["rows"]:
                    for cell in row["cells"]:
                        item_parts(cell, parts)
        content_parts(section.get("sections", []), parts)
    return parts


def numbers(node, into):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "number" and isinstance(value, str):
                into.add(value)
            numbers(value, into)
    elif isinstance(node, list):
        for value in node:
            numbers(value, into)


def all_sections(sections):
    for section in sections:
        yield section
        yield from all_sections(section.get("sections", []))


# ---------------------------------------------------------------------------------------------
# Domain rules
# ---------------------------------------------------------------------------------------------

def domain_problems(doc):
    problems = []
    learning = doc["documentType"] == "LearningSummary"
    subjects = doc.get("subjects" if learning else "children", [])
    pseudonyms = [s["pseudonym"] for s in subjects]
    labels = [m["label"] for m in doc.get("familyMembers", [])]
    groups = [g["label"] for g in doc.get("groups", [])]
    names = pseudonyms + labels + groups
    for name in set(names):
        if names.count(name) > 1:
            problems.append(f"name used twice: {name}")
    children = set(pseudonyms + groups)
    people = set(names)
    source_ids = [s["id"] for s in doc.get("sources", []) if "id" in s]

    parts = content_parts(doc.get("sections", []), {}) if learning else {
        "finding": doc.get("findings", []), "action": doc.get("immediateActions", [])}
    finding_ids = [f["id"] for f in parts.get("finding", [])]
    ids = source_ids + finding_ids + [r["id"] for r in parts.get("recommendation", [])]
    ids += [a["id"] for a in parts.get("action", []) if "id" in a]
    for key in ("housingPlacements", "moves", "incidents", "keyPracticeEpisodes"):
        ids += [x["id"] for x in doc.get(key, []) if "id" in x]
    if not learning and "id" in doc["incident"]:
        ids.append(doc["incident"]["id"])
    for value in set(ids):
        if ids.count(value) > 1:
            problems.append(f"id used twice: {value}")

    def refs(values, allowed, what):
        for value in values:
            if value not in allowed:
                problems.append(f"{what} names nothing in the document: {value}")

    incidents = doc.get("incidents", []) if learning else [doc["incident"]]
    for incident in incidents:
        refs(incident.get("subjects", []), children, "incident.subjects")
        for consequence in incident.get("consequences", []):
            refs(consequence.get("people", []), people, "consequence.people")
    for source in doc.get("sources", []):
        refs(source.get("subjects", []), children, "source.subjects")
    for member in doc.get("familyMembers", []):
        refs(member.get("relatedSubjects", []), children, "relatedSubjects")
        refs([member["partnerOf"]] if "partnerOf" in member else [], set(labels), "partnerOf")
    for move in doc.get("moves", []):
        refs(move.get("people", []), people, "move.people")
    for placement in doc.get("housingPlacements", []):
        refs(placement.get("occupants", []), people, "occupants")
    for figure in doc.get("figures", []):
        refs(figure.get("about", []), people | set(source_ids), "figure.about")
    for count in doc.get("statedCounts", []):
        refs(count.get("sources", []), set(source_ids), "statedCount.sources")
    for person in doc.get("people", []):
        refs(person.get("sources", []), set(source_ids), "person.sources")
    for section in all_sections(doc.get("sections", [])):
        refs(section.get("subjects", []), children, "section.subjects")
        refs(section.get("sources", []), set(source_ids), "section.sources")
        for block in section.get("content", []):
            if "table" in block:
                width = len(block["table"]["columns"])
                for row in block["table"]["rows"]:
                    if len(row["cells"]) != width:
                        problems.append("a table row is not as wide as the table")
    for finding in parts.get("finding", []):
        refs(finding.get("sources", []), set(source_ids), "finding.sources")
    for part in parts.get("recommendation", []) + parts.get("action", []):
        refs(part.get("findings", []), set(finding_ids), "findings")

    empty = []
    empty_items(doc, empty)
    if empty:
        problems.append(f"{len(empty)} list items hold nothing")
    found = []
    strings(doc, found)
    for path, value in found:
        if not path.startswith("/provenance") and ("stored text" in value or "[nothing further" in value):
            problems.append(f"cut marker kept in text at {path}")

    def spans(node):
        if isinstance(node, dict):
            if "from" in node and "to" in node and isinstance(node["from"], str) and re.match(r"^\d{4}", node["from"]):
                if node["from"] > node["to"] and not node["to"].startswith(node["from"][:len(node["to"])]):
                    problems.append(f"span out of order: {node}")
            if isinstance(node.get("value"), int) and isinstance(node.get("to"), int) and node["to"] < node["value"]:
                problems.append(f"range out of order: {node}")
            for value in node.values():
                spans(value)
        elif isinstance(node, list):
            for value in node:
                spans(value)
    spans(doc)
    return problems, parts


# ---------------------------------------------------------------------------------------------
# Fidelity to the corpus text
# ---------------------------------------------------------------------------------------------

def body_and_header(path):
    text = path.read_text()
    if path.parent == SEEDS:
        return {}, text.splitlines()
    header, body = text.split("\n\n", 1)
    fields = dict(line.split(": ", 1) for line in header.splitlines())
    return fields, body.splitlines()


def units(lines):
    result = []
    for line in lines:
        line = line.strip()
        if not line or (line.startswith("[") and line.endswith("]") and "](" not in line):
            continue  # blank, or the corpus transcriber's note (not text of the document)
        line = CUT.sub("", line)
        line = BULLET.sub("", line)
        number = NUMBER.match(line)
        line = NUMBER.sub("", line) if number else line
        link = LINK.match(line)
        if link:
            line = link.group(1)
        if normalise(line) and normalise(line) not in ("\u00b7", "·"):
            result.append((number.group(1) if number else None, normalise(line)))
    return result


def date_words(value):
    """A partial date in the words documents use: "May 2019", "20th November 2020"."""
    parts = value.split("-")
    if len(parts) == 2:
        return [f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"]
    if len(parts) == 3:
        day = int(parts[2])
        suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return [f"{day}{suffix} {MONTHS[int(parts[1]) - 1]} {parts[0]}", f"{day} {MONTHS[int(parts[1]) - 1]} {parts[0]}"]
    return [value]


def composites(doc):
    """Lines of a title block or heading that the model keeps in two typed fields."""
    result = []
    for section in all_sections(doc.get("sections", [])):
        if "number" in section and "heading" in section:
            result.append(f"{section['number']} {section['heading']}")
        for block in section.get("content", []):
            table = block.get("table")
            if table and "number" in table and "title" in table:
                result.append(f"{table['number']} {table['title']}")
            for entry in block.get("glossary", {}).get("entries", []):
                result.append(f"{entry['term']} - {entry['meaning']}")
    for person in doc.get("people", []):
        if "name" in person and "roleAsWritten" in person:
            result.append(f"{person['roleAsWritten']} {person['name']}")
    if "publicationDate" in doc:
        result += date_words(doc["publicationDate"])
        result += [f"{doc['title']} {words}" for words in date_words(doc["publicationDate"])]
    return [normalise(c) for c in result]


def fidelity_problems(doc, corpus_file):
    header, lines = body_and_header(corpus_file)
    found = []
    strings(doc, found)
    fields = [normalise(value) for _, value in found] + composites(doc)
    printed_numbers = set()
    numbers(doc, printed_numbers)

    def in_one_field(text):
        return any(text in field for field in fields)

    problems = []
    checked = 0
    for number, unit in units(lines):
        if TRANSCRIBER_ROW.match(unit):
            continue
        checked += 1
        if number and number not in printed_numbers and number.rstrip(".") not in {n.rstrip(".") for n in printed_numbers}:
            problems.append(f"number not kept: {number}")
        if in_one_field(unit):
            continue
        # a run-in label ("Learning: ...", "Keywords: ...") is the heading of its section
        label = re.match(r"^([^:]{1,40}):\s+(.*)$", unit)
        if label:
            rest = label.group(2)
            rest_found = (in_one_field(rest) or all(in_one_field(s) for s in SENTENCE_END.split(rest))
                          or all(in_one_field(normalise(p)) for p in rest.split(" | ")))
            if rest_found and (in_one_field(label.group(1)) or label.group(1) in TRANSCRIBER_LABELS):
                continue
        missing = [s for s in SENTENCE_END.split(unit) if not in_one_field(s)]
        if missing:
            problems.append(f"not found as data: {missing[0][:90]}")
    if header:
        link = header["Source"]
        provenance = doc.get("provenance", {})
        if link not in (provenance.get("link"), provenance.get("copyLink")):
            problems.append("source link is not provenance.link or copyLink")
        partnership = doc.get("partnership", {})
        if not (partnership.get("name") or partnership.get("area")):
            problems.append("partnership not given")
        if "completeness" not in provenance:
            problems.append("completeness not given")
    return problems, checked


def rapid_review_warnings(doc):
    """The statutory-gap warnings model-changes.md proposes for a rapid review."""
    warnings = []
    timeline, incident = doc["timeline"], doc["incident"]
    if "becameAware" not in timeline:
        warnings.append("/timeline/becameAware rapidReview.becameAwareMissing")
    if len(timeline["notificationSent"]) != 10:
        warnings.append("/timeline/notificationSent rapidReview.datePartial")
    for key, code in (("outcome", "incidentOutcomeMissing"), ("abuseOrNeglect", "abuseOrNeglectMissing")):
        if key not in incident:
            warnings.append(f"/incident/{key} rapidReview.{code}")
    if not incident.get("harmTypes"):
        warnings.append("/incident/harmTypes rapidReview.harmTypeMissing")
    if "area" not in incident.get("place", {}):
        warnings.append("/incident/place/area rapidReview.incidentAreaMissing")
    for i, child in enumerate(doc["children"]):
        if "age" not in child:
            warnings.append(f"/children/{i}/age rapidReview.childAgeMissing")
        if "area" not in child:
            warnings.append(f"/children/{i}/area rapidReview.childAreaMissing")
        if not any("when" not in status for status in child.get("statuses", [])):
            warnings.append(f"/children/{i}/statuses rapidReview.childStatusMissing")
    if not doc.get("agencyInvolvement"):
        warnings.append("/agencyInvolvement rapidReview.agencyInvolvementMissing")
    if "decision" not in doc:
        warnings.append("/decision rapidReview.decisionMissing")
    return warnings


CORPUS_OF = {p.stem: p for p in list(CORPUS.glob("*.txt")) + list(SEEDS.glob("*.txt"))}


def resolve(doc, pointer):
    node = doc
    for part in pointer.strip("/").split("/"):
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return False
    return True


def check_mapping():
    """Resolves every pointer of corpus-mapping.md in its example and recounts each table."""
    text = (HERE.parent / "corpus-mapping.md").read_text(encoding="utf-8")
    failures = 0
    totals = {}
    for block in re.split(r"^## ", text, flags=re.M)[1:]:
        example = re.search(r"`(examples/[^`]+\.json)`", block.splitlines()[0])
        if not example:
            continue
        doc = json.loads((HERE.parent / example.group(1)).read_text(encoding="utf-8"))
        rows = [r for r in block.splitlines() if re.match(r"^\| \d+ \|", r)]
        fits = {}
        for row in rows:
            cells = [c.strip() for c in row.strip("|").split("|")]
            fits[cells[-1]] = fits.get(cells[-1], 0) + 1
            for pointer in re.findall(r"`(/[^`]*)`", cells[3]):
                if not resolve(doc, pointer):
                    failures += 1
                    print(f"FAIL {example.group(1)} row {cells[0]}: {pointer} does not resolve")
            if int(cells[0]) != rows.index(row) + 1:
                failures += 1
                print(f"FAIL {example.group(1)}: row numbers out of sequence at {cells[0]}")
        name = Path(example.group(1)).stem
        totals[name] = (len(rows), fits)
        print(f"{name}: {len(rows)} points, " + ", ".join(f"{k} {v}" for k, v in sorted(fits.items())))
    summary = {m.group(1): (int(m.group(2)), int(m.group(3)))
               for m in re.finditer(r"^\| ([a-z0-9-]+)(?: \(seed\))? \| (\d+) \| (\d+) \|", text, flags=re.M)}
    for name, (points, fits) in totals.items():
        if summary.get(name) != (points, fits.get("T", 0)):
            failures += 1
            print(f"FAIL summary row of {name} says {summary.get(name)}, tables say {(points, fits.get('T', 0))}")
    all_points = sum(p for p, _ in totals.values())
    all_fit = sum(f.get("T", 0) for _, f in totals.values())
    print(f"{len(totals)} documents, {all_points} points, {all_fit} fit ({100 * all_fit / all_points:.1f}%), {failures} failing")
    return 1 if failures else 0


def main():
    if "--mapping" in sys.argv:
        return check_mapping()
    validator = Draft202012Validator(SCHEMA, format_checker=FormatChecker())
    failures = 0
    files = sorted(EXAMPLES.glob("*.json")) + sorted((EXAMPLES / "migrated").glob("*.json"))
    for path in files:
        doc = json.loads(path.read_text())
        root = {"$ref": f"#/$defs/{doc['documentType']}", "$defs": SCHEMA["$defs"]}
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:160]}"
                  for e in Draft202012Validator(root, format_checker=FormatChecker()).iter_errors(doc)]
        problems, parts = domain_problems(doc)
        checked = 0
        stem = path.stem
        if stem in CORPUS_OF:
            fidelity, checked = fidelity_problems(doc, CORPUS_OF[stem])
            problems += fidelity
        counts = ", ".join(f"{len(v)} {k}" for k, v in parts.items() if v)
        if doc["documentType"] == "RapidReview":
            counts += "; warnings: " + (", ".join(rapid_review_warnings(doc)) or "none")
        status = "ok" if not errors and not problems else "FAIL"
        print(f"{status:4} {path.relative_to(EXAMPLES)}: {counts}" + (f"; {checked} lines checked against the text" if checked else ""))
        for message in errors + problems:
            print(f"       {message}")
        failures += bool(errors or problems)
    print(f"{len(files)} documents, {failures} failing")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
