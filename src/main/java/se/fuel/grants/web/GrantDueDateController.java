package se.fuel.grants.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.common.Text;
import se.fuel.common.Versions;
import se.fuel.common.ViolationException;
import se.fuel.common.web.FormInput;
import se.fuel.grants.ReportOversight;

/** The officer's form on a grant's page that moves the report due date. */
@Controller
class GrantDueDateController {

	private static final String FORM = "dueDate";

	private final ReportOversight oversight;

	private final GrantController pages;

	GrantDueDateController(ReportOversight oversight, GrantController pages) {
		this.oversight = oversight;
		this.pages = pages;
	}

	@PostMapping("/grants/{id}/report-due-date")
	String change(@PathVariable UUID id, @RequestParam(required = false) String reportDueDate,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String version, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		var typed = new LinkedHashMap<String, String>();
		typed.put(FORM + "-reportDueDate", reportDueDate);
		typed.put(FORM + "-reason", reason);
		// Kept as opened, so that saving again is refused too until the officer has reloaded the grant.
		typed.put(FORM + "-version", version);
		// An unreadable date goes on as none: the service refuses a missing date in the same words, next to what it
		// says about the reason, so the officer sees every problem at once.
		LocalDate date = FormInput.date(reportDueDate, "reportDueDate", Text.of("grants.dueDate.date"),
				new ArrayList<>());
		try {
			oversight.changeReportDueDate(id, date, reason, Versions.fromIfMatch(version));
			redirect.addFlashAttribute("saved", "grants.saved.dueDate");
			return "redirect:/grants/" + id;
		}
		catch (ViolationException e) {
			return pages.rejected(id, FORM, e.violations(), typed, model, response);
		}
	}
}
