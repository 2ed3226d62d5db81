/**
 * Figures as tables, the same for the page, CSV and XLSX ({@link se.fuel.documents.tables.StatisticsTable},
 * {@link se.fuel.documents.tables.TableExport}): the fund statistics and the economic-assistance pages hand them
 * their texts and numbers already decided.
 */
@org.springframework.modulith.NamedInterface("tables")
package se.fuel.documents.tables;
