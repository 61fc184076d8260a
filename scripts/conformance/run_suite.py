#!/usr/bin/env python3
"""Runs the srm conformance suite against a validation service, with Python's standard library only.

    python3 run_suite.py [--exact] [--only PREFIX] SUITE URL

SUITE is srm-conformance-VERSION.zip or the folder it was unzipped into; URL is the service's base
URL: each case's input is sent as POST {URL}/v1/validate with the case's content type and options
as query parameters (lenient=true, failOnWarning=true, limit=NAME=VALUE), and the answer is
compared with the case's expected report as docs/conformance.md says: the status 200, the verdict
(and the SRM-Valid header, where the service sends one) and the issues as a multiset of (severity, code, pointer), with the record's line in an NDJSON
batch. With --exact, the answer must also be the expected report itself: the same issues in the
same order with the same messages, lines and columns, as srm serve gives.

Prints PASS or FAIL for each case and a summary; exits 0 when every case passes, 1 when one fails,
2 when the suite cannot be read.
"""
import argparse
import collections
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
import zipfile

# The header in which srm serve also says its verdict on a single document; checked when present.
VALID_HEADER = "SRM-Valid"


class Suite:
    """The files of the suite, from a zip or a folder, by their paths in the manifest."""

    def __init__(self, location):
        self.zip = zipfile.ZipFile(location) if os.path.isfile(location) else None
        self.folder = location

    def read(self, path):
        if self.zip is not None:
            return self.zip.read(path)
        with open(os.path.join(self.folder, *path.split("/")), "rb") as stream:
            return stream.read()


def query(options):
    parameters = []
    if options.get("lenient"):
        parameters.append(("lenient", "true"))
    if options.get("failOnWarning"):
        parameters.append(("failOnWarning", "true"))
    for name, value in options.get("limits", {}).items():
        parameters.append(("limit", f"{name}={value}"))
    return "?" + urllib.parse.urlencode(parameters) if parameters else ""


def post(url, body, content_type, timeout):
    """The status, body and SRM-Valid header of the answer; a status of 0 when there is no answer."""
    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read(), response.headers.get(VALID_HEADER)
    except urllib.error.HTTPError as error:
        return error.code, error.read(), None
    except (urllib.error.URLError, OSError) as error:
        return 0, str(error).encode(), None


def key(issue, ndjson):
    """What another implementation must match of an issue."""
    return (issue.get("severity"), issue.get("code"), issue.get("pointer", ""), issue.get("line") if ndjson else None)


def describe(issue_key):
    severity, code, pointer, line = issue_key
    return f"{severity} {code} at '{pointer}'" + (f" on line {line}" if line is not None else "")


def judge(case, expected, status, body, valid_header, exact):
    """Why the answer does not conform, or None when it does."""
    if status != 200:
        return f"status {status}: {body[:200].decode('utf-8', 'replace')}"
    if valid_header is not None and valid_header != str(case["valid"]).lower():
        return f"{VALID_HEADER}: {valid_header}, where the suite expects {str(case['valid']).lower()}"
    try:
        answer = json.loads(body)
    except ValueError:
        return "the answer is not JSON"
    if not isinstance(answer, list) or not all(isinstance(issue, dict) for issue in answer):
        return "the answer is not an array of issues"
    ndjson = case["contentType"] == "application/x-ndjson"
    fails = ("ERROR", "WARNING") if case["options"].get("failOnWarning") else ("ERROR",)
    valid = not any(issue.get("severity") in fails for issue in answer)
    if valid != case["valid"]:
        return f"{'valid' if valid else 'invalid'}, where the suite expects {'valid' if case['valid'] else 'invalid'}"
    wanted = collections.Counter(key(issue, ndjson) for issue in expected)
    given = collections.Counter(key(issue, ndjson) for issue in answer)
    missing = list((wanted - given).elements())
    unexpected = list((given - wanted).elements())
    if missing or unexpected:
        parts = []
        if missing:
            parts.append("missing " + "; ".join(describe(k) for k in missing[:3]) + (" ..." if len(missing) > 3 else ""))
        if unexpected:
            parts.append("unexpected " + "; ".join(describe(k) for k in unexpected[:3]) + (" ..." if len(unexpected) > 3 else ""))
        return ", ".join(parts)
    if exact and answer != expected:
        for index, (given_issue, expected_issue) in enumerate(zip(answer, expected)):
            if given_issue != expected_issue:
                return f"issue {index + 1} is {json.dumps(given_issue)}, where srm gives {json.dumps(expected_issue)}"
        return f"{len(answer)} issues, where srm gives {len(expected)}"
    return None


def main():
    parser = argparse.ArgumentParser(description="Run the srm conformance suite against POST {URL}/v1/validate.")
    parser.add_argument("suite", metavar="SUITE", help="srm-conformance-VERSION.zip, or the folder it was unzipped into")
    parser.add_argument("url", metavar="URL", help="the service's base URL, such as http://localhost:8080")
    parser.add_argument("--exact", action="store_true", help="also require srm's order, messages, lines and columns")
    parser.add_argument("--only", metavar="PREFIX", default="", help="run only the cases whose id starts with PREFIX")
    parser.add_argument("--timeout", type=float, default=60, help="seconds to wait for each answer (default 60)")
    arguments = parser.parse_args()
    try:
        suite = Suite(arguments.suite)
        manifest = json.loads(suite.read("manifest.json"))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as error:
        print(f"run_suite: cannot read the suite {arguments.suite}: {error}", file=sys.stderr)
        return 2
    endpoint = arguments.url.rstrip("/") + "/v1/validate"
    cases = [case for case in manifest["cases"] if case["id"].startswith(arguments.only)]
    failed = 0
    for case in cases:
        expected = json.loads(suite.read(case["expected"]))
        status, body, valid_header = post(endpoint + query(case["options"]), suite.read(case["input"]), case["contentType"], arguments.timeout)
        problem = judge(case, expected, status, body, valid_header, arguments.exact)
        if problem is None:
            print(f"PASS {case['id']}")
        else:
            failed += 1
            print(f"FAIL {case['id']}: {problem}")
    print(f"srm-conformance {manifest['version']}, {'exact' if arguments.exact else 'required'} conformance:"
          f" {len(cases)} cases, {len(cases) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
