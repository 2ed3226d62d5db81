package se.fuel.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "web/home";
	}

	@GetMapping("/tillganglighet")
	String accessibility() {
		return "web/accessibility";
	}
}
