package se.fuel.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
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
	void homelessness_meets_the_homeless() {
		assertMeet("hemlöshet", "Boende för hemlösa kvinnor");
		assertMeet("bostadslöshet", "hemlösa");
	}

	@Test
	void a_query_is_not_expanded_with_synonyms() {
		assertThat(terms(QUERY, "socialbidrag")).doesNotContain("försörjningsstöd");
	}

	@Test
	void a_query_asks_for_a_compound_or_its_modifier_followed_by_its_head() {
		assertThat(positions(SwedishAnalyzer.forQueries(), "boendestöd hemma")).contains("boendestöd@0+2",
				"boende@0+1", "stöd@1+1", "hemma@2+1");
	}

	@Test
	void the_second_try_and_the_index_stack_a_compounds_parts_on_the_compound() {
		assertThat(positions(SwedishAnalyzer.forQueriesWithAnyPart(), "boendestöd hemma")).contains(
				"boendestöd@0+1", "boende@0+1", "stöd@0+1", "hemma@1+1");
		assertThat(positions(INDEX, "boendestöd")).contains("boendestöd@0+1", "boende@0+1", "stöd@0+1");
	}

	/** Each token as term@position+length. */
	private static List<String> positions(Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				tokens.add(term + "@" + position + "+" + length.getPositionLength());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return tokens;
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
