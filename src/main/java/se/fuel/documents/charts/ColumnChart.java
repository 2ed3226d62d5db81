package se.fuel.documents.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Upright bars, one per category or year, each with its value written above it and its label below, on a common
 * baseline; the tallest bar fills the plot. For counts and amounts per category.
 */
public final class ColumnChart {

	/**
	 * One bar.
	 *
	 * @param text the value as written above the bar, e.g. "8 528 tkr"
	 */
	public record Column(String label, double value, String text) {
	}

	/** Where a column is drawn: its box and the middle its texts are centred on. */
	public record Placed(Column column, double x, double y, double width, double height, double middle) {
	}

	private final String id;

	private final String title;

	private final String description;

	private final List<Column> columns;

	private int width = 640;

	private int height = 260;

	private int top = 30;

	private int bottom = 40;

	private int side = 20;

	private double barShare = 0.6;

	private double maxBarWidth = Double.MAX_VALUE;

	private String cssClass = "fuel-chart fuel-chart--narrow";

	private ColumnChart(String id, String title, String description, List<Column> columns) {
		this.id = id;
		this.title = title;
		this.description = description;
		this.columns = List.copyOf(columns);
	}

	/** @param id unique on the page; the title's and description's ids are made from it */
	public static ColumnChart of(String id, String title, String description, List<Column> columns) {
		return new ColumnChart(id, title, description, columns);
	}

	public ColumnChart size(int width, int height) {
		this.width = width;
		this.height = height;
		return this;
	}

	/** Room above the plot (for the values), below it (for the labels) and at either side. */
	public ColumnChart margins(int top, int bottom, int side) {
		this.top = top;
		this.bottom = bottom;
		this.side = side;
		return this;
	}

	/** How much of its slot a bar fills (0.6 by default), and how wide it may get at most. */
	public ColumnChart bars(double share, double maxWidth) {
		this.barShare = share;
		this.maxBarWidth = maxWidth;
		return this;
	}

	/**
	 * The width asked for, or wider when a column's label or value would not fit its slot: each text is centred on
	 * its bar, so a slot at least as wide as the widest text keeps every text inside the chart and off its neighbours.
	 */
	public int width() {
		double text = Svg.widest(columns.stream().flatMap(c -> Stream.of(c.label(), c.text())).toList());
		double slot = text + 2 * Svg.SPARE;
		return (int) Math.max(width, Math.ceil(2.0 * side + Math.max(1, columns.size()) * slot));
	}

	public int height() {
		return height;
	}

	/** The line the bars stand on. */
	public int baseline() {
		return height - bottom;
	}

	/** Where each column is drawn, for a page that draws the bars itself. */
	public List<Placed> layout() {
		double max = columns.stream().mapToDouble(Column::value).max().orElse(0);
		double slot = (width() - 2.0 * side) / Math.max(1, columns.size());
		double bar = Math.max(4, Math.min(maxBarWidth, slot * barShare));
		int plot = height - top - bottom;
		List<Placed> placed = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			double h = max <= 0 || column.value() <= 0 ? 0 : column.value() / max * plot;
			double x = side + i * slot + (slot - bar) / 2;
			placed.add(new Placed(column, x, baseline() - h, bar, h, x + bar / 2));
		}
		return placed;
	}

	public String svg() {
		Svg svg = Svg.open(id, cssClass, width(), height, title, description)
			.line(side, baseline(), width() - side, baseline(), Svg.INK, 1, null);
		for (Placed p : layout()) {
			svg.rect(p.x(), p.y(), p.width(), p.height(), Svg.BLUE)
				.text(p.middle(), p.y() - 6, "middle", p.column().text())
				.text(p.middle(), baseline() + 18, "middle", p.column().label());
		}
		return svg.close();
	}
}
