package se.fuel.assistance.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import se.fuel.assistance.DistrictComparisonView;
import se.fuel.assistance.DistrictComparisonView.Coefficient;
import se.fuel.assistance.DistrictComparisonView.District;
import se.fuel.common.Text;
import se.fuel.statistics.tables.StatisticsTable;
import se.fuel.statistics.tables.StatisticsTable.Cell;
import se.fuel.statistics.tables.StatisticsTable.Row;

/**
 * The district comparison as the tables of its exports: actual against expected per district with the residuals and
 * the assessment, and the coefficients with R², numbers as the page rounds them in the text and unrounded behind.
 */
final class ComparisonTables {

	private ComparisonTables() {
	}

	/** @param text resolves a text in the language of the one who asked for the export */
	static List<StatisticsTable> of(DistrictComparisonView view, Function<Text, String> text) {
		Text measure = view.query().perThousand()
				? Text.of("assistance.comparison.perThousandOf", view.query().measure().text())
				: view.query().measure().text();
		List<Row> districts = new ArrayList<>();
		for (District d : view.rows()) {
			districts.add(new Row(List.of(Cell.text(d.name()), number(d.actual(), 1), number(d.expected(), 1),
					number(d.residual(), 1), number(d.standardisedResidual(), 2),
					Cell.text(text.apply(Text.of(d.flag() > 0 ? "assistance.comparison.above"
							: d.flag() < 0 ? "assistance.comparison.below" : "assistance.comparison.near")))),
					false));
		}
		List<Row> model = new ArrayList<>();
		for (Coefficient c : view.coefficients()) {
			model.add(new Row(List.of(Cell.text(text.apply(c.variable() == null ? Text.of("assistance.comparison.intercept")
					: c.variable().text())),
					number(c.estimate(), 4)), false));
		}
		model.add(new Row(List.of(Cell.text("R²"), number(view.rSquared(), 4)), true));
		model.add(new Row(List.of(Cell.text(text.apply(Text.of("assistance.comparison.adjustedR2"))), number(view.adjustedRSquared(), 4)), true));
		model.add(new Row(List.of(Cell.text(text.apply(Text.of("assistance.comparison.districts"))), new Cell(Integer.toString(view.districts()),
				view.districts())), true));
		return List.of(
				new StatisticsTable("comparison-table", text.apply(Text.of("assistance.comparison.sheet.districts")),
						text.apply(Text.of("assistance.comparison.caption", measure, view.query().year())),
						headers(text, "district", "actual", "expected", "residual", "standardised", "flag"), districts),
				new StatisticsTable("coefficients", text.apply(Text.of("assistance.comparison.sheet.model")),
						text.apply(Text.of("assistance.comparison.modelCaption")),
						headers(text, "variable", "estimate"), model));
	}

	private static List<String> headers(Function<Text, String> text, String... columns) {
		return Arrays.stream(columns).map(c -> text.apply(Text.of("assistance.comparison." + c))).toList();
	}

	/** The figure rounded as a spreadsheet should hold it, with its text as the page writes it. */
	private static Cell number(double value, int decimals) {
		double rounded = Math.round(value * Math.pow(10, decimals)) / Math.pow(10, decimals);
		return new Cell(Figures.number(value, decimals), rounded);
	}
}
