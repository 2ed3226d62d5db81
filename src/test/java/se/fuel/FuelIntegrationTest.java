package se.fuel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * The whole application on a real (embedded, throw-away) PostgreSQL <em>without</em> demo data: each test makes what
 * it needs through {@link TestData} and the module fixtures, so it never depends on the demo or on another test.
 * Every full-stack test uses exactly this (the real-server and browser tests too), so Spring's context cache starts
 * the application and its database once per test JVM: behind a real Tomcat on a random port, with MockMvc beside it
 * for the tests that need no server. Tests of the demo itself use {@link DemoDataTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "fuel.demo=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestUsers.class, TestData.class, FundCycle.class })
public @interface FuelIntegrationTest {
}
