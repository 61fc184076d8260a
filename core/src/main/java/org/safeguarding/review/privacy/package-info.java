/**
 * Privacy checks: {@link org.safeguarding.review.privacy.PersonalDataScanner} finds likely
 * personal data in the free text of documents, without ever repeating it.
 */
package org.safeguarding.review.privacy;
