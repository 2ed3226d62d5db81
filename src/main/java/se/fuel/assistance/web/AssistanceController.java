package se.fuel.assistance.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.web.FormSubmission;
import se.fuel.identity.Identity;
import se.fuel.assistance.AssistanceMeasure;
import se.fuel.assistance.AssistanceQuery;
import se.fuel.assistance.AssistanceSeries;
import se.fuel.assistance.AssistanceSeriesView;
import se.fuel.assistance.BarrierCategory;
import se.fuel.assistance.OrganisationChoice;

/**
 * The economic-assistance page: choose organisation, measure, category, years and base year; the figure as a table
 * and a chart beside it, with its breaks, shares and target; export as CSV and XLSX. Everyone signed in.
 */
@Controller
class AssistanceController {

	static final int EARLIEST = 1990;

	static final int LATEST = 2100;

	private final AssistanceSeries series;

	private final Identity identity;

	private final MessageSource messages;

	AssistanceController(AssistanceSeries series, Identity identity, MessageSource messages) {
		this.series = series;
		this.identity = identity;
		this.messages = messages;
	}

	/** The page's choices as typed, and the query they make. */
	record Choice(String organisation, String measure, String category, String from, String to, String base) {
	}

	@GetMapping("/statistics/assistance")
	String page(@RequestParam(required = false) String organisation, @RequestParam(required = false) String measure,
			@RequestParam(required = false) String category, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String base, Model model,
			Locale locale) {
		List<OrganisationChoice> organisations = series.organisations();
		Choice choice = new Choice(organisation == null ? "staden" : organisation,
				measure == null ? AssistanceMeasure.ADULT_RECIPIENTS.code() : measure,
				category == null ? BarrierCategory.ALL.code() : category, from == null ? "1999" : from,
				to == null ? "2004" : to, base == null ? "1999" : base);
		List<Violation> violations = new ArrayList<>();
		AssistanceQuery query = query(choice, organisations, violations);
		AssistanceSeriesView view = series.series(query);
		model.addAttribute("choice", choice);
		FormSubmission.show(model, violations);
		model.addAttribute("organisations", organisations);
		model.addAttribute("measures", AssistanceMeasure.values());
		model.addAttribute("categories", BarrierCategory.values());
		model.addAttribute("view", view);
		Function<Text, String> text = t -> messages.getMessage(t, locale);
		String title = text.apply(Text.of("assistance.figureTitle", view.query().measure().text(),
				view.query().organisationId() == null ? Text.of("assistance.city") : view.organisationName(),
				Integer.toString(view.query().fromYear()), Integer.toString(view.query().toYear())));
		// Not "title": inside the layout that name is the page's <title> fragment.
		model.addAttribute("figureTitle", title);
		model.addAttribute("chart", AssistanceChart.svg(view, title, messages, locale));
		model.addAttribute("sharesChart", view.shares().isEmpty() ? null : AssistanceChart.shares(view, messages, locale));
		model.addAttribute("decimals", view.query().measure().decimals());
		model.addAttribute("exportQuery", "organisation=" + choice.organisation() + "&measure="
				+ view.query().measure().code() + "&category=" + view.query().category().code() + "&from="
				+ view.query().fromYear() + "&to=" + view.query().toYear() + "&base=" + view.query().baseYear());
		model.addAttribute("officer", identity.current().isOfficer());
		return "assistance/series";
	}

	@GetMapping("/statistics/assistance.csv")
	void csv(@RequestParam(required = false) String organisation, @RequestParam(required = false) String measure,
			@RequestParam(required = false) String category, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String base,
			HttpServletResponse response, Locale locale) throws IOException {
		AssistanceSeriesView view = view(new Choice(organisation, measure, category, from, to, base));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"" + AssistanceExport.filename(view, "csv") + "\"");
		AssistanceExport.csv(view, messages, locale, response.getOutputStream());
	}

	@GetMapping("/statistics/assistance.xlsx")
	void xlsx(@RequestParam(required = false) String organisation, @RequestParam(required = false) String measure,
			@RequestParam(required = false) String category, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String base,
			HttpServletResponse response, Locale locale) throws IOException {
		AssistanceSeriesView view = view(new Choice(organisation, measure, category, from, to, base));
		response.setContentType(AssistanceExport.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"" + AssistanceExport.filename(view, "xlsx") + "\"");
		AssistanceExport.xlsx(view, messages, locale, response.getOutputStream());
	}

	private AssistanceSeriesView view(Choice choice) {
		return series.series(query(choice, series.organisations(), new ArrayList<>()));
	}

	/** The query the choices make; a choice that makes no sense is reported and replaced by the default. */
	static AssistanceQuery query(Choice choice, List<OrganisationChoice> organisations, List<Violation> violations) {
		UUID organisationId = null;
		String org = choice.organisation() == null ? "staden" : choice.organisation();
		if (!"staden".equals(org)) {
			organisationId = organisations.stream()
				.filter(o -> Objects.equals(o.code(), org) || (o.id() != null && o.id().toString().equals(org)))
				.map(OrganisationChoice::id)
				.filter(Objects::nonNull)
				.findFirst()
				.orElse(null);
			if (organisationId == null) {
				violations.add(Violation.of("organisation", "known-organisation", "assistance.choice.organisation"));
			}
		}
		AssistanceMeasure measure = AssistanceMeasure.byCode(choice.measure()).orElse(null);
		if (measure == null && choice.measure() != null) {
			violations.add(Violation.of("measure", "known-measure", "assistance.choice.measure"));
		}
		BarrierCategory category = BarrierCategory.byCode(choice.category()).orElse(null);
		if (category == null) {
			violations.add(Violation.of("category", "known-category", "assistance.choice.category"));
		}
		Integer from = year(choice.from(), "from", 1999, violations);
		Integer to = year(choice.to(), "to", 2004, violations);
		Integer base = year(choice.base(), "base", 1999, violations);
		return AssistanceQuery.of(organisationId, measure, category, from, to, base);
	}

	private static Integer year(String text, String field, int fallback, List<Violation> violations) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			int year = Integer.parseInt(text.trim());
			if (year >= EARLIEST && year <= LATEST) {
				return year;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		violations.add(Violation.of(field, "year", "assistance.choice.year", Text.of("assistance.field." + field),
				Integer.toString(EARLIEST), Integer.toString(LATEST)));
		return fallback;
	}
}
