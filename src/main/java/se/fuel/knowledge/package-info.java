/**
 * The knowledge bank (kunskapsbanken, DESIGN.md step 9): what every funded project learned, published by the fund
 * officers for every signed-in user of the city.
 */
package se.fuel.knowledge;
