/**
 * Where things are in a document: {@link org.safeguarding.review.pointer.Pointer}, a JSON Pointer
 * (RFC 6901) built one step at a time. The lowest package of the library, which the model, the
 * report and every walk and check use, and which uses nothing of the library.
 */
package org.safeguarding.review.pointer;
