package se.fuel.documents.tables;

import java.util.List;

/**
 * A figure as a table, the same for the page, CSV and XLSX: a caption, column headers and rows whose first cell heads
 * the row.
 *
 * @param id unique on the page, also the XLSX sheet's base
 * @param sheet a short name for the spreadsheet tab (at most 31 characters)
 */
public record StatisticsTable(String id, String sheet, String caption, List<String> headers, List<Row> rows) {

	/**
	 * @param total a totals row, shown in bold
	 */
	public record Row(List<Cell> cells, boolean total) {
	}

	/**
	 * One cell: the text shown, and the number behind it for spreadsheets (null for text such as "uppgift saknas").
	 */
	public record Cell(String text, Number number) {

		public static Cell text(String text) {
			return new Cell(text, null);
		}
	}
}
