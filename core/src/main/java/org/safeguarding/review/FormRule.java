package org.safeguarding.review;

import static org.safeguarding.review.FormCondition.allOrNone;
import static org.safeguarding.review.FormCondition.atLeastOne;
import static org.safeguarding.review.FormCondition.atMostOne;
import static org.safeguarding.review.FormCondition.eachItem;
import static org.safeguarding.review.FormCondition.excludes;
import static org.safeguarding.review.FormCondition.names;
import static org.safeguarding.review.FormCondition.needs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;

/**
 * The rules about a part's form that relate its properties to each other, such as a block holding
 * exactly one part or an age having a value or a stage. Each rule is declared here once: the model
 * type it is about, its code, its message, and its {@link FormCondition}s. From that declaration
 * {@link Form} checks it with Bean Validation, the model's own constraint check checks it, and the
 * published schemas say the same with {@code if} and {@code else}, {@code dependentRequired} and
 * {@code dependentSchemas}. Each message completes a sentence that starts with the field the rule
 * is reported at.
 */
public enum FormRule {
  /** A {@link Block} holds none of its parts. */
  BLOCK_EMPTY(Block.class, Codes.CONTENT_MISSING, "must hold one of " + names(Block_.CHOICES), atLeastOne(Block_.CHOICES)),
  /** A {@link Block} holds more than one part. */
  BLOCK_SEVERAL(Block.class, Codes.CONTENT_SEVERAL, "must hold only one of " + names(Block_.CHOICES), atMostOne(Block_.CHOICES)),
  /** An {@link Item} of a list holds no part and no nested list; a table cell may be empty. */
  ITEM_EMPTY(
      ItemList.class,
      Codes.CONTENT_MISSING,
      "must hold one of " + names(with(Item_.CHOICES, Item_.LIST)),
      eachItem(ItemList_.ITEMS, atLeastOne(with(Item_.CHOICES, Item_.LIST)))),
  /** An {@link Item} holds more than one part. */
  ITEM_SEVERAL(Item.class, Codes.CONTENT_SEVERAL, "must hold at most one of " + names(Item_.CHOICES), atMostOne(Item_.CHOICES)),
  /** An {@link Item} has a label but neither text nor an omission (a typed part carries its own title). */
  ITEM_LABEL(Item.class, Codes.ITEM_LABEL, "has a label, which needs text or an omission with it", needs(Item_.LABEL, Item_.TEXT, Item_.OMISSION)),
  /** Some but not all items of an {@link ItemList} have a published number. */
  LIST_NUMBERING(ItemList.class, Codes.LIST_NUMBERING, "must either all have a number or none", allOrNone(ItemList_.ITEMS, Item_.NUMBER)),
  /** An {@link Age} breaks its form. */
  AGE_FORM(
      Age.class,
      Codes.AGE_FORM,
      "must have a value, a stage or asWritten; a unit comes with a value and never without; to and qualifier need a value",
      counted(Age_.VALUE, List.of(Age_.STAGE, Age_.AS_WRITTEN), Age_.UNIT, Age_.TO, Age_.QUALIFIER)),
  /** A {@link TimeSpan} breaks its form. */
  TIME_SPAN_FORM(
      TimeSpan.class,
      Codes.TIME_SPAN_FORM,
      "must have a value or asWritten; a unit comes with a value and never without; to and qualifier need a value",
      counted(TimeSpan_.VALUE, List.of(TimeSpan_.AS_WRITTEN), TimeSpan_.UNIT, TimeSpan_.TO, TimeSpan_.QUALIFIER)),
  /** A {@link When} is empty, or has a date together with from or to. */
  WHEN_FORM(
      When.class,
      Codes.WHEN_FORM,
      "must have a date, from, to, relative or asWritten, and never a date together with from or to",
      atLeastOne(List.of(When_.DATE, When_.FROM, When_.TO, When_.RELATIVE, When_.AS_WRITTEN)),
      excludes(When_.DATE, When_.FROM, When_.TO)),
  /** An {@link Incident} has both a date and a looser when. */
  INCIDENT_FORM(Incident.class, Codes.INCIDENT_FORM, "must not have both a date and a when", excludes(Incident_.DATE, Incident_.WHEN)),
  /** A {@link ReviewReference} says when the review was decided on both as a date and as a looser when. */
  SOURCE_DECISION_FORM(
      ReviewReference.class,
      Codes.SOURCE_DECISION_FORM,
      "must not have both a decisionDate and a decisionWhen",
      excludes(ReviewReference_.DECISION_DATE, ReviewReference_.DECISION_WHEN)),
  /** A {@link PersonInRole} stands for several people and has a name. */
  PERSON_COUNT(PersonInRole.class, Codes.PERSON_COUNT, "must not have both a count and a name", excludes(PersonInRole_.COUNT, PersonInRole_.NAME)),
  /** A {@link ReviewReference} has both one kind of review and several. */
  SOURCE_TYPES_FORM(
      ReviewReference.class, Codes.SOURCE_TYPES_FORM, "must not have both a type and types", excludes(ReviewReference_.TYPE, ReviewReference_.TYPES)),
  /** An {@link Arrangement} has both one holder and holders at several levels. */
  ARRANGEMENT_HOLDERS_FORM(
      Arrangement.class, Codes.ARRANGEMENT_HOLDERS_FORM, "must not have both a holder and holders", excludes(Arrangement_.HOLDER, Arrangement_.HOLDERS)),
  /** A {@link Status} has words for a share without the share. */
  STATUS_SHARE(Status.class, Codes.STATUS_SHARE, "must have a share with shareAsWritten", needs(Status_.SHARE_AS_WRITTEN, Status_.SHARE)),
  /** A {@link Presentation} has words for a share without the share. */
  PRESENTATION_SHARE(
      Presentation.class, Codes.PRESENTATION_SHARE, "must have a share with shareAsWritten", needs(Presentation_.SHARE_AS_WRITTEN, Presentation_.SHARE)),
  /**
   * A {@link Figure} has neither a number nor words for it, a number without a unit, or a unit or
   * qualifier without a number.
   */
  FIGURE_FORM(
      Figure.class,
      Codes.FIGURE_FORM,
      "must have a value or asWritten; a value needs a unit, a unit needs a value, a qualifier or outOf needs a value",
      atLeastOne(List.of(Figure_.VALUE, Figure_.AS_WRITTEN)),
      needs(Figure_.VALUE, Figure_.UNIT),
      needs(Figure_.UNIT, Figure_.VALUE),
      needs(Figure_.QUALIFIER, Figure_.VALUE),
      needs(Figure_.OUT_OF, Figure_.VALUE)),
  /** An {@link Organisation} has no name, abbreviation, area, kind or agency kinds. */
  ORGANISATION_UNNAMED(
      Organisation.class,
      Codes.ORGANISATION_UNNAMED,
      "must have a name, an abbreviation, an area, a kind or agencyKinds",
      atLeastOne(List.of(Organisation_.NAME, Organisation_.ABBREVIATION, Organisation_.AREA, Organisation_.KIND, Organisation_.AGENCY_KINDS))),
  /** A {@link Resource} has neither a title nor a description. */
  RESOURCE_FORM(
      Resource.class, Codes.RESOURCE_FORM, "must have a title or a description", atLeastOne(List.of(Resource_.TITLE, Resource_.DESCRIPTION))),
  /** A {@link Resource} has a link and says the copy lacks it. */
  RESOURCE_LINK_FORM(
      Resource.class, Codes.LINK_NOT_IN_COPY, "must not have both a link and linkNotInCopy", excludes(Resource_.LINK, Resource_.LINK_NOT_IN_COPY)),
  /** An {@link Arrangement} has a link and says the copy lacks it. */
  ARRANGEMENT_LINK_FORM(
      Arrangement.class, Codes.LINK_NOT_IN_COPY, "must not have both a link and linkNotInCopy", excludes(Arrangement_.LINK, Arrangement_.LINK_NOT_IN_COPY)),
  /** A {@link ReviewOutput} has neither a kind nor words for it. */
  OUTPUT_FORM(
      ReviewOutput.class, Codes.OUTPUT_FORM, "must have a kind or kindAsWritten", atLeastOne(List.of(ReviewOutput_.KIND, ReviewOutput_.KIND_AS_WRITTEN))),
  /** A {@link ReviewReference} has its criteria both as one statement and as a list. */
  SOURCE_CRITERIA_FORM(
      ReviewReference.class,
      Codes.SOURCE_CRITERIA_FORM,
      "must not have both criteriaAsWritten and criteria",
      excludes(ReviewReference_.CRITERIA_AS_WRITTEN, ReviewReference_.CRITERIA)),
  /** A {@link ReviewReference} says how its criteria join but lists none. */
  SOURCE_CRITERIA_JOIN(
      ReviewReference.class,
      Codes.SOURCE_CRITERIA_JOIN,
      "has criteriaJoin, which needs criteria",
      needs(ReviewReference_.CRITERIA_JOIN, ReviewReference_.CRITERIA)),
  /** An {@link Image} has neither alternative text nor a caption. */
  IMAGE_FORM(Image.class, Codes.IMAGE_FORM, "must have altText or a caption", atLeastOne(List.of(Image_.ALT_TEXT, Image_.CAPTION))),
  /** A {@link Contact} has no email address, telephone number or link. */
  CONTACT_FORM(
      Contact.class,
      Codes.CONTACT_FORM,
      "must have an email, a telephone or a link",
      atLeastOne(List.of(Contact_.EMAIL, Contact_.TELEPHONE, Contact_.LINK))),
  /** A {@link Meeting} has none of kind, when, by, purpose and attendees. */
  MEETING_FORM(
      Meeting.class,
      Codes.MEETING_FORM,
      "must have a kind, when, by, purpose or attendees",
      atLeastOne(List.of(Meeting_.KIND, Meeting_.WHEN, Meeting_.BY, Meeting_.PURPOSE, Meeting_.ATTENDEES))),
  /** A {@link LearningSummary} names bodies it was written jointly with but no partnership, the body named first. */
  DOCUMENT_JOINTLY_WITH(
      LearningSummary.class,
      Codes.JOINTLY_WITH_ALONE,
      "has jointlyWith, which needs the body named first in partnership",
      needs(LearningSummary_.JOINTLY_WITH, LearningSummary_.PARTNERSHIP)),
  /** A {@link ReviewReference} names bodies it was published jointly with but neither a publisher nor a partnership. */
  SOURCE_JOINTLY_WITH(
      ReviewReference.class,
      Codes.JOINTLY_WITH_ALONE,
      "has jointlyWith, which needs the body named first in publishedBy or partnership",
      needs(ReviewReference_.JOINTLY_WITH, ReviewReference_.PUBLISHED_BY, ReviewReference_.PARTNERSHIP));

  private static final ClassValue<List<FormRule>> BY_TYPE =
      new ClassValue<>() {
        @Override
        protected List<FormRule> computeValue(Class<?> type) {
          return Arrays.stream(values()).filter(rule -> rule.type.isAssignableFrom(type)).toList();
        }
      };

  private final Class<?> type;
  private final IssueCode code;
  private final String message;
  private final List<FormCondition> conditions;

  FormRule(Class<?> type, IssueCode code, String message, FormCondition... conditions) {
    this.type = type;
    this.code = code;
    this.message = message;
    this.conditions = List.of(conditions);
  }

  /**
   * {@return the rules of a part of {@code type}, in the order of this enumeration; none for a type
   * without form rules}
   *
   * @param type a model type or its implementation
   */
  public static List<FormRule> of(Class<?> type) {
    return BY_TYPE.get(Objects.requireNonNull(type, "type"));
  }

  /** {@return the model type the rule is about} */
  public Class<?> getType() {
    return type;
  }

  /** {@return the code of the rule's issues} */
  public IssueCode getCode() {
    return code;
  }

  /**
   * {@return what the rule requires, completing a sentence that starts with the field it is
   * reported at}
   */
  public String getMessage() {
    return message;
  }

  /** {@return the conditions the rule is made of; the rule is broken where any is} */
  public List<FormCondition> getConditions() {
    return conditions;
  }

  /**
   * {@return where {@code part} breaks the rule, relative to the part, each place once; none when
   * it keeps it}
   *
   * @param part a part of the rule's model type
   */
  public List<Pointer> brokenIn(Object part) {
    Set<Pointer> broken = new LinkedHashSet<>();
    conditions.forEach(condition -> broken.addAll(condition.brokenIn(part)));
    return List.copyOf(broken);
  }

  /**
   * {@return the issue of the rule broken at {@code pointer}}
   *
   * @param pointer where it is broken in the document
   */
  public ValidationIssue issueAt(Pointer pointer) {
    return ValidationIssue.of(code, pointer, IssueMessages.subject(pointer) + " " + message);
  }

  /**
   * The form of a counted value, such as an age: the value or the words instead; a unit with a
   * value and never without; an end of a range and a qualifier only with a value.
   */
  private static FormCondition[] counted(
      Property<?, ?> value, List<Property<?, ?>> instead, Property<?, ?> unit, Property<?, ?> to, Property<?, ?> qualifier) {
    List<Property<?, ?>> any = new ArrayList<>(List.of(value));
    any.addAll(instead);
    return new FormCondition[] {
      atLeastOne(any), needs(value, unit), needs(unit, value), needs(to, value), needs(qualifier, value)
    };
  }

  private static List<Property<?, ?>> with(List<? extends Property<?, ?>> properties, Property<?, ?> more) {
    List<Property<?, ?>> all = new ArrayList<>(properties);
    all.add(more);
    return all;
  }

  /** The codes of the form rules' issues, all in the {@link IssueCategory#CONSTRAINT} category. */
  public static final class Codes {

    /** A block, or an item of a list, holds none of its parts. */
    public static final IssueCode CONTENT_MISSING =
        code("content.missing", "a block, or an item of a list, holds none of its parts");

    /** A block or an item holds more than one part. */
    public static final IssueCode CONTENT_SEVERAL = code("content.several", "a block or an item holds more than one part");

    /** An item has a label but neither text nor an omission. */
    public static final IssueCode ITEM_LABEL = code("item.label", "an item has a label but neither text nor an omission");

    /** Some but not all items of a list have a number. */
    public static final IssueCode LIST_NUMBERING = code("list.numbering", "some but not all items of a list have a number");

    /** An age breaks its form. */
    public static final IssueCode AGE_FORM =
        code("age.form", "an age has no value, stage or words, or a unit, range or qualifier out of place");

    /** An incident has both a date and a when. */
    public static final IssueCode INCIDENT_FORM = code("incident.form", "an incident has both a date and a when");

    /** A source says when the review was decided both as a date and as a when. */
    public static final IssueCode SOURCE_DECISION_FORM = code("source.decisionForm", "a source has both a decisionDate and a decisionWhen");

    /** A person in role stands for several people and has a name. */
    public static final IssueCode PERSON_COUNT = code("person.count", "a person in role has both a count of people and a name");

    /** A source has both a type and types. */
    public static final IssueCode SOURCE_TYPES_FORM = code("source.typesForm", "a source has both a type and types");

    /** An arrangement has both a holder and holders. */
    public static final IssueCode ARRANGEMENT_HOLDERS_FORM = code("arrangement.holdersForm", "an arrangement has both a holder and holders at several levels");

    /** A status has words for a share without the share. */
    public static final IssueCode STATUS_SHARE = code("status.share", "a status has shareAsWritten without a share");

    /** A presentation has words for a share without the share. */
    public static final IssueCode PRESENTATION_SHARE = code("presentation.share", "a presentation has shareAsWritten without a share");

    /** A figure has neither a number nor words for it, a number without a unit, or a unit or qualifier without a number. */
    public static final IssueCode FIGURE_FORM =
        code("figure.form", "a figure has neither a value nor words for it, a value without a unit, or a unit, qualifier or outOf without a value");

    /** A time span breaks its form. */
    public static final IssueCode TIME_SPAN_FORM =
        code("timeSpan.form", "a time span has neither a value nor asWritten, or a unit, range or qualifier out of place");

    /** A when is empty, or has a date together with from or to. */
    public static final IssueCode WHEN_FORM = code("when.form", "a when is empty, or has a date together with from or to");

    /** An organisation has neither a name nor an area. */
    public static final IssueCode ORGANISATION_UNNAMED = code("organisation.unnamed", "an organisation has no name, abbreviation, area, kind or agency kinds");

    /** A resource has neither a title nor a description. */
    public static final IssueCode RESOURCE_FORM = code("resource.form", "a resource has neither a title nor a description");

    /** A resource or an arrangement has a link and says the copy lacks one. */
    public static final IssueCode LINK_NOT_IN_COPY =
        code("link.notInCopy", "a resource or an arrangement has a link and says the copy has no address");

    /** A review's output has neither a kind nor words for it. */
    public static final IssueCode OUTPUT_FORM = code("output.form", "a review's output has neither a kind nor kindAsWritten");

    /** A source has its criteria both as one statement and as a list. */
    public static final IssueCode SOURCE_CRITERIA_FORM = code("source.criteriaForm", "a source has both criteriaAsWritten and criteria");

    /** A source says how its criteria join but lists none. */
    public static final IssueCode SOURCE_CRITERIA_JOIN = code("source.criteriaJoin", "a source has criteriaJoin without criteria");

    /** An image has neither alternative text nor a caption. */
    public static final IssueCode IMAGE_FORM = code("image.form", "an image has neither alternative text nor a caption");

    /** A contact has no email address, telephone number or link. */
    public static final IssueCode CONTACT_FORM = code("contact.form", "a contact has no email address, telephone number or link");

    /** A meeting has none of kind, when, by, purpose and attendees. */
    public static final IssueCode MEETING_FORM = code("meeting.form", "a meeting has no kind, when, by, purpose or attendees");

    /** A document or source names bodies it was written jointly with, but not the body named first. */
    public static final IssueCode JOINTLY_WITH_ALONE =
        code("jointlyWith.alone", "a document or source names bodies it was written jointly with, but not the body named first");

    private Codes() {}

    private static IssueCode code(String text, String description) {
      return IssueCode.of(text, IssueCategory.CONSTRAINT, Severity.ERROR, description);
    }
  }
}
