package se.fuel.assistance.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.common.web.FormSubmission;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.assistance.AssistanceMeasure;
import se.fuel.assistance.BarrierCategory;
import se.fuel.assistance.DistrictComparison;
import se.fuel.assistance.DistrictComparisonQuery;
import se.fuel.assistance.DistrictComparisonView;
import se.fuel.documents.tables.StatisticsTable;
import se.fuel.documents.tables.TableExport;

/**
 * The district comparison page: officers pick measure, year and structural variables and read the result explained,
 * as a table with a dot plot beside it, and take it on as CSV or XLSX.
 */
@Controller
class DistrictComparisonController {

	private final DistrictComparison comparison;

	private final Identity identity;

	private final MessageSource messages;

	DistrictComparisonController(DistrictComparison comparison, Identity identity, MessageSource messages) {
		this.comparison = comparison;
		this.identity = identity;
		this.messages = messages;
	}

	@GetMapping("/statistics/assistance/comparison")
	String page(@RequestParam(required = false) String measure, @RequestParam(required = false) String category,
			@RequestParam(required = false) String year, @RequestParam(required = false) List<String> variables,
			@RequestParam(required = false) String perThousand, @RequestParam(required = false) String run,
			Model model, Locale locale) {
		identity.require(Role.OFFICER, Role.ADMIN);
		Asked asked = Asked.read(measure, category, year, variables);
		List<Violation> violations = new ArrayList<>(asked.violations());
		AssistanceMeasure m = asked.measure();
		BarrierCategory c = asked.category() == null ? BarrierCategory.ALL : asked.category();
		int y = asked.year();
		List<AssistanceMeasure> chosen = asked.variables();
		boolean perCapita = run == null || "true".equals(perThousand);
		model.addAttribute("measures", Arrays.stream(AssistanceMeasure.values()).filter(x -> !x.structural()).toList());
		model.addAttribute("structural", Arrays.stream(AssistanceMeasure.values())
			.filter(x -> x.structural() && x != AssistanceMeasure.POPULATION && x != AssistanceMeasure.POPULATION_18_64)
			.toList());
		model.addAttribute("categories", BarrierCategory.values());
		model.addAttribute("measure", m == null ? AssistanceMeasure.ADULT_RECIPIENTS : m);
		model.addAttribute("category", c);
		model.addAttribute("year", year == null ? "2003" : year);
		model.addAttribute("chosen", run == null ? List.of(AssistanceMeasure.UNEMPLOYMENT_RATE,
				AssistanceMeasure.FOREIGN_BORN_SHARE) : chosen);
		model.addAttribute("perThousand", perCapita);
		model.addAttribute("result", null);
		if (run != null && violations.isEmpty()) {
			try {
				DistrictComparisonView result = comparison.compare(new DistrictComparisonQuery(m, c, y, chosen, perCapita));
				model.addAttribute("result", result);
				model.addAttribute("chart", ComparisonChart.svg("comparison-chart", result, messages, locale));
				model.addAttribute("exportQuery", exportQuery(result.query()));
			}
			catch (ViolationException e) {
				violations.addAll(e.violations());
			}
		}
		FormSubmission.show(model, violations);
		return "assistance/comparison";
	}

	/** The result of the page as CSV or XLSX: the same query, the same numbers, the same officers. */
	@GetMapping("/statistics/assistance/comparison.{format:csv|xlsx}")
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) String measure,
			@RequestParam(required = false) String category, @RequestParam(required = false) String year,
			@RequestParam(required = false) List<String> variables,
			@RequestParam(required = false) String perThousand, Locale locale) {
		identity.require(Role.OFFICER, Role.ADMIN);
		Asked asked = Asked.read(measure, category, year, variables);
		if (!asked.violations().isEmpty()) {
			throw new ViolationException(asked.violations());
		}
		AssistanceMeasure m = asked.measure();
		BarrierCategory c = asked.category();
		int y = asked.year();
		List<AssistanceMeasure> chosen = asked.variables();
		DistrictComparisonView view = comparison
			.compare(new DistrictComparisonQuery(m, c, y, chosen, !"false".equals(perThousand)));
		List<StatisticsTable> tables = ComparisonTables.of(view, new AssistanceTexts(messages, locale));
		boolean csv = format.equals("csv");
		String name = "jamforelse-stadsdelar-" + m.code() + "-" + y + "." + format;
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(csv ? TableExport.CSV : TableExport.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(csv ? TableExport.csv(tables) : TableExport.xlsx(tables));
	}

	static String exportQuery(DistrictComparisonQuery query) {
		StringBuilder q = new StringBuilder("?measure=").append(query.measure().code())
			.append("&category=").append(query.category().code())
			.append("&year=").append(query.year());
		query.variables().forEach(v -> q.append("&variables=").append(v.code()));
		return q.append("&perThousand=").append(query.perThousand()).toString();
	}

	/**
	 * What the officer asked for, read the same way by the page and its exports; what cannot be read is a violation
	 * naming the field (the year defaults to 2003 and the measure to adult recipients, as the form does).
	 */
	record Asked(AssistanceMeasure measure, BarrierCategory category, int year, List<AssistanceMeasure> variables,
			List<Violation> violations) {

		static Asked read(String measure, String category, String year, List<String> variables) {
			List<Violation> violations = new ArrayList<>();
			AssistanceMeasure m = AssistanceMeasure.byCode(measure == null ? "vuxna" : measure).orElse(null);
			if (m == null) {
				violations.add(Violation.of("measure", "known-measure", "assistance.choice.measure"));
			}
			BarrierCategory c = BarrierCategory.byCode(category).orElse(null);
			if (c == null) {
				violations.add(Violation.of("category", "known-category", "assistance.choice.category"));
			}
			int y = 2003;
			if (year != null && !year.isBlank()) {
				try {
					y = Integer.parseInt(year.trim());
				}
				catch (NumberFormatException e) {
					violations.add(Violation.of("year", "year", "assistance.comparison.year"));
				}
			}
			List<AssistanceMeasure> chosen = new ArrayList<>();
			for (String v : variables == null ? List.<String>of() : variables) {
				AssistanceMeasure.byCode(v).ifPresentOrElse(chosen::add, () -> violations.add(Violation.of("variables",
						"known-variable", "assistance.comparison.unknownVariable", v)));
			}
			return new Asked(m, c, y, List.copyOf(chosen), List.copyOf(violations));
		}
	}
}
