package se.fuel.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The environment Fuel runs in: where its data lives, which database it talks to and whether it shows demo content.
 *
 * @param dataDir folder for the embedded database, the search index and uploaded files
 * @param db an external PostgreSQL; when its url is blank an embedded one is started in {@code dataDir}
 * @param demo demo accounts and demo data; when unset, on exactly when the database is embedded
 */
@ConfigurationProperties("fuel")
public record FuelProperties(Path dataDir, Db db, Boolean demo) {

	public FuelProperties {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		db = db == null ? new Db(null, null, null, false) : db;
	}

	public boolean embeddedDatabase() {
		return db.url() == null || db.url().isBlank();
	}

	public boolean demoMode() {
		return demo != null ? demo : embeddedDatabase();
	}

	/**
	 * @param ephemeral for tests: the embedded database lives in a fresh temporary folder and is thrown away
	 */
	public record Db(String url, String user, String password, boolean ephemeral) {
	}
}
