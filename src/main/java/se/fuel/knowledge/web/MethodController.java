package se.fuel.knowledge.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import se.fuel.audit.AuditTrail;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
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
		return form(model, new MethodForm(), null, List.of());
	}

	@PostMapping("/knowledge/methods")
	String create(@ModelAttribute("form") MethodForm form, Model model) {
		try {
			MethodView created = catalogue.create(form.input(List.of()));
			return "redirect:/knowledge/methods/" + created.id();
		}
		catch (ViolationException e) {
			return form(model, form, null, e.violations());
		}
	}

	@GetMapping("/knowledge/methods/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		identity.require(Role.OFFICER, Role.ADMIN);
		MethodView method = catalogue.method(id);
		return form(model, MethodForm.of(method), method, List.of());
	}

	@PostMapping("/knowledge/methods/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") MethodForm form, Model model) {
		identity.require(Role.OFFICER, Role.ADMIN);
		MethodView existing = catalogue.method(id);
		List<MethodTrial> trials = existing.trials();
		try {
			catalogue.update(id, form.input(trials), form.openedVersion());
			return "redirect:/knowledge/methods/" + id;
		}
		catch (ViolationException e) {
			return form(model, form, existing, e.violations());
		}
	}

	private String form(Model model, MethodForm form, MethodView existing, List<Violation> violations) {
		Map<String, se.fuel.common.Text> errors = Violation.firstPerField(violations);
		model.addAttribute("form", form);
		model.addAttribute("existing", existing);
		model.addAttribute("violations", violations);
		model.addAttribute("errors", errors);
		model.addAttribute("types", MethodType.values());
		model.addAttribute("statuses", EvidenceStatus.values());
		return "knowledge/methods/form";
	}

	private boolean officer() {
		Role role = identity.current().role();
		return role == Role.OFFICER || role == Role.ADMIN;
	}
}
