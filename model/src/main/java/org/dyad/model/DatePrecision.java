package org.dyad.model;

/** How precisely an event date is known. */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR
}
