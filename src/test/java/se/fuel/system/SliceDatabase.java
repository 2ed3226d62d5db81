package se.fuel.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application's own data source for slice tests: the embedded PostgreSQL (thrown away with the context, as
 * {@code fuel.db.ephemeral} in the test profile asks), instead of the in-memory database a slice would otherwise get.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(DatabaseConfiguration.class)
@EnableConfigurationProperties(FuelProperties.class)
public class SliceDatabase {
}
