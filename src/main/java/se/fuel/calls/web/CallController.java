package se.fuel.calls.web;

import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.calls.CallStatus;
import se.fuel.calls.CallView;
import se.fuel.calls.domain.CallInput;
import se.fuel.calls.internal.CallService;
import se.fuel.calls.internal.ProgrammeService;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.Identity;

@Controller
class CallController {

	private final CallService calls;

	private final ProgrammeService programmes;

	private final Identity identity;

	CallController(CallService calls, ProgrammeService programmes, Identity identity) {
		this.calls = calls;
		this.programmes = programmes;
		this.identity = identity;
	}

	@ModelAttribute("fmt")
	CallFormat format() {
		return new CallFormat(Instant.now());
	}

	@GetMapping("/calls")
	String list(Model model) {
		Instant now = Instant.now();
		var visible = calls.visible();
		model.addAttribute("open", byStatus(visible, now, CallStatus.OPEN));
		model.addAttribute("upcoming", byStatus(visible, now, CallStatus.UPCOMING));
		model.addAttribute("officer", identity.current().isOfficer());
		model.addAttribute("allCalls", visible);
		return "calls/list";
	}

	@GetMapping("/calls/new")
	String initCreate(Model model) {
		calls.requireOfficer();
		return form(model, CallForm.blank(Year.now(SwedishFormat.ZONE).getValue() + 1), null, List.of());
	}

	@PostMapping("/calls")
	String processCreate(@ModelAttribute("form") CallForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		calls.requireOfficer();
		var errors = new ArrayList<Violation>();
		CallInput input = form.toInput(errors);
		try {
			throwIfAny(errors, input);
			CallView created = calls.create(input);
			redirect.addFlashAttribute("saved", "calls.saved.created");
			return "redirect:/calls/" + created.id();
		}
		catch (ViolationException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null, e.violations());
		}
	}

	@GetMapping("/calls/{id}")
	String show(@PathVariable UUID id, Model model) {
		CallView call = calls.visible(id);
		boolean officer = identity.current().isOfficer();
		model.addAttribute("call", call);
		model.addAttribute("officer", officer);
		model.addAttribute("events", officer ? calls.history(id) : List.of());
		return "calls/show";
	}

	@GetMapping("/calls/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		calls.requireOfficer();
		var call = calls.visibleVersioned(id);
		CallForm form = CallForm.of(call.call());
		form.setVersion(call.version());
		return form(model, form, call.call(), List.of());
	}

	@PostMapping("/calls/{id}")
	String processUpdate(@PathVariable UUID id, @ModelAttribute("form") CallForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		calls.requireOfficer();
		CallView existing = calls.visible(id);
		var errors = new ArrayList<Violation>();
		CallInput input = form.toInput(errors);
		try {
			throwIfAny(errors, input);
			calls.update(id, input, form.getVersion());
			redirect.addFlashAttribute("saved", "calls.saved.updated");
			return "redirect:/calls/" + id;
		}
		catch (ViolationException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, existing, e.violations());
		}
	}

	@PostMapping("/calls/{id}/publish")
	String publish(@PathVariable UUID id, @RequestParam boolean published, RedirectAttributes redirect) {
		calls.publish(id, published);
		redirect.addFlashAttribute("saved", published ? "calls.saved.published" : "calls.saved.unpublished");
		return "redirect:/calls/" + id;
	}

	/** Parse errors and rule violations together, each field reported once: what could not be read wins. */
	private void throwIfAny(List<Violation> parseErrors, CallInput input) {
		Set<String> unreadable = parseErrors.stream().map(Violation::field).collect(Collectors.toSet());
		var all = new ArrayList<>(parseErrors);
		calls.check(input).stream().filter(v -> !unreadable.contains(v.field())).forEach(all::add);
		if (!all.isEmpty()) {
			throw new ViolationException(all);
		}
	}

	/** The form's fields top to bottom, so that the error summary lists problems in the order the officer meets them. */
	private static final List<String> FIELD_ORDER = List.of("programmeCode", "year", "title", "description", "budget",
			"opensAt", "closesAt", "maxAmountPerApplication", "maxGrantsPerOrganisation", "capGroup",
			"longestPeriodMonths", "mainCriteria", "priorityAreas", "requiredSections", "wordLimits", "reportDueDate",
			"repaymentNoticeDate", "registrationPrefix");

	private static int position(Violation v) {
		String field = v.field() == null ? "" : v.field();
		int dot = field.indexOf('.');
		int i = FIELD_ORDER.indexOf(dot < 0 ? field : field.substring(0, dot));
		return i < 0 ? FIELD_ORDER.size() : i;
	}

	private String form(Model model, CallForm form, CallView existing, List<Violation> unordered) {
		var violations = unordered.stream().sorted(java.util.Comparator.comparingInt(CallController::position)).toList();
		Map<String, String> errors = new LinkedHashMap<>();
		violations.forEach(v -> errors.merge(v.field(), v.message().toString(), (a, b) -> a + " " + b));
		model.addAttribute("form", form);
		model.addAttribute("existing", existing);
		model.addAttribute("programmes", programmes.all());
		model.addAttribute("violations", violations);
		model.addAttribute("errors", errors);
		return "calls/form";
	}

	private static List<CallView> byStatus(List<CallView> calls, Instant now, CallStatus status) {
		return calls.stream().filter(c -> c.statusAt(now) == status).toList();
	}
}
