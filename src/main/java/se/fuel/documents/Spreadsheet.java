package se.fuel.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The one way Fuel writes XLSX: a workbook of sheets, each a title or header row in bold and rows of typed cells
 * ({@link Cell}), so numbers and kronor stay numbers a spreadsheet can sum. Sheet names are made valid for Excel (at
 * most 31 characters, none of {@code []:*?/\}) and unique within the workbook.
 */
public final class Spreadsheet {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Excel refuses longer sheet names. */
	static final int MAX_SHEET_NAME = 31;

	private final Workbook workbook;

	private final Set<String> names = new HashSet<>();

	private Spreadsheet(Workbook workbook) {
		this.workbook = workbook;
	}

	/** Writes the workbook the content fills to {@code out}, finishing the file (the stream stays open). */
	public static void write(OutputStream out, Consumer<Spreadsheet> content) throws IOException {
		try (var workbook = new Workbook(out, "Fuel", "1.0")) {
			content.accept(new Spreadsheet(workbook));
		}
	}

	/** The workbook the content fills, as bytes. */
	public static byte[] bytes(Consumer<Spreadsheet> content) {
		var out = new ByteArrayOutputStream();
		try {
			write(out, content);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** A new sheet; a name already used gets a number after it ("Per år 2"). */
	public Sheet sheet(String name) {
		String base = sheetName(name);
		String unique = base;
		for (int n = 2; !names.add(unique); n++) {
			String suffix = " " + n;
			unique = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())).strip() + suffix;
		}
		return new Sheet(workbook.newWorksheet(unique));
	}

	/** The name as Excel accepts it: forbidden characters as hyphens, cut at 31 characters. */
	public static String sheetName(String name) {
		String clean = (name == null || name.isBlank() ? "-" : name).replaceAll("[\\[\\]:*?/\\\\]", "-");
		return clean.length() > MAX_SHEET_NAME ? clean.substring(0, MAX_SHEET_NAME) : clean;
	}

	/** One sheet, written row after row from the top. */
	public static final class Sheet {

		private final Worksheet worksheet;

		private int row;

		private Sheet(Worksheet worksheet) {
			this.worksheet = worksheet;
		}

		/** A line of bold text above a table, e.g. its caption. */
		public Sheet title(String text) {
			return row(Cell.text(text).bold());
		}

		/** The table's column headers in bold, wrapped when longer than the column. */
		public Sheet header(List<String> headers) {
			for (int c = 0; c < headers.size(); c++) {
				worksheet.value(row, c, headers.get(c));
				worksheet.style(row, c).bold().wrapText(true).set();
			}
			row++;
			return this;
		}

		public Sheet row(Cell... cells) {
			return row(List.of(cells));
		}

		/** A row of cells from the first column; an empty cell leaves its column empty. */
		public Sheet row(List<Cell> cells) {
			for (int c = 0; c < cells.size(); c++) {
				cells.get(c).writeTo(worksheet, row, c);
			}
			row++;
			return this;
		}

		/** An empty row, between a table and what follows it. */
		public Sheet blank() {
			row++;
			return this;
		}

		/** The widths of the first columns, in characters. */
		public Sheet widths(double... widths) {
			for (int c = 0; c < widths.length; c++) {
				worksheet.width(c, widths[c]);
			}
			return this;
		}

		public Sheet width(int column, double width) {
			worksheet.width(column, width);
			return this;
		}
	}
}
