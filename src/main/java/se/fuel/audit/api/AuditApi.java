package se.fuel.audit.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.audit.AuditTrail;
import se.fuel.audit.AuditLogPage;
import se.fuel.audit.AuditQuery;

/** The log of every change across objects as JSON; the same service and so the same authorization as the page. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Händelser", description = "Alla ändringar i Fuel: vem, när, vad och vilket objekt")
class AuditApi {

	private final AuditTrail trail;

	private final MessageSource messages;

	AuditApi(AuditTrail trail, MessageSource messages) {
		this.trail = trail;
		this.messages = messages;
	}

	/** One change, with the action's name in the client's language beside its code. */
	record Entry(long id, Instant occurredAt, String actor, String action, String actionName, String objectType,
			String objectId) {
	}

	/**
	 * A page of changes and where the next one starts.
	 * @param next the value of {@code before} for the next page, {@code null} on the last
	 */
	record Page(List<Entry> entries, Long next) {
	}

	@GetMapping
	@Operation(summary = "Ändringar i alla objekt, senaste först, 50 per sida (administratörer och läsare). "
			+ "Nästa sida: samma filter med before=next")
	Page log(@Parameter(description = "användarnamn, t.ex. handlaggare") @RequestParam(required = false) String actor,
			@Parameter(description = "åtgärdskod, t.ex. submitted") @RequestParam(required = false) String action,
			@Parameter(description = "objekttyp, t.ex. Application") @RequestParam(required = false) String objectType,
			@RequestParam(required = false) String objectId,
			@Parameter(description = "första dagen, t.ex. 2027-03-01 (svensk tid)") @RequestParam(required = false) String from,
			@Parameter(description = "sista dagen, t.ex. 2027-03-31 (svensk tid)") @RequestParam(required = false) String to,
			@Parameter(description = "next från föregående sida") @RequestParam(required = false) String before,
			Locale locale) {
		trail.requireLogReader();
		AuditLogPage page = trail.log(AuditQuery.of(actor, action, objectType, objectId, from, to, before));
		return new Page(page.entries().stream()
			.map(e -> new Entry(e.id(), e.occurredAt(), e.actor(), e.action(),
					messages.getMessage("audit.action." + e.action(), null, e.action(), locale), e.objectType(),
					e.objectId()))
			.toList(), page.next());
	}
}
