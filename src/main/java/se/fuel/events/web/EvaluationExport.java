package se.fuel.events.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.fuel.documents.CsvWriter;
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
		try (var workbook = new Workbook(out, "Fuel", "1.0")) {
			Worksheet people = workbook.newWorksheet(PARTICIPANT_SHEET);
			people.value(0, 0, event.title() + " " + event.date());
			people.style(0, 0).bold().set();
			header(people, 1, PARTICIPANT_HEADERS);
			int row = 2;
			for (OrganisationParticipants p : event.participants()) {
				people.value(row, 0, p.organisationName());
				people.value(row++, 1, p.participants());
			}
			people.value(row, 0, OverviewExport.OTHER);
			people.value(row++, 1, event.otherParticipants());
			people.value(row, 0, OverviewExport.UNSPECIFIED);
			people.value(row++, 1, event.unspecifiedParticipants());
			people.value(row, 0, "Totalt");
			people.style(row, 0).bold().set();
			people.value(row, 1, event.totalParticipants());
			people.width(0, 40);
			people.width(1, 12);
			Worksheet ratings = workbook.newWorksheet(RATING_SHEET);
			ratings.value(0, 0, "Antal svar per betyg (skala 1–10)");
			ratings.style(0, 0).bold().set();
			header(ratings, 1, RATING_HEADERS);
			EvaluationSummary e = event.evaluation();
			row = 2;
			for (RatingCount c : e.distribution()) {
				ratings.value(row, 0, c.rating());
				ratings.value(row++, 1, c.responses());
			}
			row++;
			ratings.value(row, 0, RESPONSES);
			ratings.value(row++, 1, e.responses());
			if (!e.empty()) {
				ratings.value(row, 0, MEAN);
				ratings.value(row++, 1, round(e.mean()));
				ratings.value(row, 0, AT_LEAST_EIGHT);
				ratings.value(row++, 1, round(e.shareAtLeastEight() * 100));
				ratings.value(row, 0, TEN);
				ratings.value(row, 1, round(e.shareTen() * 100));
			}
			ratings.width(0, 24);
			ratings.width(1, 12);
		}
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

	private static void header(Worksheet sheet, int row, List<String> headers) {
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(row, c, headers.get(c));
			sheet.style(row, c).bold().set();
		}
	}
}
