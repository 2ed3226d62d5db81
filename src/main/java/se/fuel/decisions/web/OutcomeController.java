package se.fuel.decisions.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.fuel.decisions.Outcomes;

/**
 * What the committee decided on an organisation's applications: the applicant's "Beslut" page, and the panel the
 * application page loads with htmx, so that applications need not know of decisions.
 */
@Controller
class OutcomeController {

	private final Outcomes outcomes;

	OutcomeController(Outcomes outcomes) {
		this.outcomes = outcomes;
	}

	@GetMapping("/decisions/outcomes")
	String mine(Model model) {
		model.addAttribute("outcomes", outcomes.mine());
		return "decisions/outcomes";
	}

	@GetMapping("/decisions/outcomes/{applicationId}/panel")
	String panel(@PathVariable UUID applicationId, Model model) {
		model.addAttribute("outcome", outcomes.of(applicationId).orElse(null));
		return "decisions/partials/outcome :: panel";
	}
}
