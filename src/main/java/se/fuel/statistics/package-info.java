/**
 * Follow-up and statistics: the economic-assistance series of the city and its districts (and, later, the funds'
 * own statistics).
 */
package se.fuel.statistics;
