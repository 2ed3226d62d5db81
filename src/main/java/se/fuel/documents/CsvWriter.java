package se.fuel.documents;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one way Fuel writes CSV: a row at a time, each cell typed as text or number. Text is neutralised against
 * spreadsheet formulas ({@link FormulaNeutraliser}) and quoted as RFC 4180 says when it holds the separator, a quote or
 * a line break. Numbers are written as numbers and never prefixed: a cell typed as a number comes from a {@code long},
 * {@code double} or {@link BigDecimal} that Fuel computed, so its only possible leading character that looks like a
 * formula is the minus sign of a negative number, and a spreadsheet must still read it as a number. Text is never
 * guessed to be a number, so "-2+3" typed by a user stays harmless text.
 * <p>
 * Apache Commons CSV was considered for the quoting and not used: its minimal quoting also quotes an empty first
 * cell, cells starting with a character up to '#' and cells ending in a space, which would change the bytes of
 * exports people already read, and it cannot quote one chosen cell (the neutralised ones) without quoting them all.
 */
public final class CsvWriter {

	/** Makes Swedish Excel read the file as UTF-8, so å, ä and ö come out right. */
	public static final String BOM = "\uFEFF";

	public static final String CRLF = "\r\n";

	private final StringBuilder out;

	private final char separator;

	private boolean rowStarted;

	private CsvWriter(String start, char separator) {
		this.out = new StringBuilder(start);
		this.separator = separator;
	}

	/**
	 * A CSV as Swedish Excel opens it without an import dialog: UTF-8 with a byte order mark, and semicolons, since
	 * Swedish Excel splits on the list separator of the Swedish locale (the comma is the decimal separator, so numbers
	 * are written with a decimal comma).
	 */
	public static CsvWriter swedishExcel() {
		return new CsvWriter(BOM, ';');
	}

	/** A text cell; {@code null} is an empty cell. */
	public CsvWriter text(String text) {
		startCell();
		String value = text == null ? "" : text;
		boolean neutralised = FormulaNeutraliser.startsAFormula(value);
		value = FormulaNeutraliser.neutralise(value);
		if (neutralised || value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0) {
			out.append('"').append(value.replace("\"", "\"\"")).append('"');
		}
		else {
			out.append(value);
		}
		return this;
	}

	/** Text cells, one after the other. */
	public CsvWriter texts(List<String> texts) {
		texts.forEach(this::text);
		return this;
	}

	/** A whole number as a number. */
	public CsvWriter number(long number) {
		startCell();
		out.append(number);
		return this;
	}

	/** A decimal as Java writes it shortest, with a decimal comma (as "12,5"). */
	public CsvWriter number(double number) {
		startCell();
		out.append(Double.toString(number).replace('.', ','));
		return this;
	}

	/** A decimal with the digits the caller rounded it to, without grouping, with a decimal comma. */
	public CsvWriter number(BigDecimal number) {
		startCell();
		out.append(number.toPlainString().replace('.', ','));
		return this;
	}

	/** An empty cell. */
	public CsvWriter empty() {
		startCell();
		return this;
	}

	/** Ends the row; a row without cells is an empty line. */
	public CsvWriter endRow() {
		out.append(CRLF);
		rowStarted = false;
		return this;
	}

	/** A row of text cells. */
	public CsvWriter row(List<String> texts) {
		return texts(texts).endRow();
	}

	@Override
	public String toString() {
		return out.toString();
	}

	public byte[] toBytes() {
		return toString().getBytes(StandardCharsets.UTF_8);
	}

	private void startCell() {
		if (rowStarted) {
			out.append(separator);
		}
		rowStarted = true;
	}
}
