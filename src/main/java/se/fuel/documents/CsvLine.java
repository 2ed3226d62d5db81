package se.fuel.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way Fuel reads a line of a CSV file: cells split at the separator, a stretch in double quotes may hold the
 * separator, and a doubled quote inside it is one quote (RFC 4180). Line breaks inside quotes are not supported: the
 * files Fuel reads are read line by line, so that a refusal can name its line.
 */
public final class CsvLine {

	private CsvLine() {
	}

	/**
	 * The cells of a hand-made line, trimmed: the separator is the semicolon when the line has one (Swedish Excel),
	 * else the tab, else the comma.
	 */
	public static List<String> cells(String line) {
		char separator = line.indexOf(';') >= 0 ? ';' : line.indexOf('\t') >= 0 ? '\t' : ',';
		return split(line, separator).stream().map(String::strip).toList();
	}

	/** The cells of a line (without its line break) as they stand; an empty line is one empty cell. */
	public static List<String> split(String line, char separator) {
		List<String> cells = new ArrayList<>(8);
		if (line.indexOf('"') < 0) {
			// Almost every line of a large import: no quotes, so the cells are plain substrings.
			int from = 0;
			int at;
			while ((at = line.indexOf(separator, from)) >= 0) {
				cells.add(line.substring(from, at));
				from = at + 1;
			}
			cells.add(line.substring(from));
			return cells;
		}
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
			else if (c == '"') {
				quoted = true;
			}
			else if (c == separator) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}
}
