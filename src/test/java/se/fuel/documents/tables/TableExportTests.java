package se.fuel.documents.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import se.fuel.documents.tables.StatisticsTable.Cell;

class TableExportTests {

	static final StatisticsTable TABLE = new StatisticsTable("per-year", "Per år", "Per år 2002–2003",
			List.of("År", "Beviljat belopp (kr)", "Andel"),
			List.of(new StatisticsTable.Row(List.of(Cell.text("2003"), new Cell("3\u00A0836\u00A0000", 3_836_000L),
					new Cell("52,4\u00A0%", 52.4)), false),
					new StatisticsTable.Row(List.of(Cell.text("Totalt; alla"), Cell.text("uppgift saknas"),
							Cell.text("–")), true)));

	@Test
	void csv_starts_with_a_byte_order_mark_and_separates_with_semicolons() {
		String csv = new String(TableExport.csv(List.of(TABLE)), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFPer år 2002–2003\r\nÅr;Beviljat belopp (kr);Andel\r\n");
		assertThat(csv).contains("2003;3836000;52,4\r\n");
		assertThat(csv).contains("\"Totalt; alla\";;\r\n");
	}

	@Test
	void a_column_of_numbers_stays_numbers_and_a_cell_without_a_figure_is_left_empty() {
		var words = new StatisticsTable("t", "t", "t", List.of("Namn", "Kommentar"),
				List.of(new StatisticsTable.Row(List.of(Cell.text("a"), Cell.text("uppgift saknas")), false)));
		String csv = new String(TableExport.csv(List.of(TABLE, words)), StandardCharsets.UTF_8);
		// Where no row has a number the words stay: only a column that holds figures is kept to figures.
		assertThat(csv).contains("\"Totalt; alla\";;\r\n", "a;uppgift saknas\r\n");
	}

	@Test
	void xlsx_has_a_sheet_per_table_with_numbers_as_numbers() throws IOException {
		byte[] xlsx = TableExport.xlsx(List.of(TABLE, TABLE));
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(s -> s.getName()).containsExactly("Per år", "Per år 2");
			List<Row> rows = sheets.get(0).read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Per år 2002–2003");
			assertThat(rows.get(2).getCellAsNumber(1).orElseThrow().longValue()).isEqualTo(3_836_000L);
			assertThat(rows.get(3).getCellText(0)).isEqualTo("Totalt; alla");
			assertThat(rows.get(3).getCellText(1)).isEmpty();
		}
	}
}
