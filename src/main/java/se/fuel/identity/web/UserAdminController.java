package se.fuel.identity.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.common.web.FormSubmission;
import se.fuel.identity.Role;
import se.fuel.identity.UserAdministration;

@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserAdministration administration;

	UserAdminController(UserAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", administration.list());
		return "identity/users";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("user", administration.get(id));
		model.addAttribute("events", administration.events(id));
		return "identity/user";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		FormSubmission.show(model, List.of());
		return form(model, UserForm.empty(), null);
	}

	@PostMapping
	String processCreationForm(@ModelAttribute UserForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		var violations = UserForm.newViolations();
		return FormSubmission.submit(model, response, () -> {
			var created = administration.create(form.toNewUser(violations), violations);
			redirect.addFlashAttribute("saved", "identity.users.created");
			return "redirect:/admin/users/" + created.id();
		}, () -> form(model, form.withoutPassword(), null));
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		FormSubmission.show(model, List.of());
		return form(model, UserForm.of(administration.get(id)), id);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable UUID id, @ModelAttribute UserForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		var violations = UserForm.newViolations();
		return FormSubmission.submit(model, response, () -> {
			administration.update(id, form.toChange(violations), violations, form.openedVersion());
			redirect.addFlashAttribute("saved", "identity.users.updated");
			return "redirect:/admin/users/" + id;
		}, () -> {
			var current = administration.get(id);
			var kept = new UserForm(current.username(), form.displayName(), form.email(), form.phone(), form.role(),
					form.organisationId(), form.isEnabled(), "", form.title(), form.version());
			return form(model, kept, id);
		});
	}

	@GetMapping("/{id}/password")
	String initPasswordForm(@PathVariable UUID id, Model model) {
		FormSubmission.show(model, List.of());
		return passwordForm(model, id);
	}

	@PostMapping("/{id}/password")
	String processPasswordForm(@PathVariable UUID id, @RequestParam(defaultValue = "") String password, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.submit(model, response, () -> {
			administration.resetPassword(id, password);
			redirect.addFlashAttribute("saved", "identity.users.passwordReset");
			return "redirect:/admin/users/" + id;
		}, () -> passwordForm(model, id));
	}

	private String passwordForm(Model model, UUID id) {
		model.addAttribute("user", administration.get(id));
		return "identity/user-password";
	}

	private String form(Model model, UserForm form, UUID id) {
		model.addAttribute("form", form);
		model.addAttribute("id", id);
		model.addAttribute("roles", Role.values());
		var choices = new ArrayList<Choice>();
		administration.organisationChoices().forEach(o -> choices.add(new Choice(o.id().toString(), o.name())));
		if (id != null && choices.stream().noneMatch(c -> c.id().equals(form.organisationId()))) {
			// A user of an organisation that has since ended keeps it until the administrator picks another.
			var current = administration.get(id);
			choices.add(0, new Choice(current.organisationId().toString(), current.organisationName()));
		}
		model.addAttribute("organisations", choices);
		return "identity/user-form";
	}

	/** An organisation to pick in the form. */
	record Choice(String id, String name) {
	}
}
