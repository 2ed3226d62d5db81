package se.fuel.decisions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import se.fuel.assessment.Recommendation;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Text;
import se.fuel.decisions.AllocationLine;
import se.fuel.decisions.AllocationView;
import se.fuel.decisions.DecisionOutcome;
import se.fuel.decisions.OrganisationCount;
import se.fuel.decisions.ProgrammeTotal;
import se.fuel.decisions.RoundStatus;
import se.fuel.system.MessageBundles;

class AllocationWorkbookTests {

	static final UUID LUM = UUID.randomUUID();

	static final UUID MUL = UUID.randomUUID();

	static final UUID FARSTA = UUID.randomUUID();

	AllocationView view() {
		var lines = List.of(
				new AllocationLine(UUID.randomUUID(), LUM, "LUM", "FoU 2024/1", "Digital lots", FARSTA, "Farsta", 800_000,
						Recommendation.PARTIAL_GRANT, 750_000, DecisionOutcome.PARTIALLY_GRANTED, null, null, true, 0),
				new AllocationLine(UUID.randomUUID(), LUM, "LUM", "FoU 2024/2", "Avslaget", FARSTA, "Farsta", 500_000,
						Recommendation.REJECT, 0, DecisionOutcome.REJECTED, "Utanför", "ligger utanför", false, 0),
				new AllocationLine(UUID.randomUUID(), MUL, "MUL", "FoU 2024/3", "Studieresa", FARSTA, "Farsta", 25_000,
						null, 0, null, null, null, false, 0));
		var programmes = List.of(
				new ProgrammeTotal(LUM, "LUM", "Lokala utvecklingsmedel", "Lokala utvecklingsmedel 2024", 700_000,
						1_300_000, 750_000, 2, 1),
				new ProgrammeTotal(MUL, "MUL", "Medel för utveckling och lärande", "MUL 2024", 200_000, 25_000, 0, 1, 0));
		return new AllocationView(2024, RoundStatus.OPEN, null, lines, programmes,
				List.of(new OrganisationCount(FARSTA, "Farsta",
						Text.of("decisions.capGroup.name", Text.of("decisions.capGroup.and", "LUM", "MUL"), "2024"), 4, 3)), List.of());
	}

	List<Sheet> sheets(ReadableWorkbook workbook) {
		return workbook.getSheets().toList();
	}

	@Test
	void writes_a_sheet_per_call_with_its_lines_and_totals_and_one_of_organisations() throws Exception {
		var out = new ByteArrayOutputStream();
		AllocationWorkbook.write(view(), MessageBundles.source(), SwedishFormat.SWEDISH, out);
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<Sheet> sheets = sheets(workbook);
			assertThat(sheets).extracting(Sheet::getName).containsExactly("LUM 2024", "MUL 2024", "Förvaltningar");

			List<Row> lum = sheets.get(0).read();
			assertThat(lum.get(0).getCellText(0)).isEqualTo("Registreringsnummer");
			assertThat(lum.get(1).getCellText(0)).isEqualTo("FoU 2024/1");
			assertThat(lum.get(1).getCellText(4)).isEqualTo("Delvis beviljas");
			assertThat(lum.get(1).getCellAsNumber(5)).contains(new BigDecimal("750000"));
			Row over = lum.stream().filter(r -> "Över budget med".equals(r.getCellText(0))).findFirst().orElseThrow();
			assertThat(over.getCellAsNumber(5)).contains(new BigDecimal("50000"));

			List<Row> mul = sheets.get(1).read();
			assertThat(mul.get(1).getCellText(4)).isEqualTo("Ej bedömd");
			assertThat(mul.get(1).getCellText(5)).isEmpty();
			Row left = mul.stream().filter(r -> "Kvar".equals(r.getCellText(0))).findFirst().orElseThrow();
			assertThat(left.getCellAsNumber(5)).contains(new BigDecimal("200000"));

			List<Row> organisations = sheets.get(2).read();
			assertThat(organisations.get(1).getCellText(0)).isEqualTo("Farsta");
			assertThat(organisations.get(1).getCellText(4)).isEqualTo("Ja");
		}
	}

	@Test
	void writes_english_sheets_headers_and_labels_for_an_english_reader() throws Exception {
		var out = new ByteArrayOutputStream();
		AllocationWorkbook.write(view(), MessageBundles.source(), Locale.ENGLISH, out);
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<Sheet> sheets = sheets(workbook);
			assertThat(sheets).extracting(Sheet::getName).containsExactly("LUM 2024", "MUL 2024", "Organisations");
			List<Row> lum = sheets.get(0).read();
			assertThat(lum.get(0).getCellText(0)).isEqualTo("Registration number");
			assertThat(lum.get(1).getCellText(4)).isEqualTo("Partly grant");
			assertThat(lum).extracting(r -> r.getCellText(0)).contains("Total Lokala utvecklingsmedel 2024",
					"Over budget by");
			assertThat(sheets.get(1).read().get(1).getCellText(4)).isEqualTo("Not assessed");
			List<Row> organisations = sheets.get(2).read();
			assertThat(organisations.get(0).getCellText(1)).isEqualTo("Cap group");
			assertThat(organisations.get(1).getCellText(1)).isEqualTo("LUM and MUL 2024");
			assertThat(organisations.get(1).getCellText(4)).isEqualTo("Yes");
		}
	}

	@Test
	void names_the_download_after_the_year() {
		assertThat(AllocationWorkbook.disposition(2024)).isEqualTo("attachment; filename=\"fordelning-2024.xlsx\"");
	}
}
