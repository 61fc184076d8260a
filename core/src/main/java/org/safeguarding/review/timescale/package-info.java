/**
 * Statutory timescales: {@link org.safeguarding.review.timescale.WorkingDayCalendar} for counting
 * working days, {@link org.safeguarding.review.timescale.TimescaleRule} for the deadlines and their
 * sources, and {@link org.safeguarding.review.timescale.Timescales} to work them out and to report
 * a document's late dates as warnings.
 */
package org.safeguarding.review.timescale;
