/**
 * Applications: drafts, attachments, submission with eligibility, registration numbers, return for completion.
 */
package se.fuel.applications;
