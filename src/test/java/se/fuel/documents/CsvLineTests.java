package se.fuel.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvLineTests {

	@Test
	void splits_on_semicolons_as_swedish_excel_saves() {
		assertThat(CsvLine.cells("betyg;antal")).containsExactly("betyg", "antal");
	}

	@Test
	void splits_on_tabs_or_else_commas_when_the_line_has_no_semicolon() {
		assertThat(CsvLine.cells("8\t3")).containsExactly("8", "3");
		assertThat(CsvLine.cells("8,3")).containsExactly("8", "3");
	}

	@Test
	void trims_the_spaces_around_each_cell() {
		assertThat(CsvLine.cells(" 8 ; 3 ")).containsExactly("8", "3");
	}

	@Test
	void reads_a_quoted_cell_with_the_separator_and_doubled_quotes_inside_it() {
		assertThat(CsvLine.cells("\"8\";\"Sa \"\"bra\"\"; tyckte hon\"")).containsExactly("8",
				"Sa \"bra\"; tyckte hon");
	}

	@Test
	void keeps_empty_cells_so_a_short_row_is_seen_as_such() {
		assertThat(CsvLine.cells("8;")).containsExactly("8", "");
		assertThat(CsvLine.cells("")).containsExactly("");
	}

	@Test
	void splits_a_line_at_the_given_separator_keeping_the_cells_as_they_stand() {
		assertThat(CsvLine.split("Farsta; 2003-12 ;12,5", ';')).containsExactly("Farsta", " 2003-12 ", "12,5");
		assertThat(CsvLine.split("a;b", ',')).containsExactly("a;b");
	}

	@Test
	void splits_a_line_with_quotes_the_same_way_as_one_without() {
		assertThat(CsvLine.split("\"Farsta, stadsdel\",2003-12,\"12\"", ','))
			.containsExactly("Farsta, stadsdel", "2003-12", "12");
	}
}
