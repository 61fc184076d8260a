#!/usr/bin/env python3
"""Validates JSON documents with a running `srm serve`, as a Python integrator would: the standard
library alone (urllib), one POST /v1/validate per document.

    python3 scripts/srm-serve-client.py URL FILE...

For each file it prints one JSON line, {"file", "status", "valid", "issues"}: the HTTP status, the
SRM-Valid header as a boolean, and the report (a list of issues, each with severity, code, pointer,
message and, where known, line and column). It exits 0 when every document is valid, 1 when one is
not, and 2 when the service answers with a problem (application/problem+json) or cannot be reached.
"""
import json
import sys
import urllib.error
import urllib.request


def validate(base, path):
    with open(path, "rb") as document:
        body = document.read()
    request = urllib.request.Request(
        base.rstrip("/") + "/v1/validate",
        data=body,
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return {
            "file": path,
            "status": response.status,
            "valid": response.headers.get("SRM-Valid") == "true",
            "issues": json.load(response),
        }


def main(argv):
    if len(argv) < 3:
        print("usage: srm-serve-client.py URL FILE...", file=sys.stderr)
        return 2
    all_valid = True
    for path in argv[2:]:
        try:
            result = validate(argv[1], path)
        except urllib.error.HTTPError as error:
            problem = json.load(error)
            print(f"{path}: {problem['status']} {problem['title']}: {problem['detail']}", file=sys.stderr)
            return 2
        except (urllib.error.URLError, OSError) as error:
            print(f"{path}: {error}", file=sys.stderr)
            return 2
        print(json.dumps(result, ensure_ascii=False))
        all_valid = all_valid and result["valid"]
    return 0 if all_valid else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
