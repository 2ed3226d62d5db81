package se.fuel.statistics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import se.fuel.common.SwedishFormat;
import se.fuel.grants.AnnualReportContent.Summary;
import se.fuel.grants.AnnualReportContent.SummaryRow;
import se.fuel.statistics.ApplicationData;
import se.fuel.statistics.FundFigure;
import se.fuel.statistics.FundOverview;
import se.fuel.statistics.OutcomeStatistics;
import se.fuel.statistics.OutcomeStatistics.CategoryCount;
import se.fuel.statistics.OutcomeStatistics.OutcomeRow;
import se.fuel.statistics.ProjectTable;
import se.fuel.documents.tables.StatisticsTable;
import se.fuel.documents.tables.StatisticsTable.Cell;
import se.fuel.documents.tables.StatisticsTable.Row;

/**
 * The fund statistics as tables with Swedish (or English) headers and formatted cells, for the pages and the exports
 * alike, so that a figure reads the same wherever it is shown.
 */
final class FundTables {

	private final Function<String, String> messages;

	/** @param messages the text of a message key ("statistics.funds.…") in the reader's language */
	public FundTables(Function<String, String> messages) {
		this.messages = messages;
	}

	public List<StatisticsTable> overview(FundOverview o) {
		String years = o.query().years();
		return List.of(figures("per-year", m("sheet.year"), m("caption.year") + " " + years, m("column.year"),
				o.byYear(), o.total()),
				figures("per-year-and-programme", m("sheet.yearProgramme"), m("caption.yearProgramme") + " " + years,
						m("column.yearProgramme"), o.byYearAndProgramme(), o.total()),
				figures("per-programme", m("sheet.programme"), m("caption.programme") + " " + years,
						m("column.programme"), o.byProgramme(), o.total()),
				figures("per-organisation", m("sheet.organisation"), m("caption.organisation") + " " + years,
						m("column.organisation"), o.byOrganisation(), o.total()));
	}

	public List<StatisticsTable> projects(ProjectTable table) {
		Summary s = table.summary();
		List<String> headers = new ArrayList<>();
		headers.add(m("column.organisation"));
		s.areas().forEach(a -> headers.add(m("column.projectsIn") + " " + a));
		headers.add(m("column.projects"));
		headers.add(m("column.grantedTkr"));
		headers.add(m("column.planYes"));
		headers.add(m("column.planNo"));
		List<Row> rows = new ArrayList<>();
		s.rows().forEach(r -> rows.add(projectRow(r, false)));
		rows.add(projectRow(s.total(), true));
		return List.of(new StatisticsTable("project-table", m("sheet.projects"),
				m("caption.projects") + " " + table.query().years(), headers, rows));
	}

	public List<StatisticsTable> outcomes(OutcomeStatistics o) {
		List<StatisticsTable> tables = new ArrayList<>();
		tables.add(outcomeTable("outcomes-per-year", m("sheet.outcomesYear"), m("caption.outcomesYear"),
				m("column.year"), o, o.byYear()));
		tables.add(outcomeTable("outcomes-per-area", m("sheet.outcomesArea"), m("caption.outcomesArea"),
				m("column.area"), o, o.byArea()));
		tables.add(outcomeTable("outcomes-per-method", m("sheet.outcomesMethod"), m("caption.outcomesMethod"),
				m("column.method"), o, o.byMethod()));
		List<Row> rows = new ArrayList<>();
		for (CategoryCount c : o.total().categories()) {
			rows.add(new Row(List.of(Cell.text(c.label()), count(c.women()), count(c.men()), count(c.other()),
					count(c.total()), share(c)), false));
		}
		tables.add(new StatisticsTable("outcomes-by-gender", m("sheet.outcomesGender"),
				m("caption.outcomesGender") + " " + o.query().years(),
				List.of(m("column.category"), m("column.women"), m("column.men"), m("column.other"),
						m("column.total"), m("column.share")),
				rows));
		return tables;
	}

	private StatisticsTable outcomeTable(String id, String sheet, String caption, String first, OutcomeStatistics o,
			List<OutcomeRow> byKey) {
		List<String> headers = new ArrayList<>(List.of(first, m("column.reports"), m("column.women"), m("column.men"),
				m("column.other"), m("column.participants")));
		// Each category as two columns of one kind each, its count and its share, so that the files can be summed.
		o.categories().forEach(c -> headers.addAll(List.of(c, c + ", " + m("column.sharePercent"))));
		List<Row> rows = new ArrayList<>();
		byKey.forEach(r -> rows.add(outcomeRow(r, false)));
		rows.add(outcomeRow(o.total(), true));
		return new StatisticsTable(id, sheet, caption + " " + o.query().years(), headers, rows);
	}

	private Row outcomeRow(OutcomeRow r, boolean total) {
		List<Cell> cells = new ArrayList<>(List.of(Cell.text(r.label()), count(r.reports()), count(r.women()),
				count(r.men()), count(r.other()), count(r.participants())));
		r.categories().forEach(c -> cells.addAll(List.of(count(c.total()), share(c))));
		return new Row(cells, total);
	}

	/** "52,4 %", the number behind it being the per cent; "–" without participants, an empty cell in the files. */
	private static Cell share(CategoryCount c) {
		return c.share() == null ? Cell.text("–") : new Cell(percent(c.share()), c.share());
	}

	private StatisticsTable figures(String id, String sheet, String caption, String first, List<FundFigure> figures,
			FundFigure total) {
		// Why a row has no application figures ("uppgift saknas", "visas ej") stands in a column of its own, so that the
		// files keep the figure columns to figures (TableExport leaves a missing figure empty) and still say why.
		List<String> headers = List.of(first, m("column.applications"), m("column.grants"), m("column.rejections"),
				m("column.requested"), m("column.granted"), m("column.successRate"), m("column.applicationData"));
		List<Row> rows = new ArrayList<>();
		figures.forEach(f -> rows.add(figureRow(f, false)));
		rows.add(figureRow(total, true));
		return new StatisticsTable(id, sheet, caption, headers, rows);
	}

	private Row figureRow(FundFigure f, boolean total) {
		String label = total ? m("total") : f.label();
		if (f.data() != ApplicationData.KNOWN) {
			Cell missing = Cell.text(m("data." + f.data().name()));
			return new Row(List.of(Cell.text(label), missing, count(f.grants()), missing, missing,
					kronor(f.granted()), missing, missing), total);
		}
		return new Row(List.of(Cell.text(label), count(f.applications()), count(f.grants()), count(f.rejections()),
				kronor(f.requested()), kronor(f.granted()),
				f.successRate() == null ? Cell.text("–") : new Cell(percent(f.successRate()), f.successRate()),
				Cell.text("")), total);
	}

	private Row projectRow(SummaryRow r, boolean total) {
		List<Cell> cells = new ArrayList<>();
		cells.add(Cell.text(total ? m("total") : r.organisation()));
		r.perArea().forEach(n -> cells.add(n == 0 ? new Cell("", 0) : count(n)));
		cells.add(count(r.projects()));
		long tkr = Math.round(r.granted() / 1000.0);
		cells.add(new Cell(SwedishFormat.amount(tkr), tkr));
		cells.add(count(r.planYes()));
		cells.add(count(r.planNo()));
		return new Row(cells, total);
	}

	private static Cell count(long n) {
		return new Cell(SwedishFormat.amount(n), n);
	}

	private static Cell kronor(long n) {
		return new Cell(SwedishFormat.amount(n), n);
	}

	public static String percent(double share) {
		return String.format(SwedishFormat.SWEDISH, "%.1f", share).replace('.', ',') + "\u00A0%";
	}

	private String m(String key) {
		return messages.apply("statistics.funds." + key);
	}
}
