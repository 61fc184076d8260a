package org.safeguarding.review;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one property of the model meant to hold a person's name: {@link
 * PersonInRole#getName()}, the name of someone the document names in a public or professional
 * role. No other property may hold a name, and family members never have one.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonName {}
