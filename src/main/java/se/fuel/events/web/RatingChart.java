package se.fuel.events.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.fuel.events.EvaluationSummary;
import se.fuel.events.RatingCount;

/**
 * The geometry of an evaluation's bar chart, drawn as SVG on the server: one bar per rating 1–10 with its count above
 * it and the rating below, so the chart reads without colour and the same numbers stand in the table beside it.
 */
record RatingChart(int width, int height, int baseline, List<Bar> bars, String description) {

	static final int WIDTH = 560;

	static final int HEIGHT = 260;

	static final int TOP = 24;

	static final int BOTTOM = 36;

	record Bar(int rating, int responses, int x, int y, int width, int height, int labelX) {
	}

	static RatingChart of(EvaluationSummary summary) {
		int slot = (WIDTH - 20) / 10;
		int plot = HEIGHT - TOP - BOTTOM;
		int max = Math.max(1, summary.largestCount());
		List<Bar> bars = new ArrayList<>();
		for (RatingCount c : summary.distribution()) {
			int h = (int) Math.round((double) c.responses() / max * plot);
			int x = 10 + (c.rating() - 1) * slot + 6;
			bars.add(new Bar(c.rating(), c.responses(), x, TOP + plot - h, slot - 12, h, x + (slot - 12) / 2));
		}
		StringBuilder text = new StringBuilder("Antal svar per betyg: ");
		for (RatingCount c : summary.distribution()) {
			text.append("betyg ").append(c.rating()).append(": ").append(c.responses())
				.append(c.rating() < 10 ? ", " : ". ");
		}
		text.append(String.format(Locale.ROOT, "%d svar; %s gav 8 eller mer, %s gav 10.", summary.responses(),
				percent(summary.shareAtLeastEight()), percent(summary.shareTen())));
		return new RatingChart(WIDTH, HEIGHT, TOP + plot, bars, text.toString());
	}

	/** A share as Swedish percent with one decimal: {@code 90,0 %}. */
	static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f", share * 100).replace('.', ',') + "\u00A0%";
	}

	/** A mean with one decimal, Swedish style: {@code 8,8}. */
	static String decimal(double value) {
		return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
	}
}
