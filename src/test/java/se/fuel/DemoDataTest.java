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
 * The whole application with the demo data, for the tests that check the demo itself: its accounts, its calls and
 * applications, the figures the README's tour shows. Everything else uses {@link FuelIntegrationTest} and makes its
 * own data. The browser tests of the demo share its context (see {@code e2e/DemoBrowserTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "fuel.demo=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestUsers.class, TestData.class, FundCycle.class })
public @interface DemoDataTest {
}
