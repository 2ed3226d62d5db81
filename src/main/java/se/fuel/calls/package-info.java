/**
 * Programmes (LUM, MUL, FoU…) and their yearly calls with every rule: budget, window, caps, criteria, priority areas,
 * required sections, report and repayment dates.
 */
package se.fuel.calls;
