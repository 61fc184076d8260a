"""Mechanical migration of a v1 document from today's shape to the shape issue 12 proposes.

    python3 migrate.py IN.json [OUT.json]

Every step here is mechanical (the list in model-changes.md, "Migration"); the judgements that
make a document faithful to its published form (bullets kept as lists, an opening re-kinded
INTRODUCTION) are separate, manual steps listed there too. Design aid only: the Java
implementation migrates the committed files once; this shows that the steps are complete.
"""
import json
import sys

RENAMED_AGENCIES = {"MIDWIFERY": "MATERNITY_AND_MIDWIFERY"}
SECTION_LISTS = [("paragraphs", "paragraph"), ("findings", "finding"),
                 ("recommendations", "recommendation"), ("actions", "action"),
                 ("questions", "question"), ("resources", "resource")]


def agencies(codes):
    return [{"kind": RENAMED_AGENCIES.get(code, code)} for code in codes]


def with_agencies(part):
    if "agencies" in part:
        part["agencies"] = agencies(part["agencies"])
    return part


def section(old):
    new = {key: old[key] for key in ("kind", "heading", "themes") if key in old}
    content = []
    # Today's renderer prints a section's lists in this order, so it is the only order the old
    # shape can claim; a document's published order may differ (then move blocks by hand).
    for old_name, block in SECTION_LISTS:
        for value in old.get(old_name, []):
            content.append({block: with_agencies(value) if isinstance(value, dict) else value})
    if content:
        new["content"] = content
    new.update({k: v for k, v in old.items() if k not in new and k not in dict(SECTION_LISTS)})
    return new


def subject(old):
    new = dict(old)
    status = {}
    if "legalStatus" in new:
        status["kind"] = new.pop("legalStatus")
    if "childProtectionCategory" in new:
        status.setdefault("kind", "CHILD_PROTECTION_PLAN")
        status["category"] = new.pop("childProtectionCategory")
    if status:
        new["statuses"] = [status]
    return new


def incident(old):
    new = dict(old)
    if "children" in new:
        new["subjects"] = new.pop("children")
    return new


def migrate(doc):
    doc = dict(doc)
    if doc["documentType"] == "LearningSummary":
        if "publisher" in doc:
            doc["partnership"] = doc.pop("publisher")
        if "incident" in doc:
            doc["incidents"] = [incident(doc.pop("incident"))]
        doc["subjects"] = [subject(s) for s in doc.get("subjects", [])] or doc.pop("subjects", None)
        if doc["subjects"] is None:
            del doc["subjects"]
        doc["sections"] = [section(s) for s in doc.get("sections", [])] if isinstance(doc.get("sections"), list) else doc.get("sections")
        if doc["sections"] is None:
            del doc["sections"]
    else:
        doc["incident"] = incident(doc["incident"]) if isinstance(doc.get("incident"), dict) else doc.get("incident")
        if doc["incident"] is None:
            del doc["incident"]
        if "localAuthorityOfIncident" in doc and isinstance(doc.get("incident"), dict):
            doc["incident"].setdefault("place", {})["area"] = doc.pop("localAuthorityOfIncident")
        residence = doc.pop("localAuthorityOfResidence", None)
        children = [subject(c) for c in doc.get("children", [])] if isinstance(doc.get("children"), list) else doc.get("children")
        if isinstance(children, list) and residence:
            for child in children:
                child.setdefault("area", residence)
        if children is not None:
            doc["children"] = children
        for key in ("findings", "immediateActions", "keyPracticeEpisodes"):
            doc[key] = [with_agencies(p) for p in doc.get(key, [])] if isinstance(doc.get(key), list) else doc.get(key)
            if doc[key] in (None, []):
                doc.pop(key)
    return doc


def main():
    source = json.loads(open(sys.argv[1], encoding="utf-8").read())
    text = json.dumps(migrate(source), indent=2, ensure_ascii=False) + "\n"
    if len(sys.argv) > 2:
        open(sys.argv[2], "w", encoding="utf-8").write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
