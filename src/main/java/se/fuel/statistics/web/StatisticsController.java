package se.fuel.statistics.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The way into the statistics: the funds' own figures, the economic-assistance series and the comparison of
 * districts, and the competence events. The page holds only links; each page it leads to checks its reader's role.
 */
@Controller
class StatisticsController {

	@GetMapping("/statistics")
	String index() {
		return "statistics/index";
	}
}
