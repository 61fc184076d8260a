/**
 * Rendering documents for reading. {@link org.safeguarding.review.render.MarkdownRenderer} writes
 * CommonMark in which document text is always escaped, so it can be turned into HTML safely.
 */
package org.safeguarding.review.render;
