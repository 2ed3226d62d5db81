package se.fuel.knowledge.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.common.web.FormSubmission;
import se.fuel.knowledge.KnowledgeSubscriptions;
import se.fuel.knowledge.SubscriptionKind;

/** "Mina bevakningar": the signed-in user's subscriptions, and the subscribe buttons of the search and item pages. */
@Controller
@RequestMapping("/knowledge/subscriptions")
class SubscriptionController {

	private final KnowledgeSubscriptions subscriptions;

	SubscriptionController(KnowledgeSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@GetMapping
	String list(Model model) {
		return page(model);
	}

	@PostMapping
	String subscribe(@RequestParam(required = false) SubscriptionKind kind,
			@RequestParam(defaultValue = "") String value, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return FormSubmission.submit(model, response, () -> {
			var subscription = subscriptions.subscribe(kind, value);
			redirect.addFlashAttribute("subscribed", subscription.description());
			return "redirect:/knowledge/subscriptions";
		}, () -> page(model));
	}

	@PostMapping("/{id}/delete")
	String unsubscribe(@PathVariable UUID id, RedirectAttributes redirect) {
		subscriptions.unsubscribe(id);
		redirect.addFlashAttribute("removed", true);
		return "redirect:/knowledge/subscriptions";
	}

	private String page(Model model) {
		if (!model.containsAttribute("violations")) {
			FormSubmission.show(model, List.of());
		}
		model.addAttribute("subscriptions", subscriptions.mine());
		return "knowledge/subscriptions";
	}
}
