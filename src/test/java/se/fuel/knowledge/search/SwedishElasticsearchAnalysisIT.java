package se.fuel.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.impl.ElasticsearchAnalysisConfigurationContextImpl;
import org.hibernate.search.backend.elasticsearch.analysis.model.impl.ElasticsearchAnalysisDefinitionRegistry;
import org.hibernate.search.backend.elasticsearch.lowlevel.index.analysis.impl.AnalyzerDefinition;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.fuel.FuelIntegrationTest;

/**
 * The Elasticsearch/OpenSearch analysis defines every analyzer and normalizer the running (Lucene) mapping uses, each
 * built from components that exist. No cluster runs here: the definitions are collected with Hibernate Search's own
 * collector (an internal class, the one its Elasticsearch backend sends to the cluster as index settings).
 */
@FuelIntegrationTest
class SwedishElasticsearchAnalysisIT {

	private static final Set<String> BUILT_IN = Set.of("standard", "lowercase", "remove_duplicates");

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void defines_every_analyzer_and_normalizer_the_mapping_uses() {
		ElasticsearchAnalysisDefinitionRegistry registry = registry(new SwedishElasticsearchAnalysisConfigurer());

		Set<String> analyzers = new TreeSet<>();
		Set<String> normalizers = new TreeSet<>();
		for (IndexFieldDescriptor field : Search.mapping(entityManagerFactory).indexedEntity("KnowledgeItem")
			.indexManager().descriptor().staticFields()) {
			if (field.isValueField()) {
				IndexValueFieldTypeDescriptor type = field.toValueField().type();
				type.analyzerName().ifPresent(analyzers::add);
				type.searchAnalyzerName().ifPresent(analyzers::add);
				type.normalizerName().ifPresent(normalizers::add);
			}
		}
		// Every full-text field, the attachments' text too, is analysed in Swedish; queries may also use the third.
		assertThat(analyzers).contains(SwedishAnalyzer.INDEXING, SwedishAnalyzer.QUERY);
		analyzers.add(SwedishAnalyzer.QUERY_WHOLE_COMPOUNDS);

		assertThat(registry.getAnalyzerDefinitions()).containsKeys(analyzers.toArray(String[]::new));
		normalizers.add(SwedishAnalysisConfigurer.KEYWORD);
		assertThat(registry.getNormalizerDefinitions()).containsKeys(normalizers.toArray(String[]::new));
		registry.getAnalyzerDefinitions().forEach((name, analyzer) -> assertThat(components(analyzer))
			.as(name).allMatch(c -> BUILT_IN.contains(c) || registry.getTokenFilterDefinitions().containsKey(c)));
	}

	@Test
	void indexes_with_synonyms_compound_parts_and_hunspell_base_forms_and_queries_without_synonyms() {
		ElasticsearchAnalysisDefinitionRegistry registry = registry(new SwedishElasticsearchAnalysisConfigurer());
		var filters = registry.getTokenFilterDefinitions();

		assertThat(registry.getAnalyzerDefinitions().get(SwedishAnalyzer.INDEXING).getTokenFilters()).containsExactly(
				"lowercase", SwedishElasticsearchAnalysisConfigurer.SYNONYMS, SwedishElasticsearchAnalysisConfigurer.STOP,
				SwedishElasticsearchAnalysisConfigurer.COMPOUNDS, SwedishElasticsearchAnalysisConfigurer.STEMMER,
				"remove_duplicates");
		assertThat(registry.getAnalyzerDefinitions().get(SwedishAnalyzer.QUERY).getTokenFilters())
			.doesNotContain(SwedishElasticsearchAnalysisConfigurer.SYNONYMS);
		assertThat(registry.getAnalyzerDefinitions().get(SwedishAnalyzer.QUERY_WHOLE_COMPOUNDS).getTokenFilters())
			.doesNotContain(SwedishElasticsearchAnalysisConfigurer.COMPOUNDS);

		var stemmer = filters.get(SwedishElasticsearchAnalysisConfigurer.STEMMER);
		assertThat(stemmer.getType()).isEqualTo("hunspell");
		assertThat(stemmer.getParameters().get("locale").getAsString()).isEqualTo("sv_SE");
		assertThat(filters.get(SwedishElasticsearchAnalysisConfigurer.SYNONYMS).getParameters().get("synonyms")
			.toString()).contains("försörjningsstöd", "socialbidragen", "svenska för invandrare");
		assertThat(filters.get(SwedishElasticsearchAnalysisConfigurer.COMPOUNDS).getParameters().get("word_list")
			.toString()).contains("\"stöd\"", "\"boende\"", "\"medel\"");

		var snowball = registry(new SwedishElasticsearchAnalysisConfigurer.WithSnowball()).getTokenFilterDefinitions()
			.get(SwedishElasticsearchAnalysisConfigurer.STEMMER);
		assertThat(snowball.getType()).isEqualTo("stemmer");
		assertThat(snowball.getParameters().get("language").getAsString()).isEqualTo("swedish");
	}

	private static ElasticsearchAnalysisDefinitionRegistry registry(SwedishElasticsearchAnalysisConfigurer configurer) {
		ElasticsearchAnalysisConfigurationContextImpl context = new ElasticsearchAnalysisConfigurationContextImpl();
		configurer.configure(context);
		return new ElasticsearchAnalysisDefinitionRegistry(context);
	}

	private static Set<String> components(AnalyzerDefinition analyzer) {
		Set<String> components = new TreeSet<>(analyzer.getTokenFilters());
		components.add(analyzer.getTokenizer());
		return components;
	}
}
