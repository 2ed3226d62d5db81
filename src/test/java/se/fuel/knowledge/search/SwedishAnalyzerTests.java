package se.fuel.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SwedishAnalyzerTests {

	private static final Analyzer INDEX = SwedishAnalyzer.forIndexing();
	private static final Analyzer QUERY = SwedishAnalyzer.forQueries();

	@Test
	void an_inflected_compound_meets_its_base_form() {
		assertMeet("utvecklingsmedel", "Utvecklingsmedlen användes till projektet");
	}

	@Test
	void definite_and_plural_forms_meet_the_base_form() {
		assertMeet("insats", "insatserna");
		assertMeet("barnen", "barn");
		assertMeet("föräldrar", "föräldern");
		assertMeet("arbetsmarknaden", "arbetsmarknad");
	}

	@Test
	void a_compound_meets_its_head_and_its_modifier() {
		assertThat(terms(INDEX, "boendestöd")).contains("boende", "stöd");
		assertThat(terms(INDEX, "försörjningsstödet")).contains("försörjning", "stöd");
		assertThat(terms(INDEX, "arbetsmarknadsinsatser")).contains("arbetsmarknad", "insats");
		assertMeet("stöd", "boendestödet");
		assertMeet("insatser", "arbetsmarknadsinsatserna");
	}

	@Test
	void a_simple_word_is_not_split_into_short_words() {
		assertThat(terms(INDEX, "ungdomar")).doesNotContain("dom", "domar");
	}

	@Test
	void the_areas_synonyms_meet() {
		assertMeet("socialbidrag", "ekonomiskt bistånd till unga");
		assertMeet("försörjningsstöd", "Socialbidraget minskade");
		assertMeet("ekonomiskt bistånd", "försörjningsstödet");
		assertMeet("sfi", "svenska för invandrare");
		assertMeet("svenska för invandrare", "SFI-studerande");
	}

	@Test
	void a_query_is_not_expanded_with_synonyms() {
		assertThat(terms(QUERY, "socialbidrag")).doesNotContain("försörjningsstöd");
	}

	/** Every query term (of the query analyzer) is among the indexed terms of the text. */
	private static void assertMeet(String query, String text) {
		Set<String> indexed = terms(INDEX, text);
		Set<String> wanted = terms(QUERY, query);
		assertThat(wanted).as("query terms of '%s' against '%s' %s", query, text, indexed)
			.anyMatch(indexed::contains);
	}

	static Set<String> terms(Analyzer analyzer, String text) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return terms;
	}
}
