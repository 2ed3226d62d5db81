package se.fuel.decisions.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

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
 * grants against its cap.
 */
public final class AllocationWorkbook {

	public static final String CONTENT_TYPE = Spreadsheet.CONTENT_TYPE;

	public static final String ORGANISATIONS_SHEET = "Förvaltningar";

	static final List<String> HEADERS = List.of("Registreringsnummer", "Förvaltning", "Titel", "Sökt belopp",
			"Rekommendation", "Föreslaget belopp");

	private AllocationWorkbook() {
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

	public static void write(AllocationView view, OutputStream out) throws IOException {
		Spreadsheet.write(out, book -> {
			for (ProgrammeTotal total : view.programmes()) {
				programme(book.sheet(sheetName(total, view.year())), total,
						view.lines().stream().filter(l -> l.callId().equals(total.callId())).toList());
			}
			organisations(book.sheet(ORGANISATIONS_SHEET), view.organisations());
		});
	}

	private static void programme(Sheet sheet, ProgrammeTotal total, List<AllocationLine> lines) {
		sheet.header(HEADERS);
		for (AllocationLine line : lines) {
			boolean assessed = line.recommendation() != null;
			sheet.row(Cell.text(line.registrationNumber()), Cell.text(line.organisationName()),
					Cell.text(line.title()), Cell.kronor(line.requestedAmount()),
					Cell.text(assessed ? line.recommendation().label() : "Ej bedömd"),
					assessed ? Cell.kronor(line.amount()) : Cell.empty());
		}
		sheet.blank()
			.row(Cell.text("Summa " + total.callTitle()).bold(), Cell.empty(), Cell.empty(),
					Cell.kronor(total.requested()), Cell.empty(), Cell.kronor(total.allocated()).bold())
			.row(Cell.text("Budget"), Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty(),
					Cell.kronor(total.budget()))
			.row(Cell.text(total.overBudget() ? "Över budget med" : "Kvar"), Cell.empty(), Cell.empty(), Cell.empty(),
					Cell.empty(), Cell.kronor(Math.abs(total.remaining())))
			.widths(22, 36, 50, 14, 18, 18);
	}

	private static void organisations(Sheet sheet, List<OrganisationCount> counts) {
		sheet.header(List.of("Förvaltning", "Takgrupp", "Beviljade", "Tak", "Över taket"));
		for (OrganisationCount count : counts) {
			sheet.row(Cell.text(count.organisationName()), Cell.text(count.capGroup()), Cell.number(count.grants()),
					Cell.number(count.limit()), Cell.text(count.overCap() ? "Ja" : "Nej"));
		}
		sheet.widths(36, 20, 12, 8, 12);
	}
}
