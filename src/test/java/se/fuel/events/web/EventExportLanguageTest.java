package se.fuel.events.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import se.fuel.common.SwedishFormat;
import se.fuel.events.EvaluationSummary;
import se.fuel.events.EventKind;
import se.fuel.events.EventOverview;
import se.fuel.events.EventView;
import se.fuel.events.OrganisationParticipants;
import se.fuel.events.RatingCount;
import se.fuel.system.MessageBundles;

/** The events' exports and charts speak the reader's language: Swedish as before, English when asked. */
class EventExportLanguageTest {

	static final EventTexts ENGLISH = new EventTexts(MessageBundles.source(), Locale.ENGLISH);

	static final EventTexts SWEDISH = new EventTexts(MessageBundles.source(), SwedishFormat.SWEDISH);

	static EventOverview overview() {
		return new EventOverview(List.of(new EventOverview.YearKind(2025, EventKind.SEMINAR, 2, 40)),
				List.of(new OrganisationParticipants(UUID.randomUUID(), "Farsta", 30)), 6, 4, 2, 40);
	}

	static EventView event() {
		List<RatingCount> distribution = new ArrayList<>();
		IntStream.rangeClosed(1, 10).forEach(r -> distribution.add(new RatingCount(r, r >= 8 ? 5 : 0)));
		var evaluation = new EvaluationSummary(distribution, 15, 9.0, 1.0, 1 / 3.0);
		return new EventView(UUID.randomUUID(), LocalDate.of(2025, 3, 4), "Workshop om språk", EventKind.WORKSHOP,
				"FoU", "Alla", "", List.of(new OrganisationParticipants(UUID.randomUUID(), "Farsta", 12)), 2, 1, 15,
				evaluation, null, null, Instant.EPOCH, 1);
	}

	@Test
	void the_overview_csv_has_english_headers_in_english() {
		String csv = new OverviewExport(ENGLISH).csv(overview());
		assertThat(csv).contains("Year;Kind;Activities;Participants\r\n").contains("\r\nOthers/external;6\r\n")
			.contains("\r\nOrganisation not given;4\r\n").contains("\r\nTotal;40\r\n")
			.contains("\r\n2025;Seminar;2;40\r\n");
	}

	@Test
	void the_overview_csv_reads_as_before_in_swedish() {
		String csv = new OverviewExport(SWEDISH).csv(overview());
		assertThat(csv).contains("År;Typ;Aktiviteter;Deltagare\r\n").contains("\r\nÖvriga/externa;6\r\n")
			.contains("\r\nUtan uppgift om organisation;4\r\n").contains("\r\nTotalt;40\r\n")
			.contains("\r\n2025;Seminarium;2;40\r\n");
	}

	@Test
	void the_overview_workbook_has_english_sheets_and_headers() throws Exception {
		var out = new ByteArrayOutputStream();
		new OverviewExport(ENGLISH).xlsx(overview(), out);
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(Sheet::getName).containsExactly("By year and kind", "By organisation");
			assertThat(sheets.get(0).read().get(0).getCellText(2)).isEqualTo("Activities");
		}
	}

	@Test
	void the_evaluation_csv_and_workbook_are_in_english() throws Exception {
		String csv = new EvaluationExport(ENGLISH).csv(event());
		assertThat(csv).contains("\r\nOrganisation;Participants\r\n").contains("\r\nRating;Responses\r\n")
			.contains("\r\nMean;9,0\r\n").contains("\r\nRating 8 or more (%);")
			.contains("\r\nRating 10 (%);");
		var out = new ByteArrayOutputStream();
		new EvaluationExport(ENGLISH).xlsx(event(), out);
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getSheets().toList()).extracting(Sheet::getName)
				.containsExactly("Participants", "Evaluation");
		}
	}

	@Test
	void the_rating_chart_describes_itself_in_either_language() {
		assertThat(RatingChart.of(event().evaluation(), SWEDISH).description())
			.startsWith("Antal svar per betyg: betyg 1: 0, betyg 2: 0")
			.endsWith("betyg 10: 5. 15 svar; 100,0\u00A0% gav 8 eller mer, 33,3\u00A0% gav 10.");
		assertThat(RatingChart.of(event().evaluation(), ENGLISH).description())
			.startsWith("Responses per rating: rating 1: 0, rating 2: 0")
			.endsWith("rating 10: 5. 15 responses; 100.0\u00A0% gave 8 or more, 33.3\u00A0% gave 10.");
	}

	@Test
	void the_participant_chart_is_titled_and_described_in_either_language() {
		assertThat(ParticipantChart.svg(overview(), SWEDISH)).contains("Deltagare per år")
			.contains("Stapeldiagram, deltagare per år: 2025: 40. Samma siffror finns i tabellen.");
		assertThat(ParticipantChart.svg(overview(), ENGLISH)).contains("Participants per year")
			.contains("Bar chart, participants per year: 2025: 40. The same figures are in the table.");
	}
}
