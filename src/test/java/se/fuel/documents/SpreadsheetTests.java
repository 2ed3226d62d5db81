package se.fuel.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class SpreadsheetTests {

	private static List<Sheet> sheets(byte[] xlsx) throws Exception {
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return workbook.getSheets().toList();
		}
	}

	private static List<Row> rows(byte[] xlsx, int sheet) throws Exception {
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return workbook.getSheets().toList().get(sheet).read();
		}
	}

	@Test
	void writes_a_title_a_header_and_rows_of_typed_cells_from_the_top() throws Exception {
		byte[] xlsx = Spreadsheet.bytes(book -> book.sheet("Per år")
			.title("Beviljat per år")
			.header(List.of("År", "Beviljat", "Beslutat", "Not"))
			.row(Cell.number(2024), Cell.kronor(3_836_000L), Cell.date(LocalDate.of(2024, 5, 2)), Cell.text("ok"))
			.blank()
			.row(Cell.text("Totalt").bold(), Cell.kronor(3_836_000L).bold()));
		List<Row> rows = rows(xlsx, 0);
		assertThat(rows.get(0).getCellText(0)).isEqualTo("Beviljat per år");
		assertThat(rows.get(1).getCellText(1)).isEqualTo("Beviljat");
		assertThat(rows.get(2).getCellAsNumber(0)).contains(new BigDecimal("2024"));
		assertThat(rows.get(2).getCellAsNumber(1)).contains(new BigDecimal("3836000"));
		assertThat(rows.get(2).getCellAsDate(2).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 2));
		assertThat(rows.get(2).getCellText(3)).isEqualTo("ok");
		assertThat(rows).extracting(r -> r.getRowNum()).contains(5);
		assertThat(rows.get(rows.size() - 1).getCellText(0)).isEqualTo("Totalt");
	}

	@Test
	void leaves_a_cell_without_a_value_empty_rather_than_zero() throws Exception {
		byte[] xlsx = Spreadsheet.bytes(book -> book.sheet("S").row(Cell.text("a"), Cell.number(null), Cell.empty(),
				Cell.text("d")));
		Row row = rows(xlsx, 0).get(0);
		assertThat(row.getCellText(1)).isEmpty();
		assertThat(row.getCellText(2)).isEmpty();
		assertThat(row.getCellText(3)).isEqualTo("d");
	}

	@Test
	void numbers_sheets_of_the_same_name_and_keeps_every_name_valid_for_excel() throws Exception {
		byte[] xlsx = Spreadsheet.bytes(book -> {
			book.sheet("Per år");
			book.sheet("Per år");
			book.sheet("Andelar [2024/12]: en mycket lång rubrik");
			book.sheet("Andelar [2024/12]: en mycket lång rubrik");
		});
		assertThat(sheets(xlsx)).extracting(Sheet::getName)
			.containsExactly("Per år", "Per år 2", "Andelar -2024-12-- en mycket lå", "Andelar -2024-12-- en mycket 2");
	}

	@Test
	void cuts_a_sheet_name_at_thirty_one_characters() {
		assertThat(Spreadsheet.sheetName("x".repeat(40))).hasSize(31);
		assertThat(Spreadsheet.sheetName("LUM 2024")).isEqualTo("LUM 2024");
	}
}
