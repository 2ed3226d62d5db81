package se.fuel.statistics.funds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.fuel.statistics.funds.StatisticsTable.Cell;
import se.fuel.statistics.funds.StatisticsTable.Row;

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
		StringBuilder out = new StringBuilder("\uFEFF");
		for (int t = 0; t < tables.size(); t++) {
			StatisticsTable table = tables.get(t);
			if (t > 0) {
				out.append("\r\n");
			}
			out.append(field(table.caption())).append("\r\n");
			out.append(String.join(";", table.headers().stream().map(TableExport::field).toList())).append("\r\n");
			for (Row row : table.rows()) {
				out.append(String.join(";", row.cells().stream().map(TableExport::value).toList())).append("\r\n");
			}
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
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
	static String value(Cell cell) {
		if (cell.number() == null) {
			return field(cell.text());
		}
		if (cell.number() instanceof Double d) {
			return Double.toString(d).replace('.', ',');
		}
		return cell.number().toString();
	}

	/** A CSV field, quoted when it holds a separator, a quote or a line break; non-breaking spaces kept as spaces. */
	static String field(String text) {
		String s = text == null ? "" : text.replace('\u00A0', ' ');
		if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
			return "\"" + s.replace("\"", "\"\"") + "\"";
		}
		return s;
	}
}
