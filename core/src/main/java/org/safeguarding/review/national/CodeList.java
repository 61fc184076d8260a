package org.safeguarding.review.national;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A national code list the model's values join, whole: every entry the list has, including those
 * no model value stands for (each with the reason), with the list's year and where it comes from.
 *
 * <p>The entries are read once from a tab-separated resource beside this class ({@code
 * <name>.tsv}: code, label, validity, and the reason an entry is not placed).
 */
public enum CodeList {
  /** The children in need census's factors identified at the end of assessment (1A to 24A). */
  CIN_ASSESSMENT_FACTORS(
      "cin-assessment-factors",
      "Factors identified at the end of assessment",
      "Children in need census (DfE)",
      "2025 to 2026",
      List.of(
          "https://github.com/SocialFinanceDigitalLabs/liia-tools/blob/2e623bb920f459d6d49fa43bd8f65fbf94229bcd/liiatools/spec/cin_census/cin-2022.xsd",
          "https://github.com/data-to-insight/csc-validator-be-cin (rules/cin2024_25/rule_8945Q.py, rule_8950Q.py)",
          "https://github.com/data-to-insight/ssd-data-model (data/categories__future_release/assessment_factors.yml)"),
      "The suffix follows from who holds the factor: a RiskFactor in Subject.riskFactors or"
          + " Group.riskFactors is the child's (A); in FamilyMember.riskFactors it is a parent's or"
          + " carer's (B) when the member's role is a parent or carer (MOTHER, FATHER, PARENT,"
          + " STEP_PARENT, MALE_CARER, FEMALE_CARER, FOSTER_CARER), another household member's (C)"
          + " when inHousehold is true, and has no code otherwise; a factor with perpetrated true has"
          + " no code. Codes 7A to 24A are the child's only."),
  /** The children in need census's categories of abuse of a child protection plan. */
  CIN_CATEGORY_OF_ABUSE(
      "cin-category-of-abuse",
      "Category of abuse (initial and latest) of a child protection plan",
      "Children in need census (DfE)",
      "2025 to 2026",
      List.of(
          "https://github.com/SocialFinanceDigitalLabs/liia-tools/blob/2e623bb920f459d6d49fa43bd8f65fbf94229bcd/liiatools/spec/cin_census/cin-2022.xsd"),
      ""),
  /** The children in need census's reasons an episode of need closed (RC1 to RC9). */
  CIN_REASON_FOR_CLOSURE(
      "cin-reason-for-closure",
      "Reason for closure",
      "Children in need census (DfE)",
      "2025 to 2026",
      List.of(
          "https://github.com/SocialFinanceDigitalLabs/liia-tools/blob/2e623bb920f459d6d49fa43bd8f65fbf94229bcd/liiatools/spec/cin_census/cin-2022.xsd",
          "https://github.com/data-to-insight/csc-validator-be-cin (rules/cin2022_23/rule_8640.py: RC1 to RC9)"),
      ""),
  /** The children in need census's sources of a referral (1A to 10). */
  CIN_REFERRAL_SOURCE(
      "cin-referral-source",
      "Referral source",
      "Children in need census (DfE)",
      "2025 to 2026",
      List.of(
          "https://github.com/SocialFinanceDigitalLabs/liia-tools/blob/2e623bb920f459d6d49fa43bd8f65fbf94229bcd/liiatools/spec/cin_census/cin-2022.xsd",
          "https://github.com/data-to-insight/csc-validator-be-cin (rules/cin2022_23/rule_8866.py: 5D)"),
      ""),
  /** The children in need census's primary need codes (N0 to N9). */
  CIN_PRIMARY_NEED(
      "cin-primary-need",
      "Primary need",
      "Children in need census (DfE)",
      "2025 to 2026",
      List.of(
          "https://github.com/SocialFinanceDigitalLabs/liia-tools/blob/2e623bb920f459d6d49fa43bd8f65fbf94229bcd/liiatools/spec/cin_census/cin-2022.xsd"),
      ""),
  /** The children in need census's sex (M, F, U), from 2024 to 2025. */
  CIN_SEX(
      "cin-sex",
      "Sex",
      "Children in need census (DfE)",
      "2025 to 2026",
      List.of(
          "https://github.com/data-to-insight/csc-validator-be-cin (rules/cin2024_25/rule_4180.py, rule_8750.py)"),
      ""),
  /** The ethnicity codes of the children in need census and the SSDA903 return. */
  CIN_ETHNICITY(
      "cin-ethnicity",
      "Ethnicity",
      "Children in need census and SSDA903 return (DfE)",
      "2025 to 2026",
      List.of(
          "https://github.com/SocialFinanceDigitalLabs/liia-tools/blob/2e623bb920f459d6d49fa43bd8f65fbf94229bcd/liiatools/spec/cin_census/cin-2022.xsd",
          "https://github.com/SocialFinanceDigitalLabs/liia-tools/blob/019184f125709b3d13fdc2c535cf6eb3e3295957/liiatools/spec/s903/SSDA903_schema_2024.yml"),
      ""),
  /** The children in need census's disability codes. */
  CIN_DISABILITY(
      "cin-disability",
      "Disability",
      "Children in need census (DfE)",
      "2025 to 2026",
      List.of(
          "https://github.com/SocialFinanceDigitalLabs/liia-tools/blob/2e623bb920f459d6d49fa43bd8f65fbf94229bcd/liiatools/spec/cin_census/cin-2022.xsd"),
      ""),
  /** The SSDA903 looked-after return's legal statuses. */
  SSDA903_LEGAL_STATUS(
      "ssda903-legal-status",
      "Legal status",
      "Children looked after return, SSDA903 (DfE)",
      "2025 to 2026",
      List.of(
          "https://github.com/SocialFinanceDigitalLabs/liia-tools/blob/019184f125709b3d13fdc2c535cf6eb3e3295957/liiatools/spec/s903/SSDA903_schema_2024.yml",
          "https://github.com/data-to-insight/csc-validator-be-903 (rules/lac2022_23/rule_144.py)"),
      ""),
  /** The SSDA903 looked-after return's placement types. */
  SSDA903_PLACEMENT_TYPE(
      "ssda903-placement-type",
      "Placement type",
      "Children looked after return, SSDA903 (DfE)",
      "2025 to 2026",
      List.of(
          "https://github.com/SocialFinanceDigitalLabs/liia-tools/blob/019184f125709b3d13fdc2c535cf6eb3e3295957/liiatools/spec/s903/SSDA903_schema_2024.yml",
          "https://github.com/data-to-insight/csc-validator-be-903 (rules/lac2025_26/rule_146.py, rules/lac2023_24/rule_217t.py, rules/lac2024_25/rule_371.py)"),
      ""),
  /** The types of temporary accommodation of the homelessness statistics (live table TA1). */
  TA1_TEMPORARY_ACCOMMODATION(
      "ta1-temporary-accommodation",
      "Type of temporary accommodation",
      "Statutory homelessness, live table TA1 (MHCLG)",
      "2025",
      List.of(
          "live table TA1's column headers, as a public pipeline parses them (GitHub code index, file 18090003255)",
          "https://analysisfunction.civilservice.gov.uk/government-statistical-service-and-statistician-group/user-facing-pages/mhclg-homelessness-statistics-user-forum/"),
      "The list has no codes: each entry\'s code is its wording as published."),
  /** The nature of a serious incident notification, as the DfE's statistics break it down. */
  SIN_NATURE(
      "sin-nature",
      "Nature of notification",
      "Serious incident notifications (DfE statistics)",
      "2026",
      List.of(
          "https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/8eaab6ac-41e6-4c2c-a9eb-88d941b6019a",
          "https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/cb77612a-7fde-46fc-ac76-6408ae6fc5bf"),
      "The list has no codes: each entry\'s code is its wording as published."),
  /** The routes by which the notification system takes a child's death or serious harm. */
  SIN_ROUTE(
      "sin-route",
      "Notification route",
      "Child safeguarding incident notification system (DfE)",
      "2026",
      List.of(
          "https://childsafeguarding.education.gov.uk/",
          "https://www.gov.uk/guidance/report-a-serious-child-safeguarding-incident"),
      "The list has no codes: each entry\'s code is its wording as published."),
  /** The themes of the Child Safeguarding Practice Review Panel's annual reports. */
  PANEL_ANNUAL_REPORT_THEMES(
      "panel-annual-report-themes",
      "Themes of the Panel's annual reports",
      "Child Safeguarding Practice Review Panel",
      "2020 to 2024",
      List.of(
          "https://childsafeguarding.independent-panel.uk/?p=242",
          "https://newcastlesafeguarding.org.uk/child-safeguarding-review-practice-report",
          "https://www.gov.uk/government/news/safeguarding-system-needs-to-tackle-stubborn-challenges"),
      "The list has no codes: each entry\'s code is its wording as published."),
  /** The deep-dive themes of the joint targeted area inspections. */
  JTAI_THEMES(
      "jtai-themes",
      "Joint targeted area inspection themes",
      "Ofsted, CQC, HMICFRS and HMI Probation",
      "2016 to 2024",
      List.of(
          "https://hmicfrs.justiceinspectorates.gov.uk/our-work/article/child-abuse-and-child-protection-issues/joint-targeted-child-protection-inspections/"),
      "The list has no codes: each entry\'s code is its wording as published."),
  /** The topics of the NSPCC's learning from case reviews briefings. */
  NSPCC_CASE_REVIEW_TOPICS(
      "nspcc-case-review-topics",
      "Learning from case reviews topics",
      "NSPCC national case review repository",
      "2024",
      List.of(
          "https://learning.nspcc.org.uk/case-reviews/national-case-review-repository",
          "https://learning.nspcc.org.uk/research-resources/learning-from-case-reviews/"),
      "The list has no codes: each entry\'s code is its wording as published.");

  private final String fileName;
  private final String title;
  private final String collection;
  private final String year;
  private final List<String> sources;
  private final String note;
  private List<NationalCode> entries;

  CodeList(String fileName, String title, String collection, String year, List<String> sources, String note) {
    this.fileName = fileName;
    this.title = title;
    this.collection = collection;
    this.year = year;
    this.sources = sources;
    this.note = note;
  }

  /** {@return the list's name in file names and JSON, such as {@code cin-assessment-factors}} */
  public String getFileName() {
    return fileName;
  }

  /** {@return the list's title, as its collection names it} */
  public String getTitle() {
    return title;
  }

  /** {@return the return or publication the list belongs to, and who publishes it} */
  public String getCollection() {
    return collection;
  }

  /** {@return the collection year whose list this is} */
  public String getYear() {
    return year;
  }

  /** {@return where the list was read: addresses, with the file inside a repository where one is meant} */
  public List<String> getSources() {
    return sources;
  }

  /** {@return how to join the list's codes to a document, where more than a value decides it; empty if nothing does} */
  public String getNote() {
    return note;
  }

  /** {@return every entry of the list, in the list's order} */
  public synchronized List<NationalCode> entries() {
    if (entries == null) {
      entries = read();
    }
    return entries;
  }

  /**
   * {@return the entry with a code}
   *
   * @param code the code, exactly as the list writes it
   */
  public Optional<NationalCode> entry(String code) {
    return entries().stream().filter(entry -> entry.code().equals(code)).findFirst();
  }

  private List<NationalCode> read() {
    String resource = fileName + ".tsv";
    try (InputStream in = CodeList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<NationalCode> read = new ArrayList<>();
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 4) {
          throw new IllegalStateException(resource + ": each line has four cells: " + line);
        }
        read.add(
            new NationalCode(
                this,
                cells[0],
                cells[1],
                CodeValidity.valueOf(cells[2]),
                cells[3].isEmpty() ? Optional.empty() : Optional.of(cells[3])));
      }
      return List.copyOf(read);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
