/**
 * Grants, payments, repayments, reports and reminders (DESIGN.md step 8).
 */
package se.fuel.grants;
