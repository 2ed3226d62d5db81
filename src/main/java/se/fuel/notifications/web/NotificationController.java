package se.fuel.notifications.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.notifications.Notifications;

/** The signed-in user's notifications ("Aviseringar") and the bell's fragment that htmx refreshes. */
@Controller
class NotificationController {

	/** Notifications per page: what one screen shows without losing the newest at the top. */
	static final int PAGE_SIZE = 20;

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("list", notifications.page(page, PAGE_SIZE));
		return "notifications/list";
	}

	@GetMapping("/notifications/bell")
	String bell(Model model) {
		model.addAttribute("count", notifications.unreadCount());
		return "fragments/notifications :: bell(count=${count})";
	}

	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable UUID id, @RequestParam(defaultValue = "1") int page, RedirectAttributes redirect) {
		notifications.markRead(id);
		redirect.addAttribute("page", page);
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read")
	String readAll(RedirectAttributes redirect) {
		notifications.markAllRead();
		redirect.addFlashAttribute("saved", "notifications.allRead");
		return "redirect:/notifications";
	}
}
