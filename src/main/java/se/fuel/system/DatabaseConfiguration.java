package se.fuel.system;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL everywhere: an external server when {@code FUEL_DB_URL} is given, otherwise an embedded one whose files
 * live in the data folder so that a new user needs nothing installed and keeps their data across restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(FuelProperties properties) throws IOException {
		if (!properties.embeddedDatabase()) {
			return EmbeddedDatabase.NONE;
		}
		return properties.db().ephemeral() ? EmbeddedDatabase.throwAway()
				: EmbeddedDatabase.durable(properties.dataDir());
	}

	@Bean
	DataSource dataSource(FuelProperties properties, EmbeddedDatabase embedded) {
		var ds = new HikariDataSource();
		if (properties.embeddedDatabase()) {
			ds.setJdbcUrl(embedded.jdbcUrl());
			ds.setUsername(DatabasePassword.USER);
			ds.setPassword(embedded.password());
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
}
