/**
 * Organisations of the city and outside it, with history and lineage.
 */
package se.fuel.organisations;
