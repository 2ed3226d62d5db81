package se.fuel.events.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import se.fuel.documents.Cell;
import se.fuel.documents.CsvWriter;
import se.fuel.documents.Spreadsheet;
import se.fuel.documents.Spreadsheet.Sheet;
import se.fuel.events.EventOverview;
import se.fuel.events.OrganisationParticipants;

/**
 * The events overview as a spreadsheet (XLSX: a sheet per table) and as CSV (semicolons and a BOM, as Swedish Excel
 * opens it; both tables one after the other with their own header rows).
 */
final class OverviewExport {

	static final String XLSX = Spreadsheet.CONTENT_TYPE;

	static final String YEAR_SHEET = "Per år och typ";

	static final String ORGANISATION_SHEET = "Per organisation";

	static final List<String> YEAR_HEADERS = List.of("År", "Typ", "Aktiviteter", "Deltagare");

	static final List<String> ORGANISATION_HEADERS = List.of("Organisation", "Deltagare");

	static final String OTHER = "Övriga/externa";

	static final String UNSPECIFIED = "Utan uppgift om organisation";

	private OverviewExport() {
	}

	static void xlsx(EventOverview overview, OutputStream out) throws IOException {
		Spreadsheet.write(out, book -> {
			Sheet years = book.sheet(YEAR_SHEET).header(YEAR_HEADERS);
			for (EventOverview.YearKind r : overview.byYearAndKind()) {
				years.row(Cell.number(r.year()), Cell.text(kind(r.kind())), Cell.number(r.events()),
						Cell.number(r.participants()));
			}
			years.row(Cell.text("Totalt").bold(), Cell.empty(), Cell.number(overview.events()),
					Cell.number(overview.totalParticipants()))
				.widths(8, 18, 12, 12);
			Sheet organisations = book.sheet(ORGANISATION_SHEET).header(ORGANISATION_HEADERS);
			for (OrganisationParticipants p : overview.byOrganisation()) {
				organisations.row(Cell.text(p.organisationName()), Cell.number(p.participants()));
			}
			organisations.row(Cell.text(OTHER), Cell.number(overview.otherParticipants()))
				.row(Cell.text(UNSPECIFIED), Cell.number(overview.unspecifiedParticipants()))
				.row(Cell.text("Totalt").bold(), Cell.number(overview.totalParticipants()))
				.widths(40, 12);
		});
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

	private static String kind(se.fuel.events.EventKind kind) {
		return java.util.ResourceBundle.getBundle("i18n.events.messages", se.fuel.common.SwedishFormat.SWEDISH)
			.getString(kind.label().key());
	}
}
