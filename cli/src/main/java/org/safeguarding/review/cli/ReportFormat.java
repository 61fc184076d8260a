package org.safeguarding.review.cli;

/** How srm writes a report: for people, or for machines. */
enum ReportFormat {
  /** One line per issue and a summary line. */
  text,
  /** One JSON array of issues. */
  json
}
