/**
 * Follow-up and statistics: the fund statistics (applications, grants, outcomes, table 1.3 of seeds/001) and the
 * city's economic-assistance series.
 */
package se.fuel.statistics;
