package se.fuel.assistance.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import se.fuel.documents.CsvWriter;
import se.fuel.assistance.AssistancePoint;
import se.fuel.assistance.AssistanceSeriesView;
import se.fuel.assistance.CategoryShare;
import se.fuel.assistance.SeriesBreak;

/**
 * A series as the page shows it, for a spreadsheet: CSV (semicolons, decimal commas, as Swedish Excel reads it) and
 * XLSX with the figures, the breaks and the shares on sheets of their own (CSV: the shares after the series). Breaks and made-up figures are columns,
 * not formatting, so they survive any further export.
 */
public final class AssistanceExport {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final List<String> HEADERS = List.of("Organisation", "Mått", "Kategori", "Period", "Värde",
			"Löpande 12 mån", "Förändring mot basår (%)", "Per 1 000 invånare", "Registreringsnivå",
			"Seriebrott före", "Påhittad");

	static final String SHARES_TITLE = "Andelar per försörjningshinder";

	static final List<String> SHARE_HEADERS = List.of("Försörjningshinder", "Antal", "Andel (%)");

	private AssistanceExport() {
	}

	public static String filename(AssistanceSeriesView view, String extension) {
		return "ekonomiskt-bistand-" + view.query().measure().code() + "-" + view.query().fromYear() + "-"
				+ view.query().toYear() + "." + extension;
	}

	public static void csv(AssistanceSeriesView view, OutputStream out) throws IOException {
		CsvWriter csv = CsvWriter.swedishExcel().row(HEADERS);
		for (AssistancePoint p : view.points()) {
			csv.text(view.organisationName())
				.text(view.query().measure().label())
				.text(view.query().category().label())
				.text(Figures.code(p));
			number(csv, p.value(), 4);
			number(csv, p.rolling12(), 2);
			number(csv, p.changePercent(), 2);
			number(csv, p.perThousand(), 2);
			csv.text(p.level() == null ? "" : p.level().label())
				.text(p.breakBefore() ? "Ja" : "Nej")
				.text(p.madeUp() ? "Ja" : "Nej")
				.endRow();
		}
		if (!view.shares().isEmpty()) {
			// The shares of the page's table, after an empty line, as the XLSX has them on a sheet of their own.
			csv.endRow().text(SHARES_TITLE + " " + view.sharesMonth()).endRow().row(SHARE_HEADERS);
			for (CategoryShare share : view.shares()) {
				csv.text(share.category().label());
				number(csv, share.value(), 4);
				number(csv, Math.round(share.percent() * 10) / 10.0, 1);
				csv.endRow();
			}
		}
		out.write(csv.toBytes());
		out.flush();
	}

	public static void xlsx(AssistanceSeriesView view, OutputStream out) throws IOException {
		try (var workbook = new Workbook(out, "Fuel", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Serie");
			header(sheet, HEADERS);
			int r = 1;
			for (AssistancePoint p : view.points()) {
				sheet.value(r, 0, view.organisationName());
				sheet.value(r, 1, view.query().measure().label());
				sheet.value(r, 2, view.query().category().label());
				sheet.value(r, 3, Figures.code(p));
				number(sheet, r, 4, p.value());
				number(sheet, r, 5, p.rolling12());
				number(sheet, r, 6, p.changePercent());
				number(sheet, r, 7, p.perThousand());
				sheet.value(r, 8, p.level() == null ? "" : p.level().label());
				sheet.value(r, 9, p.breakBefore() ? "Ja" : "Nej");
				sheet.value(r, 10, p.madeUp() ? "Ja" : "Nej");
				r++;
			}
			for (int c = 0; c < HEADERS.size(); c++) {
				sheet.width(c, c == 0 ? 28 : 16);
			}
			Worksheet breaks = workbook.newWorksheet("Seriebrott");
			header(breaks, List.of("Från", "Förklaring"));
			r = 1;
			for (SeriesBreak b : view.breaks()) {
				breaks.value(r, 0, b.month().toString());
				breaks.value(r, 1, b.note());
				r++;
			}
			breaks.width(1, 100);
			if (!view.shares().isEmpty()) {
				Worksheet shares = workbook.newWorksheet("Andelar " + view.sharesMonth());
				header(shares, SHARE_HEADERS);
				r = 1;
				for (CategoryShare s : view.shares()) {
					shares.value(r, 0, s.category().label());
					shares.value(r, 1, s.value());
					shares.value(r, 2, Math.round(s.percent() * 10) / 10.0);
					r++;
				}
				shares.width(0, 48);
			}
		}
	}

	/** A number without grouping, with a decimal comma and no trailing zeros; an empty cell when there is none. */
	private static void number(CsvWriter csv, Double v, int decimals) {
		if (v == null) {
			csv.empty();
		}
		else {
			csv.number(new BigDecimal(String.format(Locale.ROOT, "%." + decimals + "f", v)).stripTrailingZeros());
		}
	}

	private static void header(Worksheet sheet, List<String> headers) {
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, headers.get(c));
			sheet.style(0, c).bold().set();
		}
	}

	private static void number(Worksheet sheet, int r, int c, Double v) {
		if (v != null) {
			sheet.value(r, c, Math.round(v * 100) / 100.0);
		}
	}
}
