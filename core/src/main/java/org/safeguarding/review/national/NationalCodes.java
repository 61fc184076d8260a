package org.safeguarding.review.national;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The national codes a model value stands for, read from its {@link Coded} annotations, with their
 * labels from their lists.
 */
public final class NationalCodes {

  private static final ClassValue<List<List<Placement>>> PLACEMENTS =
      new ClassValue<>() {
        @Override
        protected List<List<Placement>> computeValue(Class<?> type) {
          List<List<Placement>> byOrdinal = new ArrayList<>();
          for (Object constant : type.getEnumConstants()) {
            byOrdinal.add(placements(type, ((Enum<?>) constant).name()));
          }
          return List.copyOf(byOrdinal);
        }
      };

  private NationalCodes() {}

  /**
   * A national code a model value stands for.
   *
   * @param code the code and its list's wording
   * @param match how closely the value and the code agree
   * @param when when the value stands for the code, or empty when always
   */
  public record Placement(NationalCode code, Match match, String when) {}

  /**
   * {@return the codes a value stands for, in the order they are written on it; empty when it
   * stands for none}
   *
   * @param value a value of one of the model's enumerations
   */
  public static List<Placement> of(Enum<?> value) {
    return PLACEMENTS.get(value.getDeclaringClass()).get(value.ordinal());
  }

  /**
   * {@return the codes of one list a value stands for}
   *
   * @param value a value of one of the model's enumerations
   * @param list the list
   */
  public static List<NationalCode> of(Enum<?> value, CodeList list) {
    return of(value).stream().map(Placement::code).filter(code -> code.list() == list).toList();
  }

  /**
   * {@return the one code of a list a value stands for, when it stands for exactly one}
   *
   * @param value a value of one of the model's enumerations
   * @param list the list
   */
  public static Optional<NationalCode> single(Enum<?> value, CodeList list) {
    List<NationalCode> codes = of(value, list);
    return codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
  }

  private static List<Placement> placements(Class<?> type, String name) {
    Coded[] coded;
    try {
      coded = type.getField(name).getAnnotationsByType(Coded.class);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
    List<Placement> placements = new ArrayList<>();
    for (Coded one : coded) {
      NationalCode code =
          one.list()
              .entry(one.code())
              .orElseThrow(() -> new IllegalStateException(type.getSimpleName() + "." + name + ": no code " + one.code() + " in " + one.list()));
      placements.add(new Placement(code, one.match(), one.when()));
    }
    return List.copyOf(placements);
  }
}
