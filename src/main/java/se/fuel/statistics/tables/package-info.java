/**
 * Statistics tables as CSV and XLSX, and the horizontal bar chart, shared by the fund statistics and the
 * economic-assistance pages.
 */
@org.springframework.modulith.NamedInterface("tables")
package se.fuel.statistics.tables;
