package se.fuel.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SearchBackendSettingsTests {

	private static final String P = SearchBackendSettings.PREFIX;

	@Test
	void keeps_the_lucene_index_in_the_data_folder_when_nothing_is_set() {
		Map<String, Object> properties = customize(new MockEnvironment());

		assertThat(properties).containsEntry(P + "type", "lucene")
			.containsEntry(P + "directory.root", "/data/index")
			.containsEntry(P + "analysis.configurer", "class:" + SwedishAnalysisConfigurer.class.getName())
			.doesNotContainKey(P + "uris");
	}

	@Test
	void switches_to_an_elasticsearch_cluster_with_its_address_credentials_version_and_swedish_analysis() {
		Map<String, Object> properties = customize(new MockEnvironment()
			.withProperty("fuel.search.backend", "elasticsearch")
			.withProperty("fuel.search.uris", " http://es1:9200, http://es2:9200 ")
			.withProperty("fuel.search.user", "fuel")
			.withProperty("fuel.search.password", "hemligt")
			.withProperty("fuel.search.version", "8.15"));

		assertThat(properties).containsEntry(P + "type", "elasticsearch")
			.containsEntry(P + "uris", "http://es1:9200,http://es2:9200")
			.containsEntry(P + "username", "fuel")
			.containsEntry(P + "password", "hemligt")
			.containsEntry(P + "version", "8.15")
			.containsEntry(P + "analysis.configurer",
					"class:" + SwedishElasticsearchAnalysisConfigurer.class.getName())
			.doesNotContainKeys(P + "directory.root", P + "lucene_version");
	}

	@Test
	void names_opensearch_as_the_distribution_and_may_stem_without_hunspell() {
		Map<String, Object> properties = customize(new MockEnvironment()
			.withProperty("fuel.search.backend", "OpenSearch")
			.withProperty("fuel.search.uris", "https://search.example:9200")
			.withProperty("fuel.search.version", "2.17")
			.withProperty("fuel.search.stemming", "snowball"));

		assertThat(properties).containsEntry(P + "type", "elasticsearch")
			.containsEntry(P + "version", "opensearch:2.17")
			.containsEntry(P + "analysis.configurer",
					"class:" + SwedishElasticsearchAnalysisConfigurer.WithSnowball.class.getName())
			.doesNotContainKey(P + "username");
	}

	@Test
	void refuses_a_cluster_without_an_address_and_an_unknown_backend() {
		assertThatThrownBy(() -> customize(new MockEnvironment().withProperty("fuel.search.backend", "elasticsearch")))
			.hasMessageContaining("FUEL_SEARCH_URIS");
		assertThatThrownBy(() -> customize(new MockEnvironment().withProperty("fuel.search.backend", "solr")))
			.hasMessageContaining("FUEL_SEARCH_BACKEND");
	}

	/** Hibernate's properties as application.yml gives them, after the settings. */
	private static Map<String, Object> customize(MockEnvironment environment) {
		Map<String, Object> properties = new HashMap<>();
		properties.put(P + "directory.root", "/data/index");
		properties.put(P + "lucene_version", "LATEST");
		properties.put(P + "analysis.configurer", "class:" + SwedishAnalysisConfigurer.class.getName());
		new SearchBackendSettings(environment).customize(properties);
		return properties;
	}
}
