package se.fuel.events.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.fuel.documents.CsvWriter;
import se.fuel.events.EventOverview;
import se.fuel.events.OrganisationParticipants;

/**
 * The events overview as a spreadsheet (XLSX: a sheet per table) and as CSV (semicolons and a BOM, as Swedish Excel
 * opens it; both tables one after the other with their own header rows).
 */
final class OverviewExport {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String YEAR_SHEET = "Per år och typ";

	static final String ORGANISATION_SHEET = "Per organisation";

	static final List<String> YEAR_HEADERS = List.of("År", "Typ", "Aktiviteter", "Deltagare");

	static final List<String> ORGANISATION_HEADERS = List.of("Organisation", "Deltagare");

	static final String OTHER = "Övriga/externa";

	static final String UNSPECIFIED = "Utan uppgift om organisation";

	private OverviewExport() {
	}

	static void xlsx(EventOverview overview, OutputStream out) throws IOException {
		try (var workbook = new Workbook(out, "Fuel", "1.0")) {
			Worksheet years = workbook.newWorksheet(YEAR_SHEET);
			header(years, YEAR_HEADERS);
			int row = 1;
			for (EventOverview.YearKind r : overview.byYearAndKind()) {
				years.value(row, 0, r.year());
				years.value(row, 1, kind(r.kind()));
				years.value(row, 2, r.events());
				years.value(row, 3, r.participants());
				row++;
			}
			years.value(row, 0, "Totalt");
			years.style(row, 0).bold().set();
			years.value(row, 2, overview.events());
			years.value(row, 3, overview.totalParticipants());
			widths(years, 8, 18, 12, 12);
			Worksheet organisations = workbook.newWorksheet(ORGANISATION_SHEET);
			header(organisations, ORGANISATION_HEADERS);
			row = 1;
			for (OrganisationParticipants p : overview.byOrganisation()) {
				organisations.value(row, 0, p.organisationName());
				organisations.value(row, 1, p.participants());
				row++;
			}
			organisations.value(row, 0, OTHER);
			organisations.value(row++, 1, overview.otherParticipants());
			organisations.value(row, 0, UNSPECIFIED);
			organisations.value(row++, 1, overview.unspecifiedParticipants());
			organisations.value(row, 0, "Totalt");
			organisations.style(row, 0).bold().set();
			organisations.value(row, 1, overview.totalParticipants());
			widths(organisations, 40, 12);
		}
	}

	static String csv(EventOverview overview) {
		CsvWriter csv = CsvWriter.swedishExcel().row(YEAR_HEADERS);
		for (EventOverview.YearKind r : overview.byYearAndKind()) {
			csv.number(r.year()).text(kind(r.kind())).number(r.events()).number(r.participants()).endRow();
		}
		csv.text("Totalt").empty().number(overview.events()).number(overview.totalParticipants()).endRow();
		csv.endRow().row(ORGANISATION_HEADERS);
		for (OrganisationParticipants p : overview.byOrganisation()) {
			csv.text(p.organisationName()).number(p.participants()).endRow();
		}
		csv.text(OTHER).number(overview.otherParticipants()).endRow();
		csv.text(UNSPECIFIED).number(overview.unspecifiedParticipants()).endRow();
		csv.text("Totalt").number(overview.totalParticipants()).endRow();
		return csv.toString();
	}

	private static void header(Worksheet sheet, List<String> headers) {
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, headers.get(c));
			sheet.style(0, c).bold().set();
		}
	}

	private static void widths(Worksheet sheet, double... widths) {
		for (int c = 0; c < widths.length; c++) {
			sheet.width(c, widths[c]);
		}
	}

	/** The kind's Swedish name from the events bundle, until this export is written in the reader's language. */
	private static String kind(se.fuel.events.EventKind kind) {
		return java.util.ResourceBundle.getBundle("i18n.events.messages", se.fuel.common.SwedishFormat.SWEDISH)
			.getString(kind.label().key());
	}
}
