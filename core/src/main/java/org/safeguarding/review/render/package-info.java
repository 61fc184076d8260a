/**
 * Rendering documents for reading. {@link org.safeguarding.review.render.MarkdownRenderer} writes
 * CommonMark (tables as in GitHub Flavored Markdown) in which document text is always escaped, so
 * it can be turned into HTML safely: a learning document's text as published, a rapid review as its
 * form, and, each labelled as the tool's and each switchable, a provenance line, a case details
 * block and marks where text is missing. {@link org.safeguarding.review.render.RenderedDocument}
 * holds the parts for a page that lays them out itself.
 */
package org.safeguarding.review.render;
