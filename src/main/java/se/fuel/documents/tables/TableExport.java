package se.fuel.documents.tables;

import java.math.BigDecimal;
import java.util.List;

import se.fuel.documents.Cell;
import se.fuel.documents.CsvWriter;
import se.fuel.documents.Spreadsheet;
import se.fuel.documents.Spreadsheet.Sheet;
import se.fuel.documents.tables.StatisticsTable.Row;

/**
 * Tables as the files people take on to a spreadsheet: CSV the way Swedish Excel opens it (UTF-8 with a byte order
 * mark, semicolons) and XLSX with one sheet per table and numbers as numbers.
 */
public final class TableExport {

	public static final String XLSX = Spreadsheet.CONTENT_TYPE;

	public static final String CSV = "text/csv;charset=UTF-8";

	private TableExport() {
	}

	/** Every table after the other, each under its caption and separated by an empty line. */
	public static byte[] csv(List<StatisticsTable> tables) {
		CsvWriter csv = CsvWriter.swedishExcel();
		for (int t = 0; t < tables.size(); t++) {
			StatisticsTable table = tables.get(t);
			if (t > 0) {
				csv.endRow();
			}
			csv.text(shown(table.caption())).endRow();
			table.headers().forEach(h -> csv.text(shown(h)));
			csv.endRow();
			for (Row row : table.rows()) {
				row.cells().forEach(cell -> value(csv, cell));
				csv.endRow();
			}
		}
		return csv.toBytes();
	}

	/** One sheet per table: its caption, its headers and its rows, totals in bold and numbers as numbers. */
	public static byte[] xlsx(List<StatisticsTable> tables) {
		return Spreadsheet.bytes(book -> tables.forEach(table -> sheet(book.sheet(table.sheet()), table)));
	}

	private static void sheet(Sheet sheet, StatisticsTable table) {
		sheet.title(table.caption()).header(table.headers());
		for (Row row : table.rows()) {
			sheet.row(row.cells().stream().map(cell -> {
				Cell written = cell.number() != null ? Cell.number(cell.number()) : Cell.text(cell.text());
				return row.total() ? written.bold() : written;
			}).toList());
		}
		sheet.width(0, 36);
		for (int c = 1; c < table.headers().size(); c++) {
			sheet.width(c, 16);
		}
	}

	static String sheetName(String name) {
		return Spreadsheet.sheetName(name);
	}

	/** Numbers as a Swedish spreadsheet reads them (no grouping, decimal comma); text as it is shown. */
	private static void value(CsvWriter csv, StatisticsTable.Cell cell) {
		Number n = cell.number();
		if (n == null) {
			csv.text(shown(cell.text()));
		}
		else if (n instanceof Double d) {
			csv.number(d.doubleValue());
		}
		else if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
			csv.number(n.longValue());
		}
		else {
			csv.number(new BigDecimal(n.toString()));
		}
	}

	/** Non-breaking spaces (the page's thousands separator) as plain spaces, which every spreadsheet reads. */
	private static String shown(String text) {
		return text == null ? null : text.replace('\u00A0', ' ');
	}
}
