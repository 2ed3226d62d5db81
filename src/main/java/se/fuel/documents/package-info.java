/**
 * Documents: rendering without business rules. PDF/A, the CSV writer with its formula guard, spreadsheets, SVG
 * charts, and the stored attachments with their text. A module hands it figures and texts already decided; nothing
 * here knows what a grant or an application is.
 */
package se.fuel.documents;
