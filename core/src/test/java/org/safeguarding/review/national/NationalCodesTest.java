package org.safeguarding.review.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.AssessmentFactor;
import org.safeguarding.review.ChildProtectionCategory;
import org.safeguarding.review.FactorHolder;
import org.safeguarding.review.PlacementType;
import org.safeguarding.review.RiskFactor;
import org.safeguarding.review.metadata.ModelType;

/**
 * Every national code list in scope is covered: each entry is placed on a model value or left out
 * with a reason, never both; every code a model value names exists in its list.
 */
class NationalCodesTest {

  @Test
  void everyEntryIsPlacedOrLeftOutWithAReasonNeverBoth() {
    Map<NationalCode, List<String>> placedAt = placements();
    for (CodeList list : CodeList.values()) {
      assertThat(list.entries()).as(list.name()).isNotEmpty();
      for (NationalCode entry : list.entries()) {
        boolean placed = placedAt.containsKey(entry);
        assertThat(placed ^ entry.notPlaced().isPresent())
            .as("%s %s: placed at %s, reason %s", list, entry.code(), placedAt.get(entry), entry.notPlaced())
            .isTrue();
      }
    }
  }

  @Test
  void everyCodeOfAListIsWrittenOnce() {
    for (CodeList list : CodeList.values()) {
      assertThat(list.entries().stream().map(NationalCode::code)).as(list.name()).doesNotHaveDuplicates();
      assertThat(list.entries()).allSatisfy(entry -> assertThat(entry.label()).isNotBlank());
    }
  }

  @Test
  void aValueGivesItsCodesWithTheListsWording() {
    assertThat(NationalCodes.of(ChildProtectionCategory.MULTIPLE, CodeList.CIN_CATEGORY_OF_ABUSE))
        .singleElement()
        .satisfies(code -> {
          assertThat(code.code()).isEqualTo("MUL");
          assertThat(code.label()).isEqualTo("Multiple/not recommended");
          assertThat(code).hasToString("MUL (Multiple/not recommended)");
        });
    assertThat(NationalCodes.single(ChildProtectionCategory.NEGLECT, CodeList.CIN_SEX)).isEmpty();
  }

  @Test
  void fosterCareOfAKindNotSaidIsACloseMatchOfEveryFosterCodeAndTheExactValuesStayExact() {
    assertThat(NationalCodes.of(PlacementType.FOSTER_KIND_NOT_SAID))
        .extracting(placement -> placement.code().code(), NationalCodes.Placement::match)
        .containsExactly(
            tuple("U1", Match.CLOSE), tuple("U2", Match.CLOSE), tuple("U3", Match.CLOSE),
            tuple("U4", Match.CLOSE), tuple("U5", Match.CLOSE), tuple("U6", Match.CLOSE));
    assertThat(NationalCodes.of(PlacementType.FOSTER_OTHER))
        .extracting(placement -> placement.code().code(), NationalCodes.Placement::match)
        .containsExactly(tuple("U6", Match.EXACT));
  }

  @Test
  void theHolderDecidesTheSuffixOfAFactorAnyoneMayHold() {
    assertThat(code(AssessmentFactor.ALCOHOL_MISUSE, FactorHolder.CHILD)).contains("1A");
    assertThat(code(AssessmentFactor.ALCOHOL_MISUSE, FactorHolder.PARENT_OR_CARER)).contains("1B");
    assertThat(code(AssessmentFactor.MENTAL_HEALTH, FactorHolder.HOUSEHOLD_MEMBER)).contains("4C");
    assertThat(code(AssessmentFactor.DOMESTIC_ABUSE, FactorHolder.OUTSIDE_HOUSEHOLD)).isEmpty();
  }

  @Test
  void aFactorOnlyAChildHoldsHasACodeOnlyForTheChild() {
    assertThat(code(AssessmentFactor.YOUNG_CARER, FactorHolder.CHILD)).contains("7A");
    assertThat(code(AssessmentFactor.YOUNG_CARER, FactorHolder.PARENT_OR_CARER)).isEmpty();
    assertThat(code(AssessmentFactor.PRIVATELY_FOSTERED_OTHER, FactorHolder.CHILD)).contains("8F");
    assertThat(code(AssessmentFactor.PHYSICAL_ABUSE_BY_AN_ADULT, FactorHolder.CHILD)).contains("18C");
    assertThat(code(AssessmentFactor.OTHER, FactorHolder.PARENT_OR_CARER)).contains("20");
    assertThat(AssessmentFactor.YOUNG_CARER.isChildOnly()).isTrue();
    assertThat(AssessmentFactor.OTHER.isChildOnly()).isFalse();
    assertThat(AssessmentFactor.DRUG_MISUSE.isChildOnly()).isFalse();
  }

  @Test
  void theCodesNoLongerToBeUsedAreReadAndMarked() {
    assertThat(AssessmentFactor.PHYSICAL_ABUSE.cinCode(FactorHolder.CHILD))
        .hasValueSatisfying(code -> assertThat(code.validity()).isEqualTo(CodeValidity.WITHDRAWN));
    assertThat(AssessmentFactor.SEXUAL_ABUSE.cinCode(FactorHolder.CHILD).map(NationalCode::code)).contains("19A");
  }

  @Test
  void aPerpetratedFactorHasNoCensusCode() {
    RiskFactor perpetrated = RiskFactor.builder().factor(AssessmentFactor.DOMESTIC_ABUSE).perpetrated(true).build();
    RiskFactor experienced = RiskFactor.builder().factor(AssessmentFactor.DOMESTIC_ABUSE).build();
    assertThat(perpetrated.cinCode(FactorHolder.PARENT_OR_CARER)).isEmpty();
    assertThat(experienced.cinCode(FactorHolder.PARENT_OR_CARER).map(NationalCode::code)).contains("3B");
  }

  private static Optional<String> code(AssessmentFactor factor, FactorHolder holder) {
    return factor.cinCode(holder).map(NationalCode::code);
  }

  /** Where each code is placed, over every enumeration a document can hold. */
  private static Map<NationalCode, List<String>> placements() {
    Map<NationalCode, List<String>> placedAt = new HashMap<>();
    for (Class<?> type : ModelType.enumerations()) {
      for (Object constant : type.getEnumConstants()) {
        Enum<?> value = (Enum<?>) constant;
        for (NationalCodes.Placement placement : NationalCodes.of(value)) {
          placedAt.computeIfAbsent(placement.code(), code -> new ArrayList<>()).add(type.getSimpleName() + "." + value.name());
        }
      }
    }
    return placedAt;
  }
}
