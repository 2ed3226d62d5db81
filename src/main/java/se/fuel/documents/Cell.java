package se.fuel.documents;

import java.time.LocalDate;

import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Worksheet;

/**
 * One cell of a {@link Spreadsheet}: text, a number, kronor (a whole number shown with thousands grouping) or a
 * date, in bold ({@code strong}) or not. A {@code null} value is an empty cell, so "no figure" never becomes a zero.
 */
public record Cell(Kind kind, Object value, boolean strong) {

	/** How a cell's value is written and shown. */
	public enum Kind {
		TEXT, NUMBER, KRONOR, DATE
	}

	/** Whole kronor with a thousands separator, as the spreadsheet's locale shows it. */
	static final String KRONOR_FORMAT = "#,##0";

	static final String DATE_FORMAT = "yyyy-mm-dd";

	public static Cell text(String text) {
		return new Cell(Kind.TEXT, text, false);
	}

	public static Cell number(Number number) {
		return new Cell(Kind.NUMBER, number, false);
	}

	public static Cell kronor(Long kronor) {
		return new Cell(Kind.KRONOR, kronor, false);
	}

	public static Cell date(LocalDate date) {
		return new Cell(Kind.DATE, date, false);
	}

	public static Cell empty() {
		return new Cell(Kind.TEXT, null, false);
	}

	public Cell bold() {
		return new Cell(kind, value, true);
	}

	void writeTo(Worksheet sheet, int row, int column) {
		if (value == null) {
			return;
		}
		switch (kind) {
			case TEXT -> sheet.value(row, column, (String) value);
			case NUMBER, KRONOR -> sheet.value(row, column, (Number) value);
			case DATE -> sheet.value(row, column, (LocalDate) value);
		}
		String format = switch (kind) {
			case KRONOR -> KRONOR_FORMAT;
			case DATE -> DATE_FORMAT;
			default -> null;
		};
		if (format == null && !strong) {
			return;
		}
		StyleSetter style = sheet.style(row, column);
		if (strong) {
			style = style.bold();
		}
		if (format != null) {
			style = style.format(format);
		}
		style.set();
	}
}
