package org.safeguarding.review.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.Finding;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.HousingPlacement_;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.ReviewDocument_;
import org.safeguarding.review.Section;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.testing.ModelGenerators;
import org.safeguarding.review.validation.ConstraintEngine;
import org.safeguarding.review.validation.ModelValidator;
import tools.jackson.databind.JsonNode;

/**
 * The model's metadata is the JSON the codec writes: the same names, in the same order, and the
 * names Bean Validation gives the same getters, so that every check that names a property through
 * it names what the JSON has.
 */
class ModelTypeTest {

  @Test
  void namesAndOrderAreWhatJacksonWritesForGeneratedDocuments() {
    qt().withExamples(200)
        .forAll(ModelGenerators.documents())
        .checkAssert(document -> assertWrittenAsDescribed(ReviewJson.strict().toTree(document), ModelType.of(document.getClass())));
  }

  @Test
  void everyModelTypeIsReachedByTheGeneratedDocuments() {
    Set<Class<?>> reached = new HashSet<>();
    qt().withExamples(200)
        .forAll(ModelGenerators.documents())
        .checkAssert(document -> ModelWalker.walk(document, new ModelWalker.Visitor() {
          @Override
          public void part(org.safeguarding.review.Extensible part, ModelType type, org.safeguarding.review.pointer.Pointer at) {
            reached.add(type.modelClass());
          }
        }));
    assertThat(reached).containsAll(modelTypes());
  }

  @Test
  void beanValidationNamesEveryConstrainedGetterAsTheMetadataDoes() {
    for (Class<?> type : modelTypes()) {
      BeanDescriptor bean = ConstraintEngine.bundledValidator().getConstraintsForClass(type);
      for (PropertyDescriptor property : bean.getConstrainedProperties()) {
        assertThat(ModelType.of(type).property(property.getPropertyName()))
            .as(type.getSimpleName() + "." + property.getPropertyName())
            .isPresent();
      }
    }
  }

  @Test
  void describesKindsCardinalityAndWhatIsRequired() {
    ModelType finding = ModelType.of(Finding.class);

    assertThat(finding.property("id")).get().extracting(ModelProperty::kind, ModelProperty::required).containsExactly(ValueKind.CODE, true);
    assertThat(finding.property("statement")).get().extracting(ModelProperty::kind, ModelProperty::cardinality)
        .containsExactly(ValueKind.TEXT, Cardinality.ONE);
    assertThat(finding.property("title")).get().extracting(ModelProperty::kind, ModelProperty::cardinality, ModelProperty::required)
        .containsExactly(ValueKind.TEXT, Cardinality.OPTIONAL, false);
    assertThat(finding.property("themes")).get().extracting(ModelProperty::kind, ModelProperty::cardinality)
        .containsExactly(ValueKind.THEME, Cardinality.LIST);
    assertThat(ModelType.of(LearningSummary.class).names()).startsWith("documentType", "schemaVersion", "id");
    assertThat(ModelType.of(LearningSummary.class).property("sections")).get()
        .extracting(ModelProperty::kind, ModelProperty::valueClass).containsExactly(ValueKind.OBJECT, Section.class);
    assertThat(ModelType.of(RapidReview.class).property("children")).get().extracting(ModelProperty::required).isEqualTo(true);
    assertThat(ModelType.of(TestDocuments.learningSummary().getClass())).isSameAs(ModelType.of(LearningSummary.class));
  }

  @Test
  void marksChoicesTheOnePersonNameAndDecimalNumbers() {
    assertThat(ModelType.of(org.safeguarding.review.Block.class).properties()).allMatch(ModelProperty::choice);
    assertThat(ModelType.of(org.safeguarding.review.Item.class).properties().stream().filter(ModelProperty::choice).map(ModelProperty::name))
        .containsExactly("text", "finding", "recommendation", "action", "question", "resource", "omission");
    List<String> names = new ArrayList<>();
    for (Class<?> type : modelTypes()) {
      ModelType.of(type).properties().stream().filter(ModelProperty::personName).forEach(p -> names.add(p.toString()));
    }
    assertThat(names).containsExactly("PersonInRole.name");
    assertThat(ModelType.of(org.safeguarding.review.Figure.class).property("value")).get()
        .extracting(ModelProperty::kind).isEqualTo(ValueKind.NUMBER);
    assertThat(ModelType.of(org.safeguarding.review.Group.class).property("description")).get()
        .extracting(ModelProperty::kind).isEqualTo(ValueKind.TEXT);
  }

  @Test
  void theMetamodelNamesEachPropertyAndItsGetter() {
    assertThat(HousingPlacement_.END.name()).isEqualTo("end");
    assertThat(ModelType.of(HousingPlacement_.END).getter().getDeclaringClass()).isEqualTo(HousingPlacement.class);
    assertThat(ReviewDocument_.DOCUMENT_TYPE.name()).isEqualTo("documentType");
    assertThat(ModelType.of(LearningSummary.class).names()).startsWith("documentType", "schemaVersion", "id");
  }

  @Test
  void aPropertyOfAnotherTypeIsNotDescribedAsOneOfThisType() {
    assertThatThrownBy(() -> ModelType.of(Finding.class).property(HousingPlacement_.END))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyModelTypesHaveAShape() {
    assertThatThrownBy(() -> ModelType.of(String.class)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Every object's properties, as written, are in the metadata, in the metadata's order. */
  private static void assertWrittenAsDescribed(JsonNode node, ModelType type) {
    List<String> written = new ArrayList<>(node.propertyNames());
    List<String> described = type.names().stream().filter(written::contains).toList();
    assertThat(written).as(type + " writes only its properties, in order").isEqualTo(described);
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      ModelProperty property = type.property(entry.getKey()).orElseThrow();
      if (property.kind() != ValueKind.OBJECT) {
        continue;
      }
      ModelType part = ModelType.of(property.valueClass());
      if (property.cardinality() == Cardinality.LIST) {
        entry.getValue().forEach(item -> assertWrittenAsDescribed(item, part));
      } else {
        assertWrittenAsDescribed(entry.getValue(), part);
      }
    }
  }

  /** Every model type the two documents hold, found through the metadata. */
  static Set<Class<?>> modelTypes() {
    Set<Class<?>> types = new HashSet<>();
    collect(ModelType.of(LearningSummary.class), types);
    collect(ModelType.of(RapidReview.class), types);
    return types;
  }

  private static void collect(ModelType type, Set<Class<?>> types) {
    if (!types.add(type.modelClass())) {
      return;
    }
    type.properties().stream()
        .filter(p -> p.kind() == ValueKind.OBJECT)
        .forEach(p -> collect(ModelType.of(p.valueClass()), types));
  }
}
