package se.fuel.knowledge.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Registers the Swedish analyzers and the keyword normalizer with Hibernate Search's Lucene backend
 * ({@code hibernate.search.backend.analysis.configurer}).
 */
public class SwedishAnalysisConfigurer implements LuceneAnalysisConfigurer {

	/** Facet values compared without case. */
	public static final String KEYWORD = "keyword";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(SwedishAnalyzer.INDEXING).instance(SwedishAnalyzer.forIndexing());
		context.analyzer(SwedishAnalyzer.QUERY).instance(SwedishAnalyzer.forQueries());
		context.analyzer(SwedishAnalyzer.QUERY_ANY_PART).instance(SwedishAnalyzer.forQueriesWithAnyPart());
		context.analyzer(SwedishAnalyzer.QUERY_WHOLE_COMPOUNDS).instance(SwedishAnalyzer.forQueriesWithWholeCompounds());
		context.normalizer(KEYWORD).custom().tokenFilter("lowercase");
	}
}
