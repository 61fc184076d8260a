package org.safeguarding.review.stats;

/**
 * One statistic that {@link CorpusStatistics} keeps: what it counts, in which unit, and under what
 * name. The constants are in the order reports show them.
 *
 * <p>Tags (document types, formats, themes, pairs of themes, agencies) are counted once per
 * document; facts about a case (reviews, incidents, events, children, family members, families,
 * housing placements, arrangements) once per item a document lists, so a group of ten children counts ten; content (findings,
 * recommendations, actions, questions) once per item, with the numbers a document states but does
 * not list added as {@link CorpusStatistics#STATED_NOT_LISTED}.
 */
public enum Statistic {
  /** Documents by {@code documentType}; the key is the JSON name, such as {@code LearningSummary}. */
  DOCUMENT_TYPES("documentTypes", "Documents by type", "documents"),
  /** Learning documents by {@code format}. */
  FORMATS("formats", "Learning documents by format", "documents"),
  /**
   * Reviews by {@code type}: the sources a learning document lists, and each rapid review itself as
   * one {@code RAPID_REVIEW}; a source of several kinds ({@code types}) once under each of them;
   * an entry of a set ({@code memberOf}) under the set's kind when it has one, and the set itself
   * only when no entry of it is counted; a source set aside from the analysis ({@code exclusion})
   * not at all; a source without a type is {@link CorpusStatistics#NOT_GIVEN}.
   */
  REVIEW_TYPES("reviewTypes", "Reviews by type", "reviews the documents list"),
  /** Learning themes, as the number of documents tagged with each anywhere. */
  THEMES("themes", "Learning themes", "documents that mention each"),
  /**
   * Pairs of learning themes that occur in the same document (anywhere in it, not necessarily on
   * the same part), as the number of documents with both; the key is the two codes in alphabetical
   * order joined by {@code +}.
   */
  THEME_PAIRS("themePairs", "Learning themes that occur together", "documents that mention both"),
  /**
   * Findings by kind, with the findings a document counts but does not list as {@link
   * CorpusStatistics#STATED_NOT_LISTED}.
   */
  FINDINGS("findings", "Findings by kind", "findings"),
  /** Recommendations: {@link CorpusStatistics#LISTED} and {@link CorpusStatistics#STATED_NOT_LISTED}. */
  RECOMMENDATIONS("recommendations", "Recommendations", "recommendations"),
  /**
   * Actions for practice and immediate actions: {@link CorpusStatistics#LISTED} and {@link
   * CorpusStatistics#STATED_NOT_LISTED}.
   */
  ACTIONS("actions", "Actions", "actions"),
  /**
   * Actions by {@code status} (the values of a recommendation's status: done, in progress, planned,
   * dropped), each listed action once; an action without one is {@link CorpusStatistics#NOT_GIVEN}.
   */
  ACTION_STATUSES("actionStatuses", "Actions by status", "actions"),
  /** Questions for reflection: {@link CorpusStatistics#LISTED} and {@link CorpusStatistics#STATED_NOT_LISTED}. */
  QUESTIONS("questions", "Questions for reflection", "questions"),
  /**
   * Agencies by kind, as the number of documents that name an agency of each kind anywhere. Kind
   * {@code OTHER} says nothing by itself and is left out: such agencies are counted by name.
   */
  AGENCY_KINDS("agencyKinds", "Agencies by kind", "documents that mention each"),
  /**
   * Agencies by name as written (spaces collapsed, case kept), as the number of documents that name
   * each. A name in which the privacy scan suspects personal data is never counted or shown.
   */
  AGENCY_NAMES("agencyNames", "Agencies by name as written", "documents that mention each"),
  /**
   * The laws, guidance, procedures, plans, panels, training and tools documents name
   * ({@code arrangements}), by kind: each entry counts once.
   */
  ARRANGEMENTS("arrangements", "Law, guidance and arrangements by kind", "arrangements"),
  /**
   * Incidents by harm type: an incident counts once for each harm type it has, and as {@link
   * CorpusStatistics#NOT_GIVEN} when it has none.
   */
  HARM_TYPES("harmTypes", "Incidents by harm", "incidents"),
  /** Incidents by outcome. */
  INCIDENT_OUTCOMES("incidentOutcomes", "Incidents by outcome", "incidents"),
  /**
   * Family members harmed or killed in incidents ({@code familyMembersHarmed}), by role: each as many
   * people as the member's count says (one when it gives none); they are never among the children.
   */
  FAMILY_MEMBERS_HARMED("familyMembersHarmed", "Family members harmed in incidents, by role", "people"),
  /**
   * Incidents by circumstance of the death or harm, such as co-sleeping: an incident counts once for
   * each circumstance it has and not at all when it has none (few documents say).
   */
  CIRCUMSTANCES("circumstances", "Incidents by circumstance", "incidents"),
  /**
   * What followed incidents ({@code consequences}: an arrest, a charge, care proceedings, lasting
   * impact) by kind: each entry counts once.
   */
  CONSEQUENCES("consequences", "What followed incidents, by kind", "consequences"),
  /** Events of a learning document's chronology ({@code events}) by kind: each entry counts once. */
  EVENTS("events", "Events by kind", "events"),
  /**
   * Meetings the documents tell of for their reviews ({@code meetings}), such as learning events, by
   * kind: each meeting counts once, as {@link CorpusStatistics#NOT_GIVEN} when it has no kind.
   */
  MEETINGS("meetings", "Meetings by kind", "meetings"),
  /**
   * Events of a learning document's chronology by the universal health contact they were, such as a
   * new birth visit: an event counts once when it has a contact type and not at all otherwise.
   */
  HEALTH_CONTACTS("healthContacts", "Events by universal health contact", "events"),
  /**
   * Children by {@link AgeBand} of their age at the incident or the events reviewed: a subject is
   * one child, a group as many as its count says (one when it gives none); a group part of
   * another, and a subject one of a group (its {@code partOf}), are among the children of the whole,
   * and are not counted again.
   */
  AGE_BANDS("ageBands", "Children by age band", "children"),
  /** Family members by role, each entry as many people as its count says (one when it gives none). */
  FAMILY_ROLES("familyRoles", "Family members by role", "people"),
  /**
   * Family members by whether the document says they left care: {@link CorpusStatistics#CARE_LEAVER},
   * {@link CorpusStatistics#NOT_A_CARE_LEAVER} or {@link CorpusStatistics#NOT_GIVEN}.
   */
  CARE_LEAVERS("careLeavers", "Family members who left care", "people"),
  /**
   * Families and households ({@code families}): one the document tells apart counts one under
   * {@link CorpusStatistics#LISTED}, and one that only counts them ("24 families") as many as its
   * count says under {@link CorpusStatistics#STATED_NOT_LISTED}.
   */
  FAMILIES("families", "Families and households", "families"),
  /** Housing placements by accommodation type. */
  HOUSING_PLACEMENTS("housingPlacements", "Housing placements by type", "placements"),
  /**
   * Risk factors by the children in need census code for who holds them, such as {@code 2B} for a
   * parent's drug misuse; a factor the census does not code for its holder (a relative outside the
   * household, a factor the holder perpetrated) is keyed by the factor's name. Each
   * factor a child, group or family member holds counts once, whatever its certainty.
   */
  RISK_FACTORS("riskFactors", "Risk factors by census code", "risk factors"),
  /** Statuses with a looked-after legal status, by that status (SSDA903 legal status codes). */
  LEGAL_STATUSES("legalStatuses", "Looked-after legal statuses", "statuses"),
  /** Statuses with a looked-after placement, by placement type (SSDA903 placement types). */
  PLACEMENT_TYPES("placementTypes", "Looked-after placements by type", "statuses");

  private final String name;
  private final String title;
  private final String counted;

  Statistic(String name, String title, String counted) {
    this.name = name;
    this.title = title;
    this.counted = counted;
  }

  /** {@return the statistic's name in JSON and CSV, such as {@code themePairs}} */
  public String getName() {
    return name;
  }

  /** {@return a title for people, such as "Learning themes"} */
  public String getTitle() {
    return title;
  }

  /** {@return what each count counts, such as "documents that mention each" or "children"} */
  public String getCounted() {
    return counted;
  }
}
