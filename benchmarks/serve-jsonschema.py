"""Python's jsonschema in one process, for benchmarks/serve-load.sh: validates one document against
the published schema (draft 2020-12, formats asserted, the schema alone) over and over for a few
seconds and prints documents per second.

    python3 benchmarks/serve-jsonschema.py SCHEMA_FOLDER DOCUMENT SECONDS
"""
import json
import os
import sys
import time
from importlib import metadata

import jsonschema

folder, document_file, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
schemas = {}
for name in os.listdir(folder):
    if name.endswith(".schema.json"):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            schema = json.load(f)
        schemas[schema["$id"]] = schema
with open(document_file, "rb") as f:
    text = f.read()
document = json.loads(text)
base = "https://schemas.safeguarding-review.org/srm/v1/"
root = schemas[base + ("rapid-review" if document["documentType"] == "RapidReview" else "learning-summary") + ".schema.json"]
checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
try:
    from referencing import Registry, Resource  # jsonschema 4.18 and later

    registry = Registry().with_resources((uri, Resource.from_contents(s)) for uri, s in schemas.items())
    validator = jsonschema.Draft202012Validator(root, registry=registry, format_checker=checker)
except ImportError:  # Debian's python3-jsonschema 4.10
    resolver = jsonschema.RefResolver.from_schema(root, store=schemas)
    validator = jsonschema.Draft202012Validator(root, resolver=resolver, format_checker=checker)

errors = list(validator.iter_errors(json.loads(text)))
count = 0
started = time.perf_counter()
while time.perf_counter() - started < seconds:
    # Parsed each time, as a service parses each request's body.
    list(validator.iter_errors(json.loads(text)))
    count += 1
elapsed = time.perf_counter() - started
print(f"jsonschema {metadata.version('jsonschema')}: {count} documents in {elapsed:.1f} s: {count / elapsed:.1f} documents/s, {len(errors)} schema errors")
