package se.fuel.decisions.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import se.fuel.assessment.Council;
import se.fuel.assessment.CouncilScores;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.common.web.FormInput;
import se.fuel.common.web.FormSubmission;
import se.fuel.decisions.AllocationLine;
import se.fuel.decisions.AllocationView;
import se.fuel.decisions.Allocations;
import se.fuel.decisions.DecisionDocuments;
import se.fuel.decisions.ProgrammeTotal;

/**
 * The officers' allocation workbench (fördelning) of a year: amounts change in place with htmx, and without
 * JavaScript every change is a plain form post that comes back to the page.
 */
@Controller
class AllocationController {

	static final String WORKBENCH = "decisions/partials/workbench :: response";

	private final Allocations allocations;

	private final DecisionDocuments documents;

	private final MessageSource messages;

	private final Council council;

	AllocationController(Allocations allocations, DecisionDocuments documents, MessageSource messages,
			Council council) {
		this.council = council;
		this.messages = messages;
		this.allocations = allocations;
		this.documents = documents;
	}

	/** One call's table on the workbench: its totals and its applications. */
	record ProgrammeTable(ProgrammeTotal total, List<AllocationLine> lines) {
	}

	@GetMapping("/allocation")
	String newest() {
		List<Integer> years = allocations.years();
		if (years.isEmpty()) {
			return "redirect:/";
		}
		int chosen = years.stream()
			.filter(y -> !allocations.allocation(y).lines().isEmpty())
			.findFirst()
			.orElse(years.get(0));
		return "redirect:/allocation/" + chosen;
	}

	@GetMapping("/allocation/{year}")
	String page(@PathVariable int year, Model model) {
		return page(allocations.allocation(year), new Feedback(), model);
	}

	@PostMapping("/allocation/{year}/lines/{applicationId}")
	String change(@PathVariable int year, @PathVariable UUID applicationId,
			@RequestParam(defaultValue = "") String amount, @RequestParam(required = false) Long version,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response) {
		var feedback = new Feedback();
		AllocationView view;
		try {
			view = allocations.changeAmount(year, applicationId, parse(amount), version);
		}
		catch (ViolationException e) {
			view = allocations.allocation(year);
			feedback.refused(applicationId, amount, line(view, applicationId), e.violations());
		}
		return answer(year, applicationId, view, feedback, htmx, model, response);
	}

	@PostMapping("/allocation/{year}/lines/{applicationId}/reset")
	String reset(@PathVariable int year, @PathVariable UUID applicationId,
			@RequestParam(required = false) Long version,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response) {
		var feedback = new Feedback();
		AllocationView view;
		try {
			view = allocations.resetAmount(year, applicationId, version);
		}
		catch (ViolationException e) {
			view = allocations.allocation(year);
			feedback.refused(applicationId, null, line(view, applicationId), e.violations());
		}
		return answer(year, applicationId, view, feedback, htmx, model, response);
	}

	@PostMapping("/allocation/{year}/finalise")
	String finalise(@PathVariable int year, Model model, HttpServletResponse response) {
		try {
			return "redirect:/decisions/documents/" + allocations.finalise(year).id();
		}
		catch (ViolationException e) {
			var feedback = new Feedback();
			feedback.summary.addAll(e.violations().stream().map(v -> v.at(onPage(v.field()))).toList());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(allocations.allocation(year), feedback, model);
		}
	}

	@GetMapping("/allocation/{year}.xlsx")
	void xlsx(@PathVariable int year, HttpServletResponse response, Locale locale) throws IOException {
		AllocationView view = allocations.allocation(year);
		response.setContentType(AllocationWorkbook.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, AllocationWorkbook.disposition(year));
		AllocationWorkbook.write(view, messages, locale, response.getOutputStream());
	}

	private String answer(int year, UUID applicationId, AllocationView view, Feedback feedback, String htmx,
			Model model, HttpServletResponse response) {
		if (htmx != null) {
			// Screen readers hear what changed: the page keeps a live region that the answer fills out of band.
			AllocationLine line = line(view, applicationId);
			model.addAttribute("changedLine", line);
			model.addAttribute("changedTotal", line == null ? null : view.programmes().stream()
				.filter(p -> p.callId().equals(line.callId())).findFirst().orElse(null));
			// htmx swaps only successful answers, so a refused amount comes back as 200 with its message inline.
			fill(view, feedback, model);
			return WORKBENCH;
		}
		if (feedback.summary.isEmpty()) {
			return "redirect:/allocation/" + year;
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(view, feedback, model);
	}

	private String page(AllocationView view, Feedback feedback, Model model) {
		fill(view, feedback, model);
		model.addAttribute("years", allocations.years());
		model.addAttribute("document", view.currentVersion() == null ? null
				: documents.current(view.year()).map(d -> d.id()).orElse(null));
		return "decisions/allocation";
	}

	private void fill(AllocationView view, Feedback feedback, Model model) {
		var tables = new ArrayList<ProgrammeTable>();
		var scores = new LinkedHashMap<UUID, CouncilScores>();
		for (ProgrammeTotal total : view.programmes()) {
			tables.add(new ProgrammeTable(total,
					view.lines().stream().filter(l -> l.callId().equals(total.callId())).toList()));
			scores.putAll(council.scoresOfCall(total.callId()));
		}
		model.addAttribute("councilScores", scores);
		model.addAttribute("allocation", view);
		model.addAttribute("tables", tables);
		model.addAttribute("budgetTotal", view.programmes().stream().mapToLong(ProgrammeTotal::budget).sum());
		FormSubmission.show(model, feedback.summary);
		model.addAttribute("lineErrors", feedback.lineErrors);
		model.addAttribute("typed", feedback.typed);
	}

	/** The whole-kronor amount as typed; refused when it is blank or not whole kronor. */
	static long parse(String typed) {
		var unreadable = new ArrayList<Violation>();
		Long amount = FormInput.kronor(typed, "amount", Text.of("decisions.allocation.amount"), unreadable);
		if (amount == null && unreadable.isEmpty()) {
			unreadable.add(Violation.of("amount", "whole-kronor", "decisions.allocation.amountRequired"));
		}
		if (!unreadable.isEmpty()) {
			throw new ViolationException(unreadable);
		}
		return amount;
	}

	/** What stands in the way of finalising links to its line, total or organisation; anything else to the button. */
	private static String onPage(String field) {
		return field != null && (field.startsWith("line-") || field.startsWith("total-")
				|| field.startsWith("organisation-")) ? field : "finalise";
	}

	private static AllocationLine line(AllocationView view, UUID applicationId) {
		return view.lines().stream().filter(l -> l.applicationId().equals(applicationId)).findFirst().orElse(null);
	}

	/** What the page says back after a refused change: a summary and a message at the line, with what was typed. */
	static final class Feedback {

		final List<Violation> summary = new ArrayList<>();

		final Map<UUID, List<Text>> lineErrors = new LinkedHashMap<>();

		final Map<UUID, String> typed = new LinkedHashMap<>();

		void refused(UUID applicationId, String typedAmount, AllocationLine line, List<Violation> violations) {
			for (Violation v : violations) {
				lineErrors.computeIfAbsent(applicationId, id -> new ArrayList<>()).add(v.message());
				// The summary names the line unless the message already does.
				Text message = line == null || v.message().arguments().contains(line.registrationNumber())
						? v.message()
						: Text.of("decisions.allocation.lineRefused", line.registrationNumber(), line.title(),
								v.message());
				summary.add(new Violation("amount-" + applicationId, v.rule(), message));
			}
			if (typedAmount != null) {
				typed.put(applicationId, typedAmount);
			}
		}
	}
}
