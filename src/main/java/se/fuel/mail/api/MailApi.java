package se.fuel.mail.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.mail.internal.MailService;
import se.fuel.mail.internal.OutboxEntry;

/** The outbox as JSON for officers; the same service and so the same authorization as the page. */
@RestController
@Tag(name = "Utkorg", description = "E-post som Fuel har skickat eller ska skicka")
class MailApi {

	private final MailService mail;

	MailApi(MailService mail) {
		this.mail = mail;
	}

	@GetMapping("/api/v1/mail/outbox")
	@Operation(summary = "De senaste 500 breven i utkorgen, nyast först; bara handläggare och administratörer")
	List<OutboxEntry> outbox() {
		return mail.recent();
	}
}
