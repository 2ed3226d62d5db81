package se.fuel.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import se.fuel.testdata.TestData;

/**
 * The whole application behind the real embedded Tomcat on a random port, without demo data, for what MockMvc does
 * not have: Tomcat's valves (forwarded headers), its error dispatch and its upload limits. The tests make their
 * accounts with {@link TestData}. The classes that use exactly this share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "fuel.demo=false")
@ActiveProfiles("test")
@Import(TestData.class)
@interface ServerTest {
}
