package org.safeguarding.review;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a property that holds special category data as UK data protection law defines it, such as
 * a child's coded ethnicity or disabilities. Such a property may hold a value only in a document
 * that is not meant for publication: the privacy checks report it as an error otherwise, rendering
 * shows it only in a sensitive document, and statistics count it only in aggregate.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface SpecialCategory {}
