package se.fuel.calls.web;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.calls.CallInput;
import se.fuel.calls.CallStatus;
import se.fuel.calls.CallView;
import se.fuel.calls.CallAdministration;
import se.fuel.calls.Programmes;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.common.web.FormSubmission;
import se.fuel.identity.Identity;

@Controller
class CallController {

	/** The form's fields top to bottom, so that the error summary lists problems in the order the officer meets them. */
	private static final List<String> FIELD_ORDER = List.of("programmeCode", "year", "title", "description", "budget",
			"opensAt", "closesAt", "maxAmountPerApplication", "maxGrantsPerOrganisation", "capGroup",
			"longestPeriodMonths", "mainCriteria", "priorityAreas", "requiredSections", "wordLimits", "reportDueDate",
			"repaymentNoticeDate", "registrationPrefix");

	private final CallAdministration calls;

	private final Programmes programmes;

	private final Identity identity;

	private final Clock clock;

	CallController(CallAdministration calls, Programmes programmes, Identity identity, Clock clock) {
		this.calls = calls;
		this.programmes = programmes;
		this.identity = identity;
		this.clock = clock;
	}

	@ModelAttribute("fmt")
	CallFormat format() {
		return new CallFormat(clock.instant());
	}

	@GetMapping("/calls")
	String list(Model model) {
		Instant now = clock.instant();
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
		FormSubmission.show(model, List.of());
		return form(model, CallForm.blank(Year.now(clock).getValue() + 1), null);
	}

	@PostMapping("/calls")
	String processCreate(@ModelAttribute("form") CallForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		calls.requireOfficer();
		return FormSubmission.submit(model, response, () -> {
			CallView created = calls.create(readable(form));
			redirect.addFlashAttribute("saved", "calls.saved.created");
			return "redirect:/calls/" + created.id();
		}, () -> form(model, form, null));
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
		FormSubmission.show(model, List.of());
		return form(model, form, call.call());
	}

	@PostMapping("/calls/{id}")
	String processUpdate(@PathVariable UUID id, @ModelAttribute("form") CallForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		calls.requireOfficer();
		CallView existing = calls.visible(id);
		return FormSubmission.submit(model, response, () -> {
			calls.update(id, readable(form), form.getVersion());
			redirect.addFlashAttribute("saved", "calls.saved.updated");
			return "redirect:/calls/" + id;
		}, () -> form(model, form, existing));
	}

	@PostMapping("/calls/{id}/publish")
	String publish(@PathVariable UUID id, @RequestParam boolean published, RedirectAttributes redirect) {
		calls.publish(id, published);
		redirect.addFlashAttribute("saved", published ? "calls.saved.published" : "calls.saved.unpublished");
		return "redirect:/calls/" + id;
	}

	/**
	 * The input, or every problem with it at once in the form's order: what could not be read, and the rules broken
	 * by the rest, each field reported once (what could not be read wins).
	 */
	private CallInput readable(CallForm form) {
		var unreadable = new ArrayList<Violation>();
		CallInput input = form.toInput(unreadable);
		Set<String> fields = unreadable.stream().map(Violation::field).collect(Collectors.toSet());
		var all = new ArrayList<>(unreadable);
		calls.check(input).stream().filter(v -> !fields.contains(v.field())).forEach(all::add);
		if (!all.isEmpty()) {
			all.sort(Comparator.comparingInt(CallController::position));
			throw new ViolationException(all);
		}
		return input;
	}

	/** A word limit's field, {@code wordLimits.problem}, stands where the word limits are. */
	private static int position(Violation v) {
		String field = v.field() == null ? "" : v.field();
		int dot = field.indexOf('.');
		int i = FIELD_ORDER.indexOf(dot < 0 ? field : field.substring(0, dot));
		return i < 0 ? FIELD_ORDER.size() : i;
	}

	private String form(Model model, CallForm form, CallView existing) {
		model.addAttribute("form", form);
		model.addAttribute("existing", existing);
		model.addAttribute("programmes", programmes.all());
		return "calls/form";
	}

	private static List<CallView> byStatus(List<CallView> calls, Instant now, CallStatus status) {
		return calls.stream().filter(c -> c.statusAt(now) == status).toList();
	}
}
