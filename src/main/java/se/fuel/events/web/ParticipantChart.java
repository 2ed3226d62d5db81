package se.fuel.events.web;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import se.fuel.documents.charts.ColumnChart;
import se.fuel.events.EventOverview;

/**
 * The events overview's trend as upright bars ({@link ColumnChart}): participants per year, each bar with its number
 * above it and its year below; the same numbers stand in the table beside it.
 */
final class ParticipantChart {

	private ParticipantChart() {
	}

	/** Participants and events per year, summed over the kinds. */
	static Map<Integer, int[]> perYear(EventOverview overview) {
		Map<Integer, int[]> years = new TreeMap<>();
		for (EventOverview.YearKind r : overview.byYearAndKind()) {
			int[] cell = years.computeIfAbsent(r.year(), y -> new int[2]);
			cell[0] += r.events();
			cell[1] += r.participants();
		}
		return years;
	}

	static String svg(EventOverview overview, EventTexts texts) {
		Map<Integer, int[]> years = perYear(overview);
		String perYear = years.entrySet()
			.stream()
			.map(y -> y.getKey() + ": " + y.getValue()[1])
			.collect(Collectors.joining(", "));
		return ColumnChart.of("participant-chart", texts.text("chart.participants.title"),
				texts.text("chart.participants.description", perYear), years.entrySet()
			.stream()
			.map(y -> new ColumnChart.Column(String.valueOf(y.getKey()), y.getValue()[1],
					String.valueOf(y.getValue()[1])))
			.toList()).size(640, 240).margins(28, 36, 10).bars(0.6, 60).svg();
	}
}
