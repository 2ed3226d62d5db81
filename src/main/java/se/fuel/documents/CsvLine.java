package se.fuel.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way Fuel reads a line of a CSV file people saved themselves: the separator is the semicolon when the line
 * has one (Swedish Excel), else the tab, else the comma; a cell in double quotes may hold the separator, and a doubled
 * quote inside it is one quote (RFC 4180). Cells are trimmed, since hand-made files often have spaces around values.
 */
public final class CsvLine {

	private CsvLine() {
	}

	/** The cells of one line (without its line break); an empty line is one empty cell. */
	public static List<String> cells(String line) {
		char separator = line.indexOf(';') >= 0 ? ';' : line.indexOf('\t') >= 0 ? '\t' : ',';
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.toString().isBlank()) {
				cell.setLength(0);
				quoted = true;
			}
			else if (c == separator) {
				cells.add(cell.toString().strip());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString().strip());
		return cells;
	}
}
