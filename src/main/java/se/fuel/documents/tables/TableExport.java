package se.fuel.documents.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
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
			boolean[] numeric = numericColumns(table);
			for (Row row : table.rows()) {
				for (int c = 0; c < row.cells().size(); c++) {
					value(csv, row.cells().get(c), c < numeric.length && numeric[c]);
				}
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
		boolean[] numeric = numericColumns(table);
		for (Row row : table.rows()) {
			List<Cell> cells = new ArrayList<>();
			for (int c = 0; c < row.cells().size(); c++) {
				StatisticsTable.Cell cell = row.cells().get(c);
				Cell written = cell.number() != null ? Cell.number(cell.number())
						: c < numeric.length && numeric[c] ? Cell.empty() : Cell.text(cell.text());
				cells.add(row.total() ? written.bold() : written);
			}
			sheet.row(cells);
		}
		sheet.width(0, 36);
		for (int c = 1; c < table.headers().size(); c++) {
			sheet.width(c, 16);
		}
	}

	static String sheetName(String name) {
		return Spreadsheet.sheetName(name);
	}

	/**
	 * The columns that hold a number in any row. Such a column holds only numbers in the files, so that a spreadsheet
	 * can sum and sort it: a cell there without a figure ("uppgift saknas", "–") is left empty, which the page
	 * explains in words and which never reads as a zero.
	 */
	static boolean[] numericColumns(StatisticsTable table) {
		boolean[] numeric = new boolean[table.headers().size()];
		for (Row row : table.rows()) {
			for (int c = 0; c < Math.min(numeric.length, row.cells().size()); c++) {
				numeric[c] |= row.cells().get(c).number() != null;
			}
		}
		return numeric;
	}

	/** Numbers as a Swedish spreadsheet reads them (no grouping, decimal comma); text as it is shown. */
	private static void value(CsvWriter csv, StatisticsTable.Cell cell, boolean numericColumn) {
		Number n = cell.number();
		if (n == null && numericColumn) {
			csv.empty();
		}
		else if (n == null) {
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
