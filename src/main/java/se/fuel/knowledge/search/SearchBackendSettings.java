package se.fuel.knowledge.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which search engine holds the knowledge index: the embedded Lucene index in the data folder (default), or an
 * Elasticsearch/OpenSearch cluster when {@code FUEL_SEARCH_BACKEND} says so (README, "Knowledge-bank search"). Turns
 * Fuel's settings into Hibernate Search's properties:
 * <ul>
 * <li>{@code FUEL_SEARCH_BACKEND}: {@code lucene} (default), {@code elasticsearch} or {@code opensearch};</li>
 * <li>{@code FUEL_SEARCH_URIS}: the cluster's addresses, comma-separated ({@code http://host:9200});</li>
 * <li>{@code FUEL_SEARCH_USER}, {@code FUEL_SEARCH_PASSWORD}: for a cluster with authentication;</li>
 * <li>{@code FUEL_SEARCH_VERSION}: e.g. {@code 8.15} or {@code 2.17}; without it the version is asked of the
 * cluster at start (which also tells OpenSearch from Elasticsearch);</li>
 * <li>{@code FUEL_SEARCH_STEMMING}: {@code hunspell} (default; the dictionary must be installed in the cluster) or
 * {@code snowball}.</li>
 * </ul>
 */
@Component
class SearchBackendSettings implements HibernatePropertiesCustomizer {

	static final String PREFIX = "hibernate.search.backend.";

	private final Environment environment;

	SearchBackendSettings(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void customize(Map<String, Object> properties) {
		String backend = setting("backend", "lucene").toLowerCase(Locale.ROOT);
		switch (backend) {
			case "lucene" -> properties.put(PREFIX + "type", "lucene");
			case "elasticsearch", "opensearch" -> cluster(properties, backend);
			default -> throw new IllegalStateException("FUEL_SEARCH_BACKEND must be lucene, elasticsearch or "
					+ "opensearch, not " + backend);
		}
	}

	private void cluster(Map<String, Object> properties, String backend) {
		String uris = setting("uris", "");
		if (uris.isBlank()) {
			throw new IllegalStateException("FUEL_SEARCH_BACKEND=" + backend + " needs FUEL_SEARCH_URIS, e.g. "
					+ "http://localhost:9200");
		}
		// The Lucene index's folder and version mean nothing to a cluster; Hibernate Search warns of unused ones.
		properties.remove(PREFIX + "directory.root");
		properties.remove(PREFIX + "lucene_version");
		properties.put(PREFIX + "type", "elasticsearch");
		properties.put(PREFIX + "uris", Arrays.stream(uris.split(",")).map(String::strip)
			.filter(u -> !u.isEmpty()).collect(Collectors.joining(",")));
		String user = setting("user", "");
		if (!user.isBlank()) {
			properties.put(PREFIX + "username", user);
			properties.put(PREFIX + "password", setting("password", ""));
		}
		String version = setting("version", "");
		if (!version.isBlank()) {
			// Hibernate Search reads "opensearch:2.17" as OpenSearch, a bare number as Elasticsearch.
			properties.put(PREFIX + "version",
					"opensearch".equals(backend) && !version.contains(":") ? "opensearch:" + version : version);
		}
		String stemming = setting("stemming", "hunspell").toLowerCase(Locale.ROOT);
		Class<?> configurer = switch (stemming) {
			case "hunspell" -> SwedishElasticsearchAnalysisConfigurer.class;
			case "snowball" -> SwedishElasticsearchAnalysisConfigurer.WithSnowball.class;
			default -> throw new IllegalStateException("FUEL_SEARCH_STEMMING must be hunspell or snowball, not "
					+ stemming);
		};
		properties.put(PREFIX + "analysis.configurer", "class:" + configurer.getName());
	}

	private String setting(String name, String fallback) {
		return environment.getProperty("fuel.search." + name, fallback).strip();
	}
}
