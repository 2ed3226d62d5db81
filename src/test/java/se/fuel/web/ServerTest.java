package se.fuel.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import se.fuel.FuelIntegrationTest;
import se.fuel.testdata.TestData;

/**
 * The whole application behind the real embedded Tomcat on a random port, without demo data, for what MockMvc does
 * not have: Tomcat's valves (forwarded headers), its error dispatch and its upload limits. The tests make their
 * accounts with {@link TestData}. It is {@link FuelIntegrationTest} under a name that says why the test needs the
 * server, and shares its context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@FuelIntegrationTest
@interface ServerTest {
}
