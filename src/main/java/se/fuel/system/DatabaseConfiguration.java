package se.fuel.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL everywhere: an external server when {@code FUEL_DB_URL} is given, otherwise an embedded one whose files
 * live in the data folder so that a new user needs nothing installed and keeps their data across restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(FuelProperties properties) throws IOException {
		if (!properties.embeddedDatabase()) {
			return EmbeddedDatabase.NONE;
		}
		var builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "100");
		if (properties.db().ephemeral()) {
			builder.setCleanDataDirectory(true);
		}
		else {
			Path dir = properties.dataDir().resolve("postgres").toAbsolutePath();
			Files.createDirectories(dir);
			builder.setDataDirectory(dir).setCleanDataDirectory(false);
			log.info("Starting embedded PostgreSQL in {}", dir);
		}
		return new EmbeddedDatabase(builder.start());
	}

	@Bean
	DataSource dataSource(FuelProperties properties, EmbeddedDatabase embedded) {
		var ds = new HikariDataSource();
		if (properties.embeddedDatabase()) {
			ds.setJdbcUrl(embedded.postgres().getJdbcUrl("postgres", "postgres"));
			ds.setUsername("postgres");
		}
		else {
			ds.setJdbcUrl(properties.db().url());
			ds.setUsername(properties.db().user());
			ds.setPassword(properties.db().password());
		}
		ds.setMaximumPoolSize(10);
		ds.setPoolName("fuel");
		return ds;
	}

	/** Holder so the embedded server is closed after the pool that uses it. */
	record EmbeddedDatabase(EmbeddedPostgres postgres) implements AutoCloseable {

		static final EmbeddedDatabase NONE = new EmbeddedDatabase(null);

		@Override
		public void close() throws IOException {
			if (postgres != null) {
				postgres.close();
			}
		}
	}
}
