package se.fuel.assistance.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import se.fuel.documents.Cell;
import se.fuel.documents.CsvWriter;
import se.fuel.documents.Spreadsheet;
import se.fuel.documents.Spreadsheet.Sheet;
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

	public static final String XLSX = Spreadsheet.CONTENT_TYPE;

	private static final List<String> HEADERS = List.of("organisation", "measure", "category", "period", "value",
			"rolling12", "change", "perThousand", "level", "breakBefore", "madeUp");

	private static final List<String> SHARE_HEADERS = List.of("barrier", "count", "share");

	private final AssistanceTexts texts;

	private AssistanceExport(MessageSource messages, Locale locale) {
		this.texts = new AssistanceTexts(messages, locale);
	}

	private String text(String key, Object... arguments) {
		return texts.text("export." + key, arguments);
	}

	private List<String> texts(List<String> keys) {
		return keys.stream().map(k -> text(k)).toList();
	}

	private String yesNo(boolean yes) {
		return text(yes ? "yes" : "no");
	}

	public static String filename(AssistanceSeriesView view, String extension) {
		return "ekonomiskt-bistand-" + view.query().measure().code() + "-" + view.query().fromYear() + "-"
				+ view.query().toYear() + "." + extension;
	}

	/** The CSV in {@code locale}: the request's, Swedish by default. */
	public static void csv(AssistanceSeriesView view, MessageSource messages, Locale locale, OutputStream out)
			throws IOException {
		new AssistanceExport(messages, locale).csv(view, out);
	}

	/** The workbook in {@code locale}: the request's, Swedish by default. */
	public static void xlsx(AssistanceSeriesView view, MessageSource messages, Locale locale, OutputStream out)
			throws IOException {
		new AssistanceExport(messages, locale).xlsx(view, out);
	}

	private void csv(AssistanceSeriesView view, OutputStream out) throws IOException {
		CsvWriter csv = CsvWriter.swedishExcel().row(texts(HEADERS));
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
				.text(yesNo(p.breakBefore()))
				.text(yesNo(p.madeUp()))
				.endRow();
		}
		if (!view.shares().isEmpty()) {
			// The shares of the page's table, after an empty line, as the XLSX has them on a sheet of their own.
			csv.endRow().text(text("sharesTitle", String.valueOf(view.sharesMonth()))).endRow()
				.row(texts(SHARE_HEADERS));
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

	private void xlsx(AssistanceSeriesView view, OutputStream out) throws IOException {
		Spreadsheet.write(out, book -> {
			Sheet series = book.sheet(text("seriesSheet")).header(texts(HEADERS));
			for (AssistancePoint p : view.points()) {
				series.row(Cell.text(view.organisationName()), Cell.text(view.query().measure().label()),
						Cell.text(view.query().category().label()), Cell.text(Figures.code(p)), rounded(p.value()),
						rounded(p.rolling12()), rounded(p.changePercent()), rounded(p.perThousand()),
						Cell.text(p.level() == null ? "" : p.level().label()),
						Cell.text(yesNo(p.breakBefore())), Cell.text(yesNo(p.madeUp())));
			}
			for (int c = 0; c < HEADERS.size(); c++) {
				series.width(c, c == 0 ? 28 : 16);
			}
			Sheet breaks = book.sheet(text("breaksSheet")).header(texts(List.of("from", "explanation")));
			for (SeriesBreak b : view.breaks()) {
				breaks.row(Cell.text(b.month().toString()), Cell.text(b.note()));
			}
			breaks.width(1, 100);
			if (!view.shares().isEmpty()) {
				Sheet shares = book.sheet(text("sharesSheet", String.valueOf(view.sharesMonth())))
					.header(texts(SHARE_HEADERS));
				for (CategoryShare s : view.shares()) {
					shares.row(Cell.text(s.category().label()), Cell.number(s.value()),
							Cell.number(Math.round(s.percent() * 10) / 10.0));
				}
				shares.width(0, 48);
			}
		});
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

	/** Two decimals, as the page shows; an empty cell when there is no figure. */
	private static Cell rounded(Double v) {
		return Cell.number(v == null ? null : Math.round(v * 100) / 100.0);
	}
}
