package se.fuel.assistance.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.fuel.documents.CsvLine;
import se.fuel.common.Text;

/**
 * Reads the economic-assistance CSV (README, "Statistics imports"): a header
 * {@code organisation;period;mått;kategori;nivå;värde} with an optional last column {@code påhittad}, then one figure
 * a line. Semicolons as Swedish spreadsheets write them (or commas, then with decimal points); lines starting with
 * {@code #} are comments. A file whose header is wrong is refused as a whole, since no row can be read right.
 */
final class CsvAssistanceReader {

	static final List<String> COLUMNS = List.of("organisation", "period", "matt", "kategori", "niva", "varde");

	static final String MADE_UP_COLUMN = "pahittad";

	private CsvAssistanceReader() {
	}

	public static void read(InputStream in, ImportCheck check) throws IOException {
		var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
		String line;
		long number = 0;
		char delimiter = ';';
		boolean header = false;
		boolean withMadeUp = false;
		while ((line = reader.readLine()) != null) {
			number++;
			if (number == 1 && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (!header) {
				delimiter = line.indexOf(';') >= 0 ? ';' : ',';
				List<String> names = split(line, delimiter).stream().map(CsvAssistanceReader::plain).toList();
				withMadeUp = names.size() == COLUMNS.size() + 1 && MADE_UP_COLUMN.equals(names.get(COLUMNS.size()));
				if (!names.subList(0, Math.min(names.size(), COLUMNS.size())).equals(COLUMNS)
						|| (names.size() != COLUMNS.size() && !withMadeUp)) {
					check.reject(number, Text.of("assistance.import.wrongHeader", line.strip()));
					return;
				}
				header = true;
				continue;
			}
			List<String> cells = split(line, delimiter);
			int expected = withMadeUp ? COLUMNS.size() + 1 : COLUMNS.size();
			if (cells.size() != expected) {
				check.reject(number, Text.of("assistance.import.wrongColumnCount", Integer.toString(cells.size()),
						Integer.toString(expected)));
				continue;
			}
			String value = cells.get(5);
			if (delimiter == ',' && value.contains(",")) {
				value = "x";
			}
			check.row(number, cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4), value,
					withMadeUp ? cells.get(6) : null);
		}
		if (!header) {
			check.reject(Math.max(number, 1), Text.of("assistance.import.noHeader"));
		}
	}

	/**
	 * A first look at a file: its lines, and the organisations and periods its rows name (as written, whether valid
	 * or not), so the import knows before the real reading whether any row can already be stored.
	 * @param firstPeriod the earliest period as {@link ImportCheck#period(String)} reads it, or -1
	 */
	record Scan(long lines, Set<String> organisations, int firstPeriod, int lastPeriod) {
	}

	static Scan scan(InputStream in) throws IOException {
		var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
		Set<String> organisations = new HashSet<>();
		String line;
		long number = 0;
		char delimiter = 0;
		int first = Integer.MAX_VALUE;
		int last = -1;
		String previousPeriod = "";
		while ((line = reader.readLine()) != null) {
			number++;
			if (number == 1 && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (delimiter == 0) {
				delimiter = line.indexOf(';') >= 0 ? ';' : ',';
				continue;
			}
			List<String> cells = split(line, delimiter);
			organisations.add(cells.get(0));
			// Files repeat a period row after row: read it only when it changes.
			if (cells.size() > 1 && !cells.get(1).equals(previousPeriod)) {
				previousPeriod = cells.get(1);
				int period = ImportCheck.period(previousPeriod);
				if (period >= 0) {
					period &= ~ImportCheck.ANNUAL;
					first = Math.min(first, period);
					last = Math.max(last, period);
				}
			}
		}
		return new Scan(Math.max(1, number), organisations, last < 0 ? -1 : first, last);
	}

	/** Splits a line at the delimiter, honouring double quotes (a doubled quote is one quote). */
	static List<String> split(String line, char delimiter) {
		return CsvLine.split(line, delimiter);
	}

	/** A header name without case, accents or spaces, so "Mått" and "matt" are the same column. */
	static String plain(String name) {
		return Normalizer.normalize(name.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace(" ", "");
	}
}
