package org.safeguarding.review;

import java.util.Optional;

/**
 * The kinds of review and learning exercise that learning documents draw on, in each of the four
 * nations of the United Kingdom, with their basis in law or guidance and the nation whose law it is.
 * A kind not listed is {@link #OTHER}, with the document's words in {@code typeAsWritten}.
 */
public enum ReviewType implements DefinedValue {
  /**
   * The local authority's notification of a serious incident to the Panel (Children Act 2004 s16C).
   */
  SERIOUS_INCIDENT_NOTIFICATION("Serious incident notification", "Children Act 2004 s16C", Nation.ENGLAND),
  /**
   * The partners' review within 15 working days of a notification (Working Together 2023, chapter
   * 5).
   */
  RAPID_REVIEW("Rapid review", "Working Together to Safeguard Children 2023, chapter 5", Nation.ENGLAND),
  /**
   * A review the partners commission under SI 2018/789 regulation 11 (LCSPR; "CSPR" when published
   * by a partnership).
   */
  LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW(
      "Local child safeguarding practice review",
      "SI 2018/789 regulation 11",
      Nation.ENGLAND),
  /** A review the Panel carries out (SI 2018/789 regulation 3). */
  NATIONAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW(
      "National child safeguarding practice review",
      "SI 2018/789 regulation 3",
      Nation.ENGLAND),
  /** A local safeguarding children board's review under the 2006 regulations, regulation 5. */
  SERIOUS_CASE_REVIEW(
      "Serious case review (before October 2019)",
      "Local Safeguarding Children Boards Regulations 2006 regulation 5",
      Nation.ENGLAND),
  /**
   * A report drawing together the work of the health agencies for a serious case review or another
   * review, written by the body that commissions health services (a primary care trust, later a
   * clinical commissioning group or integrated care board) or its designated professionals ("Health
   * Overview Report"); {@code partOf} names the review it served.
   */
  HEALTH_OVERVIEW_REPORT(
      "Health overview report",
      "Working Together to Safeguard Children (2006 to 2015), for serious case reviews; as the document says for other reviews",
      null),
  /**
   * Another report an agency or a commissioner wrote for a review that is neither an individual
   * management review nor a health overview report, such as an agency's chronology or information
   * report, or a commissioner's report on services; {@code typeAsWritten} gives the document's words
   * and {@code partOf} the review it served.
   */
  AGENCY_REPORT("Agency's report for a review", "As the document says", null),
  /**
   * An agency's own report on its work with the child and family, written for a serious case review
   * or another review ("IMR", individual management review); {@code partOf} names that review when
   * the document lists it.
   */
  INDIVIDUAL_MANAGEMENT_REVIEW(
      "Individual management review",
      "Working Together to Safeguard Children (2006 to 2015), for serious case reviews; as the document says for other reviews",
      null),
  /** A safeguarding adults board's review (Care Act 2014 s44). */
  SAFEGUARDING_ADULTS_REVIEW("Safeguarding adults review", "Care Act 2014 s44", Nation.ENGLAND),
  /**
   * A community safety partnership's review (Domestic Violence, Crime and Victims Act 2004 s9), in
   * England and Wales.
   */
  DOMESTIC_HOMICIDE_REVIEW("Domestic homicide review", "Domestic Violence, Crime and Victims Act 2004 s9", null),
  /** A review of a child's death under the Child Death Review statutory guidance. */
  CHILD_DEATH_REVIEW("Child death review", "Child Death Review statutory guidance 2018", Nation.ENGLAND),
  /** An audit of cases by several agencies (local quality assurance). */
  MULTI_AGENCY_AUDIT("Multi-agency audit", "Local quality assurance", null),
  /** A non-statutory learning review the partnership chose to carry out. */
  LOCAL_LEARNING_REVIEW("Local learning review", "Local, non-statutory", null),
  /**
   * One agency's or one sector's review of its own practice with a child or family, such as a
   * health review or a police review, which a partnership or board may ask for instead of a review
   * by several agencies; {@code typeAsWritten} gives the document's words. An agency's report for a
   * review of several agencies is an individual management review or an agency's report.
   */
  SINGLE_AGENCY_REVIEW("Single-agency review", "The agency's own procedures, or as the document says", null),
  /**
   * A Welsh regional safeguarding board's concise child practice review: abuse or neglect known or
   * suspected, a child who died or was seriously harmed, and neither on the child protection
   * register nor looked after in the six months before ("CPR").
   */
  CONCISE_CHILD_PRACTICE_REVIEW(
      "Concise child practice review",
      "Social Services and Well-being (Wales) Act 2014 Part 7; Working Together to Safeguard People, volume 2 (2016)",
      Nation.WALES),
  /**
   * A Welsh regional safeguarding board's extended child practice review: as a concise review, for
   * a child on the child protection register or looked after at the time or in the six months
   * before ("ECPR").
   */
  EXTENDED_CHILD_PRACTICE_REVIEW(
      "Extended child practice review",
      "Social Services and Well-being (Wales) Act 2014 Part 7; Working Together to Safeguard People, volume 2 (2016)",
      Nation.WALES),
  /**
   * A Welsh regional safeguarding board's child practice review where the document does not say
   * whether it is concise or extended, or speaks of both ("Child Practice Reviews").
   */
  CHILD_PRACTICE_REVIEW(
      "Child practice review (concise or extended not said)",
      "Social Services and Well-being (Wales) Act 2014 Part 7; Working Together to Safeguard People, volume 2 (2016)",
      Nation.WALES),
  /** A Welsh regional safeguarding board's review of an adult at risk ("APR"). */
  ADULT_PRACTICE_REVIEW(
      "Adult practice review",
      "Social Services and Well-being (Wales) Act 2014 Part 7; Working Together to Safeguard People, volume 3",
      Nation.WALES),
  /**
   * Wales's one review for every case that meets the criteria of a child or adult practice review,
   * a domestic homicide, a mental health homicide or an offensive weapons homicide review, in
   * effect from 1 October 2024 ("SUSR").
   */
  SINGLE_UNIFIED_SAFEGUARDING_REVIEW(
      "Single unified safeguarding review",
      "Welsh Government statutory guidance on the single unified safeguarding review (2024)",
      Nation.WALES),
  /**
   * A Scottish child protection committee's learning review, decided on behalf of the chief
   * officers group, which replaced initial and significant case reviews in 2021.
   */
  LEARNING_REVIEW(
      "Learning review (Scotland)",
      "National guidance for child protection committees undertaking learning reviews (Scottish Government, 2021, updated 2024)",
      Nation.SCOTLAND),
  /** A Scottish child protection committee's significant case review, before learning reviews (2021). */
  SIGNIFICANT_CASE_REVIEW(
      "Significant case review (Scotland, before 2021)",
      "National guidance for child protection committees conducting a significant case review (Scottish Government, 2015)",
      Nation.SCOTLAND),
  /** A review by the Safeguarding Board for Northern Ireland's case management review panel ("CMR"). */
  CASE_MANAGEMENT_REVIEW(
      "Case management review (Northern Ireland)",
      "Safeguarding Board Act (Northern Ireland) 2011 s3(4); SR 2012/324 regulation 17",
      Nation.NORTHERN_IRELAND),
  /**
   * A report that draws together the learning of many reviews, such as a biennial or triennial
   * analysis of serious case reviews or a nation's or inspectorate's overview; the reviews it
   * covers are sources of their own, named in its {@code covers}.
   */
  OVERVIEW_OF_REVIEWS("Overview of reviews", "As the document says: commissioned by a government, inspectorate, board or other body", null),
  /**
   * An inspectorate's review of a service, a theme or a case, such as Ofsted's review of sexual abuse
   * in schools and colleges or a joint targeted area inspection; the inspectorate is the source's
   * {@code partnership} or {@code conductedBy}, the nation its {@code nation}.
   */
  INSPECTORATE_REVIEW("Inspectorate's review", "The inspectorate's own powers, as the document says", null),
  /**
   * A safeguarding partnership's or board's yearly report on its work, such as the report England's
   * safeguarding partners publish each year under Working Together, or a Welsh regional board's
   * annual report; not a review, but a source an analysis may cover.
   */
  SAFEGUARDING_PARTNERSHIP_ANNUAL_REPORT(
      "Safeguarding partnership's annual report", "Working Together to Safeguard Children: a yearly report (England); as the document says elsewhere", null),
  /**
   * Another body's annual or yearly report, such as the Child Safeguarding Practice Review Panel's
   * annual report or a service's yearly report; a partnership's or board's own is
   * SAFEGUARDING_PARTNERSHIP_ANNUAL_REPORT.
   */
  ANNUAL_REPORT("Annual report", "As the document says", null),
  /**
   * Research that gathers and weighs published evidence on a question, such as an evidence or
   * literature review; not a review of a case. Work of this kind that a report only draws on is a
   * {@code drawsOn} resource of that report's source, not a source of its own.
   */
  EVIDENCE_REVIEW("Evidence review", "As the document says", null),
  /** A kind of review this list does not name; {@code typeAsWritten} gives the document's words. */
  OTHER("Other", "As the document says", null);

  private final String label;
  private final String basis;
  private final Nation nation;

  ReviewType(String label, String basis, Nation nation) {
    this.label = label;
    this.basis = basis;
    this.nation = nation;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return ReviewType_.definition(this);
  }

  /** {@return the statute, regulation or guidance the review rests on} */
  public String getBasis() {
    return basis;
  }

  /** {@return the nation whose law or guidance the review follows; empty for a kind found in several} */
  public Optional<Nation> getNation() {
    return Optional.ofNullable(nation);
  }
}
