package se.fuel.decisions.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.common.web.FormSubmission;
import se.fuel.decisions.Allocations;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/** The texts the officer writes for a year's decision document (diarienummer, background, signatories...). */
@Controller
class TextsController {

	private final Allocations allocations;

	private final Identity identity;

	TextsController(Allocations allocations, Identity identity) {
		this.allocations = allocations;
		this.identity = identity;
	}

	@GetMapping("/allocation/{year}/texts")
	String show(@PathVariable int year, Model model) {
		var read = allocations.versionedTexts(year);
		TextsForm form = TextsForm.of(read.texts());
		form.setVersion(read.version());
		FormSubmission.show(model, List.of());
		return page(year, form, model);
	}

	@PostMapping("/allocation/{year}/texts")
	String save(@PathVariable int year, @ModelAttribute("form") TextsForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		var unreadable = new ArrayList<Violation>();
		try {
			var texts = form.texts(unreadable);
			if (!unreadable.isEmpty()) {
				// Asking the service first keeps the answer for a wrong role 403, not a list of input errors.
				allocations.texts(year);
				throw new ViolationException(unreadable);
			}
			allocations.changeTexts(year, texts, form.getVersion());
		}
		catch (ViolationException e) {
			return FormSubmission.rejected(model, response, onPage(e.violations()), () -> page(year, form, model));
		}
		redirect.addFlashAttribute("saved", "decisions.allocation.texts.saved");
		return "redirect:/allocation/" + year + "/texts";
	}

	private static List<Violation> onPage(List<Violation> found) {
		return found.stream().map(v -> v.at(fieldOnPage(v.field()))).toList();
	}

	private String page(int year, TextsForm form, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("form", form);
		model.addAttribute("officers", identity.usersWithRole(Role.OFFICER));
		model.addAttribute("rows", java.util.stream.IntStream.range(0, TextsForm.SIGNATORY_ROWS).boxed().toList());
		return "decisions/allocation-texts";
	}

	/** A rule about one signatory or appendix ("signatories[1].name") is shown at its group of fields. */
	static String fieldOnPage(String field) {
		if (field == null) {
			return "registrationNumber";
		}
		for (String group : List.of("signatories", "appendices")) {
			if (field.startsWith(group)) {
				return group;
			}
		}
		return field;
	}
}
