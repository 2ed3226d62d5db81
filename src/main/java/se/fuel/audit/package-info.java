/**
 * Audit trail: every change in every module, with who, when, what, before and after.
 */
package se.fuel.audit;
