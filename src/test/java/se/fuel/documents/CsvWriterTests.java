package se.fuel.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTests {

	private static String rows(CsvWriter csv) {
		return csv.toString().substring(CsvWriter.BOM.length());
	}

	@Test
	void starts_with_a_byte_order_mark_and_separates_cells_with_semicolons_and_rows_with_crlf() {
		CsvWriter csv = CsvWriter.swedishExcel().row(List.of("Organisation", "Deltagare"));
		csv.text("Farsta").number(12).endRow();
		assertThat(csv.toString()).isEqualTo("\uFEFFOrganisation;Deltagare\r\nFarsta;12\r\n");
	}

	@Test
	void quotes_text_holding_the_separator_a_quote_or_a_line_break_and_doubles_its_quotes() {
		CsvWriter csv = CsvWriter.swedishExcel().text("a;b").text("sa \"hej\"").text("rad\nrad").text("cr\rx").endRow();
		assertThat(rows(csv)).isEqualTo("\"a;b\";\"sa \"\"hej\"\"\";\"rad\nrad\";\"cr\rx\"\r\n");
	}

	@Test
	void leaves_ordinary_text_unquoted() {
		assertThat(rows(CsvWriter.swedishExcel().text("Stadsdelsförvaltning Farsta").text("FoU 2027 0012").endRow()))
			.isEqualTo("Stadsdelsförvaltning Farsta;FoU 2027 0012\r\n");
	}

	@Test
	void prefixes_text_starting_a_formula_with_a_single_quote_inside_a_quoted_cell() {
		CsvWriter csv = CsvWriter.swedishExcel()
			.text("=HYPERLINK(\"http://x\")")
			.text("+SUM(A1)")
			.text("-2+3")
			.text("@cmd")
			.text("\tx")
			.text("\rx")
			.endRow();
		assertThat(rows(csv)).isEqualTo(
				"\"'=HYPERLINK(\"\"http://x\"\")\";\"'+SUM(A1)\";\"'-2+3\";\"'@cmd\";\"'\tx\";\"'\rx\"\r\n");
	}

	@Test
	void a_separator_cannot_smuggle_a_formula_into_the_next_cell() {
		assertThat(rows(CsvWriter.swedishExcel().text("x;=1+2").endRow())).isEqualTo("\"x;=1+2\"\r\n");
	}

	@Test
	void writes_negative_numbers_as_numbers_without_a_prefix() {
		CsvWriter csv = CsvWriter.swedishExcel()
			.number(-5)
			.number(-2.5)
			.number(new BigDecimal("-3.25"))
			.endRow();
		assertThat(rows(csv)).isEqualTo("-5;-2,5;-3,25\r\n");
	}

	@Test
	void writes_decimals_with_a_decimal_comma_and_without_grouping() {
		CsvWriter csv = CsvWriter.swedishExcel()
			.number(12.0)
			.number(new BigDecimal("1234567.5"))
			.number(new BigDecimal("100.00").stripTrailingZeros())
			.endRow();
		assertThat(rows(csv)).isEqualTo("12,0;1234567,5;100\r\n");
	}

	@Test
	void writes_null_text_and_empty_cells_as_nothing_between_separators() {
		assertThat(rows(CsvWriter.swedishExcel().text("Totalt").empty().text(null).number(3).endRow()))
			.isEqualTo("Totalt;;;3\r\n");
	}

	@Test
	void an_ended_row_without_cells_is_an_empty_line() {
		assertThat(rows(CsvWriter.swedishExcel().text("a").endRow().endRow().text("b").endRow()))
			.isEqualTo("a\r\n\r\nb\r\n");
	}

	@Test
	void text_that_only_contains_a_formula_character_later_is_left_as_it_is() {
		assertThat(rows(CsvWriter.swedishExcel().text("Farsta =").text("a-b").text("").endRow()))
			.isEqualTo("Farsta =;a-b;\r\n");
	}

	@Test
	void the_rule_names_exactly_the_characters_owasp_lists() {
		for (String s : List.of("=", "+", "-", "@", "\t", "\r")) {
			assertThat(FormulaNeutraliser.startsAFormula(s + "x")).as(s).isTrue();
		}
		for (String s : List.of("'", "a", "1", " ", "\"", "#", "")) {
			assertThat(FormulaNeutraliser.startsAFormula(s + "x")).as(s).isFalse();
		}
		assertThat(FormulaNeutraliser.neutralise("=1")).isEqualTo("'=1");
		assertThat(FormulaNeutraliser.neutralise("1")).isEqualTo("1");
	}
}
