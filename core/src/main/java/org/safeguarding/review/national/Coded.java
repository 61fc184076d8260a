package org.safeguarding.review.national;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The national code a value of the model's enumerations stands for: written on the enumeration
 * constant, once for each code. {@link NationalCodes} reads it; the published crosswalks are made
 * from it, and a test checks that each code exists in its list.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Repeatable(Coded.All.class)
public @interface Coded {

  /** {@return the list the code belongs to} */
  CodeList list();

  /** {@return the code, exactly as the list writes it} */
  String code();

  /** {@return how closely the value and the code agree} */
  Match match() default Match.EXACT;

  /**
   * {@return when the value stands for this code, where it depends on more than the value, such as
   * "held by the child's parent or carer"; empty when always}
   */
  String when() default "";

  /** The codes of one constant, when it has several; written by the compiler. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  @interface All {

    /** {@return the codes} */
    Coded[] value();
  }
}
