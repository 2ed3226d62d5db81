package se.fuel.events.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
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
 * The words are the reader's language's ({@code events.export.*} in {@code i18n/events/messages_*.properties}).
 */
final class EvaluationExport {

	/** Message keys of the headers. */
	private static final String[] RATING_HEADERS = { "export.rating", "export.responses" };

	private final EventTexts texts;

	EvaluationExport(EventTexts texts) {
		this.texts = texts;
	}

	private String text(String key) {
		return texts.text("export." + key);
	}

	static String filename(EventView event, String extension) {
		return "aktivitet-" + event.date() + "." + extension;
	}

	void xlsx(EventView event, OutputStream out) throws IOException {
		Spreadsheet.write(out, book -> {
			Sheet people = book.sheet(text("participantSheet")).title(event.title() + " " + event.date())
				.header(texts.texts(OverviewExport.ORGANISATION_HEADERS));
			for (OrganisationParticipants p : event.participants()) {
				people.row(Cell.text(p.organisationName()), Cell.number(p.participants()));
			}
			people.row(Cell.text(text("other")), Cell.number(event.otherParticipants()))
				.row(Cell.text(text("unspecified")), Cell.number(event.unspecifiedParticipants()))
				.row(Cell.text(text("total")).bold(), Cell.number(event.totalParticipants()))
				.widths(40, 12);
			Sheet ratings = book.sheet(text("ratingSheet")).title(text("ratingTitle"))
				.header(texts.texts(RATING_HEADERS));
			EvaluationSummary e = event.evaluation();
			for (RatingCount c : e.distribution()) {
				ratings.row(Cell.number(c.rating()), Cell.number(c.responses()));
			}
			ratings.blank().row(Cell.text(text("responses")), Cell.number(e.responses()));
			if (!e.empty()) {
				ratings.row(Cell.text(text("mean")), Cell.number(round(e.mean())))
					.row(Cell.text(text("atLeastEight")), Cell.number(round(e.shareAtLeastEight() * 100)))
					.row(Cell.text(text("ten")), Cell.number(round(e.shareTen() * 100)));
			}
			ratings.widths(24, 12);
		});
	}

	String csv(EventView event) {
		CsvWriter csv = CsvWriter.swedishExcel();
		csv.text(event.title() + " " + event.date()).endRow();
		csv.row(texts.texts(OverviewExport.ORGANISATION_HEADERS));
		for (OrganisationParticipants p : event.participants()) {
			csv.text(p.organisationName()).number(p.participants()).endRow();
		}
		csv.text(text("other")).number(event.otherParticipants()).endRow();
		csv.text(text("unspecified")).number(event.unspecifiedParticipants()).endRow();
		csv.text(text("total")).number(event.totalParticipants()).endRow();
		csv.endRow().row(texts.texts(RATING_HEADERS));
		EvaluationSummary e = event.evaluation();
		for (RatingCount c : e.distribution()) {
			csv.number(c.rating()).number(c.responses()).endRow();
		}
		csv.text(text("responses")).number(e.responses()).endRow();
		if (!e.empty()) {
			csv.text(text("mean")).number(decimal(e.mean())).endRow();
			csv.text(text("atLeastEight")).number(decimal(e.shareAtLeastEight() * 100)).endRow();
			csv.text(text("ten")).number(decimal(e.shareTen() * 100)).endRow();
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
