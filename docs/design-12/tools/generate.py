"""Generates, from model_spec.py, the reference part of ../model-changes.md (between its
GENERATED markers) and proposed.schema.json (the draft 2020-12 schema check.py uses).

Design aid only; run from this folder: python3 generate.py
"""
import json
import re
from pathlib import Path

import model_spec as spec

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
DOC = HERE.parent / "model-changes.md"
SCHEMA = HERE / "proposed.schema.json"

# Copied from core/.../Constraints.java and PartialDate.java, which the real schemas use unchanged.
NOT_BLANK = "[^\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]"
ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
LINK_PATTERN = "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][!#-;=?-\\[\\]_a-z~]*)?$"
VERSION_PATTERN = "^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"
PARTIAL_DATE_PATTERN = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"


def learning_themes():
    source = (REPO / "core/src/main/java/org/safeguarding/review/LearningTheme.java").read_text()
    body = source.split("public enum LearningTheme {", 1)[1].split("private final String label;", 1)[0]
    themes = []
    for match in re.finditer(r'([A-Z][A-Z0-9_]+)\("([^"]+)",\s*((?:"(?:[^"\\]|\\.)*"\s*\+?\s*)+)\)', body):
        definition = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(3))).replace('\\"', '"')
        themes.append((match.group(1), match.group(2), definition))
    return themes


THEMES = learning_themes()
THEME_PATTERN = "^(local:[A-Z][A-Z0-9]*(_[A-Z0-9]+)*|" + "|".join(code for code, _, _ in THEMES) + ")$"


def java_element(p):
    kind = p.kind
    if kind[0] == "text":
        base = f"@Text(max = {kind[1]}) String"
    elif kind in (spec.ID, spec.FINDING_REF, spec.SOURCE_REF):
        base = "@Pattern(regexp = ID_PATTERN) String"
    elif kind == spec.PERSON_REF:
        base = "@Text(max = NAME_MAX) String"
    elif kind == spec.LINK:
        base = "@Size(max = LINK_MAX) @Pattern(regexp = LINK_PATTERN) String"
    elif kind == spec.PDATE:
        base = "PartialDate"
    elif kind == spec.DATE:
        base = "LocalDate"
    elif kind == spec.BOOL:
        base = "Boolean"
    elif kind == spec.THEME:
        base = "Theme"
    elif kind == spec.DECIMAL:
        base = "BigDecimal"
    elif kind[0] == "int":
        base = f"@PositiveOrZero @Max({kind[2]}) Integer"
    elif kind[0] == "enum":
        base = kind[1]
    elif kind[0] == "type":
        base = f"@Valid {kind[1]}"
    elif kind[0] == "version":
        base = "@Pattern(regexp = SCHEMA_VERSION_PATTERN) String"
    elif kind[0] == "doctype":
        return "final DocumentType"
    else:
        raise ValueError(kind)
    if p.person_name:
        base = "@PersonName " + base
    return base


def java_signature(p):
    element = java_element(p)
    getter = "get" + p.name[0].upper() + p.name[1:] + "()"
    if p.kind[0] == "doctype":
        return f"{element} {getter}"
    if p.many:
        size = f"@Size(min = {p.min_items}) " if p.min_items else ""
        inner = element if element.startswith(("@", "final")) else element
        return f"{size}List<{inner}> {getter}"
    if p.req:
        return f"@NotNull {element} {getter}"
    return f"Optional<{element}> {getter}"


def schema_element(p):
    kind = p.kind
    if kind[0] == "text":
        return {"type": "string", "maxLength": spec.LIMITS[kind[1]], "pattern": NOT_BLANK}
    if kind in (spec.ID, spec.FINDING_REF, spec.SOURCE_REF):
        return {"type": "string", "pattern": ID_PATTERN}
    if kind == spec.PERSON_REF:
        return {"type": "string", "maxLength": spec.LIMITS["NAME_MAX"], "pattern": NOT_BLANK}
    if kind == spec.LINK:
        return {"type": "string", "maxLength": spec.LIMITS["LINK_MAX"], "pattern": LINK_PATTERN}
    if kind == spec.PDATE:
        return {"$ref": "#/$defs/PartialDate"}
    if kind == spec.DATE:
        return {"type": "string", "format": "date"}
    if kind == spec.BOOL:
        return {"type": "boolean"}
    if kind == spec.THEME:
        return {"$ref": "#/$defs/Theme"}
    if kind == spec.DECIMAL:
        return {"type": "number"}
    if kind[0] == "int":
        high = kind[2] if isinstance(kind[2], int) else spec.LIMITS[kind[2]]
        return {"type": "integer", "minimum": kind[1], "maximum": high}
    if kind[0] in ("enum", "type"):
        return {"$ref": f"#/$defs/{kind[1]}"}
    if kind[0] == "version":
        return {"type": "string", "pattern": VERSION_PATTERN}
    if kind[0] == "doctype":
        return {"const": kind[1]} if len(kind) > 1 else {"enum": ["RapidReview", "LearningSummary"]}
    raise ValueError(kind)


def merge(target, extra):
    for key, value in extra.items():
        if key == "properties":
            for name, schema in value.items():
                target["properties"].setdefault(name, {}).update(schema)
        elif key == "required":
            target["required"] = sorted(set(target.get("required", [])) | set(value))
        else:
            target[key] = value


def build_schema():
    defs = {
        "PartialDate": {"type": "string", "pattern": PARTIAL_DATE_PATTERN,
                        "description": "A date as YYYY-MM-DD, a month as YYYY-MM or a year as YYYY."},
        "Theme": {"type": "string", "pattern": THEME_PATTERN,
                  "description": "A catalogue theme code or a local theme marked local:."},
    }
    for e in spec.ENUMS:
        defs[e.name] = {"type": "string", "enum": [v[0] for v in e.values], "description": e.doc}
    for t in spec.TYPES:
        if t.name == "ReviewDocument":
            continue
        schema = {"type": "object", "description": t.doc, "properties": {}, "additionalProperties": False}
        required = []
        for p in t.props:
            element = schema_element(p)
            if p.many:
                prop = {"type": "array", "items": element}
                if p.min_items:
                    prop["minItems"] = p.min_items
            else:
                prop = element
            prop = dict(prop)
            prop.setdefault("description", p.doc) if "$ref" not in prop else None
            schema["properties"][p.name] = prop
            if p.req or (p.many and p.min_items and t.name in spec.ROOTS and p.name in ("children", "sections")):
                required.append(p.name)
        if required:
            schema["required"] = required
        merge(schema, t.schema)
        defs[t.name] = schema
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://schemas.safeguarding-review.org/srm/v1/proposed-issue-12.schema.json",
        "title": "Design aid for issue 12: the proposed v1 model (not a published schema)",
        "oneOf": [{"$ref": f"#/$defs/{root}"} for root in spec.ROOTS],
        "$defs": defs,
    }


def cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


def reference_markdown():
    lines = []
    lines.append("### Types")
    lines.append("")
    lines.append("Each type is an Immutables value class (`@Value.Immutable`, `ModelStyle`, `implements Extensible`,")
    lines.append("`static builder()`), with javadoc from the one-line meaning below. Constraint names are the")
    lines.append("`Constraints` constants (`NAME_MAX` = 200, `TITLE_MAX` = 500, `STATEMENT_MAX` = 5,000,")
    lines.append("`TEXT_MAX` = 50,000, new `NUMBER_MAX` = 20 and `COUNT_MAX` = 10,000,000). Every `@Text`")
    lines.append("property is free text, so the privacy scan reads it; ids, links, dates, numbers, booleans and")
    lines.append("enumerations are not free text. `@PersonName` marks the one property that may hold a")
    lines.append("person's name. Properties marked *one of* form a choice: see the type's rules.")
    lines.append("")
    for t in spec.TYPES:
        lines.append(f"#### `{t.name}` ({t.change})")
        lines.append("")
        lines.append(t.doc)
        lines.append("")
        lines.append("| JSON | Java getter | meaning | change |")
        lines.append("|---|---|---|---|")
        for p in t.props:
            meaning = p.doc + (" *One of.*" if p.choice else "")
            change = "new" if t.change.startswith("new") and p.change == "kept" else p.change
            signature = ("@Choice " if p.choice else "") + java_signature(p)
            lines.append(f"| `{p.name}` | `{cell(signature)}` | {cell(meaning)} | {cell(change)} |")
        for name, where in t.removed:
            lines.append(f"| ~~`{name}`~~ | removed | | {cell(where)} |")
        lines.append("")
        for rule in t.rules:
            lines.append(f"- {rule}")
        if t.rules:
            lines.append("")
    lines.append("Kept unchanged, not repeated here: `PartialDate` and `Theme` (value types), `Text`, `Extensible`.")
    lines.append("")
    lines.append("### Enumerations")
    lines.append("")
    lines.append("Each enum constant has a label (`getLabel()`) and a one-line definition (`getDefinition()`, its")
    lines.append("javadoc, and the schema's description of the value, for example as `oneOf` of `const` +")
    lines.append("`description`, or an `x-enumDescriptions` list beside `enum`: see open questions).")
    lines.append("")
    for e in spec.ENUMS:
        lines.append(f"#### `{e.name}` ({e.change})")
        lines.append("")
        lines.append(e.doc)
        lines.append("")
        lines.append("| value | label | definition | change |")
        lines.append("|---|---|---|---|")
        for code, label, definition, change in e.values:
            lines.append(f"| `{code}` | {cell(label)} | {cell(definition)} | {change} |")
        lines.append("")
    lines.append("#### `LearningTheme` (kept; labels and definitions already in place)")
    lines.append("")
    lines.append("| value | label | definition |")
    lines.append("|---|---|---|")
    for code, label, definition in THEMES:
        lines.append(f"| `{code}` | {cell(label)} | {cell(definition)} |")
    lines.append("")
    return "\n".join(lines)


def main():
    SCHEMA.write_text(json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n")
    doc = DOC.read_text()
    begin, end = "<!-- BEGIN GENERATED -->", "<!-- END GENERATED -->"
    head, rest = doc.split(begin, 1)
    _, tail = rest.split(end, 1)
    DOC.write_text(head + begin + "\n" + reference_markdown() + end + tail)
    print(f"{len(spec.TYPES)} types, {len(spec.ENUMS)} enums, {len(THEMES)} themes")


if __name__ == "__main__":
    main()
