/**
 * Small value types every module shares: violations, not-found, Swedish formatting. No business rules live here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.fuel.common;
