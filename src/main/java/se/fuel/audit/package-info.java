/**
 * Audit trail: every change in every module, with who, when, what, before and after; each object's history on its
 * page, and the log across objects for administrators and readers (exported as CSV with the documents module's writer).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "system", "documents" })
package se.fuel.audit;
