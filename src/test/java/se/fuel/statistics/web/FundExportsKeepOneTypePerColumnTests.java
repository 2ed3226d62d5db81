package se.fuel.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import se.fuel.documents.tables.StatisticsTable;
import se.fuel.documents.tables.TableExport;
import se.fuel.statistics.ApplicationData;
import se.fuel.statistics.FundFigure;
import se.fuel.statistics.FundOverview;
import se.fuel.statistics.FundQuery;
import se.fuel.statistics.OutcomeStatistics;
import se.fuel.statistics.OutcomeStatistics.CategoryCount;
import se.fuel.statistics.OutcomeStatistics.OutcomeRow;

/**
 * The fund statistics' CSV and XLSX files hold one kind of value per column below the headers, so that a spreadsheet
 * can sum and sort them: a column with figures has nothing but figures, a figure that is missing is left empty.
 */
class FundExportsKeepOneTypePerColumnTests {

	private static final FundQuery QUERY = new FundQuery(2024, 2024, List.of(), false);

	private final FundTables tables = new FundTables(key -> key.substring(key.lastIndexOf('.') + 1));

	@Test
	void theOutcomesGiveEachCategoryACountColumnAndAPerCentColumnAlsoForARowWithoutParticipants() {
		List<StatisticsTable> outcomes = tables.outcomes(outcomes());
		String csv = new String(TableExport.csv(outcomes), StandardCharsets.UTF_8);
		assertThat(csv).contains("year;reports;women;men;other;participants;Arbete;Arbete, sharePercent\r\n")
			.contains("2024;2;3;2;0;5;2;40,0\r\n")
			.contains("2025;1;0;0;0;0;0;\r\n")
			.doesNotContain(" of ", " av ", "–");
		eachColumnHoldsOneKind(outcomes, true);
	}

	@Test
	void theOverviewLeavesAFigureThatIsMissingEmptyInsteadOfWritingWordsAmongTheNumbers() {
		List<StatisticsTable> overview = tables.overview(overview());
		String csv = new String(TableExport.csv(overview), StandardCharsets.UTF_8);
		// Why the figures are missing stands in a column of its own, which holds only words.
		assertThat(csv).contains("2003;;4;;;3836000;;MISSING\r\n", "2024;10;4;5;2000000;900000;44,4;\r\n")
			.contains("2003;MISSING;4;MISSING;MISSING;3836000;MISSING;MISSING\r\n");
		eachColumnHoldsOneKind(overview, false);
	}

	/**
	 * Below the caption and the headers, each column but the first holds numbers (or nothing) in every row, or words in
	 * every row, as the organisations' table does when no figure of a column is known for any of them.
	 */
	private static void eachColumnHoldsOneKind(List<StatisticsTable> tables, boolean onlyNumbers) {
		byte[] xlsx = TableExport.xlsx(tables);
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (var sheet : workbook.getSheets().toList()) {
				List<Row> rows = sheet.read();
				List<Row> figures = rows.subList(2, rows.size());
				for (int c = 1; c < rows.get(1).getCellCount(); c++) {
					Set<CellType> kinds = new HashSet<>();
					for (Row row : figures) {
						if (row.getCellCount() > c && row.getCell(c) != null
								&& row.getCell(c).getType() != CellType.EMPTY) {
							kinds.add(row.getCell(c).getType());
						}
					}
					assertThat(kinds).as("%s column %s", sheet.getName(), c).hasSizeLessThanOrEqualTo(1);
					if (onlyNumbers) {
						assertThat(kinds).as("%s column %s", sheet.getName(), c).containsOnly(CellType.NUMBER);
					}
				}
			}
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private static OutcomeStatistics outcomes() {
		OutcomeRow some = new OutcomeRow("2024", 2, 3, 2, 0, 5,
				List.of(new CategoryCount("work", "Arbete", 1, 1, 0, 2, 40.0)));
		OutcomeRow none = new OutcomeRow("2025", 1, 0, 0, 0, 0,
				List.of(new CategoryCount("work", "Arbete", 0, 0, 0, 0, null)));
		OutcomeRow total = new OutcomeRow("Totalt", 3, 3, 2, 0, 5,
				List.of(new CategoryCount("work", "Arbete", 1, 1, 0, 2, 40.0)));
		return new OutcomeStatistics(QUERY, List.of("Arbete"), List.of(some, none), List.of(none), List.of(some),
				total);
	}

	private static FundOverview overview() {
		FundFigure known = new FundFigure("2024", "2024", 10, 4, 5, 2_000_000L, 900_000, 44.4,
				ApplicationData.KNOWN);
		FundFigure missing = new FundFigure("2003", "2003", null, 4, null, null, 3_836_000, null,
				ApplicationData.MISSING);
		FundFigure total = new FundFigure("total", "total", null, 8, null, null, 4_736_000, null,
				ApplicationData.MISSING);
		return new FundOverview(QUERY, false, null, List.of(missing, known), List.of(known), List.of(known),
				List.of(missing), total);
	}
}
