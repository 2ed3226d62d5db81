package se.fuel.identity.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(name = "throttled", required = false) String throttled, Model model) {
		if (throttled != null) {
			model.addAttribute("throttledMinutes", minutes(throttled));
		}
		return "identity/login";
	}

	// The address is the user's to edit: only a small number of minutes is ever shown, never their text.
	private static int minutes(String throttled) {
		if (!throttled.matches("\\d{1,2}")) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(throttled));
	}
}
