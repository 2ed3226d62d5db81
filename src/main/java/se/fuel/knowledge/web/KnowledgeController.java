package se.fuel.knowledge.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.audit.AuditTrail;
import se.fuel.common.Violation;
import se.fuel.common.web.FormSubmission;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.knowledge.ImplementationStatus;
import se.fuel.knowledge.KnowledgeBank;
import se.fuel.knowledge.KnowledgeItemView;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.KnowledgeReportDrafts;
import se.fuel.organisations.Organisations;

/** The knowledge bank's pages: the list of published items, an item, officers' drafts, the edit form, publishing. */
@Controller
@RequestMapping("/knowledge")
class KnowledgeController {

	static final String AUDIT_TYPE = "KnowledgeItem";


	private final KnowledgeBank bank;

	private final Identity identity;

	private final Organisations organisations;

	private final AuditTrail audit;

	private final KnowledgeReportDrafts reportDrafts;

	KnowledgeController(KnowledgeBank bank, Identity identity, Organisations organisations, AuditTrail audit,
			KnowledgeReportDrafts reportDrafts) {
		this.reportDrafts = reportDrafts;
		this.bank = bank;
		this.identity = identity;
		this.organisations = organisations;
		this.audit = audit;
	}

	// GET /knowledge is the search page (KnowledgeSearchController).

	@GetMapping("/drafts")
	String drafts(Model model) {
		model.addAttribute("items", bank.drafts());
		model.addAttribute("waiting", reportDrafts.waiting());
		return "knowledge/drafts";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		return page(bank.item(id), model);
	}

	/** The item page, with the violations that stopped publishing or an upload in its error summary if any. */
	String page(KnowledgeItemView item, Model model) {
		if (!model.containsAttribute("violations")) {
			FormSubmission.show(model, List.of());
		}
		model.addAttribute("item", item);
		boolean editor = identity.current().is(Role.OFFICER, Role.ADMIN);
		model.addAttribute("editor", editor);
		if (editor) {
			model.addAttribute("versions", bank.versions(item.id()));
			model.addAttribute("events", audit.page(AUDIT_TYPE, item.id(), 1));
			model.addAttribute("reportDraft", reportDrafts.of(item.id()).orElse(null));
		}
		return "knowledge/show";
	}

	@GetMapping("/new")
	String creationForm(Model model) {
		identity.require(Role.OFFICER, Role.ADMIN);
		return form(null, KnowledgeForm.empty(), model);
	}

	@PostMapping
	String create(@ModelAttribute KnowledgeForm form, Model model, HttpServletResponse response) {
		List<Violation> violations = new ArrayList<>();
		var input = form.input(violations);
		if (!violations.isEmpty()) {
			identity.require(Role.OFFICER, Role.ADMIN);
			return FormSubmission.rejected(model, response, violations, () -> form(null, form, model));
		}
		return FormSubmission.submit(model, response, () -> "redirect:/knowledge/" + bank.create(input).id(),
				() -> form(null, form, model));
	}

	@GetMapping("/{id}/edit")
	String updateForm(@PathVariable UUID id, Model model) {
		identity.require(Role.OFFICER, Role.ADMIN);
		return form(id, KnowledgeForm.of(bank.item(id)), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute KnowledgeForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		List<Violation> violations = new ArrayList<>();
		var input = form.input(violations);
		if (!violations.isEmpty()) {
			identity.require(Role.OFFICER, Role.ADMIN);
			bank.item(id);
			return FormSubmission.rejected(model, response, violations, () -> form(id, form, model));
		}
		return FormSubmission.submit(model, response, () -> {
			bank.update(id, input, form.openedVersion());
			redirect.addFlashAttribute("saved", "knowledge.saved.updated");
			return "redirect:/knowledge/" + id;
		}, () -> form(id, form, model));
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.submit(model, response, () -> {
			bank.publish(id);
			redirect.addFlashAttribute("saved", "knowledge.saved.published");
			return "redirect:/knowledge/" + id;
		}, () -> page(bank.item(id), model));
	}

	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.submit(model, response, () -> {
			bank.unpublish(id);
			redirect.addFlashAttribute("saved", "knowledge.saved.unpublished");
			return "redirect:/knowledge/" + id;
		}, () -> page(bank.item(id), model));
	}

	private String form(UUID id, KnowledgeForm form, Model model) {
		if (!model.containsAttribute("violations")) {
			FormSubmission.show(model, List.of());
		}
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("kinds", KnowledgeKind.values());
		model.addAttribute("statuses", ImplementationStatus.values());
		// A retired area is offered no more, but an item that has it keeps it (and shows it as retired).
		List<se.fuel.knowledge.KnowledgeArea> areas = new ArrayList<>(bank.areas());
		java.util.Set<String> retired = new java.util.HashSet<>();
		if (id != null) {
			for (var area : bank.item(id).areas()) {
				if (areas.stream().noneMatch(a -> a.code().equals(area.code()))) {
					areas.add(area);
					retired.add(area.code());
				}
			}
		}
		model.addAttribute("areas", areas);
		model.addAttribute("retiredAreas", retired);
		model.addAttribute("organisations", organisations.all());
		return "knowledge/form";
	}
}
