package se.fuel.applications.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.applications.ApplicationContent;
import se.fuel.applications.ApplicationStatus;
import se.fuel.applications.ApplicationDetails;
import se.fuel.applications.Applications;
import se.fuel.applications.ApplicationSummary;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.common.Violation;
import se.fuel.common.web.FormSubmission;
import se.fuel.identity.Identity;
import se.fuel.organisations.Organisations;

/**
 * The applicant's form (new, edit, save, submit) and the application list. Drafts are saved even when the submission
 * is refused, so nothing typed is lost.
 */
@Controller
@RequestMapping("/applications")
class ApplicationsController {

	private final Applications applications;

	private final Calls calls;

	private final Organisations organisations;

	private final Identity identity;

	private final Clock clock;

	ApplicationsController(Applications applications, Calls calls, Organisations organisations, Identity identity,
			Clock clock) {
		this.clock = clock;
		this.applications = applications;
		this.calls = calls;
		this.organisations = organisations;
		this.identity = identity;
	}

	/** Per call: how many applications were received and how much they ask for in total. */
	record CallTotal(UUID callId, String callTitle, long count, long requested) {
	}

	@GetMapping
	String list(@RequestParam(required = false) UUID callId, @RequestParam(required = false) UUID organisationId,
			@RequestParam(required = false) ApplicationStatus status,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		List<ApplicationSummary> found = applications.list(callId, organisationId, status);
		boolean officer = identity.current().isOfficer();
		model.addAttribute("applications", found);
		model.addAttribute("officer", officer);
		if (officer) {
			var totals = new java.util.LinkedHashMap<UUID, CallTotal>();
			for (ApplicationSummary a : found) {
				if (!a.received()) {
					continue;
				}
				totals.merge(a.callId(), new CallTotal(a.callId(), a.callTitle(), 1,
						a.requestedAmount() == null ? 0 : a.requestedAmount()),
						(x, y) -> new CallTotal(x.callId(), x.callTitle(), x.count() + 1, x.requested() + y.requested()));
			}
			model.addAttribute("totals", totals.values());
			model.addAttribute("calls", calls.all());
			model.addAttribute("organisations", organisations.all());
			model.addAttribute("statuses", ApplicationStatus.values());
			model.addAttribute("filter", new java.util.HashMap<>(Map.of("callId", callId == null ? "" : callId.toString(),
					"organisationId", organisationId == null ? "" : organisationId.toString(),
					"status", status == null ? "" : status.name())));
		}
		else {
			model.addAttribute("openCalls", calls.openAt(clock.instant()));
		}
		return htmx != null ? "applications/partials/results :: results" : "applications/list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam UUID callId, Model model) {
		CallView call = applications.callToApplyTo(callId);
		var form = ApplicationFormData.of(ApplicationContent.empty());
		var me = identity.current();
		identity.user(me.userId()).ifPresent(u -> {
			form.setContactName(u.displayName());
			form.setContactEmail(u.email());
			form.setContactPhone(u.phone());
		});
		return form(model, call, form, null, 0);
	}

	@PostMapping("/new")
	String create(@RequestParam UUID callId, @ModelAttribute("form") ApplicationFormData form,
			@RequestParam(defaultValue = "save") String action, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CallView call = applications.callToApplyTo(callId);
		if ("addLine".equals(action)) {
			return form(model, call, form, null, 1);
		}
		return FormSubmission.submit(model, response,
				() -> afterSave(applications.create(callId, form.toContent()), form, action, model, response, redirect),
				() -> form(model, call, form, null, 0));
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		ApplicationDetails app = applications.find(id);
		if (!app.editable()) {
			return "redirect:/applications/" + id;
		}
		model.addAttribute("details", app);
		var form = ApplicationFormData.of(app.content());
		form.setVersion(app.version());
		return form(model, app.call(), form, id, 0);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable UUID id, @ModelAttribute("form") ApplicationFormData form,
			@RequestParam(defaultValue = "save") String action, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ApplicationDetails app = applications.find(id);
		model.addAttribute("details", app);
		if ("addLine".equals(action)) {
			// Only the lead may work on the form; anyone else is sent back to the application, as when opening it.
			return app.editable() ? form(model, app.call(), form, id, 1) : "redirect:/applications/" + id;
		}
		return FormSubmission.submit(model, response,
				() -> afterSave(applications.update(id, form.toContent(), form.getVersion()), form, action, model,
						response, redirect),
				() -> form(model, app.call(), form, id, 0));
	}

	/** After a saved draft: the application, or on "submit" the receipt, or the form again if submission is refused. */
	private String afterSave(ApplicationDetails saved, ApplicationFormData form, String action, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!"submit".equals(action)) {
			redirect.addFlashAttribute("saved", "applications.banner.saved");
			return "redirect:/applications/" + saved.id();
		}
		return FormSubmission.submit(model, response, () -> {
			applications.submit(saved.id());
			return "redirect:/applications/" + saved.id() + "/receipt";
		}, () -> {
			model.addAttribute("details", saved);
			model.addAttribute("draftSaved", true);
			// The draft was saved, so the form now stands on the saved version; the next save must not be stale.
			form.setVersion(saved.version());
			return form(model, saved.call(), form, saved.id(), 0);
		});
	}

	private String form(Model model, CallView call, ApplicationFormData form, UUID id, int extraRows) {
		form.padBudget(extraRows);
		model.addAttribute("call", call);
		model.addAttribute("form", form);
		model.addAttribute("applicationId", id);
		model.addAttribute("studyVisit", call.form() == se.fuel.calls.ApplicationForm.STUDY_VISIT);
		model.addAttribute("sections", FormPage.sections(call));
		model.addAttribute("partnerChoices", applications.partnerChoices());
		model.addAttribute("action", id == null ? "/applications/new?callId=" + call.id() : "/applications/" + id + "/edit");
		FormPage.errors(model, shown(model));
		return "applications/form";
	}

	@SuppressWarnings("unchecked")
	static List<Violation> shown(Model model) {
		var violations = (List<Violation>) model.getAttribute("violations");
		return violations == null ? List.of() : violations;
	}
}
