package se.fuel.events.web;

import java.io.IOException;
import java.io.OutputStream;

import se.fuel.documents.Cell;
import se.fuel.documents.CsvWriter;
import se.fuel.documents.Spreadsheet;
import se.fuel.documents.Spreadsheet.Sheet;
import se.fuel.events.EventOverview;
import se.fuel.events.OrganisationParticipants;

/**
 * The events overview as a spreadsheet (XLSX: a sheet per table) and as CSV (semicolons and a BOM, as Swedish Excel
 * opens it; both tables one after the other with their own header rows), in the reader's language
 * ({@code i18n/events/messages_*.properties}, keys {@code events.export.*}).
 */
final class OverviewExport {

	static final String XLSX = Spreadsheet.CONTENT_TYPE;

	/** Message keys of the headers. */
	static final String[] YEAR_HEADERS = { "export.year", "export.kind", "export.events", "export.participants" };

	static final String[] ORGANISATION_HEADERS = { "export.organisation", "export.participants" };

	private final EventTexts texts;

	OverviewExport(EventTexts texts) {
		this.texts = texts;
	}

	private String text(String key) {
		return texts.text("export." + key);
	}

	void xlsx(EventOverview overview, OutputStream out) throws IOException {
		Spreadsheet.write(out, book -> {
			Sheet years = book.sheet(text("yearSheet")).header(texts.texts(YEAR_HEADERS));
			for (EventOverview.YearKind r : overview.byYearAndKind()) {
				years.row(Cell.number(r.year()), Cell.text(texts.of(r.kind().label())), Cell.number(r.events()),
						Cell.number(r.participants()));
			}
			years.row(Cell.text(text("total")).bold(), Cell.empty(), Cell.number(overview.events()),
					Cell.number(overview.totalParticipants()))
				.widths(8, 18, 12, 12);
			Sheet organisations = book.sheet(text("organisationSheet"))
				.header(texts.texts(ORGANISATION_HEADERS));
			for (OrganisationParticipants p : overview.byOrganisation()) {
				organisations.row(Cell.text(p.organisationName()), Cell.number(p.participants()));
			}
			organisations.row(Cell.text(text("other")), Cell.number(overview.otherParticipants()))
				.row(Cell.text(text("unspecified")), Cell.number(overview.unspecifiedParticipants()))
				.row(Cell.text(text("total")).bold(), Cell.number(overview.totalParticipants()))
				.widths(40, 12);
		});
	}

	String csv(EventOverview overview) {
		CsvWriter csv = CsvWriter.swedishExcel().row(texts.texts(YEAR_HEADERS));
		for (EventOverview.YearKind r : overview.byYearAndKind()) {
			csv.number(r.year()).text(texts.of(r.kind().label())).number(r.events()).number(r.participants()).endRow();
		}
		csv.text(text("total")).empty().number(overview.events()).number(overview.totalParticipants()).endRow();
		csv.endRow().row(texts.texts(ORGANISATION_HEADERS));
		for (OrganisationParticipants p : overview.byOrganisation()) {
			csv.text(p.organisationName()).number(p.participants()).endRow();
		}
		csv.text(text("other")).number(overview.otherParticipants()).endRow();
		csv.text(text("unspecified")).number(overview.unspecifiedParticipants()).endRow();
		csv.text(text("total")).number(overview.totalParticipants()).endRow();
		return csv.toString();
	}

}
