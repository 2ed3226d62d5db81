package se.fuel.events.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import se.fuel.events.EventOverview;

/**
 * The events overview's trend as a server-rendered SVG bar chart: participants per year, each bar with its number
 * above it and its year below, so it reads without colour; the same numbers stand in the table beside it.
 */
final class ParticipantChart {

	static final int WIDTH = 640;

	static final int HEIGHT = 240;

	static final int TOP = 28;

	static final int BOTTOM = 36;

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

	static String svg(EventOverview overview) {
		Map<Integer, int[]> years = perYear(overview);
		List<Integer> keys = List.copyOf(years.keySet());
		int max = Math.max(1, years.values().stream().mapToInt(c -> c[1]).max().orElse(0));
		double slot = (WIDTH - 20.0) / Math.max(1, keys.size());
		double bar = Math.max(4, Math.min(60, slot * 0.6));
		int plot = HEIGHT - TOP - BOTTOM;
		StringBuilder desc = new StringBuilder("Stapeldiagram, deltagare per år: ");
		StringBuilder svg = new StringBuilder();
		for (int i = 0; i < keys.size(); i++) {
			int year = keys.get(i);
			int[] cell = years.get(year);
			double h = (double) cell[1] / max * plot;
			double x = 10 + i * slot + (slot - bar) / 2;
			double y = TOP + plot - h;
			svg.append(String.format(Locale.ROOT,
					"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1d70b8\"/>", x, y, bar, h));
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">%d</text>",
					x + bar / 2, y - 6, cell[1]));
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">%d</text>",
					x + bar / 2, TOP + plot + 18, year));
			desc.append(year).append(": ").append(cell[1]).append(i < keys.size() - 1 ? ", " : ". ");
		}
		desc.append("Samma siffror finns i tabellen.");
		return String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fuel-chart fuel-chart--narrow\" id=\"participant-chart\" "
						+ "viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"participant-chart-title "
						+ "participant-chart-desc\">",
				WIDTH, HEIGHT)
				+ "<title id=\"participant-chart-title\">Deltagare per år</title><desc id=\"participant-chart-desc\">"
				+ desc + "</desc>"
				+ String.format(Locale.ROOT,
						"<line x1=\"10\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>",
						TOP + plot, WIDTH - 10, TOP + plot)
				+ svg + "</svg>";
	}
}
