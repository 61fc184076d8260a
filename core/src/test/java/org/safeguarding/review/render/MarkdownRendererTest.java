package org.safeguarding.review.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.Action;
import org.safeguarding.review.Age;
import org.safeguarding.review.AgeUnit;
import org.safeguarding.review.Agency;
import org.safeguarding.review.AgencyKind;
import org.safeguarding.review.Arrangement;
import org.safeguarding.review.ArrangementKind;
import org.safeguarding.review.Block;
import org.safeguarding.review.CaseEvent;
import org.safeguarding.review.Completeness;
import org.safeguarding.review.CompletenessStatus;
import org.safeguarding.review.Consequence;
import org.safeguarding.review.ConsequenceKind;
import org.safeguarding.review.Contributor;
import org.safeguarding.review.Count;
import org.safeguarding.review.EventKind;
import org.safeguarding.review.Family;
import org.safeguarding.review.FamilyMember;
import org.safeguarding.review.FamilyRole;
import org.safeguarding.review.Finding;
import org.safeguarding.review.FindingKind;
import org.safeguarding.review.Glossary;
import org.safeguarding.review.GlossaryEntry;
import org.safeguarding.review.Group;
import org.safeguarding.review.Image;
import org.safeguarding.review.Incident;
import org.safeguarding.review.InjuryKind;
import org.safeguarding.review.Item;
import org.safeguarding.review.ItemList;
import org.safeguarding.review.LearningFormat;
import org.safeguarding.review.Figure;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.LearningTheme;
import org.safeguarding.review.Meeting;
import org.safeguarding.review.Nation;
import org.safeguarding.review.Omission;
import org.safeguarding.review.Organisation;
import org.safeguarding.review.OrganisationKind;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.PersonInRole;
import org.safeguarding.review.Presentation;
import org.safeguarding.review.PresentationRoute;
import org.safeguarding.review.Provenance;
import org.safeguarding.review.Quote;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.RecommendationStatus;
import org.safeguarding.review.RelativeTime;
import org.safeguarding.review.Resource;
import org.safeguarding.review.ReviewConclusion;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.ReviewStage;
import org.safeguarding.review.ReviewType;
import org.safeguarding.review.RoleKind;
import org.safeguarding.review.Section;
import org.safeguarding.review.SectionKind;
import org.safeguarding.review.Status;
import org.safeguarding.review.StatusKind;
import org.safeguarding.review.StatusTiming;
import org.safeguarding.review.Subject;
import org.safeguarding.review.Table;
import org.safeguarding.review.TableColumn;
import org.safeguarding.review.TableRow;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.Theme;
import org.safeguarding.review.TimeRelation;
import org.safeguarding.review.TimeSpan;
import org.safeguarding.review.When;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.testing.ModelGenerators;
import org.safeguarding.review.testing.RenderedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class MarkdownRendererTest {

  private static final String HOSTILE =
      "<script>alert(1)</script> *bold* _em_ `code` [link](http://x) ![img](y) &amp; # not a heading"
          + " | a | table | ~~strike~~ \\ back <b>html</b> {braces}";

  private static final List<String> HOSTILE_TEXTS =
      List.of(HOSTILE, "- a list?", "+ plus", "1. numbered", "2) numbered", "# heading", "> quote", "=== underline",
          "    indented code", "line\nbreak\n\nparagraph", "&#60;script&#62;", "a\\*b", "~~~ fence", "``` fence", "***",
          "---", "___", "| a | b |", "[x]: http://y", "<http://x>", "\u00a0no-break spaces\u00a0", "ends with a star *",
          "Title 1.");

  private final MarkdownRenderer renderer = MarkdownRenderer.standard();
  private final MarkdownRenderer documentOnly =
      MarkdownRenderer.standard().withProvenance(false).withCaseDetails(false).withOmissionMarks(false);

  @Test
  void everyTextRendersAsPlainTextWhateverItHolds() {
    String benign = renderer.render(summaryWithEveryTextSetTo("benign"));
    for (String text : HOSTILE_TEXTS) {
      String markdown = renderer.render(summaryWithEveryTextSetTo(text));

      assertThat(structure(markdown)).as("markup made from: " + text).isEqualTo(structure(benign));
      assertThat(RenderedText.missing(RenderedText.plainText(markdown), List.of(text))).as("text of: " + text).isEmpty();
    }
  }

  @Test
  void generatedDocumentsShowEveryFreeText() {
    qt().withShrinkCycles(20)
        .withExamples(300)
        .forAll(ModelGenerators.documents())
        .checkAssert(
            document -> assertThat(RenderedText.missing(RenderedText.plainText(renderer.render(document)), RenderedText.shownTexts(document))).isEmpty());
  }

  @Test
  void generatedDocumentsGetNoMarkupFromTheirText() {
    qt().withShrinkCycles(20)
        .withExamples(200)
        .forAll(ModelGenerators.documents())
        .checkAssert(document -> assertThat(structure(renderer.render(document))).isEqualTo(structure(renderer.render(withPlainTexts(document)))));
  }

  @Test
  void generatedLearningDocumentsShowTheirTextInPublishedOrderAndAddNothing() {
    qt().withShrinkCycles(20)
        .withExamples(300)
        .forAll(ModelGenerators.learningSummaries())
        .checkAssert(
            summary -> {
              String shown = RenderedText.plainText(documentOnly.render(summary));
              assertThat(RenderedText.added(shown, RenderedText.bodyTexts(summary, false))).isEmpty();
            });
  }

  @Test
  void anUntitledSectionGetsNoHeadingAndTitledPartsTheirOwnUnderTheNearestHeading() {
    LearningSummary summary = summary(
        Section.builder().kind(SectionKind.BACKGROUND).addContent(Block.paragraph("Why the review was held.")).build(),
        Section.builder().kind(SectionKind.LEARNING).heading("Key learning")
            .addContent(Block.of(finding("F1", FindingKind.AREA_FOR_IMPROVEMENT).title("Safety planning").build()))
            .addSections(Section.builder().kind(SectionKind.OTHER).heading("In detail").build())
            .build());

    String markdown = documentOnly.render(summary);

    assertThat(markdown).isEqualTo("""
        # Infant A

        Why the review was held.

        ## Key learning

        ### Safety planning

        Statement F1.

        ### In detail
        """);
  }

  @Test
  void partsInAListShowTheirTitlesAsLabelsAndNeitherKindsNorTagsAreAdded() {
    Finding tagged = finding("F1", FindingKind.AREA_FOR_IMPROVEMENT)
        .title("Chronic Neglect")
        .detail("More detail.")
        .addThemes(Theme.of(LearningTheme.NEGLECT))
        .addAgencies(Agency.of(AgencyKind.POLICE, "the force"))
        .build();
    LearningSummary summary = summary(
        Section.builder().kind(SectionKind.LEARNING).heading("What else did we find?")
            .addContent(Block.of(ItemList.of(
                Item.of(tagged),
                Item.builder().label("Health and Safety").text("Homes were unsafe.").build(),
                Item.builder().label("Why?").text("Nobody asked.").build(),
                Item.of(Recommendation.builder().id("R1").statement("Do better.").owner("The board").build()))))
            .build());

    String markdown = documentOnly.render(summary);

    assertThat(markdown).endsWith("""
        ## What else did we find?

        - **Chronic Neglect:** Statement F1. More detail.
        - **Health and Safety:** Homes were unsafe.
        - **Why?** Nobody asked.
        - Do better.
        """);
    assertThat(markdown).doesNotContain("Area for improvement").doesNotContain("Neglect*").doesNotContain("the force").doesNotContain("R1");
    assertThat(renderer.render(summary))
        .contains("> - **Agencies:** the force (Police)\n")
        .contains("> - **Recommendations:**\n>   - **“Do better.”** — owner: The board\n")
        .doesNotContain("Themes");
  }

  @Test
  void listsKeepTheirLeadInsAndNesting() {
    LearningSummary summary = summary(
        Section.builder().kind(SectionKind.PRACTICE_ACTIONS).heading("What to do")
            .addContent(Block.of(ItemList.builder()
                .leadIn("Practitioners should:")
                .addItems(Item.text("listen to the child;"))
                .addItems(Item.builder().text("share information, especially:")
                    .list(ItemList.of(Item.text("with housing"), Item.text("with schools"))).build())
                .build()))
            .addContent(Block.of(ItemList.of(Item.of(Action.of("Read the guide.")))))
            .build());

    String markdown = documentOnly.render(summary);

    assertThat(markdown).endsWith("""
        Practitioners should:

        - listen to the child;
        - share information, especially:
          - with housing
          - with schools

        * Read the guide.
        """);
    Node parsed = RenderedText.parse(markdown);
    assertThat(count(parsed, BulletList.class)).as("two lists and one nested list").isEqualTo(3);
  }

  @Test
  void publishedNumbersAreKeptExactly() {
    LearningSummary summary = summary(
        Section.builder().kind(SectionKind.BACKGROUND).number("1.").heading("Background to the Report")
            .addContent(Block.of(ItemList.of(numbered("1.1", "In February 2019 ..."), numbered("1.2", "SSCB decided ..."))))
            .addContent(Block.paragraph("Then:"))
            .addContent(Block.of(ItemList.of(numbered("3.", "Third"), numbered("4.", "Fourth"))))
            .addContent(Block.paragraph("An index with a gap:"))
            .addContent(Block.of(ItemList.of(numbered("5.", "Summary Timeline"), numbered("7.", "Findings"))))
            .build());

    String markdown = documentOnly.render(summary);

    assertThat(markdown).contains("""
        ## 1\\. Background to the Report

        + 1\\.1 In February 2019 ...
        + 1\\.2 SSCB decided ...

        Then:

        3. Third
        4. Fourth

        An index with a gap:

        + 5\\. Summary Timeline
        + 7\\. Findings
        """);
    assertThat(RenderedText.normalise(RenderedText.plainText(markdown)))
        .contains("1. Background to the Report 1.1 In February 2019 ... 1.2 SSCB decided ... Then: 3. Third 4. Fourth")
        .contains("5. Summary Timeline 7. Findings");
  }

  @Test
  void tablesAreMarkdownTablesUnderTheirNumberAndTitle() {
    Table table = Table.builder().number("Table 1.").title("Audit").caption("2015/2016 and 2016/2017")
        .addColumns(TableColumn.of("Areas of development"), TableColumn.of("Areas | improving"))
        .addRows(TableRow.of(Item.of(finding("D1", FindingKind.AREA_FOR_IMPROVEMENT).build()), Item.builder().build()))
        .build();
    LearningSummary summary = summary(Section.builder().kind(SectionKind.SUMMARY).addContent(Block.of(table)).build());

    String markdown = documentOnly.render(summary);

    assertThat(markdown).endsWith("""
        **Table 1. Audit**

        2015/2016 and 2016/2017

        | Areas of development | Areas \\| improving |
        | --- | --- |
        | Statement D1. | |
        """);
    assertThat(count(RenderedText.parse(markdown), org.commonmark.ext.gfm.tables.TableBlock.class)).isEqualTo(1);
  }

  @Test
  void glossariesResourcesAndQuestionsAreShownAsPrinted() {
    LearningSummary summary = summary(
        Section.builder().kind(SectionKind.GLOSSARY).heading("Acronyms Used")
            .addContent(Block.of(Glossary.builder().addEntries(GlossaryEntry.of("CSC", "Children Social Care")).build()))
            .addContent(Block.question("What would you do?"))
            .addContent(Block.of(Resource.builder().title("Practice tool").link("https://example.org/tool").description("A guide.").build()))
            .addContent(Block.of(Resource.builder().description("A webinar.").link("https://example.org/webinar").build()))
            .build());

    assertThat(documentOnly.render(summary)).endsWith("""
        - **CSC:** Children Social Care

        What would you do?

        [Practice tool](<https://example.org/tool>): A guide.

        A webinar. [https://example.org/webinar](<https://example.org/webinar>)
        """);
  }

  @Test
  void aQuoteIsABlockQuoteWithItsAttributionAndASubtitleFollowsTheTitle() {
    LearningSummary summary = LearningSummary.builder()
        .from(summary(Section.builder().kind(SectionKind.OTHER)
            .addContent(Block.of(Quote.builder().text("No one asked me *how* I was.").attribution("a young person").build()))
            .addContent(Block.of(Quote.of("Think family.")))
            .build()))
        .subtitle("Learning for practitioners")
        .build();

    assertThat(documentOnly.render(summary))
        .contains("\n*Learning for practitioners*\n")
        .endsWith("""
            > No one asked me \\*how\\* I was.
            >
            > *a young person*

            > Think family.
            """);
  }

  @Test
  void omissionsAreMarkedInTheToolsWordsUnlessSwitchedOff() {
    LearningSummary summary = LearningSummary.builder()
        .from(summary(Section.builder().kind(SectionKind.OTHER).heading("Next Steps")
            .addContent(Block.of(Omission.of("steps 5 and 6 not captured")))
            .addContent(Block.of(ItemList.of(Item.builder().label("Health and Safety").omission(Omission.builder().build()).build())))
            .build()))
        .provenance(Provenance.builder()
            .completeness(Completeness.builder().status(CompletenessStatus.PARTIAL).endsMidway(true).build())
            .build())
        .build();

    assertThat(renderer.render(summary))
        .contains("\n*\\[text not available: steps 5 and 6 not captured\\]*\n")
        .contains("\n- **Health and Safety:** *\\[text not available\\]*\n")
        .endsWith("\n*\\[the copy ends here\\]*\n");
    assertThat(renderer.withOmissionMarks(false).render(summary))
        .doesNotContain("not available")
        .doesNotContain("the copy ends here")
        .contains("\n- **Health and Safety**\n");
  }

  @Test
  void theToolsAdditionsAreLabelledBlockQuotesThatCanBeSwitchedOff() {
    LearningSummary summary = LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .provenance(Provenance.builder().link("https://example.org/infant-a").build())
        .build();

    String markdown = renderer.render(summary);

    assertThat(markdown).startsWith("""
        # Infant A

        > **Provenance** (added by srm): Published at [https://example.org/infant-a](<https://example.org/infant-a>).

        > **Case details** (added by srm from the document's data)
        >
        > - **Format:** 7-minute briefing
        > - **Partnership:** Exampleshire Safeguarding Children Partnership, Safeguarding children partnership
        > - **Children:**
        >   - **Infant A** — age: 3 weeks
        > - **Recommendations:**
        >   - **“Repeat safer sleep advice at every change of …”**

        ## Key learning
        """);
    assertThat(count(RenderedText.parse(markdown), BlockQuote.class)).isEqualTo(2);
    assertThat(renderer.withProvenance(false).render(summary)).doesNotContain("Provenance").contains("Case details");
    assertThat(renderer.withCaseDetails(false).render(summary)).doesNotContain("Case details").contains("Provenance");
    assertThat(documentOnly.render(summary)).doesNotContain(">").doesNotContain("srm");
  }

  @Test
  void theRenderedPartsMakeTheWholeDocument() {
    LearningSummary summary = LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .provenance(Provenance.builder().note("Encoded from the printed copy.").build())
        .build();

    RenderedDocument parts = renderer.renderParts(summary);

    assertThat(parts.title()).isEqualTo("Infant A");
    assertThat(parts.provenance()).hasValue("**Provenance** (added by srm): Encoded from the printed copy.\n");
    assertThat(parts.caseDetails()).get(org.assertj.core.api.InstanceOfAssertFactories.STRING).startsWith("**Case details**");
    assertThat(parts.markdown())
        .isEqualTo(renderer.render(summary))
        .contains("> " + parts.provenance().orElseThrow())
        .endsWith(parts.body());
    assertThat(documentOnly.renderParts(summary).provenance()).isEmpty();
    assertThat(documentOnly.renderParts(summary).caseDetails()).isEmpty();
  }

  @Test
  void aRapidReviewIsShownAsItsFormInOrder() {
    RapidReview review = TestDocuments.rapidReview();

    String markdown = renderer.render(review);

    assertThat(markdown).startsWith("# Rapid review: Exampleshire Safeguarding Children Partnership\n");
    List<String> headings = new ArrayList<>();
    RenderedText.parse(markdown).accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            if (heading.getLevel() == 2) {
              headings.add(((Text) heading.getFirstChild()).getLiteral());
            }
          }
        });
    assertThat(headings).containsExactly("Timeline", "Children", "Incident", "Agency involvement", "Decision");
    assertThat(markdown)
        .contains("- **Notification sent:** 5 March 2026\n")
        .contains("- **Baby T** — age: 3 months; area: Exampleshire; status: No involvement\n")
        .contains("### Health visiting\n\nThe health visitor saw Baby T at home for the new birth visit.\n");
  }

  @Test
  void idsAreNeverShownAsNamesAndEveryRecommendationIsListed() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addSubjects(Subject.builder().pseudonym("the infant").unnamed(true).build())
            .addSources(ReviewReference.builder().id("src-7").type(ReviewType.EXTENDED_CHILD_PRACTICE_REVIEW).build())
            .addPeople(PersonInRole.builder().name("A. Reviewer").addRoles(RoleKind.REVIEWER).addSources("src-7").build())
            .addFigures(Figure.builder().measure("reviews considered").addAbout("the infant").addSources("src-7").build())
            .build();

    String markdown = renderer.render(summary);

    assertThat(markdown).doesNotContain("src-7")
        .contains(">   - **the infant (not named in the document)**\n")
        .contains("**reviews considered** — about: the infant; of: Review 1")
        .contains(">   - **A. Reviewer** — roles: Reviewer; review: Review 1\n")
        .contains(">   - **Review 1** — type: Extended child practice review\n")
        .contains("> - **Recommendations:**\n>   - **“Repeat safer sleep advice at every change of …”**\n");
  }

  @Test
  void howHarmCameToLightIsShownWithoutACauseTheDocumentDoesNotGive() {
    LearningSummary summary = LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .addIncidents(Incident.builder().addSubjects("Infant A")
            .addPresentations(Presentation.builder().addInjuries(InjuryKind.FRACTURE, InjuryKind.BRUISING)
                .route(PresentationRoute.EMERGENCY_DEPARTMENT).explanationFitted(false).build())
            .build())
        .build();

    assertThat(renderer.render(summary))
        .contains("came to light: Fracture, Bruising (Emergency department; did not fit the explanation given)");
  }

  @Test
  void theSiteTheExplanationGivenAndWhyAreShownAsWritten() {
    LearningSummary summary = LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .addIncidents(Incident.builder().addSubjects("Infant A")
            .addPresentations(Presentation.builder().addInjuries(InjuryKind.FRACTURE).site("upper left arm")
                .route(PresentationRoute.HOSPITAL).explanationGiven("put down to a fall").build())
            .addConsequences(Consequence.builder().kind(ConsequenceKind.INVESTIGATION)
                .agency(Agency.builder().kind(AgencyKind.POLICE).build()).reason("reports of domestic abuse").build())
            .build())
        .addEvents(CaseEvent.builder().id("E1").kind(EventKind.REFERRAL).title("Raised concerns")
            .addAgencies(Agency.builder().kind(AgencyKind.EMERGENCY_DEPARTMENT).practitioner("ED registered nurse").build()).build())
        .build();

    assertThat(renderer.render(summary))
        .contains("came to light: Fracture (site: upper left arm; Hospital, department not said; explained as: put down to a fall)")
        .contains("followed by: Investigation (Police; why: reports of domestic abuse)")
        .contains("agencies: ED registered nurse (Emergency department)");
  }

  @Test
  void anActionShowsItsOwnerWhenAndStatusAndNamesWhatItAnswersButNeverAnId() {
    Item issue = Item.builder().id("issue-a").text("Chronic, pervasive neglect").build();
    Action action = Action.builder().id("A1").statement("A neglect strategy is now in place.").owner("the Learning and Development committee")
        .when(When.builder().date(PartialDate.parse("2014-12")).asWritten("Dec 2014").build()).status(RecommendationStatus.COMPLETED)
        .addAnswers("issue-a", "audits", "E9").build();
    LearningSummary summary = LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .addSources(ReviewReference.builder().id("audits").title("Case file audits").build())
        .addEvents(CaseEvent.builder().id("E9").kind(EventKind.REFERRAL).title("A referral").build())
        .addSections(Section.builder().kind(SectionKind.OTHER).addContent(Block.of(ItemList.of(issue, Item.of(action)))).build())
        .build();

    assertThat(renderer.render(summary))
        .doesNotContain("issue-a").doesNotContain("E9")
        .contains("> - **Actions with an owner, date, status or what they answer:**\n>   - **“A neglect strategy is now in place.”** — "
            + "owner: the Learning and Development committee; when: Dec 2014; status: Completed; "
            + "answers: “Chronic, pervasive neglect”, Case file audits\n");
  }

  @Test
  void aSourcesMeetingsContributorsAndJointPublishersAndAChildOneOfAGroupAreShown() {
    Organisation panel = Organisation.builder().name("a sub panel of the Case Review Group").kind(OrganisationKind.SUB_GROUP).build();
    LearningSummary summary = LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .partnership(Organisation.builder().name("Ofsted").kind(OrganisationKind.INSPECTORATE).build())
        .addJointlyWith(Organisation.builder().name("Care Quality Commission").kind(OrganisationKind.INSPECTORATE).build())
        .approvalDate(PartialDate.parse("2014/2015")).nextReviewDate(PartialDate.parse("2016-03"))
        .addSources(ReviewReference.builder().title("Audits").addRemit("to review what GPs contribute").edition(2)
            .stage(ReviewStage.NOT_CARRIED_OUT)
            .addContributors(Contributor.of(Organisation.builder().name("Safer London").kind(OrganisationKind.CHARITY).build(), "commissioned to consult"))
            .addMeetings(Meeting.builder().when(When.builder().asWritten("17.02.15").build()).addBy(panel).purpose("to collate the findings").build())
            .build())
        .addGroups(Group.builder().label("4 children").addStatuses(Status.builder().kind(StatusKind.CHILD_PROTECTION_PLAN)
            .duration(TimeSpan.builder().value(3).unit(AgeUnit.YEARS).build()).build()).build())
        .addSubjects(Subject.builder().pseudonym("the young person").unnamed(true).partOf("4 children").build())
        .build();

    assertThat(renderer.render(summary))
        .contains("> - **Jointly with:** Care Quality Commission, Inspectorate\n")
        .contains("> - **Approved:** 2014 to 2015\n> - **Next review:** March 2016\n")
        .contains("**Audits** — remit: to review what GPs contribute; edition: 2; with: Safer London, Charity or voluntary organisation "
            + "(commissioned to consult); met: 17\\.02.15 (a sub panel of the Case Review Group, Committee, sub-group or panel of a board; "
            + "to collate the findings); stage: Not carried out")
        .contains("**the young person (not named in the document)** — one of: 4 children")
        .contains("status: Child protection plan (for 3 years)");
  }

  @Test
  void theSourcesAnOverviewCoversAndTheGroupAGroupIsPartOfAreShown() {
    LearningSummary summary = LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .addSources(
            ReviewReference.builder().id("o").title("Overview").type(ReviewType.OVERVIEW_OF_REVIEWS).addCovers("s")
                .criteriaAsWritten("where a child has died or been significantly harmed").build(),
            ReviewReference.builder().id("s").typeAsWritten("significant case reviews").build())
        .addGroups(Group.builder().label("23 children").build(), Group.builder().label("11 of them").partOf("23 children").build())
        .build();

    assertThat(renderer.render(summary))
        .contains("**Overview** — type: Overview of reviews; criteria: where a child has died or been significantly harmed; covers: significant case reviews")
        .contains("**11 of them** — part of: 23 children");
  }

  @Test
  void anImageIsShownByItsWordsAlone() {
    LearningSummary summary = LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .addSections(Section.builder().kind(SectionKind.OTHER)
            .addContent(Block.of(Image.builder().altText("Boy sitting on stairs").caption("Figure 1").build()))
            .build())
        .build();

    assertThat(documentOnly.render(summary)).endsWith("\n\nBoy sitting on stairs\n\nFigure 1\n");
  }

  @Test
  void agesAreShownAsWritten() {
    LearningSummary summary = LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .subjects(List.of(
            Subject.of("Baby G", Age.builder().from(Age.parse("7 weeks")).asWritten("a pre-mobile baby aged 7 weeks").build()),
            Subject.of("Child 1", Age.parse("about 2 years"))))
        .build();

    assertThat(renderer.render(summary))
        .contains(">   - **Baby G** — age: a pre-mobile baby aged 7 weeks\n")
        .contains(">   - **Child 1** — age: about 2 years\n");
  }

  @Test
  void looseDatesAreShownInWordsWithTheirEventAndWhetherInferred() {
    When relative = When.builder()
        .date(PartialDate.parse("2019-06?"))
        .relative(RelativeTime.builder().offset(TimeSpan.builder().value(2).unit(AgeUnit.WEEKS).build())
            .relation(TimeRelation.AFTER).event("the birth").build())
        .build();
    LearningSummary summary = LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .addIncidents(Incident.builder().addSubjects("Infant A").date(PartialDate.parse("2021-summer")).build())
        .subjects(List.of(Subject.builder().pseudonym("Infant A")
            .addStatuses(Status.builder().kind(StatusKind.CHILD_IN_NEED).when(relative).build())
            .addStatuses(Status.builder().kind(StatusKind.KNOWN_TO_SERVICES).when(When.of(PartialDate.parse("2011/2012"))).build())
            .build()))
        .build();

    assertThat(renderer.render(summary))
        .contains("summer 2021")
        .contains("2 weeks after the birth (June 2019 (inferred))")
        .contains("2011 to 2012");
  }

  @Test
  void familiesAndAMembersAgeNowAreShown() {
    LearningSummary summary = LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .addFamilyMembers(FamilyMember.builder().label("Sibling 1").role(FamilyRole.SIBLING)
            .age(Age.parse("3 years")).ageNow(Age.parse("9 years")).build())
        .addFamilies(Family.builder().label("Family A").addMembers("Infant A", "Sibling 1").relatedToOthers(false).build(),
            Family.builder().label("the other families").count(Count.of(11)).build())
        .build();

    assertThat(renderer.render(summary))
        .contains("**Sibling 1** — role: Sibling; age: 3 years; age now: 9 years")
        .contains("**Family A** — members: Infant A, Sibling 1; related to the other families: no")
        .contains("**the other families** — how many: 11");
  }

  @Test
  void lawAndArrangementsTheDocumentNamesAreListedWithTheirKindAndSection() {
    LearningSummary summary = LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .addArrangements(
            Arrangement.builder().kind(ArrangementKind.STATUTE).name("Children Act 1989").section("section 47").nation(Nation.ENGLAND).build(),
            Arrangement.builder().kind(ArrangementKind.PROTOCOL).name("the bruising protocol").detail("was not followed").build(),
            Arrangement.builder().kind(ArrangementKind.GUIDANCE).name("the national guidance").replaces("the previous guidance (2015)").build())
        .build();

    assertThat(renderer.render(summary))
        .contains("> - **Law, guidance and arrangements named:**\n")
        .contains("**Children Act 1989** — kind: Statute; section: section 47; nation: England")
        .contains("**the bruising protocol** — kind: Protocol; detail: was not followed")
        .contains("**the national guidance** — kind: Guidance; replaces: the previous guidance (2015)");
  }

  @Test
  void anIssueOfASeriesAndWhenTheReviewsOfASetWerePublishedAreShown() {
    LearningSummary summary = LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .series("Salutary tales")
        .edition(2)
        .addSources(ReviewReference.builder().title("Serious case reviews").type(ReviewType.SERIOUS_CASE_REVIEW)
            .publishedWithin(When.builder().from(PartialDate.parse("2011")).asWritten("since 2011").build()).build())
        .build();

    assertThat(renderer.render(summary))
        .contains("**Series:** Salutary tales")
        .contains("**Issue:** 2")
        .contains("published within: since 2011");
  }

  @Test
  void eventsOfAChronologyAndAStatusThatDidNotHoldAreShown() {
    LearningSummary summary = LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .subjects(List.of(Subject.builder().pseudonym("Infant A")
            .addStatuses(Status.builder().kind(StatusKind.CHILD_PROTECTION_PLAN).held(false).build()).build()))
        .addEvents(CaseEvent.builder().kind(EventKind.STRATEGY_MEETING).title("A strategy discussion was held")
            .timing(StatusTiming.BEFORE_INCIDENT).addPeople("Infant A").build())
        .build();

    assertThat(renderer.render(summary))
        .contains("status: not: Child protection plan")
        .contains("**A strategy discussion was held** — kind: Strategy meeting or discussion; timing: before the incident; people: Infant A");
  }

  @Test
  void aJointReviewOfAnAdultAndAChildShowsWhoCommissionedItHowManyAndWhatItConcluded() {
    LearningSummary summary = LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .addFamilyMembers(FamilyMember.builder().label("Mother A").role(FamilyRole.MOTHER).build())
        .addSources(ReviewReference.builder().type(ReviewType.DOMESTIC_HOMICIDE_REVIEW).addSubjects("Mother A", "Infant A")
            .commissionedBy(Organisation.builder().name("the Community Safety Partnership").build())
            .count(Count.of(2))
            .addConclusions(ReviewConclusion.builder().predictable(false).preventable(false)
                .asWritten("the death was neither predictable nor preventable").build())
            .build())
        .build();

    assertThat(renderer.render(summary))
        .contains("concerning: Mother A, Infant A")
        .contains("commissioned by: the Community Safety Partnership; how many: 2")
        .contains("concluded: the death was neither predictable nor preventable (not predictable; not preventable)");
  }

  private static Item numbered(String number, String text) {
    return Item.builder().number(number).text(text).build();
  }

  private static Finding.Builder finding(String id, FindingKind kind) {
    return Finding.builder().id(id).kind(kind).statement("Statement " + id + ".");
  }

  private static LearningSummary summary(Section... sections) {
    return LearningSummary.builder()
        .id("ls-1")
        .title("Infant A")
        .format(LearningFormat.SEVEN_MINUTE_BRIEFING)
        .addSections(sections)
        .build();
  }

  private static LearningSummary summaryWithEveryTextSetTo(String text) {
    return LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .title(text)
        .series(text)
        .addKeywords(text)
        .subjects(List.of(Subject.of(text, Age.parse("3 weeks"))))
        .sections(
            List.of(
                Section.builder()
                    .kind(SectionKind.LEARNING)
                    .heading(text)
                    .addContent(Block.paragraph(text))
                    .addContent(Block.of(finding("F1", FindingKind.LEARNING).title(text).statement(text).detail(text).build()))
                    .addContent(Block.question(text))
                    .addContent(Block.of(Action.of(text)))
                    .addContent(Block.of(Resource.builder().title(text).link("https://example.org/a_b*c(d)").description(text).build()))
                    .addContent(Block.of(ItemList.builder().leadIn(text).addItems(Item.builder().label(text).text(text).build()).build()))
                    .addContent(Block.of(Table.builder().title(text).addColumns(TableColumn.of(text)).addRows(TableRow.of(Item.text(text))).build()))
                    .addContent(Block.of(Omission.of(text)))
                    .build()))
        .build();
  }

  /**
   * The document with every distinct free text replaced by a plain word of its own, so that
   * references still resolve. Published numbers are kept, since they decide what kind of list a
   * list is.
   */
  private static ReviewDocument withPlainTexts(ReviewDocument document) {
    JsonNode tree = ReviewJson.strict().toTree(document);
    Map<String, String> plain = new HashMap<>();
    for (DocumentParts.TextValue text : DocumentParts.of(document).texts()) {
      if (text.property().name().equals("number")) {
        continue;
      }
      String word = plain.computeIfAbsent(text.value(), value -> "text" + plain.size());
      List<String> segments = text.pointer().segments();
      JsonNode parent = tree;
      for (String segment : segments.subList(0, segments.size() - 1)) {
        parent = parent.isArray() ? parent.get(Integer.parseInt(segment)) : parent.get(segment);
      }
      String last = segments.get(segments.size() - 1);
      if (parent instanceof ArrayNode array) {
        array.set(Integer.parseInt(last), word);
      } else {
        ((ObjectNode) parent).put(last, word);
      }
    }
    return ReviewJson.lenient().parse(JsonInput.of(tree), ReviewDocument.class).document().orElseThrow();
  }

  /** The Markdown's structure: every node but text, with what distinguishes nodes of one kind. */
  private static List<String> structure(String markdown) {
    List<String> nodes = new ArrayList<>();
    RenderedText.parse(markdown).accept(
        new AbstractVisitor() {
          @Override
          protected void visitChildren(Node parent) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
              if (!(node instanceof Text) && !(node instanceof SoftLineBreak)) {
                nodes.add(describe(node));
              }
              node.accept(this);
            }
          }
        });
    return nodes;
  }

  private static String describe(Node node) {
    if (node instanceof Heading heading) {
      return "Heading " + heading.getLevel();
    }
    if (node instanceof OrderedList list) {
      return "OrderedList " + list.getMarkerStartNumber();
    }
    if (node instanceof BulletList list) {
      return "BulletList " + list.getMarker();
    }
    if (node instanceof Link link) {
      return "Link " + link.getDestination();
    }
    return node.getClass().getSimpleName();
  }

  private static int count(Node document, Class<? extends Node> type) {
    int[] count = {0};
    document.accept(
        new AbstractVisitor() {
          @Override
          protected void visitChildren(Node parent) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
              if (type.isInstance(node)) {
                count[0]++;
              }
              node.accept(this);
            }
          }
        });
    return count[0];
  }
}
