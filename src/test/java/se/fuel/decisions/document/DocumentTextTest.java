package se.fuel.decisions.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentTextTest {

	@Test
	void makes_one_paragraph_of_each_non_blank_line() {
		assertThat(DocumentText.paragraphs("Första stycket.\r\n\n  Andra stycket.  \n")).containsExactly(
				"Första stycket.", "Andra stycket.");
	}

	@Test
	void has_no_paragraphs_for_an_empty_text() {
		assertThat(DocumentText.paragraphs(null)).isEmpty();
		assertThat(DocumentText.paragraphs("  \n ")).isEmpty();
	}

	@Test
	void joins_sentences_leaving_out_the_empty_ones() {
		assertThat(DocumentText.sentences("MUL ska bidra.", "", null, " Det högsta beloppet är 25 000 kronor."))
			.isEqualTo("MUL ska bidra. Det högsta beloppet är 25 000 kronor.");
	}
}
