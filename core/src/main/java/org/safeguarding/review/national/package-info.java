/**
 * The national code lists a review's values join: the children in need census, the SSDA903
 * looked-after return, the homelessness statistics and the Child Safeguarding Practice Review
 * Panel's notification. {@link org.safeguarding.review.national.CodeList} holds each list whole,
 * with its source; the model's enumerations name the codes each value stands for with {@link
 * org.safeguarding.review.national.Coded}, and {@link org.safeguarding.review.national.NationalCodes}
 * reads them. A leaf package: it uses nothing of the library.
 */
package org.safeguarding.review.national;
