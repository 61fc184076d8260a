/** Small file utilities the library and the command line tool share. */
package org.safeguarding.review.io;
