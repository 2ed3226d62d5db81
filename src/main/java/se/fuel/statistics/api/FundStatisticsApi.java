package se.fuel.statistics.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.statistics.FundChoices;
import se.fuel.statistics.FundOverview;
import se.fuel.statistics.FundStatistics;
import se.fuel.statistics.OutcomeStatistics;
import se.fuel.statistics.ProjectTable;
import se.fuel.statistics.FundRequest;

/**
 * The fund statistics as JSON: the same service, numbers and authorization as the pages (an applicant gets the
 * application figures of their own organisation only; council members are refused).
 */
@RestController
@Tag(name = "Fondstatistik", description = "Ansökningar, beviljade medel, projekt per förvaltning (tabell 1.3) och utfall")
class FundStatisticsApi {

	private final FundStatistics statistics;

	FundStatisticsApi(FundStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping(path = "/api/v1/statistics/funds/choices", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "År och program som det finns siffror för")
	FundChoices choices() {
		return statistics.choices();
	}

	@GetMapping(path = "/api/v1/statistics/funds/overview", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ansökningar, beviljade, avslag, sökta och beviljade belopp och andel beviljade per år, program och förvaltning")
	FundOverview overview(@Parameter(description = "Från år, t.ex. 2002 (utan: första året)") @RequestParam(required = false) String from,
			@Parameter(description = "Till år (utan: sista året)") @RequestParam(required = false) String to,
			@Parameter(description = "Programkod, kan upprepas (utan: alla)") @RequestParam(name = "programme", required = false) List<String> programmes,
			@Parameter(description = "today: historiska förvaltningar sammanförda i dagens; historical: som de var") @RequestParam(required = false) String lineage) {
		return statistics.overview(new FundRequest(from, to, programmes, lineage).query(statistics.choices()));
	}

	@GetMapping(path = "/api/v1/statistics/funds/projects", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Tabell 1.3: projekt per ledande förvaltning och område, beviljat, planer för implementering")
	ProjectTable projects(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(name = "programme", required = false) List<String> programmes,
			@RequestParam(required = false) String lineage) {
		return statistics.projectTable(new FundRequest(from, to, programmes, lineage).query(statistics.choices()));
	}

	@GetMapping(path = "/api/v1/statistics/funds/outcomes", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Deltagare och utfall efter kön enligt de inlämnade redovisningarna, per år och område")
	OutcomeStatistics outcomes(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(name = "programme", required = false) List<String> programmes) {
		return statistics.outcomes(new FundRequest(from, to, programmes, null).query(statistics.choices()));
	}
}
