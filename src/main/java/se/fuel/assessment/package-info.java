/**
 * Assessment (bedömning): the fund officer's judgement of each submitted application on the call's main criteria and
 * priority areas, and the recommendation to grant, partly grant or reject it.
 */
package se.fuel.assessment;
