package se.fuel.events.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import se.fuel.documents.Cell;
import se.fuel.documents.CsvWriter;
import se.fuel.documents.Spreadsheet;
import se.fuel.documents.Spreadsheet.Sheet;
import se.fuel.events.EvaluationSummary;
import se.fuel.events.EventView;
import se.fuel.events.OrganisationParticipants;
import se.fuel.events.RatingCount;

/**
 * One event's figures as the event page shows them, for a spreadsheet: participants per organisation and the
 * evaluation (responses per rating 1–10, then responses, mean and the shares rating 8 or more and 10, in percent).
 * XLSX has a sheet per table; CSV the tables one after the other, with a BOM and semicolons as Swedish Excel opens it.
 */
final class EvaluationExport {

	static final String PARTICIPANT_SHEET = "Deltagare";

	static final String RATING_SHEET = "Utvärdering";

	static final List<String> PARTICIPANT_HEADERS = List.of("Organisation", "Deltagare");

	static final List<String> RATING_HEADERS = List.of("Betyg", "Antal svar");

	static final String RESPONSES = "Antal svar";

	static final String MEAN = "Medelvärde";

	static final String AT_LEAST_EIGHT = "Betyg 8 eller mer (%)";

	static final String TEN = "Betyg 10 (%)";

	private EvaluationExport() {
	}

	static String filename(EventView event, String extension) {
		return "aktivitet-" + event.date() + "." + extension;
	}

	static void xlsx(EventView event, OutputStream out) throws IOException {
		Spreadsheet.write(out, book -> {
			Sheet people = book.sheet(PARTICIPANT_SHEET).title(event.title() + " " + event.date())
				.header(PARTICIPANT_HEADERS);
			for (OrganisationParticipants p : event.participants()) {
				people.row(Cell.text(p.organisationName()), Cell.number(p.participants()));
			}
			people.row(Cell.text(OverviewExport.OTHER), Cell.number(event.otherParticipants()))
				.row(Cell.text(OverviewExport.UNSPECIFIED), Cell.number(event.unspecifiedParticipants()))
				.row(Cell.text("Totalt").bold(), Cell.number(event.totalParticipants()))
				.widths(40, 12);
			Sheet ratings = book.sheet(RATING_SHEET).title("Antal svar per betyg (skala 1–10)").header(RATING_HEADERS);
			EvaluationSummary e = event.evaluation();
			for (RatingCount c : e.distribution()) {
				ratings.row(Cell.number(c.rating()), Cell.number(c.responses()));
			}
			ratings.blank().row(Cell.text(RESPONSES), Cell.number(e.responses()));
			if (!e.empty()) {
				ratings.row(Cell.text(MEAN), Cell.number(round(e.mean())))
					.row(Cell.text(AT_LEAST_EIGHT), Cell.number(round(e.shareAtLeastEight() * 100)))
					.row(Cell.text(TEN), Cell.number(round(e.shareTen() * 100)));
			}
			ratings.widths(24, 12);
		});
	}

	static String csv(EventView event) {
		CsvWriter csv = CsvWriter.swedishExcel();
		csv.text(event.title() + " " + event.date()).endRow().row(PARTICIPANT_HEADERS);
		for (OrganisationParticipants p : event.participants()) {
			csv.text(p.organisationName()).number(p.participants()).endRow();
		}
		csv.text(OverviewExport.OTHER).number(event.otherParticipants()).endRow();
		csv.text(OverviewExport.UNSPECIFIED).number(event.unspecifiedParticipants()).endRow();
		csv.text("Totalt").number(event.totalParticipants()).endRow();
		csv.endRow().row(RATING_HEADERS);
		EvaluationSummary e = event.evaluation();
		for (RatingCount c : e.distribution()) {
			csv.number(c.rating()).number(c.responses()).endRow();
		}
		csv.text(RESPONSES).number(e.responses()).endRow();
		if (!e.empty()) {
			csv.text(MEAN).number(decimal(e.mean())).endRow();
			csv.text(AT_LEAST_EIGHT).number(decimal(e.shareAtLeastEight() * 100)).endRow();
			csv.text(TEN).number(decimal(e.shareTen() * 100)).endRow();
		}
		return csv.toString();
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static BigDecimal decimal(double value) {
		return new BigDecimal(String.format(Locale.ROOT, "%.1f", value));
	}
}
