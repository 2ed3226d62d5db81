package se.fuel.organisations.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.common.web.FormSubmission;
import se.fuel.organisations.OrganisationKind;
import se.fuel.organisations.Succession;
import se.fuel.organisations.OrganisationManagement;

@Controller
@RequestMapping("/organisations")
class OrganisationController {

	private final OrganisationManagement management;

	OrganisationController(OrganisationManagement management) {
		this.management = management;
	}

	@GetMapping
	String list(@RequestParam(name = "visa", defaultValue = "all") String show, Model model) {
		var filter = OrganisationManagement.Filter.parse(show);
		model.addAttribute("filter", filter.name());
		model.addAttribute("rows", management.overview(filter));
		return "organisations/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("details", management.details(id));
		return "organisations/detail";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		FormSubmission.show(model, List.of());
		return form(model, OrganisationForm.empty(), null);
	}

	@PostMapping
	String processCreationForm(@ModelAttribute OrganisationForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		var parsed = form.parse();
		return FormSubmission.submit(model, response, () -> {
			var created = management.create(parsed.input(), parsed.violations());
			redirect.addFlashAttribute("saved", "organisations.saved");
			return "redirect:/organisations/" + created.organisation().id();
		}, () -> form(model, form, null));
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		FormSubmission.show(model, List.of());
		return form(model, OrganisationForm.of(management.forEditing(id)), id);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable UUID id, @ModelAttribute OrganisationForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		var parsed = form.parse();
		return FormSubmission.submit(model, response, () -> {
			management.update(id, parsed.input(), parsed.violations(), form.openedVersion());
			redirect.addFlashAttribute("saved", "organisations.saved");
			return "redirect:/organisations/" + id;
		}, () -> form(model, form, id));
	}

	private String form(Model model, OrganisationForm form, UUID id) {
		model.addAttribute("form", form);
		model.addAttribute("id", id);
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("successions", Succession.values());
		model.addAttribute("choices", management.choices().stream().filter(o -> !o.id().equals(id)).toList());
		return "organisations/form";
	}
}
