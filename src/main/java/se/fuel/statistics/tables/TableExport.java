package se.fuel.statistics.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.fuel.documents.CsvWriter;
import se.fuel.statistics.tables.StatisticsTable.Cell;
import se.fuel.statistics.tables.StatisticsTable.Row;

/**
 * Tables as the files people take on to a spreadsheet: CSV the way Swedish Excel opens it (UTF-8 with a byte order
 * mark, semicolons) and XLSX with one sheet per table and numbers as numbers.
 */
public final class TableExport {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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

	public static byte[] xlsx(List<StatisticsTable> tables) {
		var bytes = new ByteArrayOutputStream();
		try (var workbook = new Workbook(bytes, "Fuel", "1.0")) {
			Set<String> used = new HashSet<>();
			for (StatisticsTable table : tables) {
				String name = sheetName(table.sheet());
				for (int n = 2; !used.add(name); n++) {
					name = sheetName(table.sheet() + " " + n);
				}
				sheet(workbook.newWorksheet(name), table);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static void sheet(Worksheet sheet, StatisticsTable table) {
		sheet.value(0, 0, table.caption());
		sheet.style(0, 0).bold().set();
		for (int c = 0; c < table.headers().size(); c++) {
			sheet.value(1, c, table.headers().get(c));
			sheet.style(1, c).bold().wrapText(true).set();
		}
		int r = 2;
		for (Row row : table.rows()) {
			for (int c = 0; c < row.cells().size(); c++) {
				Cell cell = row.cells().get(c);
				if (cell.number() != null) {
					sheet.value(r, c, cell.number());
				}
				else {
					sheet.value(r, c, cell.text());
				}
				if (row.total()) {
					sheet.style(r, c).bold().set();
				}
			}
			r++;
		}
		sheet.width(0, 36);
		for (int c = 1; c < table.headers().size(); c++) {
			sheet.width(c, 16);
		}
	}

	static String sheetName(String name) {
		String clean = name.replaceAll("[\\[\\]:*?/\\\\]", "-");
		return clean.length() > 31 ? clean.substring(0, 31) : clean;
	}

	/** Numbers as a Swedish spreadsheet reads them (no grouping, decimal comma); text as it is shown. */
	private static void value(CsvWriter csv, Cell cell) {
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
