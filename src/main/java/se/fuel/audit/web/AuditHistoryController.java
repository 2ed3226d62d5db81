package se.fuel.audit.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import se.fuel.audit.AuditTrail;
import se.fuel.audit.AuditedObjects;
import se.fuel.common.NotFoundException;

/**
 * Further pages of an object's history (as an htmx partial, or a page of its own without JavaScript) and whole entries
 * behind the cut values. Each answer first asks the module that owns the object type whether the reader may see the
 * object's history on its page; a type no module answers for, or an entry of another object, is not found, so no
 * entry can be read by its number alone.
 */
@Controller
class AuditHistoryController {

	private final AuditTrail trail;

	private final HistoryOwners owners;

	AuditHistoryController(AuditTrail trail, List<AuditedObjects> modules) {
		this.trail = trail;
		this.owners = new HistoryOwners(modules);
	}

	@GetMapping("/audit/{type}/{objectId}")
	String history(@PathVariable String type, @PathVariable String objectId,
			@RequestParam(required = false) String page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		requireReadable(type, objectId);
		model.addAttribute("events", trail.page(type, objectId, pageNumber(page)));
		return htmx != null ? "audit/entries" : "audit/history";
	}

	@GetMapping("/audit/{type}/{objectId}/entries/{entryId}")
	String entry(@PathVariable String type, @PathVariable String objectId, @PathVariable String entryId,
			Model model) {
		requireReadable(type, objectId);
		long id;
		try {
			id = Long.parseLong(entryId);
		}
		catch (NumberFormatException e) {
			throw new NotFoundException("audit entry " + entryId);
		}
		model.addAttribute("entry", trail.entry(type, objectId, id)
			.orElseThrow(() -> new NotFoundException("audit entry " + entryId)));
		model.addAttribute("type", type);
		model.addAttribute("objectId", objectId);
		return "audit/entry";
	}

	private void requireReadable(String type, String objectId) {
		owners.requireReadable(type, objectId);
	}

	/** A page number as the link wrote it; anything else is the first page, as the history starts there. */
	private static int pageNumber(String page) {
		if (page == null || !page.matches("\\d{1,9}")) {
			return 1;
		}
		return Integer.parseInt(page);
	}
}
