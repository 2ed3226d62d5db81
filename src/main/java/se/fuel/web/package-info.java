/**
 * The web shell: layout, home, errors, locale, accessibility statement.
 */
package se.fuel.web;
