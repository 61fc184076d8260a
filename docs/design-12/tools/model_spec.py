"""The proposed v1 model after issue 12, as data.

One source for the reference part of ../model-changes.md (every type, property and enumeration
value with its meaning) and for proposed.schema.json, the draft 2020-12 schema that check.py uses
to check the example documents. Design aid only: the published schemas stay generated from the
Java model by victools; this file is what that model should say.

Run `python3 generate.py` after editing.
"""

LIMITS = {
    "NAME_MAX": 200,
    "TITLE_MAX": 500,
    "STATEMENT_MAX": 5_000,
    "TEXT_MAX": 50_000,
    "NUMBER_MAX": 20,
    "LINK_MAX": 2_000,
    "AGE_MAX": 150,
    "COUNT_MAX": 10_000_000,
}


class P:
    """A property: JSON name, kind, one-line meaning, and how it changes."""

    def __init__(self, name, kind, doc, req=False, many=False, min_items=None, change="kept",
                 choice=False, person_name=False):
        self.name, self.kind, self.doc = name, kind, doc
        self.req, self.many, self.min_items = req, many, min_items
        self.change, self.choice, self.person_name = change, choice, person_name


class T:
    """A model type (an Immutables value class)."""

    def __init__(self, name, doc, change, props, rules=(), removed=(), schema=None, extends=None):
        self.name, self.doc, self.change = name, doc, change
        self.props, self.rules, self.removed = props, list(rules), list(removed)
        self.schema = schema or {}
        self.extends = extends


class E:
    """An enumeration: every value with a label and a definition."""

    def __init__(self, name, doc, change, values):
        self.name, self.doc, self.change = name, doc, change
        self.values = values  # (code, label, definition, change)


def text(limit):
    return ("text", limit)


ID = ("id",)
LINK = ("link",)
PDATE = ("pdate",)
DATE = ("date",)
BOOL = ("bool",)
THEME = ("theme",)
DECIMAL = ("decimal",)
PERSON_REF = ("ref", "person")      # a subject pseudonym, family member label or group label
FINDING_REF = ("ref", "finding")    # a finding id
SOURCE_REF = ("ref", "source")      # a source review id


def enum(name):
    return ("enum", name)


def typ(name):
    return ("type", name)


def integer(lo, hi):
    return ("int", lo, hi)


# --------------------------------------------------------------------------------------------
# Types
# --------------------------------------------------------------------------------------------

TYPES = []


def t(*args, **kwargs):
    TYPES.append(T(*args, **kwargs))


# ---- documents ------------------------------------------------------------------------------

t("ReviewDocument",
  "An exchange document: a RapidReview or a LearningSummary (sealed interface).",
  "changed: gains getProvenance()",
  [
      P("documentType", ("doctype",), "The type of the document, written first in JSON.", req=True),
      P("schemaVersion", ("version",), "The schema version the document was written against, such as 1.0.0.", req=True),
      P("id", ID, "The sender's identifier of the document.", req=True),
      P("classification", enum("Classification"), "Whether the document is meant for publication or is sensitive, where it says."),
      P("provenance", typ("Provenance"), "Where the document comes from: its link, who published it, how complete the text is, whether it is illustrative.", change="new"),
      P("themes", THEME, "The learning themes the document as a whole is tagged with.", many=True),
  ])

t("LearningSummary",
  "A published learning document, or a published account of one: a learning summary, briefing, review or audit report, press release, news report or committee papers that carries learning from one or more reviews or audits.",
  "changed",
  [
      P("documentType", ("doctype", "LearningSummary"), "Always LearningSummary.", req=True),
      P("schemaVersion", ("version",), "The schema version; 1.0.0 unless set.", req=True),
      P("id", ID, "The sender's identifier of the document.", req=True),
      P("classification", enum("Classification"), "Meant for publication (the default) or sensitive."),
      P("provenance", typ("Provenance"), "Where the text comes from and how complete it is.", change="new"),
      P("title", text("TITLE_MAX"), "The title as published, such as \"Child HH and Child CC\" or a news release's headline.", req=True),
      P("format", enum("LearningFormat"), "The published form of the document.", req=True),
      P("formatLabel", text("NAME_MAX"), "What the document calls itself, as written, such as \"Learning Summary\", \"Six-step Briefing\" or \"Agenda item\"."),
      P("series", text("TITLE_MAX"), "The series it belongs to, such as \"Learning Lessons from Safeguarding Audits\"."),
      P("partnership", typ("Organisation"), "The safeguarding partnership or board whose learning the document carries: the body that ran or commissioned the reviews or audits.", change="renamed from publisher"),
      P("publicationDate", PDATE, "The date the document carries: when it was published, or the date printed on it."),
      P("people", typ("PersonInRole"), "People the document names in a public or professional role (author, reviewer, chair, presenter, witness, elected member); the only place a person's name is data.", many=True, change="new"),
      P("sources", typ("ReviewReference"), "The reviews or audits the document draws on or reports, each with its link, local reference and the children it concerns.", many=True, change="changed: items gain id, link, subjects and more"),
      P("subjects", typ("Subject"), "The children the document is about who have a pseudonym.", many=True, change="changed: items gain statuses, area, more ages"),
      P("groups", typ("Group"), "Groups of children without pseudonyms, such as a thematic review's ten boys or an audit's sample.", many=True, change="new"),
      P("familyMembers", typ("FamilyMember"), "The households and family networks.", many=True),
      P("incidents", typ("Incident"), "The incidents that led to the reviews, each with the children it concerns.", many=True, change="renamed from incident (one optional incident), now a list"),
      P("moves", typ("Move"), "Moves of children and families between homes or areas.", many=True, change="new"),
      P("housingPlacements", typ("HousingPlacement"), "Temporary accommodation families lived in.", many=True),
      P("agencies", typ("Agency"), "The agencies the document names as working with the children and families or taking part in the review, each with its name as written.", many=True, change="new"),
      P("figures", typ("Figure"), "Numbers the document gives about a group, a case or the reviews, such as \"72% of ...\" or \"three contacts with the Front Door in 2024\".", many=True, change="new"),
      P("statedCounts", typ("StatedCount"), "Counts the document states of parts it does not list in full, such as \"eight findings and fourteen recommendations\".", many=True, change="new"),
      P("sections", typ("Section"), "The sections in published order; at least one.", many=True, min_items=1, req=False, change="changed: sections hold ordered content blocks and subsections"),
      P("keywords", text("NAME_MAX"), "Keywords, as the document or a case review repository lists them.", many=True),
      P("themes", THEME, "The learning themes the document as a whole is tagged with.", many=True),
  ],
  removed=[("publisher", "renamed to partnership"), ("incident", "replaced by incidents")],
  rules=[
      "Views (computed, not JSON): findings(), recommendations(), actions(), questions(), resources() list every such part in document order (see 'Walking the content').",
      "Subject pseudonyms, family member labels and group labels are one namespace: each unique (error).",
      "Ids of sources, findings, recommendations, actions, placements, incidents and moves are unique within the document (error).",
  ])

t("RapidReview",
  "A rapid review: what the safeguarding partners send to the Child Safeguarding Practice Review Panel within 15 working days of a serious incident notification.",
  "changed",
  [
      P("documentType", ("doctype", "RapidReview"), "Always RapidReview.", req=True),
      P("schemaVersion", ("version",), "The schema version; 1.0.0 unless set.", req=True),
      P("id", ID, "The sender's identifier of the document.", req=True),
      P("classification", enum("Classification"), "Sensitive (the default) or meant for publication."),
      P("provenance", typ("Provenance"), "Where the document comes from; marks illustrative (made-up or reconstructed) rapid reviews.", change="new"),
      P("panelReference", text("NAME_MAX"), "The Panel's reference for the serious incident notification."),
      P("partnership", typ("Organisation"), "The safeguarding partnership carrying out the rapid review.", req=True, change="changed: type Partnership renamed Organisation"),
      P("timeline", typ("RapidReviewTimeline"), "The review's dates, which must be in order.", req=True),
      P("children", typ("Subject"), "The children the notification concerns; at least one.", many=True, min_items=1),
      P("incident", typ("Incident"), "The serious incident the notification reported.", req=True, change="changed: see Incident"),
      P("familyMembers", typ("FamilyMember"), "The household and family network.", many=True),
      P("moves", typ("Move"), "Moves of the children and family between homes or areas.", many=True, change="new"),
      P("housingPlacements", typ("HousingPlacement"), "Temporary accommodation the family lived in.", many=True),
      P("agencyInvolvement", typ("AgencyInvolvement"), "One summary for each agency involved (the individual agency summaries).", many=True),
      P("keyPracticeEpisodes", typ("KeyPracticeEpisode"), "Key practice episodes with their analysis.", many=True),
      P("livedExperience", text("TEXT_MAX"), "The child's lived experience, in words."),
      P("contextAndEquality", text("TEXT_MAX"), "Context and equality: racism, inequalities, ableism and protected characteristics, in words."),
      P("findings", typ("Finding"), "Good practice, learning and areas for improvement found so far.", many=True),
      P("immediateActions", typ("Action"), "Actions already taken or agreed.", many=True),
      P("decision", typ("Decision"), "What the partners decided, and why; absent only while undecided (a warning).", change="changed: optional (was required)"),
      P("signOff", typ("SignOff"), "The statutory partners' sign-off.", many=True),
      P("panelResponse", typ("PanelResponse"), "The Panel's response, once received."),
      P("themes", THEME, "The learning themes the document as a whole is tagged with.", many=True),
  ],
  removed=[("localAuthorityOfIncident", "moved to incident.place.area"),
           ("localAuthorityOfResidence", "moved to children[].area")],
  rules=[
      "Statutory gaps are warnings, never errors: see 'Rapid review warnings'.",
  ])

# ---- provenance and organisations ------------------------------------------------------------

t("Provenance",
  "Where a document's text comes from: its own address, a copy it was taken from, who published it when that is not the partnership, when it was retrieved, and how complete it is.",
  "new",
  [
      P("link", LINK, "The document's own address: the page or file where its publisher publishes it."),
      P("copyLink", LINK, "The address of a copy the text was taken from when that is not the publisher's own, such as a document-sharing site or a web archive."),
      P("retrieved", PDATE, "When the copy used was retrieved."),
      P("publishedBy", typ("Organisation"), "The body that published the text, when it is not the document's partnership: a council, a news outlet, a committee."),
      P("documentReference", text("NAME_MAX"), "The document's own reference or version line as printed, such as a running header \"BSCB Child BW SCR FINAL 02.02.2017\"."),
      P("illustrative", BOOL, "True for a made-up or reconstructed document that shows how a real one would look; absent for real documents."),
      P("basedOn", LINK, "The addresses of the published documents an illustrative or reconstructed document was built from.", many=True),
      P("note", text("STATEMENT_MAX"), "Anything else about where the document comes from, such as what an illustrative document was built from."),
      P("completeness", typ("Completeness"), "How complete the text is; absent when not known."),
  ])

t("Completeness",
  "How complete the encoded text is, and where it is cut. Cut markers never stay in the text: the text keeps only the words that exist.",
  "new",
  [
      P("status", enum("CompletenessStatus"), "Complete, an excerpt, or partial.", req=True),
      P("note", text("STATEMENT_MAX"), "Where the text is cut or what is missing, in words, such as \"steps 5 and 6 not captured\"."),
      P("endsMidway", BOOL, "True when the text stops part-way through its last paragraph, list item or table cell, which is then incomplete."),
  ],
  rules=["Where text is missing in the middle of a document, an omission block or item marks the place; the end of a partial document needs no marker."])

t("Organisation",
  "A body that leads, commissions or publishes reviews, or is named in a document's governance: a safeguarding partnership or board, a council, a health body, a news outlet.",
  "renamed from Partnership",
  [
      P("name", text("NAME_MAX"), "The name as written, such as \"Essex Safeguarding Children Board\".", change="changed: optional (was required); name or area required"),
      P("abbreviation", text("NAME_MAX"), "The abbreviation the document uses, such as \"BSCP\".", change="new"),
      P("kind", enum("OrganisationKind"), "The kind of body, where known.", change="changed: optional; enum renamed OrganisationKind"),
      P("area", text("NAME_MAX"), "The local authority area or areas it covers, as written, such as \"Bexley\".", change="new"),
      P("inferred", BOOL, "True when the document does not name the body and the name is taken from where the document is published (its website).", change="new"),
  ],
  schema={"anyOf": [{"required": ["name"]}, {"required": ["area"]}]},
  rules=["At least one of name and area (error organisation.unnamed)."])

t("PersonInRole",
  "A person the document names in a public or professional role, such as the report's author, the partnership's independent chair or a witness to a committee. Family members are never people in roles.",
  "new",
  [
      P("name", text("NAME_MAX"), "The person's name as published, with any title or honours (\"Dr\", \"Cllr\", \"QPM\"); absent when only the role is given.", person_name=True),
      P("roles", enum("RoleKind"), "What the person did for the document or the review; at least one.", many=True, min_items=1),
      P("roleAsWritten", text("TITLE_MAX"), "The role in the document's words, such as \"Independent Chair of the Surrey Safeguarding Children Partnership (SSCP)\"."),
      P("organisation", typ("Organisation"), "The body the person acts for."),
      P("sources", SOURCE_REF, "The ids of the source reviews the role concerns; empty for the document as a whole.", many=True),
  ],
  rules=["name is the only property of the model that may hold a person's name; it is annotated @PersonName so that the privacy scan knows."])

t("ReviewReference",
  "A review or audit a document draws on or reports. Published documents often name a review without saying much about it, so every part is optional.",
  "changed",
  [
      P("id", ID, "The source's identifier, unique within the document; required when anything refers to the source.", change="new"),
      P("type", enum("ReviewType"), "The kind of review, if the document says."),
      P("scope", enum("ReviewScope"), "Whether it looks at one case or several around a theme.", change="new"),
      P("title", text("TITLE_MAX"), "The review's title, such as \"Serious Youth Violence - Breaking the Cycle\"."),
      P("reference", text("NAME_MAX"), "The partnership's own reference, such as \"CN18\" or \"BSCP2020-21-01\".", change="changed: meaning narrowed to the local reference"),
      P("panelReference", text("NAME_MAX"), "The Panel's serious incident notification reference.", change="new"),
      P("partnership", typ("Organisation"), "The partnership or board that carried out or commissioned the review."),
      P("referredBy", typ("Organisation"), "The body whose referral led to the review, such as a child death overview panel.", change="new"),
      P("link", LINK, "The address of the review's own report or summary.", change="new"),
      P("subjects", PERSON_REF, "The pseudonyms and group labels of the children it concerns.", many=True, change="new"),
      P("methods", enum("ReviewMethod"), "How the review or audit was carried out.", many=True, change="new"),
      P("period", typ("When"), "The period the review or audit covers or was carried out in, such as \"2016/17\".", change="new"),
      P("decisionDate", PDATE, "When the decision to undertake the review was made."),
      P("publicationDate", PDATE, "When the review was published."),
  ])

# ---- people ---------------------------------------------------------------------------------

t("Subject",
  "A child a document is about, known only by a pseudonym (\"Child HH\", \"Baby F\", \"Child 1\") and ages, never by name or date of birth.",
  "changed",
  [
      P("pseudonym", text("NAME_MAX"), "The pseudonym the document uses; unique among pseudonyms and labels.", req=True),
      P("age", typ("Age"), "The child's age at the incident or the events reviewed.", change="changed: Age may be approximate, bounded, a range or a stage"),
      P("ageAtDeath", typ("Age"), "The child's age at death, when the child died later than the incident.", change="new"),
      P("ageNow", typ("Age"), "The child's age when the document was written.", change="new"),
      P("sex", enum("Sex"), "The child's sex."),
      P("ethnicity", text("NAME_MAX"), "The child's ethnicity as written, such as \"Black\" or \"White British\"."),
      P("disability", text("STATEMENT_MAX"), "Any disability or complex health need, in words."),
      P("area", text("NAME_MAX"), "Where the child lived, as written: the local authority of residence, a town, or \"the local area\".", change="new (takes RapidReview.localAuthorityOfResidence)"),
      P("statuses", typ("Status"), "The child's involvement with children's services: at the time (no when) and before or after (with when).", many=True, change="new (replaces legalStatus and childProtectionCategory)"),
      P("educationStatus", enum("EducationStatus"), "The child's education at the time of the incident."),
      P("registrations", typ("Registration"), "Whether the child was registered with a GP, health visiting or other local service.", many=True, change="new"),
  ],
  removed=[("legalStatus", "moved to statuses[].kind (enum LegalStatus renamed StatusKind)"),
           ("childProtectionCategory", "moved to statuses[].category")])

t("Group",
  "Children a document describes together, without pseudonyms: a thematic review's cohort, an audit's sample, the siblings of one case.",
  "new",
  [
      P("label", text("NAME_MAX"), "A label for the group, the document's words where it has them (\"ten boys\", \"Child 2\"); unique among pseudonyms and labels.", req=True),
      P("count", typ("Count"), "How many children, exactly or approximately."),
      P("age", typ("Age"), "Their age or age band, such as \"under 5\" or \"0 to 2 years\"."),
      P("sex", enum("Sex"), "Their sex, when all share it."),
      P("area", text("NAME_MAX"), "Where they lived, as written."),
      P("description", text("STATEMENT_MAX"), "What the children have in common, in the document's words."),
      P("statuses", typ("Status"), "Their involvement with children's services, when all share it.", many=True),
  ])

t("Count",
  "A whole number as a document gives it: exact (\"ten\"), approximate (\"about 60\") or bounded (\"more than 100\").",
  "new",
  [
      P("value", integer(0, "COUNT_MAX"), "The number.", req=True),
      P("qualifier", enum("Qualifier"), "How the number is qualified; absent when exact."),
  ])

t("FamilyMember",
  "An adult or child in a household or family network, known by a role label such as \"Mother\" or \"Child CC's father\", never by name.",
  "changed",
  [
      P("label", text("NAME_MAX"), "The label the document uses, such as \"Child HH's Mother\" or \"Sibling 1\"; unique among pseudonyms and labels.", req=True),
      P("role", enum("FamilyRole"), "The person's role in the children's lives; NOT_KNOWN when the document does not say.", req=True, change="changed: enum gains NOT_KNOWN"),
      P("roleAsWritten", text("NAME_MAX"), "The role in the document's words, such as \"birth Father\" or \"half-sibling\".", change="new"),
      P("count", typ("Count"), "How many people the entry stands for, when the document says (\"two older half-siblings\"); absent for one person or when not said.", change="new"),
      P("age", typ("Age"), "The person's age at the time of the events reviewed, where given."),
      P("careLeaver", BOOL, "Whether the person is a care leaver; absent when the document does not say."),
      P("relatedSubjects", PERSON_REF, "The pseudonyms or group labels of the children this person is related to.", many=True),
      P("partnerOf", PERSON_REF, "The label of the family member this person is the partner of."),
      P("statuses", typ("Status"), "The person's involvement with children's services, such as a sibling's child protection plan or a parent \"known to Children's Social Care\".", many=True, change="new"),
      P("history", text("TEXT_MAX"), "Relevant history, in words."),
  ])

t("Age",
  "An age as a document gives it, keeping the words used: exact (\"6 months\"), approximate (\"about 2\"), bounded (\"under 5\"), a range (\"0 to 2 years\"), a stage (\"young child\") or a count with a stage (\"a pre-mobile baby aged 7 weeks\"). Never a date of birth.",
  "changed",
  [
      P("value", integer(0, "AGE_MAX"), "The count of units: the age, or the start of a range.", change="changed: optional (value or stage required)"),
      P("to", integer(0, "AGE_MAX"), "The end of a range, inclusive (\"0 to 2 years\": value 0, to 2).", change="new"),
      P("unit", enum("AgeUnit"), "The unit value and to count; required with value.", change="changed: optional, required with value"),
      P("qualifier", enum("Qualifier"), "How the value is qualified (about, under, over, at least, at most); absent when exact.", change="new"),
      P("stage", enum("LifeStage"), "The stage of life the document names, with or without a count.", change="new"),
      P("asWritten", text("NAME_MAX"), "The words the document uses, such as \"16-year-old\" or \"of secondary school age\".", change="new"),
  ],
  schema={"anyOf": [{"required": ["value"]}, {"required": ["stage"]}],
          "dependentRequired": {"value": ["unit"], "to": ["value"], "qualifier": ["value"], "unit": ["value"]}},
  rules=["value or stage is required; unit comes with value; to and qualifier need value; to is not below value (error age.form).",
         "toString() and parse() round-trip the counted forms: \"6 months\", \"about 2 years\", \"under 5 years\", \"0 to 2 years\", \"at least 16 years\"."])

t("TimeSpan",
  "A length of time as a document gives it: \"about two months\", \"nine weeks\", \"more than six weeks\".",
  "new",
  [
      P("value", integer(0, "COUNT_MAX"), "The count of units, or the start of a range."),
      P("to", integer(0, "COUNT_MAX"), "The end of a range, inclusive."),
      P("unit", enum("AgeUnit"), "The unit value counts; required with value."),
      P("qualifier", enum("Qualifier"), "How the value is qualified; absent when exact."),
      P("asWritten", text("NAME_MAX"), "The words the document uses."),
  ],
  schema={"anyOf": [{"required": ["value"]}, {"required": ["asWritten"]}],
          "dependentRequired": {"value": ["unit"], "to": ["value"], "qualifier": ["value"], "unit": ["value"]}},
  rules=["value or asWritten is required (error timeSpan.form)."])

t("When",
  "When something happened, as precisely as the document says: one partial date, a span or a bound (from, to), and the words used where a date cannot hold them (\"autumn 2014\", \"12th June\", \"over the previous 12 months\").",
  "new",
  [
      P("date", PDATE, "The date, to the day, month or year given."),
      P("from", PDATE, "The start of a span, or \"since\"."),
      P("to", PDATE, "The end of a span, or \"until\"."),
      P("asWritten", text("NAME_MAX"), "The document's words, when they say more or less than the dates."),
  ],
  schema={"anyOf": [{"required": ["date"]}, {"required": ["from"]}, {"required": ["to"]}, {"required": ["asWritten"]}],
          "dependentSchemas": {"date": {"properties": {"from": False, "to": False}}}},
  rules=["At least one property; date excludes from and to (error when.form); from is not after to (error dates.outOfOrder)."])

t("Status",
  "A child's (or family member's) involvement with children's services: a plan, an assessment, being looked after, or being known to services; at the time of the incident unless when says otherwise.",
  "new",
  [
      P("kind", enum("StatusKind"), "The kind of involvement.", req=True),
      P("category", enum("ChildProtectionCategory"), "The category of a child protection plan."),
      P("agency", typ("Agency"), "The agency the status is with, where the document names it (\"known to Children's Social Care\")."),
      P("area", text("NAME_MAX"), "The local authority that holds the plan or status, as written, when it matters (a plan held by another authority)."),
      P("when", typ("When"), "When the status began or applied; absent means at the time of the incident or the events reviewed."),
      P("beforeBirth", BOOL, "True for a plan made before the child was born (a pre-birth plan)."),
      P("detail", text("STATEMENT_MAX"), "What the document says about it, such as \"closed because consent was not given\"."),
  ],
  rules=["A category only with CHILD_PROTECTION_PLAN (warning subject.categoryWithoutPlan)."])

t("Registration",
  "Whether a child or family member was registered with a local service such as a GP or health visiting team.",
  "new",
  [
      P("service", enum("LocalService"), "The service.", req=True),
      P("registered", BOOL, "True if registered, false if not.", req=True),
      P("area", text("NAME_MAX"), "Where the registration was held, as written (\"in the previous area\")."),
      P("when", typ("When"), "When this applied; absent means at the time of the incident."),
  ])

# ---- incidents and what followed ------------------------------------------------------------

t("Incident",
  "A serious incident or harm a review follows: the children it concerns, whether a child died or was seriously harmed, the kinds of harm, where and when, and what followed.",
  "changed",
  [
      P("id", ID, "The incident's identifier, unique within the document, where it has one.", change="new"),
      P("subjects", PERSON_REF, "The pseudonyms and group labels of the children harmed.", many=True, change="renamed from children"),
      P("outcome", enum("IncidentOutcome"), "Whether a child died or was seriously harmed; absent when the document does not say.", change="changed: optional (was required); a rapid review warns when absent"),
      P("harmTypes", enum("HarmType"), "The kinds of harm.", many=True),
      P("abuseOrNeglect", enum("Certainty"), "Whether abuse or neglect is known or suspected (the notification criterion).", change="new"),
      P("date", PDATE, "When the incident happened or came to light."),
      P("place", typ("Place"), "Where it happened: local authority area and kind of setting.", change="new (takes RapidReview.localAuthorityOfIncident)"),
      P("summary", text("TEXT_MAX"), "What happened, in words, when the document's content does not already tell it."),
      P("parallelProcesses", enum("ParallelProcess"), "Processes running alongside the review.", many=True),
      P("consequences", typ("Consequence"), "What followed: arrest, charge, conviction, no further action, care proceedings, a child taken into care.", many=True, change="new"),
  ],
  removed=[("children", "renamed to subjects")])

t("Place",
  "Where something happened: the local authority area and the kind of setting.",
  "new",
  [
      P("area", text("NAME_MAX"), "The local authority area, as written (for a rapid review, the authority of the incident)."),
      P("setting", enum("Setting"), "The kind of setting."),
      P("description", text("NAME_MAX"), "The place in the document's words, such as \"on school premises\"."),
  ],
  schema={"minProperties": 1})

t("Consequence",
  "Something that followed an incident for the people involved: an arrest, a charge, a decision to take no further action, care proceedings.",
  "new",
  [
      P("kind", enum("ConsequenceKind"), "What followed.", req=True),
      P("people", PERSON_REF, "The labels or pseudonyms of the people it concerned.", many=True),
      P("when", typ("When"), "When it happened."),
      P("agency", typ("Agency"), "The agency that acted or decided, such as the Crown Prosecution Service."),
      P("detail", text("STATEMENT_MAX"), "The document's words, such as \"on suspicion of gross negligence manslaughter\"."),
  ])

t("Move",
  "A move of a child or family between homes or local authority areas: from where, to where, when or for how long, whether planned, and why.",
  "new",
  [
      P("id", ID, "The move's identifier, unique within the document, where it has one."),
      P("people", PERSON_REF, "The pseudonyms and labels of those who moved; empty for the whole household.", many=True),
      P("from", text("NAME_MAX"), "Where from, as written (an area or a kind of home)."),
      P("to", text("NAME_MAX"), "Where to, as written."),
      P("betweenAreas", BOOL, "True if the move crossed a local authority boundary, false if it stayed within one."),
      P("when", typ("When"), "When the move happened."),
      P("lengthOfStay", typ("TimeSpan"), "How long they stayed where they moved to (\"about two months in the city\")."),
      P("planned", BOOL, "True for a planned move, false for an unplanned one."),
      P("reason", text("STATEMENT_MAX"), "Why, in the document's words."),
  ])

t("HousingPlacement",
  "A household's stay in temporary accommodation (unchanged).",
  "kept",
  [
      P("id", ID, "The placement's identifier, unique within the document, where it has one."),
      P("household", text("NAME_MAX"), "A label for the household, where a document describes more than one."),
      P("occupants", PERSON_REF, "The pseudonyms and labels of those who lived there.", many=True),
      P("accommodationType", enum("AccommodationType"), "The official temporary accommodation type."),
      P("description", text("STATEMENT_MAX"), "The accommodation in words."),
      P("start", PDATE, "When the placement began."),
      P("end", PDATE, "When it ended."),
      P("placingAuthority", text("NAME_MAX"), "The local authority that made the placement."),
      P("hostAuthority", text("NAME_MAX"), "The local authority where the accommodation is."),
      P("outOfArea", BOOL, "Whether the placement was outside the placing authority's district."),
      P("hostAuthorityNotified", DATE, "When the host authority was notified in writing (Housing Act 1996 s208)."),
      P("distanceFromSupport", text("STATEMENT_MAX"), "How far it was from support and services, in words."),
      P("numberOfMoves", integer(0, 1000), "Moves made up to and including this placement."),
      P("suitabilityConcerns", text("STATEMENT_MAX"), "Concerns about quality or suitability.", many=True),
      P("providerInvolvedInSafeguarding", BOOL, "Whether the housing provider took part in safeguarding."),
      P("lostAccessTo", enum("LocalService"), "Local services the family lost access to.", many=True),
  ])

# ---- agencies, figures, counts --------------------------------------------------------------

t("Agency",
  "An agency as a document names it: a catalogue kind and the name as written (\"Front Door\", \"Urgent Care Centre\", \"Metropolitan Police Service\").",
  "changed: used on findings, actions, recommendations, episodes, statuses and document agency lists",
  [
      P("kind", enum("AgencyKind"), "The kind of agency.", req=True, change="changed: catalogue extended"),
      P("name", text("NAME_MAX"), "The agency's name as the document writes it.", change="changed: meaning is the name as written"),
  ])

t("AgencyInvolvement",
  "One agency's involvement with a child and family, summarised for a rapid review (unchanged).",
  "kept",
  [
      P("agency", typ("Agency"), "The agency.", req=True),
      P("summary", text("TEXT_MAX"), "What the agency knew and did.", req=True),
  ])

t("Figure",
  "A number a document gives about a group, a case or the reviews, typed rather than left in prose: \"72% of ...\", \"19 children excluded\", \"three contacts with the Front Door in 2024\".",
  "new",
  [
      P("measure", text("STATEMENT_MAX"), "What is counted or measured, in words, such as \"contacts with the Front Door\".", req=True),
      P("value", DECIMAL, "The number.", req=True),
      P("unit", enum("FigureUnit"), "A count or a percentage.", req=True),
      P("qualifier", enum("Qualifier"), "How the number is qualified; absent when exact."),
      P("about", PERSON_REF, "The pseudonyms, group labels or source ids the figure describes; empty for the document as a whole.", many=True),
      P("when", typ("When"), "When or over which period the figure applies."),
      P("asWritten", text("NAME_MAX"), "The document's words for the number, such as \"almost three quarters\"."),
  ])

t("StatedCount",
  "A count a document states of parts it does not list in full: \"eight findings and fourteen recommendations\", \"six findings, three shown here\", \"thirteen case reviews\".",
  "new",
  [
      P("part", enum("CountedPart"), "What is counted.", req=True),
      P("count", typ("Count"), "How many the document says there are.", req=True),
      P("sources", SOURCE_REF, "The ids of the reviews whose parts are counted; empty for the document as a whole.", many=True),
  ])

# ---- structure ------------------------------------------------------------------------------

t("Section",
  "A section of a learning document: its published number and heading, the canonical kind that heading maps to, what it is about, and its content as ordered blocks followed by its subsections.",
  "changed",
  [
      P("kind", enum("SectionKind"), "The canonical kind of the section.", req=True, change="changed: enum extended, every value defined"),
      P("number", text("NUMBER_MAX"), "The number printed before the heading, such as \"1.\" or \"Step 3\".", change="new"),
      P("heading", text("NAME_MAX"), "The heading as published, without its number; absent for an untitled part."),
      P("subjects", PERSON_REF, "The pseudonyms and group labels of the children the section is about (a per-child part).", many=True, change="new"),
      P("sources", SOURCE_REF, "The ids of the source reviews the section is about (a per-review part).", many=True, change="new"),
      P("themes", THEME, "The learning themes the section as a whole is tagged with.", many=True),
      P("content", typ("Block"), "What the section says, in published order.", many=True, change="new (replaces paragraphs, findings, recommendations, actions, questions, resources)"),
      P("sections", typ("Section"), "Subsections, in order, after the content.", many=True, change="new"),
  ],
  removed=[("paragraphs", "content[].paragraph"), ("findings", "content[].finding or a list item's finding"),
           ("recommendations", "content[].recommendation or a list item's recommendation"),
           ("actions", "content[].action or a list item's action"),
           ("questions", "content[].question or a list item's question"),
           ("resources", "content[].resource or a list item's resource")])

BLOCK_CHOICES = ["paragraph", "list", "finding", "recommendation", "action", "question", "resource", "table", "glossary", "omission"]
ITEM_CHOICES = ["text", "finding", "recommendation", "action", "question", "resource", "omission"]


def exclusive(choices):
    return {c: {"properties": {o: False for o in choices if o != c}} for c in choices}


t("Block",
  "One block of a section's content, in published order: exactly one of a paragraph, a list, a finding, a recommendation, an action, a question, a resource, a table, a glossary or an omission.",
  "new",
  [
      P("paragraph", text("TEXT_MAX"), "A paragraph of running text, as published.", choice=True),
      P("list", typ("ItemList"), "A bullet or numbered list.", choice=True),
      P("finding", typ("Finding"), "A finding given as its own paragraph (a titled finding shows its title as a sub-heading).", choice=True),
      P("recommendation", typ("Recommendation"), "A recommendation given as its own paragraph.", choice=True),
      P("action", typ("Action"), "An action for practice given as its own paragraph.", choice=True),
      P("question", text("STATEMENT_MAX"), "A question the document asks its readers (for reflection or discussion).", choice=True),
      P("resource", typ("Resource"), "Further reading or a practice resource given on its own line.", choice=True),
      P("table", typ("Table"), "A table with column headings.", choice=True),
      P("glossary", typ("Glossary"), "A list of terms or acronyms and their meanings.", choice=True),
      P("omission", typ("Omission"), "A place where published text is not available.", choice=True),
  ],
  schema={"anyOf": [{"required": [c]} for c in BLOCK_CHOICES], "dependentSchemas": exclusive(BLOCK_CHOICES)},
  rules=["Exactly one property (errors content.missing, content.several); kind() names it."])

t("ItemList",
  "A bullet or numbered list: an optional lead-in line and its items. A list whose items carry published numbers is a numbered list.",
  "new",
  [
      P("leadIn", text("STATEMENT_MAX"), "The line that introduces the list, such as \"Practitioners should:\"."),
      P("items", typ("Item"), "The items, in order; at least one.", many=True, min_items=1, req=False),
  ],
  schema={"required": ["items"], "properties": {"items": {"anyOf": [
      {"items": {"required": ["number"]}}, {"items": {"not": {"required": ["number"]}}}]}}},
  rules=["Either every item has a number or none has (error list.numbering); numbered() says which."])

t("Item",
  "One item of a list, or one cell of a table: a published number or label, at most one typed part, and a nested list that follows it.",
  "new",
  [
      P("number", text("NUMBER_MAX"), "The number or letter as printed, with its punctuation, such as \"1.\", \"1.1\" or \"(a)\"."),
      P("label", text("NAME_MAX"), "A label printed before the text, such as \"Chronic Neglect\" in \"Chronic Neglect: ...\"; only with text or an omission (typed parts use their own title)."),
      P("text", text("TEXT_MAX"), "The item's text, as published.", choice=True),
      P("finding", typ("Finding"), "A finding given as a list item.", choice=True),
      P("recommendation", typ("Recommendation"), "A recommendation given as a list item.", choice=True),
      P("action", typ("Action"), "An action given as a list item.", choice=True),
      P("question", text("STATEMENT_MAX"), "A question given as a list item.", choice=True),
      P("resource", typ("Resource"), "A resource given as a list item.", choice=True),
      P("omission", typ("Omission"), "An item whose text is not available.", choice=True),
      P("list", typ("ItemList"), "A list nested under this item, after its own content (\"... especially:\")."),
  ],
  schema={"dependentSchemas": dict(exclusive(ITEM_CHOICES), label={"anyOf": [{"required": ["text"]}, {"required": ["omission"]}]})},
  rules=["At most one of text, finding, recommendation, action, question, resource and omission (error content.several); a list item needs one of them or a nested list (error content.missing); a table cell may be empty; a label needs text or an omission (error item.label)."])

t("Table",
  "A table with column headings, such as a year-on-year audit grid; each cell is an item, so a cell can hold a typed finding.",
  "new",
  [
      P("number", text("NUMBER_MAX"), "The table's number as printed, such as \"Table 1.\"."),
      P("title", text("TITLE_MAX"), "The table's title."),
      P("caption", text("STATEMENT_MAX"), "A line under the title, such as \"2015/2016 and 2016/2017 Performance Comparison\"."),
      P("columns", typ("TableColumn"), "The columns, in order; at least one.", many=True, min_items=1),
      P("rows", typ("TableRow"), "The rows, in order; at least one.", many=True, min_items=1),
  ],
  schema={"required": ["columns", "rows"]},
  rules=["Every row has as many cells as there are columns (error table.cellCount)."])

t("TableColumn", "A table column.", "new",
  [P("heading", text("TITLE_MAX"), "The column heading as published.", req=True)])

t("TableRow", "A table row.", "new",
  [P("cells", typ("Item"), "The cells, left to right; an empty object is an empty cell.", many=True, min_items=1)],
  schema={"required": ["cells"]})

t("Glossary", "A list of terms or acronyms and their meanings, such as \"Acronyms Used\".", "new",
  [P("entries", typ("GlossaryEntry"), "The entries, in published order; at least one.", many=True, min_items=1)],
  schema={"required": ["entries"]})

t("GlossaryEntry", "One term and its meaning.", "new",
  [P("term", text("NAME_MAX"), "The term or acronym, such as \"CSC\".", req=True),
   P("meaning", text("STATEMENT_MAX"), "What it stands for or means, as written.", req=True)])

t("Omission",
  "A place where published text is not available to the encoder, such as a gap between two surviving fragments; never text of the document.",
  "new",
  [P("note", text("STATEMENT_MAX"), "What is missing, in words.")])

# ---- typed parts ----------------------------------------------------------------------------

t("Finding",
  "What a review found about practice: good practice, learning, an area for improvement or progress since an earlier review, tagged with themes and agencies. Recommendations and actions refer to findings by id.",
  "changed",
  [
      P("id", ID, "The finding's identifier, unique within the document, such as F4.", req=True),
      P("kind", enum("FindingKind"), "What kind of finding this is.", req=True, change="changed: enum gains PROGRESS, every value defined"),
      P("title", text("TITLE_MAX"), "A short heading or label the document gives it, such as \"Chronic Neglect\"."),
      P("statement", text("STATEMENT_MAX"), "The finding itself, as published.", req=True),
      P("detail", text("TEXT_MAX"), "Further published sentences that explain it."),
      P("themes", THEME, "The learning themes it is tagged with.", many=True),
      P("agencies", typ("Agency"), "The agencies it concerns, with names as written.", many=True, change="changed: Agency objects (were AgencyKind codes)"),
      P("sources", SOURCE_REF, "The ids of the source reviews it comes from; empty for all the document's sources.", many=True, change="new"),
  ])

t("Recommendation",
  "A recommendation a review makes, linked by id to the findings it answers.",
  "changed",
  [
      P("id", ID, "The recommendation's identifier, unique within the document, such as R1.", req=True),
      P("title", text("TITLE_MAX"), "A short heading or label the document gives it.", change="new"),
      P("statement", text("STATEMENT_MAX"), "The recommendation itself, as published.", req=True),
      P("owner", text("NAME_MAX"), "Who is to carry it out, as written."),
      P("agencies", typ("Agency"), "The agencies that are to carry it out.", many=True, change="new"),
      P("findings", FINDING_REF, "The ids of the findings it answers.", many=True),
      P("priority", enum("Priority"), "Its priority."),
      P("targetDate", DATE, "When it is to be carried out by."),
      P("status", enum("RecommendationStatus"), "How far it has been carried out."),
      P("themes", THEME, "The learning themes it is tagged with.", many=True),
  ])

t("Action",
  "Something to do: an action or practice point in a learning document (\"what we need to do\", \"how to enhance your practice\") or an immediate action after a rapid review.",
  "changed",
  [
      P("id", ID, "The action's identifier, unique within the document, where it has one."),
      P("title", text("TITLE_MAX"), "A short heading or label the document gives it.", change="new"),
      P("statement", text("STATEMENT_MAX"), "What is to be done, as published.", req=True),
      P("agencies", typ("Agency"), "The agencies that are to do it.", many=True, change="changed: Agency objects (were AgencyKind codes)"),
      P("findings", FINDING_REF, "The ids of the findings it answers, such as the learning point it follows.", many=True, change="new"),
      P("themes", THEME, "The learning themes it is tagged with.", many=True),
  ])

t("Resource",
  "Further reading or a practice resource: its title or a description, and a link where the document gives one.",
  "changed",
  [
      P("title", text("TITLE_MAX"), "The resource's title as published.", change="changed: optional; title or description required"),
      P("link", LINK, "An absolute http or https link to it."),
      P("description", text("STATEMENT_MAX"), "What the resource is, in the document's words (for a resource without a title, such as \"A webinar hosted by BSCP can also be watched.\")."),
  ],
  schema={"anyOf": [{"required": ["title"]}, {"required": ["description"]}]},
  rules=["title or description is required (error resource.form)."])

# ---- rapid review parts ---------------------------------------------------------------------

t("RapidReviewTimeline",
  "The dates of a rapid review, which must be in order: became aware, notification sent, meetings, submitted. Dates are partial dates, so that a review known only from another document can say no more than it knows.",
  "changed",
  [
      P("becameAware", PDATE, "When the local authority became aware of the incident; absent when not known (a warning).", change="changed: optional PartialDate (was required LocalDate)"),
      P("notificationSent", PDATE, "When the serious incident notification was sent to the Panel.", req=True, change="changed: PartialDate (was LocalDate)"),
      P("meetings", PDATE, "The dates of the rapid review meetings, in order.", many=True, change="changed: PartialDate"),
      P("submitted", PDATE, "When the rapid review was submitted to the Panel; absent for a draft.", change="changed: PartialDate"),
  ])

t("KeyPracticeEpisode", "A key practice episode in a rapid review: what happened at one point, and its analysis.", "changed",
  [
      P("id", ID, "The episode's identifier, unique within the document, where it has one."),
      P("title", text("TITLE_MAX"), "A short title.", req=True),
      P("date", PDATE, "When it happened."),
      P("description", text("TEXT_MAX"), "What happened.", req=True),
      P("analysis", text("TEXT_MAX"), "What the review makes of it."),
      P("agencies", typ("Agency"), "The agencies involved.", many=True, change="changed: Agency objects (were AgencyKind codes)"),
      P("themes", THEME, "The learning themes it is tagged with.", many=True),
  ])

t("Decision", "What a rapid review decided, and why; a decision always carries its rationale.", "changed",
  [
      P("criteriaMet", BOOL, "Whether the criteria for a local child safeguarding practice review are met; absent when the partners could not agree or did not say."),
      P("outcome", enum("DecisionOutcome"), "What happens next.", req=True),
      P("rationale", text("TEXT_MAX"), "Why; required for every decision.", req=True),
      P("nationalReviewRecommended", BOOL, "Whether the partners think a national review may be appropriate."),
      P("date", PDATE, "When the decision was made.", change="changed: PartialDate (was LocalDate)"),
  ])

t("SignOff", "One statutory partner's sign-off of a rapid review, by role rather than by name.", "changed",
  [
      P("partner", enum("StatutoryPartner"), "The statutory partner signing off.", req=True),
      P("role", text("NAME_MAX"), "The role of the person who signed, such as \"Director of Children's Services\"."),
      P("date", PDATE, "When they signed.", change="changed: PartialDate (was LocalDate)"),
  ])

t("PanelResponse", "The Child Safeguarding Practice Review Panel's response to a rapid review.", "changed",
  [
      P("date", PDATE, "When the Panel responded.", change="changed: PartialDate (was LocalDate)"),
      P("agreesWithDecision", BOOL, "Whether the Panel agreed with the partners' decision."),
      P("summary", text("TEXT_MAX"), "What the Panel said."),
  ])


# --------------------------------------------------------------------------------------------
# Enumerations: every value defined (issue 12 item 4)
# --------------------------------------------------------------------------------------------

ENUMS = []


def e(*args):
    ENUMS.append(E(*args))


e("AccommodationType", "The six temporary accommodation types of England's homelessness statistics (H-CLIC, table TA1).", "kept (definitions added)", [
    ("BED_AND_BREAKFAST", "Bed and breakfast hotel", "A bed and breakfast hotel or shared annexe: a room with shared kitchen or bathroom.", "kept"),
    ("NIGHTLY_PAID_SELF_CONTAINED", "Nightly paid, self-contained", "Nightly paid, privately managed accommodation with its own kitchen and bathroom.", "kept"),
    ("HOSTEL", "Hostel", "A hostel, including reception centres, emergency units and refuges.", "kept"),
    ("PRIVATE_SECTOR_LEASED", "Private sector leased", "Private sector accommodation leased by the authority or by a registered provider.", "kept"),
    ("LOCAL_AUTHORITY_OR_HOUSING_ASSOCIATION_STOCK", "Local authority or housing association stock", "A council or housing association home used as temporary accommodation.", "kept"),
    ("ANY_OTHER", "Any other type", "Any other type, including a private landlord's home, and a type the statistics record as not known.", "kept"),
])

e("AgeUnit", "The unit an age or time span is counted in.", "kept (definitions added)", [
    ("DAYS", "Days", "Counted in days (\"10 days old\").", "kept"),
    ("WEEKS", "Weeks", "Counted in weeks (\"7 weeks\", \"12 weeks old\").", "kept"),
    ("MONTHS", "Months", "Counted in months (\"6 months\").", "kept"),
    ("YEARS", "Years", "Counted in years (\"2 years\", \"16-year-old\").", "kept"),
])

e("AgencyKind", "The catalogue of agencies that work with children and families; the agency's own name is kept beside the kind.", "changed", [
    ("CHILDRENS_SOCIAL_CARE", "Children's social care", "The local authority's children's social work service, or a children's trust running it, when no more specific kind fits.", "kept"),
    ("FRONT_DOOR_MASH", "Front door / MASH", "The single point of contact for concerns about children: front door, multi-agency safeguarding hub, duty and assessment.", "kept"),
    ("OUT_OF_HOURS_SOCIAL_CARE", "Out-of-hours social care", "The emergency duty or out-of-hours social care service.", "kept"),
    ("EARLY_HELP", "Early help", "Early help and family support below the child in need threshold, including family hubs and children's centres.", "kept"),
    ("LADO", "Local authority designated officer (LADO)", "The officer who manages allegations against people who work with children.", "kept"),
    ("POLICE", "Police", "A police force or police team.", "kept"),
    ("GP", "GP", "General practice: the family's GP surgery.", "kept"),
    ("HEALTH_VISITING", "Health visiting", "Health visitors: public health nursing for children under 5.", "kept"),
    ("SCHOOL_NURSING", "School nursing", "School nurses: public health nursing for children of school age.", "kept"),
    ("MATERNITY_AND_MIDWIFERY", "Maternity and midwifery", "Maternity services and midwives, in hospital or the community, before and after birth.", "renamed from MIDWIFERY"),
    ("NEONATAL", "Neonatal unit", "Hospital care for newborn babies: a neonatal unit or special care baby unit.", "new"),
    ("EMERGENCY_DEPARTMENT", "Emergency department", "A hospital emergency department (A&E).", "kept"),
    ("URGENT_CARE", "Urgent care", "An urgent care or treatment centre, walk-in centre, minor injuries unit or NHS 111.", "new"),
    ("HOSPITAL_PAEDIATRICS", "Hospital paediatrics", "Hospital children's services: paediatric wards and paediatricians, including child protection medicals.", "kept"),
    ("SPECIALIST_HEALTH", "Specialist health", "Specialist and community health services for children not listed separately: community paediatrics, therapies such as speech and language therapy, specialist nursing.", "new"),
    ("GENERAL_HEALTH", "General health", "Health services a document names only generally (\"health\", \"health services\") or adult health services such as a parent's hospital care.", "new"),
    ("AMBULANCE", "Ambulance service", "The ambulance service.", "kept"),
    ("CAMHS", "Child and adolescent mental health services", "Mental health services for children and young people.", "kept"),
    ("ADULT_MENTAL_HEALTH", "Adult mental health", "Mental health services for adults, including perinatal mental health.", "kept"),
    ("SUBSTANCE_MISUSE_SERVICE", "Substance misuse service", "Drug and alcohol services.", "kept"),
    ("EDUCATION_AND_EARLY_YEARS", "Education and early years", "Schools, colleges, nurseries, early years settings, alternative provision and the local authority's education and special educational needs services.", "kept"),
    ("HOUSING_LOCAL_AUTHORITY", "Local authority housing", "The council's housing and homelessness service.", "kept"),
    ("HOUSING_PROVIDER", "Housing provider", "A housing association, landlord or temporary accommodation provider.", "kept"),
    ("PROBATION", "Probation", "The probation service.", "kept"),
    ("YOUTH_JUSTICE", "Youth justice", "The youth justice (youth offending) service.", "kept"),
    ("ADULT_SOCIAL_CARE", "Adult social care", "The local authority's social care for adults.", "kept"),
    ("DOMESTIC_ABUSE_SERVICE", "Domestic abuse service", "Specialist domestic abuse services, including refuges and independent domestic violence advisers.", "kept"),
    ("VOLUNTARY_SECTOR", "Voluntary sector", "Charities and community organisations.", "kept"),
    ("CAFCASS", "Cafcass", "The Children and Family Court Advisory and Support Service.", "kept"),
    ("FIRE_AND_RESCUE", "Fire and rescue", "The fire and rescue service, including home fire safety visits.", "new"),
    ("LEGAL_SERVICES", "Legal services", "Lawyers who advise an agency, such as the local authority's legal services.", "new"),
    ("COURTS_AND_PROSECUTION", "Courts and prosecution", "The Crown Prosecution Service and the criminal and family courts.", "new"),
    ("OTHER", "Other", "An agency none of the kinds above describes; give its name as written.", "kept"),
])

e("Certainty", "Whether abuse or neglect is known or suspected.", "new", [
    ("KNOWN", "Known", "The document states the abuse or neglect as fact (found, admitted or proven).", "new"),
    ("SUSPECTED", "Suspected", "The abuse or neglect is suspected, alleged or under investigation.", "new"),
])

e("ChildProtectionCategory", "The category of a child protection plan.", "kept (definitions added)", [
    ("NEGLECT", "Neglect", "The plan's category is neglect.", "kept"),
    ("PHYSICAL_ABUSE", "Physical abuse", "The plan's category is physical abuse.", "kept"),
    ("SEXUAL_ABUSE", "Sexual abuse", "The plan's category is sexual abuse.", "kept"),
    ("EMOTIONAL_ABUSE", "Emotional abuse", "The plan's category is emotional abuse.", "kept"),
    ("MULTIPLE", "Multiple categories", "The plan has more than one category.", "kept"),
])

e("Classification", "Whether a document is meant for publication or is sensitive.", "kept", [
    ("FOR_PUBLICATION", "Meant for publication", "Meant for publication: personal data in its text is an error. The default for learning summaries.", "kept"),
    ("SENSITIVE", "Sensitive", "Not for publication: personal data in its text is a warning. The default for rapid reviews.", "kept"),
])

e("CompletenessStatus", "How complete an encoded text is.", "new", [
    ("COMPLETE", "Complete", "The whole document as published (a document that itself shows only some of a review's findings is complete; a stated count says how many there are).", "new"),
    ("EXCERPT", "Excerpt", "Whole parts of the document chosen on purpose, such as only its executive summary; the parts left out are whole.", "new"),
    ("PARTIAL", "Partial", "The text available stops or has gaps nobody chose: a cut-off copy, missing pages, an unreadable part.", "new"),
])

e("ConsequenceKind", "What followed an incident for the people involved.", "new", [
    ("ARREST", "Arrest", "A person was arrested.", "new"),
    ("CHARGE", "Charge", "A person was charged with an offence.", "new"),
    ("CONVICTION", "Conviction", "A person was convicted.", "new"),
    ("ACQUITTAL", "Acquittal", "A person was found not guilty, or the case against them was dismissed.", "new"),
    ("NO_FURTHER_ACTION", "No further action", "Police or prosecutors decided to take no further action against a person.", "new"),
    ("HOSPITAL_ADMISSION", "Hospital admission", "A child was taken to or admitted to hospital.", "new"),
    ("STRATEGY_DISCUSSION", "Strategy discussion", "Agencies held a strategy discussion (or meeting) about whether to start a section 47 enquiry.", "new"),
    ("INVESTIGATION", "Investigation", "A police, social care or multi-agency investigation began, including a section 47 enquiry.", "new"),
    ("CARE_PROCEEDINGS", "Care proceedings", "The local authority started care proceedings in the family court.", "new"),
    ("TAKEN_INTO_CARE", "Taken into care", "A child was removed from home and became looked after.", "new"),
    ("OTHER", "Other", "Something else followed; detail says what.", "new"),
])

e("CountedPart", "What a stated count counts.", "new", [
    ("FINDINGS", "Findings", "The findings of the review or reviews.", "new"),
    ("RECOMMENDATIONS", "Recommendations", "The recommendations of the review or reviews.", "new"),
    ("ACTIONS", "Actions", "Actions for practice or immediate actions.", "new"),
    ("QUESTIONS", "Questions", "Questions for reflection.", "new"),
    ("REVIEWS", "Reviews", "Reviews or audits the document draws on or mentions.", "new"),
    ("CASES", "Cases", "Children's cases the reviews or audits looked at.", "new"),
])

e("DecisionOutcome", "What a rapid review decided should happen next.", "kept (definitions added)", [
    ("COMMISSION_LCSPR", "Commission a local child safeguarding practice review", "The partners will commission a local child safeguarding practice review.", "kept"),
    ("ALTERNATIVE_LEARNING_REVIEW", "Carry out another kind of learning review", "The partners will carry out another kind of learning review (a learning review, audit or practitioner event).", "kept"),
    ("NO_FURTHER_REVIEW", "No further review", "No further review: the rapid review's learning is enough.", "kept"),
])

e("DocumentType", "The two exchange documents, named in JSON by documentType.", "kept", [
    ("RAPID_REVIEW", "RapidReview", "A rapid review sent to the Panel.", "kept"),
    ("LEARNING_SUMMARY", "LearningSummary", "A published learning document or a published account of one.", "kept"),
])

e("EducationStatus", "A child's education at the time of the incident.", "kept (definitions added)", [
    ("NOT_OF_SCHOOL_AGE", "Not of school age", "Below compulsory school age and in no early years setting.", "kept"),
    ("EARLY_YEARS_SETTING", "In an early years setting", "Attending a nursery, pre-school or childminder.", "kept"),
    ("IN_SCHOOL", "On a school roll", "On the roll of a school or college.", "kept"),
    ("ALTERNATIVE_PROVISION", "In alternative provision", "Educated in alternative provision, such as a pupil referral unit.", "kept"),
    ("ELECTIVE_HOME_EDUCATION", "Electively home educated", "Educated at home by choice of the parents.", "kept"),
    ("CHILD_MISSING_EDUCATION", "Child missing education", "Of school age and not on a roll or otherwise receiving suitable education.", "kept"),
    ("NOT_KNOWN", "Not known", "The document says the child's education is not known.", "kept"),
])

e("FamilyRole", "A family member's or carer's role in a child's life.", "changed", [
    ("MOTHER", "Mother", "The child's mother, birth or adoptive.", "kept"),
    ("FATHER", "Father", "The child's father, birth or adoptive, whether or not he lived with the child.", "kept"),
    ("PARENT", "Parent", "A parent, when the document does not say mother or father (\"the parents\").", "new"),
    ("STEP_PARENT", "Step-parent", "A parent's spouse or civil partner who is not the child's parent.", "kept"),
    ("MALE_CARER", "Male carer", "A man who looked after the child day to day without being a parent or step-parent, such as a mother's partner living with the child.", "kept"),
    ("FEMALE_CARER", "Female carer", "A woman who looked after the child day to day without being a parent or step-parent.", "kept"),
    ("PARTNER", "Partner of a family member", "The partner of a parent or another family member who did not care for the child day to day; partnerOf says whose.", "changed: covers partners of any family member"),
    ("SIBLING", "Sibling", "A brother or sister, including half- and step-siblings.", "kept"),
    ("GRANDPARENT", "Grandparent", "A grandmother or grandfather.", "kept"),
    ("OTHER_RELATIVE", "Other relative", "An aunt, uncle, cousin or other relative.", "kept"),
    ("FOSTER_CARER", "Foster carer", "A foster carer, including a family and friends (kinship) foster carer.", "kept"),
    ("FRIEND_OR_NEIGHBOUR", "Friend or neighbour", "A family friend or neighbour.", "kept"),
    ("OTHER", "Other", "Someone whose role is known but is none of the above, such as a lodger; roleAsWritten says what.", "kept"),
    ("NOT_KNOWN", "Not known", "The document does not say how the person is related to the child.", "new"),
])

e("FigureUnit", "What a figure's value is.", "new", [
    ("COUNT", "Count", "A number of people, cases, events or things.", "new"),
    ("PERCENT", "Percentage", "A percentage.", "new"),
])

e("FindingKind", "What a finding says about practice. The document's own label decides first; without one, the statement decides.", "changed", [
    ("GOOD_PRACTICE", "Good practice", "Practice the document labels good, effective or strong, or says went well.", "kept"),
    ("LEARNING", "Learning", "A lesson or finding about practice that the document labels learning, a learning point or a finding, or that says neither that practice went well nor that it must change.", "kept"),
    ("AREA_FOR_IMPROVEMENT", "Area for improvement", "Practice the document labels an area for improvement or development, or says needs to change (\"need for ...\", \"needs to improve\").", "kept"),
    ("PROGRESS", "Progress", "Improvement found since an earlier review or audit (\"areas improving\").", "new"),
])

e("HarmType", "The kind of harm in an incident.", "changed", [
    ("NON_ACCIDENTAL_INJURY", "Non-accidental injury", "Physical injury inflicted on a child (other than abusive head trauma).", "kept"),
    ("ABUSIVE_HEAD_TRAUMA", "Abusive head trauma", "Inflicted head injury in a baby or young child, including shaking.", "kept"),
    ("SUDDEN_UNEXPECTED_DEATH_IN_INFANCY", "Sudden unexpected death in infancy", "The sudden, unexpected death of a baby, often while sleeping.", "kept"),
    ("NEGLECT", "Neglect", "Persistent failure to meet a child's basic needs, including gross negligence.", "kept"),
    ("SUICIDE", "Suicide", "A child took their own life.", "kept"),
    ("EXTRA_FAMILIAL_HARM", "Exploitation or extra-familial harm", "Harm outside the home: criminal or sexual exploitation, county lines, harm by peers (other than serious youth violence).", "kept"),
    ("SERIOUS_YOUTH_VIOLENCE", "Serious youth violence", "Violence between young people, such as a stabbing, whether the child was victim or perpetrator.", "new"),
    ("SEXUAL_ABUSE", "Sexual abuse", "Sexual abuse of a child, within or outside the family.", "kept"),
    ("HARM_BY_PROFESSIONALS", "Harm by people working with children", "Harm caused by people working with children in their role, such as an intrusive search, restraint or abuse by staff.", "new"),
    ("OTHER", "Other", "Harm of a kind not listed; the incident's summary says what.", "kept"),
])

e("IncidentOutcome", "What happened to a child in a serious child safeguarding incident.", "kept (definitions added)", [
    ("DIED", "Died", "The child died.", "kept"),
    ("SERIOUSLY_HARMED", "Seriously harmed", "The child was seriously harmed: serious or long-term impairment of physical or mental health or development.", "kept"),
])

e("LearningFormat", "The published form of a learning document. What the document calls itself decides first; then its layout and sources.", "changed", [
    ("LEARNING_SUMMARY", "Learning summary", "A summary of one review's case, findings and recommendations, published with or instead of its report, including a partnership web page that summarises a review.", "kept"),
    ("SEVEN_MINUTE_BRIEFING", "7-minute briefing", "A briefing in the fixed seven-part layout for team meetings.", "kept"),
    ("STEP_BRIEFING", "Numbered-step briefing", "A briefing in another fixed set of numbered parts, such as a six-step or 7-point briefing.", "new"),
    ("LEARNING_BRIEFING", "Learning briefing", "A briefing for practitioners on learning from one or more case reviews, in a free layout (learning points, practice points).", "kept"),
    ("AUDIT_BRIEFING", "Audit briefing", "A briefing on the findings of an audit rather than a case review.", "kept"),
    ("REPORT", "Report", "The report of a review or audit itself (overview report, serious case review report, audit report) or its executive summary.", "new"),
    ("PRESS_RELEASE", "Press release", "A news release about a review by a council, partnership or agency.", "new"),
    ("NEWS_REPORT", "News report", "An article about a review by a news outlet.", "new"),
    ("MEETING_PAPERS", "Meeting papers", "A committee's or board's agenda item, report or minutes about a review.", "new"),
    ("OTHER", "Other", "Another form; formatLabel says what the document calls itself.", "kept"),
])

e("LifeStage", "A stage of life a document names instead of, or beside, an age.", "new", [
    ("UNBORN", "Unborn", "Before birth (\"the unborn baby\", \"pre-birth\").", "new"),
    ("PRE_MOBILE_INFANT", "Pre-mobile baby", "A baby not yet rolling, crawling or pulling to stand (\"pre-mobile\").", "new"),
    ("INFANT", "Infant", "A baby or infant (\"baby\", \"infant\", usually under 2).", "new"),
    ("YOUNG_CHILD", "Young child", "A young or pre-school child (\"young child\", \"toddler\", usually under 5).", "new"),
    ("PRIMARY_SCHOOL_AGE", "Primary school age", "Of primary school age (about 4 to 11).", "new"),
    ("SECONDARY_SCHOOL_AGE", "Secondary school age", "Of secondary school age (about 11 to 16).", "new"),
    ("ADOLESCENT", "Adolescent", "An adolescent, teenager or \"young person\" under 18, when no school stage is given.", "new"),
    ("YOUNG_ADULT", "Young adult", "A young adult, 18 to about 25, such as a young parent or care leaver.", "new"),
    ("ADULT", "Adult", "An adult.", "new"),
])

e("LocalService", "A local service a family is registered with or can lose access to.", "kept (definitions added)", [
    ("GP", "GP", "A GP surgery.", "kept"),
    ("SCHOOL", "School", "A school or college.", "kept"),
    ("HEALTH_VISITING", "Health visiting", "A health visiting team.", "kept"),
    ("EARLY_YEARS", "Nursery or early years setting", "A nursery, pre-school or childminder.", "kept"),
    ("SPECIALIST_HEALTH", "Specialist health services", "Specialist health services, such as a hospital clinic or therapy.", "kept"),
    ("SUPPORT_NETWORK", "Wider family and support network", "Family, friends and community support (access only, not a registration).", "kept"),
    ("OTHER", "Other", "Another local service.", "kept"),
])

e("OrganisationKind", "The kind of body that leads, commissions or publishes reviews or is named in their governance.", "renamed from PartnershipKind, extended", [
    ("SAFEGUARDING_CHILDREN_PARTNERSHIP", "Safeguarding children partnership", "Local safeguarding children partnership (from 2019).", "kept"),
    ("SAFEGUARDING_CHILDREN_BOARD", "Local safeguarding children board", "Local safeguarding children board (before 2019), including boards in transition.", "kept"),
    ("SAFEGUARDING_ADULTS_BOARD", "Safeguarding adults board", "A safeguarding adults board.", "kept"),
    ("COMMUNITY_SAFETY_PARTNERSHIP", "Community safety partnership", "A community safety partnership.", "kept"),
    ("NATIONAL_PANEL", "Child Safeguarding Practice Review Panel", "The national Child Safeguarding Practice Review Panel.", "kept"),
    ("LOCAL_AUTHORITY", "Local authority", "A council, or one of its committees or boards.", "new"),
    ("HEALTH_BODY", "Health body", "An integrated care board, clinical commissioning group or NHS trust.", "new"),
    ("POLICE_FORCE", "Police force", "A police force.", "new"),
    ("CHILD_DEATH_OVERVIEW_PANEL", "Child death overview panel", "A child death overview panel (CDOP).", "new"),
    ("GOVERNMENT", "Government", "A government department or inspectorate, such as the Department for Education or Ofsted.", "new"),
    ("NEWS_OUTLET", "News outlet", "A newspaper, broadcaster or news website.", "new"),
    ("OTHER", "Other", "Another kind of body.", "kept"),
])

e("ParallelProcess", "A process running alongside a review.", "kept (definitions added)", [
    ("POLICE_INVESTIGATION", "Police investigation", "A criminal investigation is under way.", "kept"),
    ("CRIMINAL_PROCEEDINGS", "Criminal proceedings", "A prosecution is under way.", "kept"),
    ("CORONER", "Coroner's inquest", "A coroner's inquest.", "kept"),
    ("CHILD_DEATH_REVIEW", "Child death review", "A child death review, including by a child death overview panel.", "kept"),
    ("DOMESTIC_HOMICIDE_REVIEW", "Domestic homicide review", "A domestic homicide review.", "kept"),
    ("SAFEGUARDING_ADULTS_REVIEW", "Safeguarding adults review", "A safeguarding adults review.", "kept"),
    ("FAMILY_COURT_PROCEEDINGS", "Family court proceedings", "Care or other family court proceedings, including a finding of fact hearing.", "kept"),
])

e("Priority", "The priority of a recommendation, as the document gives it.", "kept (definitions added)", [
    ("HIGH", "High", "The document gives it high priority.", "kept"),
    ("MEDIUM", "Medium", "The document gives it medium priority.", "kept"),
    ("LOW", "Low", "The document gives it low priority.", "kept"),
])

e("Qualifier", "How a number is qualified, for ages, counts, time spans and figures.", "new", [
    ("ABOUT", "About", "Approximately (\"about\", \"around\", \"approximately\").", "new"),
    ("UNDER", "Under", "Less than the value (\"under 5\", \"below\", \"fewer than\").", "new"),
    ("OVER", "Over", "More than the value (\"over 16\", \"more than\").", "new"),
    ("AT_LEAST", "At least", "The value or more (\"16 and over\", \"at least\").", "new"),
    ("AT_MOST", "At most", "The value or less (\"up to 2\", \"5 or under\").", "new"),
])

e("RecommendationStatus", "How far a recommendation has been carried out.", "kept (definitions added)", [
    ("NOT_STARTED", "Not started", "Accepted but not yet begun.", "kept"),
    ("IN_PROGRESS", "In progress", "Being carried out.", "kept"),
    ("COMPLETED", "Completed", "Carried out.", "kept"),
    ("NOT_ACCEPTED", "Not accepted", "Not accepted by those it was made to.", "kept"),
])

e("ReviewMethod", "How a review or audit was carried out.", "new", [
    ("AGENCY_REPORTS", "Agency reports", "Agencies wrote reports or summaries of their involvement (individual management reviews, agency summaries).", "new"),
    ("CHRONOLOGY", "Chronology", "A multi-agency chronology of events.", "new"),
    ("CASE_AUDIT", "Case audit", "Case records audited against set questions.", "new"),
    ("PRACTITIONER_EVENT", "Practitioner event", "Learning events, workshops or reflective sessions with practitioners.", "new"),
    ("PRACTITIONER_INTERVIEWS", "Practitioner interviews", "Conversations or interviews with practitioners and managers.", "new"),
    ("FAMILY_INVOLVEMENT", "Family involvement", "The child or family took part or were asked for their views.", "new"),
    ("APPRECIATIVE_INQUIRY", "Appreciative inquiry", "An appreciative inquiry approach.", "new"),
    ("SYSTEMS_APPROACH", "Systems approach", "A systems methodology, such as SCIE Learning Together.", "new"),
    ("SURVEY", "Survey", "A survey of practitioners, families or children.", "new"),
    ("DATA_ANALYSIS", "Data analysis", "Analysis of data across cases.", "new"),
    ("REVIEW_PANEL", "Review panel", "A panel or group of agency representatives oversaw the review.", "new"),
])

e("ReviewScope", "Whether a review looks at one case or several.", "new", [
    ("SINGLE_CASE", "Single case", "One child, or the children of one family, in one set of events.", "new"),
    ("THEMATIC", "Thematic", "Several children or families looked at together around a theme (a thematic review or themed audit).", "new"),
])

e("ReviewType", "The kinds of review and learning exercise, with their basis in law or guidance.", "kept (definitions added)", [
    ("SERIOUS_INCIDENT_NOTIFICATION", "Serious incident notification", "The local authority's notification of a serious incident to the Panel (Children Act 2004 s16C).", "kept"),
    ("RAPID_REVIEW", "Rapid review", "The partners' review within 15 working days of a notification (Working Together 2023, chapter 5).", "kept"),
    ("LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW", "Local child safeguarding practice review", "A review the partners commission under SI 2018/789 regulation 11 (LCSPR; \"CSPR\" when published by a partnership).", "kept"),
    ("NATIONAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW", "National child safeguarding practice review", "A review the Panel carries out (SI 2018/789 regulation 3).", "kept"),
    ("SERIOUS_CASE_REVIEW", "Serious case review (before October 2019)", "A local safeguarding children board's review under the 2006 regulations, regulation 5.", "kept"),
    ("SAFEGUARDING_ADULTS_REVIEW", "Safeguarding adults review", "A safeguarding adults board's review (Care Act 2014 s44).", "kept"),
    ("DOMESTIC_HOMICIDE_REVIEW", "Domestic homicide review", "A community safety partnership's review (Domestic Violence, Crime and Victims Act 2004 s9).", "kept"),
    ("CHILD_DEATH_REVIEW", "Child death review", "A review of a child's death under the Child Death Review statutory guidance.", "kept"),
    ("MULTI_AGENCY_AUDIT", "Multi-agency audit", "An audit of cases by several agencies (local quality assurance).", "kept"),
    ("LOCAL_LEARNING_REVIEW", "Local learning review", "A non-statutory learning review the partnership chose to carry out.", "kept"),
])

e("RoleKind", "What a person in a role did for a document or review.", "new", [
    ("AUTHOR", "Author", "Wrote the report or document.", "new"),
    ("LEAD_REVIEWER", "Lead reviewer", "Led the review as its independent or lead reviewer.", "new"),
    ("INDEPENDENT_CHAIR", "Independent chair", "The partnership's or board's independent chair.", "new"),
    ("INDEPENDENT_SCRUTINEER", "Independent scrutineer", "The partnership's independent scrutineer or safeguarding commissioner.", "new"),
    ("REVIEW_CHAIR", "Chair of the review", "Chaired the review panel, group or sub-group.", "new"),
    ("PRESENTER", "Presenter", "Presented the learning, such as in a webinar.", "new"),
    ("WITNESS", "Witness", "Gave evidence to, or answered questions from, a committee.", "new"),
    ("ELECTED_MEMBER", "Elected member", "A mayor, councillor or cabinet member.", "new"),
    ("SAFEGUARDING_LEAD", "Safeguarding lead", "A partner agency's safeguarding lead or senior officer, such as a designated nurse or director.", "new"),
    ("OTHER", "Other", "Another role; roleAsWritten says what.", "new"),
])

e("SectionKind", "The canonical kind of a section, whatever its heading says; see the encoding guide's heading table.", "changed", [
    ("INTRODUCTION", "Introduction", "What the document is, why it was written and how to use it.", "new"),
    ("SUMMARY", "Summary", "A short account of the whole case, review or document (summary, executive summary, a page's summary of one review).", "new"),
    ("BACKGROUND", "Background", "Why and how the review came about: the trigger, the referral, the decision and criteria.", "kept"),
    ("METHODOLOGY", "Methodology", "How the review or audit was carried out (\"What did we do?\", \"Methodology\").", "new"),
    ("SCOPE", "Scope", "The questions or issues the review set out to look at (terms of reference, key lines of enquiry).", "new"),
    ("CASE", "Case", "One child, group or case among the document's cases (\"Child 1\", \"Subject of the review\"); subjects says which.", "new"),
    ("WHAT_HAPPENED", "What happened", "The incident and the events and circumstances around it.", "kept"),
    ("FAMILY_CONTEXT", "Safeguarding concerns and family context", "The family's circumstances and the safeguarding concerns known about them.", "kept"),
    ("CHRONOLOGY", "Chronology", "Events in date order (summary timeline).", "new"),
    ("GOOD_PRACTICE", "Good practice", "Good or effective practice only.", "kept"),
    ("LEARNING", "Learning", "What the review found or learned: findings, key learning, learning points, common themes; findings of any kind.", "kept"),
    ("WHY_IT_MATTERS", "Why it matters", "Why the issue matters (a briefing's second part).", "new"),
    ("KEY_INFORMATION", "Key information", "Facts, guidance or reminders practitioners need, other than findings (a briefing's key points, \"things to remember\").", "new"),
    ("PRACTICE_ACTIONS", "What this means for practice", "What practitioners should do (\"what we need to do\", \"how to enhance your practice\", \"what to do\").", "kept"),
    ("RECOMMENDATIONS", "Recommendations", "The review's recommendations.", "kept"),
    ("QUESTIONS_FOR_REFLECTION", "Questions for reflection", "Questions for practitioners or teams to discuss.", "kept"),
    ("RESPONSE", "Response", "What the partnership, an agency or others did or said in response (\"Next Steps\", a council's statement).", "new"),
    ("FURTHER_READING", "Further reading and resources", "Further reading, tools and resources (\"Practitioner Resources\").", "kept"),
    ("CONTENTS", "Contents", "The document's table of contents (\"Index\").", "new"),
    ("GLOSSARY", "Glossary", "Terms and acronyms (\"Acronyms Used\").", "new"),
    ("KEYWORDS", "Keywords", "The document's keywords as published.", "new"),
    ("PEOPLE", "People", "Who took part: witnesses, panel members, authors (\"Witnesses\").", "new"),
    ("MINUTES", "Minutes", "The record of a meeting's discussion (\"Minutes\", \"Key points raised in the discussion\").", "new"),
    ("OTHER", "Other", "A part none of the kinds above describes.", "kept"),
])

e("Setting", "The kind of place where an incident happened.", "new", [
    ("HOME", "Home", "The child's own home.", "new"),
    ("OTHER_HOME", "Another home", "Another private home: a relative's, friend's or carer's.", "new"),
    ("TEMPORARY_ACCOMMODATION", "Temporary accommodation", "Temporary accommodation, a hostel or a refuge.", "new"),
    ("SCHOOL", "School", "School or college premises.", "new"),
    ("EARLY_YEARS_SETTING", "Early years setting", "A nursery, childminder or other early years setting.", "new"),
    ("HEALTH_SETTING", "Health setting", "A hospital, clinic or surgery.", "new"),
    ("RESIDENTIAL_CARE", "Residential care", "A children's home or other residential setting.", "new"),
    ("CUSTODY", "Custody", "Police custody, a secure setting or custody.", "new"),
    ("PUBLIC_PLACE", "Public place", "A street, park, shop, public transport or other public place.", "new"),
    ("ONLINE", "Online", "Online.", "new"),
    ("OTHER", "Other", "Another kind of place; description says which.", "new"),
])

e("Sex", "A child's sex as recorded.", "kept (definitions added)", [
    ("FEMALE", "Female", "Female (\"girl\").", "kept"),
    ("MALE", "Male", "Male (\"boy\").", "kept"),
    ("NOT_KNOWN", "Not known", "The document says the sex is not known.", "kept"),
])

e("StatusKind", "A child's or family member's involvement with children's services.", "renamed from LegalStatus, extended", [
    ("NONE", "No involvement", "No involvement with children's services (the document says so).", "kept"),
    ("KNOWN_TO_SERVICES", "Known to services", "Known to children's social care or other services without a current plan: earlier referrals, contacts or closed cases.", "new"),
    ("EARLY_HELP", "Early help", "Receiving early help.", "kept"),
    ("ASSESSMENT", "Assessment", "The subject of a children and family (single) assessment under way.", "new"),
    ("SECTION_47_ENQUIRY", "Section 47 enquiry", "The subject of a child protection enquiry under s47 Children Act 1989.", "new"),
    ("CHILD_IN_NEED", "Child in need", "A child in need with a plan under s17 Children Act 1989.", "kept"),
    ("CHILD_PROTECTION_PLAN", "Child protection plan", "Subject to a child protection plan; category says which.", "kept"),
    ("LOOKED_AFTER", "Looked after", "Looked after by a local authority, the section not given.", "new"),
    ("LOOKED_AFTER_SECTION_20", "Looked after (s20)", "Looked after by agreement under s20 Children Act 1989.", "kept"),
    ("LOOKED_AFTER_SECTION_31", "Looked after (s31)", "Looked after under a care order (s31 Children Act 1989).", "kept"),
    ("CARE_LEAVER", "Care leaver", "A care leaver.", "kept"),
])

e("StatutoryPartner", "One of the three statutory safeguarding partners (Children Act 2004 s16E).", "kept (definitions added)", [
    ("LOCAL_AUTHORITY", "Local authority", "The local authority.", "kept"),
    ("INTEGRATED_CARE_BOARD", "Integrated care board", "The integrated care board (formerly the clinical commissioning group).", "kept"),
    ("POLICE", "Chief officer of police", "The chief officer of police for the area.", "kept"),
])

ROOTS = ["LearningSummary", "RapidReview"]
