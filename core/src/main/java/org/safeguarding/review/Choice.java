package org.safeguarding.review;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks one of the alternative parts of a choice object: a {@link Block} holds exactly one of its
 * choices, an {@link Item} at most one. The {@link Form} rules check the count; the published
 * schemas say the same with {@code if} and {@code else} (at least one) and {@code
 * dependentSchemas} (only one).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Choice {}
