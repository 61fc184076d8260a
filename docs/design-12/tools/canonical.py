"""Writes the example documents in the model's declared property order, as the Java writer will
(two-space indent, one value per line, a final newline). Design aid only.

    python3 canonical.py          rewrites every example in place
    python3 canonical.py --check  exits 1 if any example is not in canonical form
"""
import json
import sys
from pathlib import Path

import model_spec as spec

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent / "examples"
TYPES = {t.name: t for t in spec.TYPES}


def ordered(value, type_name):
    if isinstance(value, list):
        return [ordered(v, type_name) for v in value]
    if not isinstance(value, dict) or type_name not in TYPES:
        return value
    result = {}
    for p in TYPES[type_name].props:
        if p.name in value:
            inner = p.kind[1] if p.kind[0] == "type" else None
            result[p.name] = ordered(value[p.name], inner)
    for key in value:  # unknown properties last, kept (the schema check reports them)
        if key not in result:
            result[key] = value[key]
    return result


def canonical_text(doc):
    return json.dumps(ordered(doc, doc["documentType"]), indent=2, ensure_ascii=False) + "\n"


def main():
    check_only = "--check" in sys.argv
    stale = []
    for path in sorted(EXAMPLES.glob("*.json")) + sorted((EXAMPLES / "migrated").glob("*.json")):
        text = path.read_text(encoding="utf-8")
        canonical = canonical_text(json.loads(text))
        if text != canonical:
            stale.append(path.name)
            if not check_only:
                path.write_text(canonical, encoding="utf-8")
    print(("not canonical: " if check_only else "rewritten: ") + (", ".join(stale) or "none"))
    return 1 if check_only and stale else 0


if __name__ == "__main__":
    sys.exit(main())
