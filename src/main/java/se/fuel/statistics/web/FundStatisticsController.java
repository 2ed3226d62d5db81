package se.fuel.statistics.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.fuel.common.NotFoundException;
import se.fuel.common.web.FormSubmission;
import se.fuel.statistics.ApplicationData;
import se.fuel.statistics.FundChoices;
import se.fuel.statistics.FundFigure;
import se.fuel.statistics.FundOverview;
import se.fuel.statistics.FundQuery;
import se.fuel.statistics.FundStatistics;
import se.fuel.statistics.OutcomeStatistics;
import se.fuel.common.SwedishFormat;
import se.fuel.grants.AnnualReportContent.SummaryRow;
import se.fuel.statistics.ProjectTable;
import se.fuel.statistics.web.BarChart;
import se.fuel.documents.charts.RowChart;
import se.fuel.statistics.FundRequest;
import se.fuel.statistics.web.FundTables;
import se.fuel.documents.tables.StatisticsTable;
import se.fuel.documents.tables.TableExport;

/**
 * The fund statistics pages: applications and grants over the years ({@code /statistics/funds}), table 1.3 of
 * the annual report ({@code /statistics/funds/projects}) and the reports' outcomes ({@code /statistics/funds/outcomes}),
 * each for a chosen span of years and set of programmes, with the lineage switch, and as CSV and XLSX.
 */
@Controller
class FundStatisticsController {

	private static final List<String> PAGES = List.of("overview", "projects", "outcomes");

	private final FundStatistics statistics;

	private final MessageSource messages;

	FundStatisticsController(FundStatistics statistics, MessageSource messages) {
		this.statistics = statistics;
		this.messages = messages;
	}

	@GetMapping("/statistics/funds")
	String overview(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(name = "programme", required = false) List<String> programmes,
			@RequestParam(required = false) String lineage, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return page("overview", new FundRequest(from, to, programmes, lineage), model, locale, request, response);
	}

	@GetMapping("/statistics/funds/projects")
	String projects(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(name = "programme", required = false) List<String> programmes,
			@RequestParam(required = false) String lineage, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return page("projects", new FundRequest(from, to, programmes, lineage), model, locale, request, response);
	}

	@GetMapping("/statistics/funds/outcomes")
	String outcomes(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(name = "programme", required = false) List<String> programmes, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		return page("outcomes", new FundRequest(from, to, programmes, null), model, locale, request, response);
	}

	@GetMapping("/statistics/funds/{page:overview|projects|outcomes}.{format:csv|xlsx}")
	ResponseEntity<byte[]> export(@PathVariable String page, @PathVariable String format,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(name = "programme", required = false) List<String> programmes,
			@RequestParam(required = false) String lineage, Locale locale) {
		if (!PAGES.contains(page)) {
			throw new NotFoundException("statistics page " + page);
		}
		FundQuery query = new FundRequest(from, to, programmes, lineage).query(statistics.choices());
		List<StatisticsTable> tables = tables(page, query, locale);
		String name = "fondstatistik-" + page + "-" + query.fromYear()
				+ (query.fromYear() == query.toYear() ? "" : "-" + query.toYear()) + "." + format;
		boolean csv = format.equals("csv");
		return ResponseEntity.status(HttpStatus.OK)
			.contentType(MediaType.parseMediaType(csv ? TableExport.CSV : TableExport.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(csv ? TableExport.csv(tables) : TableExport.xlsx(tables));
	}

	private String page(String page, FundRequest asked, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		FundChoices choices = statistics.choices();
		model.addAttribute("asked", asked);
		model.addAttribute("choices", choices);
		model.addAttribute("page", page);
		model.addAttribute("exportQuery", request.getQueryString() == null ? "" : "?" + request.getQueryString());
		model.addAttribute("chart", null);
		model.addAttribute("overview", null);
		FormSubmission.show(model, List.of());
		return FormSubmission.submit(model, response, () -> {
			FundQuery query = asked.query(choices);
			model.addAttribute("query", query);
			model.addAttribute("tables", tables(page, query, locale, model));
			return "statistics/funds/" + page;
		}, () -> {
			model.addAttribute("query", null);
			model.addAttribute("tables", List.of());
			return "statistics/funds/" + page;
		});
	}

	private List<StatisticsTable> tables(String page, FundQuery query, Locale locale) {
		return tables(page, query, locale, null);
	}

	/** The page's tables; with a model also its chart. */
	private List<StatisticsTable> tables(String page, FundQuery query, Locale locale, Model model) {
		Function<String, String> text = key -> messages.getMessage(key, null, key, locale);
		FundTables tables = new FundTables(text);
		switch (page) {
			case "projects": {
				ProjectTable projects = statistics.projectTable(query);
				if (model != null && !projects.summary().rows().isEmpty()) {
					model.addAttribute("chart", RowChart.svg("projects-chart",
							text.apply("statistics.funds.chart.projectsTitle") + " " + query.years(),
							text.apply("statistics.funds.chart.projectsDesc"),
							projects.summary().rows().stream().map(r -> projectBar(r, locale)).toList()));
				}
				return tables.projects(projects);
			}
			case "outcomes": {
				OutcomeStatistics o = statistics.outcomes(query);
				if (model != null && o.total().participants() > 0) {
					long all = o.total().participants();
					model.addAttribute("chart", RowChart.svg("outcomes-chart",
							text.apply("statistics.funds.chart.outcomesTitle") + " " + query.years(),
							text.apply("statistics.funds.chart.outcomesDesc"),
							o.total().categories().stream().map(c -> new RowChart.Row(c.label(), c.total(),
									SwedishFormat.amount(c.total()) + " " + text.apply("statistics.funds.of") + " "
											+ SwedishFormat.amount(all) + (c.share() == null ? ""
													: " (" + FundTables.percent(c.share()) + ")")))
								.toList()));
				}
				return tables.outcomes(o);
			}
			default: {
				FundOverview o = statistics.overview(query);
				if (model != null) {
					model.addAttribute("overview", o);
					model.addAttribute("chart", BarChart.svg("granted-chart",
							text.apply("statistics.funds.chart.grantedTitle") + " " + query.years(),
							text.apply("statistics.funds.chart.grantedDesc"),
							o.byYear().stream().map(FundStatisticsController::grantedBar).toList(),
							text.apply("statistics.funds.chart.thousandKronor")));
					model.addAttribute("grantsChart", RowChart.svg("grants-chart",
							text.apply("statistics.funds.chart.grantsTitle") + " " + query.years(),
							text.apply(o.ownOrganisationOnly() ? "statistics.funds.chart.grantsDescOwn"
									: "statistics.funds.chart.grantsDesc"),
							o.byYear().stream().map(f -> grantsBar(f, o.ownOrganisationOnly(), locale)).toList()));
				}
				return tables.overview(o);
			}
		}
	}

	private RowChart.Row projectBar(SummaryRow r, Locale locale) {
		long tkr = Math.round(r.granted() / 1000.0);
		return new RowChart.Row(r.organisation(), tkr, messages.getMessage("statistics.funds.chart.projectBar",
				new Object[] { SwedishFormat.amount(tkr), Integer.toString(r.projects()) }, locale));
	}

	/**
	 * A year's grants, with the applications and success rate behind them when they are known; an applicant's
	 * applications are their own organisation's only, so against everyone's grants they would mislead and are left out.
	 */
	private RowChart.Row grantsBar(FundFigure f, boolean ownOnly, Locale locale) {
		String text;
		if (f.data() == ApplicationData.KNOWN && !ownOnly) {
			text = messages.getMessage("statistics.funds.chart.grantsOfApplications", new Object[] { f.grants(),
					f.applications(), f.successRate() == null ? "–" : FundTables.percent(f.successRate()) }, locale);
		}
		else {
			text = messages.getMessage(f.data() == ApplicationData.MISSING ? "statistics.funds.chart.grantsMissing"
					: "statistics.funds.chart.grantsOnly", new Object[] { f.grants() }, locale);
		}
		return new RowChart.Row(f.label(), f.grants(), text);
	}

	private static BarChart.Bar grantedBar(FundFigure f) {
		return new BarChart.Bar(f.label(), Math.round(f.granted() / 1000.0));
	}
}
