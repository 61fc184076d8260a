/**
 * What a check of a whole document is: {@link org.safeguarding.review.check.DocumentCheck}, with
 * the document's parts found once and located by JSON Pointer ({@link
 * org.safeguarding.review.check.DocumentParts}, {@link org.safeguarding.review.check.Located}).
 * The domain rules, the timescales and the privacy scan are checks; so is any an application adds.
 */
package org.safeguarding.review.check;
