"""Validates documents with Python's jsonschema as docs/other-languages.md shows: draft 2020-12,
formats checked, the three schema files in a local registry (nothing fetched), the schema chosen
by documentType.

    python3 validate_with_jsonschema.py SCHEMAS valid.txt invalid.txt

Every document in valid.txt must pass and every one in invalid.txt must fail; prints a summary and
exits 1 otherwise.
"""
import json
import sys
from importlib.metadata import version
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

schemas, valid_list, invalid_list = (Path(arg) for arg in sys.argv[1:4])
resources = [Resource.from_contents(json.loads(f.read_text("utf-8"))) for f in sorted(schemas.glob("*.schema.json"))]
registry = Registry().with_resources((resource.id(), resource) for resource in resources)
base = "https://schemas.safeguarding-review.org/srm/v1/"
validators = {
    kind: Draft202012Validator(
        registry.contents(base + file), registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    for kind, file in (("RapidReview", "rapid-review.schema.json"), ("LearningSummary", "learning-summary.schema.json"))
}


def errors(file):
    """The errors in one file: none for a valid document."""
    try:
        document = json.loads(Path(file).read_text("utf-8"))
    except ValueError:
        return ["not JSON"]
    validator = validators.get(document.get("documentType")) if isinstance(document, dict) else None
    if validator is None:
        return ["no documentType the schemas know"]
    return [f"/{'/'.join(map(str, e.absolute_path))} {e.validator}" for e in validator.iter_errors(document)]


def lines(path):
    return [line for line in path.read_text("utf-8").splitlines() if line]


problems = []
for file in lines(valid_list):
    found = errors(file)
    if found:
        problems.append(f"{file} should be valid: {'; '.join(found[:3])}")
for file in lines(invalid_list):
    if not errors(file):
        problems.append(f"{file} should be invalid")
print(
    f"jsonschema {version('jsonschema')}: {len(lines(valid_list))} valid, {len(lines(invalid_list))} invalid as expected;"
    f" {len(problems)} problems"
)
for problem in problems:
    print("  " + problem)
sys.exit(1 if problems else 0)
