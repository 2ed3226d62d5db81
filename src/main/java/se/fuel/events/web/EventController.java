package se.fuel.events.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.audit.AuditTrail;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.web.FormInput;
import se.fuel.common.web.FormSubmission;
import se.fuel.events.CompetenceEvents;
import se.fuel.events.EventInput;
import se.fuel.events.EventKind;
import se.fuel.events.EventView;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.organisations.Organisations;

/** Competence-development pages: list, overview and event for everyone signed in; forms and imports for officers. */
@Controller
class EventController {

	private final CompetenceEvents events;

	private final Identity identity;

	private final Organisations organisations;

	private final AuditTrail audit;

	private final MessageSource messages;

	EventController(CompetenceEvents events, Identity identity, Organisations organisations, AuditTrail audit,
			MessageSource messages) {
		this.events = events;
		this.identity = identity;
		this.organisations = organisations;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/events")
	String list(Model model) {
		model.addAttribute("events", events.events());
		model.addAttribute("officer", officer());
		return "events/list";
	}

	@GetMapping("/events/overview")
	String overview(@RequestParam(defaultValue = "false") boolean today, Model model, Locale locale) {
		var overview = events.overview(today);
		model.addAttribute("overview", overview);
		model.addAttribute("chart",
				overview.byYearAndKind().isEmpty() ? null : ParticipantChart.svg(overview, texts(locale)));
		model.addAttribute("today", today);
		return "events/overview";
	}

	@GetMapping("/events/overview.csv")
	void overviewCsv(@RequestParam(defaultValue = "false") boolean today, HttpServletResponse response,
			Locale locale) throws IOException {
		byte[] csv = new OverviewExport(texts(locale)).csv(events.overview(today)).getBytes(StandardCharsets.UTF_8);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kompetensutveckling.csv\"");
		response.getOutputStream().write(csv);
	}

	@GetMapping("/events/overview.xlsx")
	void overviewXlsx(@RequestParam(defaultValue = "false") boolean today, HttpServletResponse response,
			Locale locale) throws IOException {
		var overview = events.overview(today);
		response.setContentType(OverviewExport.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kompetensutveckling.xlsx\"");
		new OverviewExport(texts(locale)).xlsx(overview, response.getOutputStream());
	}

	@GetMapping("/events/{id}")
	String show(@PathVariable UUID id, Model model) {
		return page(events.event(id), model, null);
	}

	@GetMapping("/events/{id}/evaluation.csv")
	void evaluationCsv(@PathVariable UUID id, HttpServletResponse response, Locale locale) throws IOException {
		EventView event = events.event(id);
		byte[] csv = new EvaluationExport(texts(locale)).csv(event).getBytes(StandardCharsets.UTF_8);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"" + EvaluationExport.filename(event, "csv") + "\"");
		response.getOutputStream().write(csv);
	}

	@GetMapping("/events/{id}/evaluation.xlsx")
	void evaluationXlsx(@PathVariable UUID id, HttpServletResponse response, Locale locale) throws IOException {
		EventView event = events.event(id);
		response.setContentType(OverviewExport.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"" + EvaluationExport.filename(event, "xlsx") + "\"");
		new EvaluationExport(texts(locale)).xlsx(event, response.getOutputStream());
	}

	@GetMapping("/events/new")
	String newForm(Model model) {
		identity.require(Role.OFFICER, Role.ADMIN);
		FormSubmission.show(model, List.of());
		return form(model, new EventForm(), null);
	}

	@PostMapping("/events")
	String create(@ModelAttribute("form") EventForm form, Model model, HttpServletResponse response) {
		identity.require(Role.OFFICER, Role.ADMIN);
		List<Violation> unreadable = new ArrayList<>();
		EventInput input = form.input(unreadable);
		if (!unreadable.isEmpty()) {
			return FormSubmission.rejected(model, response, unreadable, () -> form(model, form, null));
		}
		return FormSubmission.submit(model, response, () -> "redirect:/events/" + events.register(input).id(),
				() -> form(model, form, null));
	}

	@GetMapping("/events/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		identity.require(Role.OFFICER, Role.ADMIN);
		EventView event = events.event(id);
		FormSubmission.show(model, List.of());
		return form(model, EventForm.of(event), event);
	}

	@PostMapping("/events/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") EventForm form, Model model,
			HttpServletResponse response) {
		identity.require(Role.OFFICER, Role.ADMIN);
		EventView existing = events.event(id);
		List<Violation> unreadable = new ArrayList<>();
		EventInput input = form.input(unreadable);
		if (!unreadable.isEmpty()) {
			return FormSubmission.rejected(model, response, unreadable, () -> form(model, form, existing));
		}
		return FormSubmission.submit(model, response, () -> {
			events.update(id, input, form.openedVersion());
			return "redirect:/events/" + id;
		}, () -> form(model, form, existing));
	}

	@PostMapping("/events/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		EventView event = events.event(id);
		events.delete(id);
		redirect.addFlashAttribute("deleted", event.title());
		return "redirect:/events";
	}

	static final long MAX_RATINGS_BYTES = 10L * 1024 * 1024;

	@PostMapping("/events/{id}/ratings/import")
	String importRatings(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		identity.require(Role.OFFICER, Role.ADMIN);
		if (file == null || file.isEmpty()) {
			return FormSubmission.rejected(model, response,
					List.of(Violation.of("file", "required", "events.rule.ratings.fileRequired")),
					() -> page(events.event(id), model, null));
		}
		// Read into memory: its own limit, whatever the server lets through for the statistics import.
		if (file.getSize() > MAX_RATINGS_BYTES) {
			return FormSubmission.rejected(model, response,
					List.of(Violation.of("file", "max-size", "events.rule.ratings.fileSize")),
					() -> page(events.event(id), model, null));
		}
		byte[] csv = file.getBytes();
		return FormSubmission.submit(model, response, () -> {
			var summary = events.importRatings(id, csv);
			redirect.addFlashAttribute("imported", summary.responses());
			return "redirect:/events/" + id;
		}, () -> page(events.event(id), model, null));
	}

	@PostMapping("/events/{id}/ratings")
	String enterRatings(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		identity.require(Role.OFFICER, Role.ADMIN);
		List<Violation> unreadable = new ArrayList<>();
		Map<Integer, Integer> counts = new LinkedHashMap<>();
		Map<String, String> typed = new LinkedHashMap<>();
		for (int rating = 1; rating <= 10; rating++) {
			String value = params.get("rating-" + rating);
			typed.put("rating-" + rating, value);
			Integer n = FormInput.integer(value, "rating-" + rating, Text.of("events.label.ratingCount", rating),
					unreadable);
			counts.put(rating, n == null ? 0 : n);
		}
		if (!unreadable.isEmpty()) {
			return FormSubmission.rejected(model, response, unreadable, () -> page(events.event(id), model, typed));
		}
		return FormSubmission.submit(model, response, () -> {
			var summary = events.enterRatings(id, counts);
			redirect.addFlashAttribute("imported", summary.responses());
			return "redirect:/events/" + id;
		}, () -> page(events.event(id), model, typed));
	}

	private EventTexts texts(Locale locale) {
		return new EventTexts(messages, locale);
	}

	/** The event's page; a refused ratings form has put its violations in the model first. */
	private String page(EventView event, Model model, Map<String, String> typed) {
		boolean officer = officer();
		if (!model.containsAttribute("violations")) {
			FormSubmission.show(model, List.of());
		}
		model.addAttribute("event", event);
		model.addAttribute("officer", officer);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("chart", RatingChart.of(event.evaluation(), texts(locale)));
		model.addAttribute("mean", RatingChart.decimal(event.evaluation().mean(), locale));
		model.addAttribute("atLeastEight", RatingChart.percent(event.evaluation().shareAtLeastEight(), locale));
		model.addAttribute("ten", RatingChart.percent(event.evaluation().shareTen(), locale));
		Map<String, String> ratings = new LinkedHashMap<>();
		for (var c : event.evaluation().distribution()) {
			String key = "rating-" + c.rating();
			ratings.put(key, typed != null ? typed.get(key) : String.valueOf(c.responses()));
		}
		model.addAttribute("typed", ratings);
		model.addAttribute("events", officer ? audit.page(CompetenceEvents.AUDIT_TYPE, event.id(), 1) : List.of());
		return "events/show";
	}

	private String form(Model model, EventForm form, EventView existing) {
		model.addAttribute("form", form);
		model.addAttribute("existing", existing);
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("organisations", organisations.all());
		return "events/form";
	}

	private boolean officer() {
		return identity.current().isOfficer();
	}
}
