package se.fuel.identity.web;

import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
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
		return form(model, UserForm.empty(), null, List.of());
	}

	@PostMapping
	String processCreationForm(@ModelAttribute UserForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		var violations = UserForm.newViolations();
		try {
			var created = administration.create(form.toNewUser(violations), violations);
			redirect.addFlashAttribute("saved", "identity.users.created");
			return "redirect:/admin/users/" + created.id();
		}
		catch (ViolationException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form.withoutPassword(), null, e.violations());
		}
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		return form(model, UserForm.of(administration.get(id)), id, List.of());
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable UUID id, @ModelAttribute UserForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		var violations = UserForm.newViolations();
		try {
			administration.update(id, form.toChange(violations), violations, form.openedVersion());
			redirect.addFlashAttribute("saved", "identity.users.updated");
			return "redirect:/admin/users/" + id;
		}
		catch (ViolationException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			var current = administration.get(id);
			var kept = new UserForm(current.username(), form.displayName(), form.email(), form.phone(), form.role(),
					form.organisationId(), form.isEnabled(), "", form.title(), form.version());
			return form(model, kept, id, e.violations());
		}
	}

	@GetMapping("/{id}/password")
	String initPasswordForm(@PathVariable UUID id, Model model) {
		return passwordForm(model, id, List.of());
	}

	@PostMapping("/{id}/password")
	String processPasswordForm(@PathVariable UUID id, @RequestParam(defaultValue = "") String password, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			administration.resetPassword(id, password);
			redirect.addFlashAttribute("saved", "identity.users.passwordReset");
			return "redirect:/admin/users/" + id;
		}
		catch (ViolationException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return passwordForm(model, id, e.violations());
		}
	}

	private String passwordForm(Model model, UUID id, List<Violation> violations) {
		model.addAttribute("user", administration.get(id));
		addErrors(model, violations);
		return "identity/user-password";
	}

	private String form(Model model, UserForm form, UUID id, List<Violation> violations) {
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
		addErrors(model, violations);
		return "identity/user-form";
	}

	/** An organisation to pick in the form. */
	record Choice(String id, String name) {
	}

	private static void addErrors(Model model, List<Violation> violations) {
		Map<String, se.fuel.common.Text> errors = Violation.firstPerField(violations);
		model.addAttribute("violations", violations);
		model.addAttribute("errors", errors);
	}
}
