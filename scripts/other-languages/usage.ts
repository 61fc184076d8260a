// A small program written against the TypeScript types generated from the published schemas, as
// docs/other-languages.md shows: scripts/other-languages.sh type-checks it with tsc --noEmit.
// Every @ts-expect-error line is a mistake the types must catch; tsc fails if one is not caught.
import type { Block, Finding, LearningSummary, LearningTheme, Theme } from "./types/learning-summary";
import type { RapidReview } from "./types/rapid-review";

const finding: Finding = {
  id: "F1",
  kind: "LEARNING",
  statement: "Practitioners did not ask who else lived in the home.",
  themes: ["PROFESSIONAL_CURIOSITY", "local:CUCKOOING"],
};

const summary: LearningSummary = {
  documentType: "LearningSummary",
  schemaVersion: "1.0.0",
  id: "exampleshire-child-a",
  title: "Child A",
  format: "SEVEN_MINUTE_BRIEFING",
  partnership: { name: "Exampleshire Safeguarding Children Partnership", kind: "SAFEGUARDING_CHILDREN_PARTNERSHIP" },
  subjects: [{ pseudonym: "Child A", age: { value: 7, unit: "MONTHS" } }],
  sections: [
    {
      kind: "LEARNING",
      heading: "What we learned",
      themes: ["PROFESSIONAL_CURIOSITY"],
      content: [{ paragraph: "Child A lived with their mother." }, { finding }, { list: { items: [{ text: "Ask who lives in the home." }] } }],
    },
  ],
};

const review: RapidReview = {
  documentType: "RapidReview",
  schemaVersion: "1.0.0",
  id: "exampleshire-rr-1",
  partnership: { name: "Exampleshire Safeguarding Children Partnership" },
  timeline: { notificationSent: "2026-03-02" },
  children: [{ pseudonym: "Child A", age: { value: 7, unit: "MONTHS" } }],
  incident: { outcome: "SERIOUSLY_HARMED", harmTypes: ["NEGLECT"], date: "2026-02" },
};

/** The statements of a document's findings given as blocks, section by section. */
function statements(document: LearningSummary): string[] {
  const inSection = (blocks: Block[] = []) => blocks.flatMap((block) => (block.finding ? [block.finding.statement] : []));
  return document.sections.flatMap((section) => inSection(section.content));
}

/** Whether a theme is one of the catalogue's codes rather than a local one. */
function isCatalogueTheme(theme: Theme): theme is LearningTheme {
  return !theme.startsWith("local:");
}

// @ts-expect-error: not a code of the catalogue
const misspelt: Theme = "PROFESIONAL_CURIOSITY";
// @ts-expect-error: a local theme is marked by its prefix
const unmarked: Theme = "CUCKOOING";
// @ts-expect-error: a finding has a statement
const withoutStatement: Finding = { id: "F2", kind: "LEARNING" };
// @ts-expect-error: the schemas allow no other properties
const withColour: Finding = { id: "F3", kind: "LEARNING", statement: "A statement.", colour: "blue" };
// @ts-expect-error: a rapid review is about at least one child
const noChildren: RapidReview = { ...review, children: [] };
// @ts-expect-error: an enumeration value is upper case
const lowerCase: Finding = { id: "F4", kind: "learning", statement: "A statement." };

export const checked = [statements(summary), (summary.sections[0].themes ?? []).filter(isCatalogueTheme), review, misspelt, unmarked, withoutStatement, withColour, noChildren, lowerCase];
