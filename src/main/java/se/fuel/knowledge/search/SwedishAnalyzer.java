package se.fuel.knowledge.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;

/**
 * Swedish text as the knowledge bank searches it: words lower-cased, Swedish stop words (och, för...) dropped, compounds split into their parts, every word
 * reduced to its dictionary base forms (Hunspell sv_SE, so "medlen" is "medel"), and, when indexing, the area's
 * synonyms added. Queries are analysed without the synonyms: the index already holds them.
 */
public final class SwedishAnalyzer extends Analyzer {

	/** The analyzer's name for indexing in Hibernate Search; not "swedish", which Elasticsearch has built in. */
	public static final String INDEXING = "fuel_swedish";

	/** The analyzer's name for queries. */
	public static final String QUERY = "fuel_swedish_query";

	/**
	 * The analyzer's name for queries that keep a compound whole ("utvecklingsmedel", not also "utveckling" and
	 * "medel"): items with the compound itself rank above items that only have its parts.
	 */
	public static final String QUERY_WHOLE_COMPOUNDS = "fuel_swedish_query_whole";

	/**
	 * The analyzer's name for the second try when a query finds nothing: any one part of a compound will do
	 * ("praktikcoach" then finds "praktikcoacher", whose head the dictionary reads as the verb "coacha").
	 */
	public static final String QUERY_ANY_PART = "fuel_swedish_query_any_part";

	private final boolean synonyms;
	private final boolean compoundParts;
	private final boolean partsTogether;

	private SwedishAnalyzer(boolean synonyms, boolean compoundParts, boolean partsTogether) {
		this.synonyms = synonyms;
		this.compoundParts = compoundParts;
		this.partsTogether = partsTogether;
	}

	public static SwedishAnalyzer forIndexing() {
		return new SwedishAnalyzer(true, true, false);
	}

	/** A compound in a query asks for the compound or all of its parts. */
	public static SwedishAnalyzer forQueries() {
		return new SwedishAnalyzer(false, true, true);
	}

	/** A compound in a query asks for the compound or any one of its parts. */
	public static SwedishAnalyzer forQueriesWithAnyPart() {
		return new SwedishAnalyzer(false, true, false);
	}

	public static SwedishAnalyzer forQueriesWithWholeCompounds() {
		return new SwedishAnalyzer(false, false, false);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(tokenizer);
		if (synonyms) {
			stream = new FlattenGraphFilter(new SynonymGraphFilter(stream, SwedishSynonyms.map(), true));
		}
		stream = new StopFilter(stream, org.apache.lucene.analysis.sv.SwedishAnalyzer.getDefaultStopSet());
		// The index holds a compound and its parts stacked at one position; a query's parts form a path of their own.
		stream = partsTogether ? SwedishCompoundFilter.queryGraph(stream)
				: new SwedishCompoundFilter(stream, compoundParts);
		stream = new SwedishStemFilter(stream);
		stream = new RemoveDuplicatesTokenFilter(stream);
		return new TokenStreamComponents(tokenizer, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(in);
	}
}
