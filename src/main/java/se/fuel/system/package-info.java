/**
 * How Fuel runs: configuration from the environment and the database it talks to.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.fuel.system;
