package se.fuel.assistance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import se.fuel.common.SwedishFormat;
import se.fuel.assistance.AssistanceMeasure;
import se.fuel.assistance.AssistancePoint;
import se.fuel.assistance.AssistanceQuery;
import se.fuel.assistance.AssistanceSeriesView;
import se.fuel.assistance.BarrierCategory;
import se.fuel.assistance.CategoryShare;
import se.fuel.assistance.DistrictComparisonQuery;
import se.fuel.assistance.DistrictComparisonView;
import se.fuel.assistance.SeriesBreak;
import se.fuel.system.MessageBundles;

/** The assistance exports and charts speak the reader's language: Swedish as before, English when asked. */
class AssistanceExportLanguageTest {

	static final MessageSource MESSAGES = MessageBundles.source();

	static final YearMonth NOVEMBER = YearMonth.of(2002, 11);

	static AssistanceSeriesView series() {
		var query = new AssistanceQuery(null, AssistanceMeasure.ADULT_RECIPIENTS, BarrierCategory.ALL, 2002, 2003,
				2002, 2004, -10);
		var point = new AssistancePoint(NOVEMBER, false, 1200.0, 1150.0, 2.5, 3.1, null, true, false, false);
		return new AssistanceSeriesView(query, "Staden", List.of(), List.of(point), null, null,
				List.of(new SeriesBreak(NOVEMBER, "Nytt system")), NOVEMBER,
				List.of(new CategoryShare(BarrierCategory.UNEMPLOYMENT, 300, 25.0)), false);
	}

	static DistrictComparisonView comparison() {
		var query = new DistrictComparisonQuery(AssistanceMeasure.ADULT_RECIPIENTS, BarrierCategory.ALL, 2003,
				List.of(AssistanceMeasure.UNEMPLOYMENT_RATE), true);
		return new DistrictComparisonView(query, 2, 0.8, 0.7,
				List.of(new DistrictComparisonView.Coefficient(null, 1.5)),
				List.of(new DistrictComparisonView.District("Norrmalm", 12.0, 10.0, 2.0, 2.1, 1, List.of(4.0)),
						new DistrictComparisonView.District("Farsta", 9.0, 9.5, -0.5, -0.3, 0, List.of(5.0))),
				2.0, List.of());
	}

	static String csv(Locale locale) throws Exception {
		var out = new ByteArrayOutputStream();
		AssistanceExport.csv(series(), MESSAGES, locale, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void the_csv_has_english_headers_for_an_english_reader_and_the_swedish_ones_otherwise() throws Exception {
		assertThat(csv(Locale.ENGLISH)).contains("Organisation;Measure;Category;Period;Value;Rolling 12 months;"
				+ "Change from base year (%);Per 1,000 inhabitants;Registration level;Series break before;Made up")
			.contains(";Yes;No\r\n")
			.contains("Shares per barrier to self-support 2002-11\r\nBarrier to self-support;Count;Share (%)");
		assertThat(csv(SwedishFormat.SWEDISH)).contains("Organisation;Mått;Kategori;Period;Värde;Löpande 12 mån;"
				+ "Förändring mot basår (%);Per 1 000 invånare;Registreringsnivå;Seriebrott före;Påhittad")
			.contains(";Ja;Nej\r\n")
			.contains("Andelar per försörjningshinder 2002-11\r\nFörsörjningshinder;Antal;Andel (%)");
	}

	@Test
	void the_workbook_names_its_sheets_in_english_for_an_english_reader() throws Exception {
		var out = new ByteArrayOutputStream();
		AssistanceExport.xlsx(series(), MESSAGES, Locale.ENGLISH, out);
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(Sheet::getName).containsExactly("Series", "Series breaks", "Shares 2002-11");
			assertThat(sheets.get(1).read().get(0).getCellText(1)).isEqualTo("Explanation");
		}
	}

	@Test
	void the_line_chart_marks_and_describes_breaks_in_the_readers_language() {
		assertThat(AssistanceChart.svg(series(), "T", MESSAGES, SwedishFormat.SWEDISH))
			.contains("Seriebrott nov 2002")
			.contains("Linjediagram. Heldragen linje: månadsvärden; streckad linje: löpande 12-månaders genomsnitt. "
					+ "Seriebrott från nov 2002: Nytt system Alla värden finns i tabellen.");
		assertThat(AssistanceChart.svg(series(), "T", MESSAGES, Locale.ENGLISH)).contains("Series break Nov 2002")
			.contains("Line chart. Solid line: monthly figures; dashed line: rolling 12-month average. "
					+ "Series break from Nov 2002: Nytt system All figures are in the table.");
	}

	@Test
	void the_shares_chart_is_titled_in_the_readers_language() {
		assertThat(AssistanceChart.shares(series(), MESSAGES, SwedishFormat.SWEDISH))
			.contains("Andelar per försörjningshinder nov 2002")
			.contains("Liggande stapeldiagram, nov 2002: Arbetslöshet 300 (25,0\u00a0%); samma siffror finns i "
					+ "tabellen.");
		assertThat(AssistanceChart.shares(series(), MESSAGES, Locale.ENGLISH))
			.contains("Shares per barrier to self-support Nov 2002")
			.contains("Horizontal bar chart, Nov 2002: Unemployment 300 (25.0\u00a0%); the same figures are in the "
					+ "table.");
	}

	@Test
	void the_comparison_chart_has_english_legend_and_flags_for_an_english_reader() {
		String english = ComparisonChart.svg("c", comparison(), MESSAGES, Locale.ENGLISH);
		assertThat(english).contains("Vuxna bidragstagare 2003: actual and expected per district")
			.contains("Actual / expected").contains("Norrmalm (higher than expected)")
			.contains("Norrmalm is higher than expected: 12.0 against 10.0.");
		String swedish = ComparisonChart.svg("c", comparison(), MESSAGES, SwedishFormat.SWEDISH);
		assertThat(swedish).contains("Vuxna bidragstagare 2003: faktiskt och förväntat per stadsdel")
			.contains("Faktiskt / förväntat").contains("Norrmalm (högre än väntat)")
			.contains("Punktdiagram per stadsdel: fylld cirkel är det faktiska värdet, ofylld kvadrat det förväntade. "
					+ "Norrmalm har högre än väntat: 12,0 mot 10,0. Alla värden finns i tabellen.");
	}

	@Test
	void the_comparison_tables_have_english_captions_and_headers() {
		var tables = ComparisonTables.of(comparison(), new AssistanceTexts(MESSAGES, Locale.ENGLISH));
		assertThat(tables.get(0).caption())
			.isEqualTo("Adult recipients per 1,000 inhabitants 2003: actual and expected per district");
		assertThat(tables.get(0).headers()).containsExactly("District", "Actual", "Expected", "Deviation",
				"In standard deviations", "Assessment");
		assertThat(tables.get(1).headers()).containsExactly("Variable", "Estimate");
		var swedish = ComparisonTables.of(comparison(), new AssistanceTexts(MESSAGES, SwedishFormat.SWEDISH));
		assertThat(swedish.get(0).caption())
			.isEqualTo("Vuxna bidragstagare per 1 000 invånare 2003: faktiskt och förväntat per stadsdel");
		assertThat(swedish.get(1).sheet()).isEqualTo("Modell");
	}
}
