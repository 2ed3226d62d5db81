package se.fuel.decisions.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import se.fuel.common.Text;
import se.fuel.decisions.AllocationLine;
import se.fuel.decisions.AllocationView;
import se.fuel.decisions.OrganisationCount;
import se.fuel.decisions.ProgrammeTotal;
import se.fuel.documents.Cell;
import se.fuel.documents.Spreadsheet;
import se.fuel.documents.Spreadsheet.Sheet;

/**
 * A year's allocation as an XLSX workbook, for officers who work on in a spreadsheet or send it on: one sheet per
 * call with its applications and totals against the budget, and a sheet "Förvaltningar" with each organisation's
 * grants against its cap. The words are in the reader's language ({@code decisions.workbook.*} in
 * {@code i18n/decisions/messages_*.properties}).
 */
public final class AllocationWorkbook {

	public static final String CONTENT_TYPE = Spreadsheet.CONTENT_TYPE;

	private final MessageSource messages;

	private final Locale locale;

	private AllocationWorkbook(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public static String filename(int year) {
		return "fordelning-" + year + ".xlsx";
	}

	public static String disposition(int year) {
		return "attachment; filename=\"" + filename(year) + "\"";
	}

	/** The sheet of a call: its programme and year, e.g. "LUM 2024", as short as spreadsheet tabs must be. */
	public static String sheetName(ProgrammeTotal total, int year) {
		return Spreadsheet.sheetName(total.programmeCode() + " " + year);
	}

	/** Writes the workbook in {@code locale}: the request's, Swedish by default. */
	public static void write(AllocationView view, MessageSource messages, Locale locale, OutputStream out)
			throws IOException {
		var workbook = new AllocationWorkbook(messages, locale);
		Spreadsheet.write(out, book -> {
			for (ProgrammeTotal total : view.programmes()) {
				workbook.programme(book.sheet(sheetName(total, view.year())), total,
						view.lines().stream().filter(l -> l.callId().equals(total.callId())).toList());
			}
			workbook.organisations(book.sheet(workbook.text("organisationsSheet")), view.organisations());
		});
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(Text.of("decisions.workbook." + key, arguments), locale);
	}

	private List<String> texts(String... keys) {
		return Arrays.stream(keys).map(this::text).toList();
	}

	private void programme(Sheet sheet, ProgrammeTotal total, List<AllocationLine> lines) {
		sheet.header(texts("registrationNumber", "organisation", "title", "requested", "recommendation", "proposed"));
		for (AllocationLine line : lines) {
			String recommendation = line.recommendation() == null ? text("notAssessed")
					: messages.getMessage(line.recommendation().text(), locale);
			sheet.row(Cell.text(line.registrationNumber()), Cell.text(line.organisationName()),
					Cell.text(line.title()), Cell.kronor(line.requestedAmount()), Cell.text(recommendation),
					line.recommendation() != null ? Cell.kronor(line.amount()) : Cell.empty());
		}
		sheet.blank()
			.row(Cell.text(text("sum", total.callTitle())).bold(), Cell.empty(), Cell.empty(),
					Cell.kronor(total.requested()), Cell.empty(), Cell.kronor(total.allocated()).bold())
			.row(Cell.text(text("budget")), Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty(),
					Cell.kronor(total.budget()))
			.row(Cell.text(text(total.overBudget() ? "overBudget" : "left")), Cell.empty(), Cell.empty(), Cell.empty(),
					Cell.empty(), Cell.kronor(Math.abs(total.remaining())))
			.widths(22, 36, 50, 14, 18, 18);
	}

	private void organisations(Sheet sheet, List<OrganisationCount> counts) {
		sheet.header(texts("organisation", "capGroup", "grants", "cap", "overCap"));
		for (OrganisationCount count : counts) {
			String capGroup = messages.getMessage(count.capGroup(), locale);
			sheet.row(Cell.text(count.organisationName()), Cell.text(capGroup), Cell.number(count.grants()),
					Cell.number(count.limit()), Cell.text(text(count.overCap() ? "yes" : "no")));
		}
		sheet.widths(36, 20, 12, 8, 12);
	}
}
