package org.safeguarding.review;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied to the whole package in {@code package-info.java}.
 *
 * <p>Accessors are JavaBeans getters ({@code getTitle()}, {@code isX()}) so that every standard
 * Bean Validation provider and every report tool that reads getters sees them; JSON names and
 * builder methods drop the prefix ({@code title}). Generated implementations are package-private:
 * users reach them only through each type's {@code builder()}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true)
@interface ModelStyle {}
