package se.fuel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import se.fuel.system.SliceDatabase;

/**
 * Fuel's repositories and entities, and nothing else, on a throw-away embedded PostgreSQL that Flyway has migrated:
 * the queries run against the dialect, the constraints and the indexes production has, not against an in-memory
 * stand-in. Each test runs in a transaction that is rolled back, so the database holds only the migrations' own rows
 * and the test's. Every persistence slice uses exactly this annotation so that Spring caches one context (and starts
 * one database) per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// The application picks the search backend in a bean (knowledge/search/SearchBackendSettings) that a slice leaves out;
// the embedded Lucene index is the default it would choose.
@DataJpaTest(showSql = false, properties = "spring.jpa.properties.hibernate.search.backend.type=lucene")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import(SliceDatabase.class)
public @interface PersistenceSliceTest {
}
