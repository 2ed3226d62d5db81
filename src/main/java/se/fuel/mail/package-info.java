/**
 * Outbox and SMTP delivery: every mail Fuel sends is stored in the sender's transaction and delivered later.
 */
package se.fuel.mail;
