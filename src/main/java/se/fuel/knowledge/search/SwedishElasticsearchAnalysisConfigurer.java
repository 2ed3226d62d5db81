package se.fuel.knowledge.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The Swedish analysis of {@link SwedishAnalyzer} as Elasticsearch/OpenSearch index settings, for the backend chosen
 * by {@code FUEL_SEARCH_BACKEND}: the same names, the same synonyms (with the same inflected forms) and the same
 * Hunspell sv_SE base forms. A cluster cannot run Fuel's compound splitter, so compounds are split by
 * {@code dictionary_decompounder} at the parts listed in {@code knowledge/compound-parts-sv.txt}. The Hunspell files
 * must be in the cluster's {@code config/hunspell/sv_SE/} (README); {@link WithSnowball} does without them.
 */
public class SwedishElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

	static final String SYNONYMS = "fuel_swedish_synonyms";
	static final String STOP = "fuel_swedish_stop";
	static final String COMPOUNDS = "fuel_swedish_compounds";
	static final String STEMMER = "fuel_swedish_stemmer";
	static final String COMPOUND_PARTS = "knowledge/compound-parts-sv.txt";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		// Synonyms at indexing only, as in Lucene: the index holds them, queries need not expand. The plain synonym
		// filter, not synonym_graph, which Elasticsearch accepts only in search analyzers.
		context.tokenFilter(SYNONYMS).type("synonym")
			.param("synonyms", SwedishSynonyms.rules().toArray(String[]::new));
		context.tokenFilter(STOP).type("stop").param("stopwords", "_swedish_");
		context.tokenFilter(COMPOUNDS).type("dictionary_decompounder")
			.param("word_list", compoundParts().toArray(String[]::new))
			.param("min_subword_size", 3);
		stemmer(context);
		context.analyzer(SwedishAnalyzer.INDEXING).custom().tokenizer("standard")
			.tokenFilters("lowercase", SYNONYMS, STOP, COMPOUNDS, STEMMER, "remove_duplicates");
		context.analyzer(SwedishAnalyzer.QUERY).custom().tokenizer("standard")
			.tokenFilters("lowercase", STOP, COMPOUNDS, STEMMER, "remove_duplicates");
		// The cluster's decompounder stacks the parts, so its first and second tries are the same.
		context.analyzer(SwedishAnalyzer.QUERY_ANY_PART).custom().tokenizer("standard")
			.tokenFilters("lowercase", STOP, COMPOUNDS, STEMMER, "remove_duplicates");
		context.analyzer(SwedishAnalyzer.QUERY_WHOLE_COMPOUNDS).custom().tokenizer("standard")
			.tokenFilters("lowercase", STOP, STEMMER, "remove_duplicates");
		context.normalizer(SwedishAnalysisConfigurer.KEYWORD).custom().tokenFilters("lowercase");
	}

	/** Base forms from the sv_SE Hunspell dictionary, which the cluster must have in config/hunspell/sv_SE/. */
	protected void stemmer(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter(STEMMER).type("hunspell").param("locale", "sv_SE").param("dedup", true);
	}

	static List<String> compoundParts() {
		InputStream in = SwedishElasticsearchAnalysisConfigurer.class.getClassLoader()
			.getResourceAsStream(COMPOUND_PARTS);
		if (in == null) {
			throw new IllegalStateException("Missing " + COMPOUND_PARTS);
		}
		List<String> parts = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line; (line = reader.readLine()) != null;) {
				String part = line.strip();
				if (!part.isEmpty() && !part.startsWith("#")) {
					parts.add(part);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return parts;
	}

	/**
	 * For a cluster without the Hunspell files (e.g. a managed service that does not let one add them): Snowball's
	 * Swedish stemmer instead. It cuts endings by rule, so irregular forms ("medlen" → "medel") are not matched.
	 */
	public static class WithSnowball extends SwedishElasticsearchAnalysisConfigurer {

		@Override
		protected void stemmer(ElasticsearchAnalysisConfigurationContext context) {
			context.tokenFilter(STEMMER).type("stemmer").param("language", "swedish");
		}
	}
}
