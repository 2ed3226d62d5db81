package se.fuel.assistance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.fuel.assistance.DistrictComparisonView;
import se.fuel.assistance.DistrictComparisonView.Coefficient;
import se.fuel.assistance.DistrictComparisonView.District;
import se.fuel.documents.tables.StatisticsTable;
import se.fuel.documents.tables.StatisticsTable.Cell;
import se.fuel.documents.tables.StatisticsTable.Row;

/**
 * The district comparison as the tables of its exports: actual against expected per district with the residuals and
 * the assessment, and the coefficients with R², numbers as the page rounds them in the text and unrounded behind.
 */
final class ComparisonTables {

	private ComparisonTables() {
	}

	static List<StatisticsTable> of(DistrictComparisonView view, AssistanceTexts texts) {
		Locale locale = texts.locale();
		String measure = view.query().perThousand()
				? texts.text("comparison.perThousand", texts.of(view.query().measure().text()))
				: texts.of(view.query().measure().text());
		List<Row> districts = new ArrayList<>();
		for (District d : view.rows()) {
			districts.add(new Row(List.of(Cell.text(d.name()), number(d.actual(), 1, locale),
					number(d.expected(), 1, locale), number(d.residual(), 1, locale),
					number(d.standardisedResidual(), 2, locale),
					Cell.text(texts.text(d.flag() > 0 ? "comparison.higherThanExpected"
							: d.flag() < 0 ? "comparison.lowerThanExpected" : "comparison.asExpected"))),
					false));
		}
		List<Row> model = new ArrayList<>();
		for (Coefficient c : view.coefficients()) {
			String variable = c.variable() == null ? texts.text("comparison.constant") : texts.of(c.variable().text());
			model.add(new Row(List.of(Cell.text(variable), number(c.estimate(), 4, locale)), false));
		}
		model.add(total(texts.text("comparison.rSquared"), number(view.rSquared(), 4, locale)));
		model.add(total(texts.text("comparison.adjustedRSquared"), number(view.adjustedRSquared(), 4, locale)));
		model.add(total(texts.text("comparison.districts"),
				new Cell(Integer.toString(view.districts()), view.districts())));
		return List.of(
				new StatisticsTable("comparison-table", texts.text("comparison.districtSheet"),
						texts.text("comparison.title", measure, String.valueOf(view.query().year())),
						List.of(texts.text("comparison.district"), texts.text("comparison.actual"),
								texts.text("comparison.expected"), texts.text("comparison.deviation"),
								texts.text("comparison.standardDeviations"), texts.text("comparison.assessment")),
						districts),
				new StatisticsTable("coefficients", texts.text("comparison.modelSheet"),
						texts.text("comparison.modelCaption"),
						List.of(texts.text("comparison.variable"), texts.text("comparison.estimate")), model));
	}

	private static Row total(String label, Cell value) {
		return new Row(List.of(Cell.text(label), value), true);
	}

	/** The figure rounded as a spreadsheet should hold it, with its text as the page writes it. */
	private static Cell number(double value, int decimals, Locale locale) {
		double rounded = Math.round(value * Math.pow(10, decimals)) / Math.pow(10, decimals);
		return new Cell(Figures.number(value, decimals, locale), rounded);
	}
}
