/**
 * Follow-up and statistics: the fund statistics (applications, grants, outcomes, table 1.3 of seeds/001) and the
 * economic-assistance series of the city and its districts with the comparison of districts.
 */
package se.fuel.statistics;
