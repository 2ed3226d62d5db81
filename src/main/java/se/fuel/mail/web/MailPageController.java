package se.fuel.mail.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.mail.MailKind;
import se.fuel.mail.Mail;
import se.fuel.mail.OutboxPage;

/** The officers' outbox ("Utkorg") and every user's choice of which mails they get. */
@Controller
class MailPageController {

	private final Mail mail;

	MailPageController(Mail mail) {
		this.mail = mail;
	}

	/** Mails per page: a page an officer scans by eye. */
	static final int PAGE_SIZE = 50;

	@GetMapping("/mail/outbox")
	String outbox(@RequestParam(required = false) MailKind kind, @RequestParam(defaultValue = "1") int page,
			Model model) {
		OutboxPage shown = mail.page(kind, page, PAGE_SIZE);
		model.addAttribute("outbox", shown);
		model.addAttribute("mails", shown.mails());
		model.addAttribute("kinds", MailKind.values());
		model.addAttribute("kind", kind);
		return "mail/outbox";
	}

	@GetMapping("/mail/outbox/{id}")
	String one(@PathVariable UUID id, Model model) {
		model.addAttribute("mail", mail.find(id));
		return "mail/show";
	}

	@GetMapping("/account/mail")
	String preferences(Model model) {
		model.addAttribute("kinds", MailKind.values());
		model.addAttribute("wanted", mail.wanted());
		return "mail/preferences";
	}

	@PostMapping("/account/mail")
	String choose(@RequestParam(name = "kinds", required = false) List<MailKind> kinds, RedirectAttributes redirect) {
		Set<MailKind> wanted = EnumSet.noneOf(MailKind.class);
		if (kinds != null) {
			wanted.addAll(kinds);
		}
		mail.choose(wanted);
		redirect.addFlashAttribute("saved", "mail.preferences.saved");
		return "redirect:/account/mail";
	}
}
