package se.fuel.assistance.web;

import java.util.ArrayList;
import java.util.List;

import se.fuel.assistance.DistrictComparisonView;
import se.fuel.assistance.DistrictComparisonView.Coefficient;
import se.fuel.assistance.DistrictComparisonView.District;
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

	static List<StatisticsTable> of(DistrictComparisonView view) {
		String measure = view.query().measure().label() + (view.query().perThousand() ? " per 1 000 invånare" : "");
		List<Row> districts = new ArrayList<>();
		for (District d : view.rows()) {
			districts.add(new Row(List.of(Cell.text(d.name()), number(d.actual(), 1), number(d.expected(), 1),
					number(d.residual(), 1), number(d.standardisedResidual(), 2),
					Cell.text(d.flag() > 0 ? "Högre än väntat" : d.flag() < 0 ? "Lägre än väntat" : "Som väntat")),
					false));
		}
		List<Row> model = new ArrayList<>();
		for (Coefficient c : view.coefficients()) {
			model.add(new Row(List.of(Cell.text(c.variable() == null ? "Konstant" : c.variable().label()),
					number(c.estimate(), 4)), false));
		}
		model.add(new Row(List.of(Cell.text("R²"), number(view.rSquared(), 4)), true));
		model.add(new Row(List.of(Cell.text("Justerat R²"), number(view.adjustedRSquared(), 4)), true));
		model.add(new Row(List.of(Cell.text("Stadsdelar"), new Cell(Integer.toString(view.districts()),
				view.districts())), true));
		return List.of(
				new StatisticsTable("comparison-table", "Per stadsdel",
						measure + " " + view.query().year() + ": faktiskt och förväntat per stadsdel",
						List.of("Stadsdel", "Faktiskt", "Förväntat", "Avvikelse", "I standardavvikelser",
								"Bedömning"),
						districts),
				new StatisticsTable("coefficients", "Modell", "Regressionen: koefficienter och förklaringsgrad",
						List.of("Variabel", "Skattning"), model));
	}

	/** The figure rounded as a spreadsheet should hold it, with its text as the page writes it. */
	private static Cell number(double value, int decimals) {
		double rounded = Math.round(value * Math.pow(10, decimals)) / Math.pow(10, decimals);
		return new Cell(Figures.number(value, decimals), rounded);
	}
}
