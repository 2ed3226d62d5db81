package se.fuel.mail.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.mail.MailKind;
import se.fuel.mail.Mail;
import se.fuel.mail.OutboxEntry;

/** The outbox as JSON for officers; the same service and so the same authorization as the page. */
@RestController
@Tag(name = "Utkorg", description = "E-post som Fuel har skickat eller ska skicka")
class MailApi {

	private final Mail mail;

	MailApi(Mail mail) {
		this.mail = mail;
	}

	@GetMapping("/api/v1/mail/outbox")
	@Operation(summary = "Breven i utkorgen, nyast först, 500 per sida, av ett slag eller alla; bara handläggare och administratörer")
	List<OutboxEntry> outbox(@RequestParam(required = false) MailKind kind,
			@RequestParam(defaultValue = "1") int page) {
		return mail.page(kind, page, 500).mails();
	}

	/** The kinds of mail a user wants; a kind left out is not sent to them. */
	record Choice(Set<MailKind> wanted) {
	}

	@GetMapping("/api/v1/account/mail")
	@Operation(summary = "De slag av e-post som den inloggade användaren vill få (alla roller)")
	Choice wanted() {
		return new Choice(mail.wanted());
	}

	@PutMapping("/api/v1/account/mail")
	@Operation(summary = "Välj vilka slag av e-post den inloggade användaren vill få; de som utelämnas skickas inte")
	Choice choose(@RequestBody Choice choice) {
		Set<MailKind> wanted = EnumSet.noneOf(MailKind.class);
		if (choice.wanted() != null) {
			wanted.addAll(choice.wanted());
		}
		mail.choose(wanted);
		return new Choice(mail.wanted());
	}
}
