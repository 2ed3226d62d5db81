/**
 * Documents: rendering without business rules. PDF/A, the CSV writer with its formula guard, spreadsheets
 * ({@link se.fuel.documents.Spreadsheet}), SVG charts ({@code charts}, a named interface), tables
 * of figures for the page, CSV and XLSX ({@code tables}, a named interface), and the stored attachments
 * ({@link se.fuel.documents.StoredDocuments}) with their text ({@link se.fuel.documents.DocumentText}). A module
 * hands it figures and texts already decided and in the reader's language; nothing here knows what a grant or an
 * application is, and who may attach what where stays with each module.
 */
@ApplicationModule(allowedDependencies = { "common", "system" })
package se.fuel.documents;

import org.springframework.modulith.ApplicationModule;
