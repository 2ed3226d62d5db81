package se.fuel.decisions.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.fuel.decisions.AllocationLine;
import se.fuel.decisions.AllocationView;
import se.fuel.decisions.OrganisationCount;
import se.fuel.decisions.ProgrammeTotal;

/**
 * A year's allocation as an XLSX workbook, for officers who work on in a spreadsheet or send it on: one sheet per
 * call with its applications and totals against the budget, and a sheet "Förvaltningar" with each organisation's
 * grants against its cap.
 */
public final class AllocationWorkbook {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String ORGANISATIONS_SHEET = "Förvaltningar";

	static final List<String> HEADERS = List.of("Registreringsnummer", "Förvaltning", "Titel", "Sökt belopp",
			"Rekommendation", "Föreslaget belopp");

	private static final String KRONOR = "#,##0";

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
		String name = (total.programmeCode() + " " + year).replaceAll("[\\[\\]:*?/\\\\]", "-");
		return name.length() > 31 ? name.substring(0, 31) : name;
	}

	public static void write(AllocationView view, OutputStream out) throws IOException {
		try (var workbook = new Workbook(out, "Fuel", "1.0")) {
			Set<String> used = new HashSet<>();
			for (ProgrammeTotal total : view.programmes()) {
				String name = sheetName(total, view.year());
				for (int n = 2; !used.add(name); n++) {
					name = sheetName(total, view.year()) + " (" + n + ")";
				}
				programme(workbook.newWorksheet(name), total,
						view.lines().stream().filter(l -> l.callId().equals(total.callId())).toList());
			}
			organisations(workbook.newWorksheet(ORGANISATIONS_SHEET), view.organisations());
		}
	}

	private static void programme(Worksheet sheet, ProgrammeTotal total, List<AllocationLine> lines) {
		header(sheet, HEADERS);
		int row = 1;
		for (AllocationLine line : lines) {
			sheet.value(row, 0, line.registrationNumber());
			sheet.value(row, 1, line.organisationName());
			sheet.value(row, 2, line.title());
			amount(sheet, row, 3, line.requestedAmount());
			sheet.value(row, 4, line.recommendation() == null ? "Ej bedömd" : line.recommendation().label());
			if (line.recommendation() != null) {
				amount(sheet, row, 5, line.amount());
			}
			row++;
		}
		row++;
		sheet.value(row, 0, "Summa " + total.callTitle());
		sheet.style(row, 0).bold().set();
		amount(sheet, row, 3, total.requested());
		amount(sheet, row, 5, total.allocated());
		sheet.style(row, 5).bold().format(KRONOR).set();
		row++;
		sheet.value(row, 0, "Budget");
		amount(sheet, row, 5, total.budget());
		row++;
		sheet.value(row, 0, total.overBudget() ? "Över budget med" : "Kvar");
		amount(sheet, row, 5, Math.abs(total.remaining()));
		widths(sheet, 22, 36, 50, 14, 18, 18);
	}

	private static void organisations(Worksheet sheet, List<OrganisationCount> counts) {
		header(sheet, List.of("Förvaltning", "Takgrupp", "Beviljade", "Tak", "Över taket"));
		int row = 1;
		for (OrganisationCount count : counts) {
			sheet.value(row, 0, count.organisationName());
			sheet.value(row, 1, count.capGroup());
			sheet.value(row, 2, count.grants());
			if (count.limit() != null) {
				sheet.value(row, 3, count.limit());
			}
			sheet.value(row, 4, count.overCap() ? "Ja" : "Nej");
			row++;
		}
		widths(sheet, 36, 20, 12, 8, 12);
	}

	private static void header(Worksheet sheet, List<String> headers) {
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, headers.get(c));
			sheet.style(0, c).bold().set();
		}
	}

	private static void amount(Worksheet sheet, int row, int column, long kronor) {
		sheet.value(row, column, kronor);
		sheet.style(row, column).format(KRONOR).set();
	}

	private static void widths(Worksheet sheet, double... widths) {
		for (int c = 0; c < widths.length; c++) {
			sheet.width(c, widths[c]);
		}
	}
}
