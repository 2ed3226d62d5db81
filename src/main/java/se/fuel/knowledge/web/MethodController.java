package se.fuel.knowledge.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import se.fuel.audit.AuditTrail;
import se.fuel.common.web.FormSubmission;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.knowledge.EvidenceStatus;
import se.fuel.knowledge.MethodCatalogue;
import se.fuel.knowledge.MethodTrial;
import se.fuel.knowledge.MethodType;
import se.fuel.knowledge.MethodView;

/** The methods catalogue's pages: list and method for everyone signed in, forms for officers. */
@Controller
class MethodController {

	private final MethodCatalogue catalogue;

	private final Identity identity;

	private final AuditTrail audit;

	MethodController(MethodCatalogue catalogue, Identity identity, AuditTrail audit) {
		this.catalogue = catalogue;
		this.identity = identity;
		this.audit = audit;
	}

	@GetMapping("/knowledge/methods")
	String list(Model model) {
		model.addAttribute("methods", catalogue.methods());
		model.addAttribute("officer", officer());
		model.addAttribute("statuses", EvidenceStatus.values());
		return "knowledge/methods/list";
	}

	@GetMapping("/knowledge/methods/{id}")
	String show(@PathVariable UUID id, Model model) {
		MethodView method = catalogue.method(id);
		boolean officer = officer();
		model.addAttribute("method", method);
		model.addAttribute("officer", officer);
		model.addAttribute("events", officer ? audit.page("KnowledgeMethod", id, 1) : List.of());
		return "knowledge/methods/show";
	}

	@GetMapping("/knowledge/methods/new")
	String newForm(Model model) {
		identity.require(Role.OFFICER, Role.ADMIN);
		return form(model, new MethodForm(), null);
	}

	@PostMapping("/knowledge/methods")
	String create(@ModelAttribute("form") MethodForm form, Model model, HttpServletResponse response) {
		return FormSubmission.submit(model, response,
				() -> "redirect:/knowledge/methods/" + catalogue.create(form.input(List.of())).id(),
				() -> form(model, form, null));
	}

	@GetMapping("/knowledge/methods/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		identity.require(Role.OFFICER, Role.ADMIN);
		MethodView method = catalogue.method(id);
		return form(model, MethodForm.of(method), method);
	}

	@PostMapping("/knowledge/methods/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") MethodForm form, Model model,
			HttpServletResponse response) {
		identity.require(Role.OFFICER, Role.ADMIN);
		MethodView existing = catalogue.method(id);
		List<MethodTrial> trials = existing.trials();
		return FormSubmission.submit(model, response, () -> {
			catalogue.update(id, form.input(trials), form.openedVersion());
			return "redirect:/knowledge/methods/" + id;
		}, () -> form(model, form, existing));
	}

	private String form(Model model, MethodForm form, MethodView existing) {
		if (!model.containsAttribute("violations")) {
			FormSubmission.show(model, List.of());
		}
		model.addAttribute("form", form);
		model.addAttribute("existing", existing);
		model.addAttribute("types", MethodType.values());
		model.addAttribute("statuses", EvidenceStatus.values());
		return "knowledge/methods/form";
	}

	private boolean officer() {
		Role role = identity.current().role();
		return role == Role.OFFICER || role == Role.ADMIN;
	}
}
