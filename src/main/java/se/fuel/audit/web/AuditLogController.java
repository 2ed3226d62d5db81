package se.fuel.audit.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.fuel.audit.AuditLogEntry;
import se.fuel.audit.AuditQuery;
import se.fuel.audit.AuditTrail;
import se.fuel.audit.AuditedObjects;
import se.fuel.common.web.FormSubmission;
import se.fuel.documents.CsvWriter;

/**
 * The log of every change across objects (administrators and readers): a filter form, a page of entries with a link
 * to each object's own history, the next page by keyset, and the same entries as CSV. A filter that breaks a rule shows
 * the form again with 422 and the message beside its field.
 */
@Controller
class AuditLogController {

	private final AuditTrail trail;

	private final ActionNames actions;

	private final HistoryOwners owners;

	private final MessageSource messages;

	AuditLogController(AuditTrail trail, List<AuditedObjects> modules, MessageSource messages) {
		this.trail = trail;
		this.actions = new ActionNames(messages);
		this.owners = new HistoryOwners(modules);
		this.messages = messages;
	}

	@GetMapping("/audit")
	String log(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String before, Model model, HttpServletResponse response,
			Locale locale) {
		model.addAttribute("filter", new Filter(actor, action, objectType, objectId, from, to));
		model.addAttribute("actions", actions.choices(locale));
		model.addAttribute("historyTypes", owners.types());
		FormSubmission.show(model, List.of());
		return FormSubmission.submit(model, response, () -> {
			var query = AuditQuery.of(actor, action, objectType, objectId, from, to, before);
			model.addAttribute("log", trail.log(query));
			return "audit/log";
		}, () -> {
			trail.requireLogReader();
			return "audit/log";
		});
	}

	@GetMapping("/audit.csv")
	void csv(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			HttpServletResponse response, Locale locale) throws IOException {
		trail.requireLogReader();
		List<AuditLogEntry> entries = trail.export(AuditQuery.of(actor, action, objectType, objectId, from, to, null));
		CsvWriter csv = CsvWriter.swedishExcel().row(List.of(text("audit.when", locale), text("audit.who", locale),
				text("audit.what", locale), text("audit.log.code", locale), text("audit.log.objectType", locale),
				text("audit.log.objectId", locale)));
		for (AuditLogEntry e : entries) {
			csv.text(e.when()).text(e.actor()).text(actions.name(e.action(), locale)).text(e.action())
				.text(e.objectType()).text(e.objectId()).endRow();
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"handelser.csv\"");
		response.getOutputStream().write(csv.toBytes());
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/** The filter as typed, shown again in the form, also when a part of it was refused. */
	record Filter(String actor, String action, String objectType, String objectId, String from, String to) {
	}
}
