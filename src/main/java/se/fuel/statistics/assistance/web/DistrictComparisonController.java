package se.fuel.statistics.assistance.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.statistics.AssistanceMeasure;
import se.fuel.statistics.BarrierCategory;
import se.fuel.statistics.DistrictComparison;
import se.fuel.statistics.DistrictComparisonQuery;

/** The district comparison page: officers pick measure, year and structural variables and read the result explained. */
@Controller
class DistrictComparisonController {

	private final DistrictComparison comparison;

	private final Identity identity;

	DistrictComparisonController(DistrictComparison comparison, Identity identity) {
		this.comparison = comparison;
		this.identity = identity;
	}

	@GetMapping("/statistics/assistance/comparison")
	String page(@RequestParam(required = false) String measure, @RequestParam(required = false) String category,
			@RequestParam(required = false) String year, @RequestParam(required = false) List<String> variables,
			@RequestParam(required = false) String perThousand, @RequestParam(required = false) String run,
			Model model) {
		identity.require(Role.OFFICER, Role.ADMIN);
		List<Violation> violations = new ArrayList<>();
		AssistanceMeasure m = AssistanceMeasure.byCode(measure == null ? "vuxna" : measure).orElse(null);
		if (m == null) {
			violations.add(new Violation("measure", "known-measure", "Mått: välj ett mått i listan."));
		}
		BarrierCategory c = BarrierCategory.byCode(category).orElse(BarrierCategory.ALL);
		int y = 2003;
		if (year != null && !year.isBlank()) {
			try {
				y = Integer.parseInt(year.trim());
			}
			catch (NumberFormatException e) {
				violations.add(new Violation("year", "year", "År: skriv ett år, t.ex. 2003."));
			}
		}
		List<AssistanceMeasure> chosen = variables == null ? List.of()
				: variables.stream().map(AssistanceMeasure::byCode).flatMap(java.util.Optional::stream).toList();
		boolean perCapita = run == null || "true".equals(perThousand);
		model.addAttribute("measures", Arrays.stream(AssistanceMeasure.values()).filter(x -> !x.structural()).toList());
		model.addAttribute("structural", Arrays.stream(AssistanceMeasure.values())
			.filter(x -> x.structural() && x != AssistanceMeasure.POPULATION && x != AssistanceMeasure.POPULATION_18_64)
			.toList());
		model.addAttribute("categories", BarrierCategory.values());
		model.addAttribute("measure", m == null ? AssistanceMeasure.ADULT_RECIPIENTS : m);
		model.addAttribute("category", c);
		model.addAttribute("year", year == null ? "2003" : year);
		model.addAttribute("chosen", run == null ? List.of(AssistanceMeasure.UNEMPLOYMENT_RATE,
				AssistanceMeasure.FOREIGN_BORN_SHARE) : chosen);
		model.addAttribute("perThousand", perCapita);
		model.addAttribute("result", null);
		if (run != null && violations.isEmpty()) {
			try {
				model.addAttribute("result", comparison.compare(new DistrictComparisonQuery(m, c, y, chosen, perCapita)));
			}
			catch (ViolationException e) {
				violations.addAll(e.violations());
			}
		}
		model.addAttribute("violations", violations);
		Map<String, String> errors = AssistanceController.errors(violations);
		model.addAttribute("errors", errors);
		return "statistics/comparison";
	}
}
