/**
 * The library's standard configuration, assembled from its parts: {@link
 * org.safeguarding.review.standard.Standard}, the validator every reader uses unless given another
 * (the library's constraint engine, the domain rules, the timescales and the privacy scan), and
 * {@link org.safeguarding.review.standard.IssueCodes}, the registry of every code the library
 * raises.
 */
package org.safeguarding.review.standard;
