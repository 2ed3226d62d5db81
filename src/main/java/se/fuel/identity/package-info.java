/**
 * Users, roles, sign-in and the current user; HTTP Basic for the API.
 */
package se.fuel.identity;
