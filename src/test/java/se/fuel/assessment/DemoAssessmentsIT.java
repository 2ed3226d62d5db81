package se.fuel.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import se.fuel.DemoDataTest;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;

/** The demo's 2024 assessments are those of document 002: the reasons, partial amounts and totals of the decision. */
@DemoDataTest
class DemoAssessmentsIT {

	@Autowired
	Assessments assessments;

	@Autowired
	Calls calls;

	List<AssessmentRow> rows(String programme) {
		CallView call = calls.all().stream().filter(c -> c.programmeCode().equals(programme) && c.year() == 2024)
			.findFirst().orElseThrow();
		return assessments.list(call.id());
	}

	@Test
	@WithUserDetails("handlaggare")
	void the_six_rejected_lum_applications_of_2024_have_the_reasons_of_seeds_002() {
		Map<String, String> rejected = rows("LUM").stream()
			.filter(r -> r.recommendation() == Recommendation.REJECT)
			.collect(Collectors.toMap(AssessmentRow::title,
					r -> assessments.find(r.applicationId()).reasonCategoryName()));
		assertThat(rejected).hasSize(6);
		assertThat(rejected).containsEntry("BFS (Boende med förstärkt stöd)",
				"Uppfyller inte huvudkriteriet om nya arbetssätt/metoder")
			.containsEntry("Förstärkt stöd till familjehem och vårdnadshavare",
					"Uppfyller inte huvudkriteriet om nya arbetssätt/metoder")
			.containsEntry("ARN- Aktivera Rätt Nätverk", "Uppfyller inte huvudkriteriet om nya arbetssätt/metoder")
			.containsEntry("Förstärkt handledning och samordning av Stockholmsjobb på stadsdelsförvaltningen",
					"Ligger utanför socialtjänstens verksamhetsområde")
			.containsEntry("Föräldraskapsstöd för alla – lättillgängligt föräldraskapsstöd",
					"Bristfällig logik mellan problemformulering och föreslagen metod");
		assertThat(rejected.entrySet()).anySatisfy(e -> {
			assertThat(e.getKey()).startsWith("Nya arbetsätt och metoder för att förebygga felaktiga utbetalningar");
			assertThat(e.getValue()).isEqualTo("Uppfyller huvudkriterierna men inget av de prioriterade områdena");
		});
	}

	@Test
	@WithUserDetails("handlaggare")
	void the_three_partial_grants_have_the_amounts_of_the_allocation_table() {
		Map<String, Long> partial = rows("LUM").stream()
			.filter(r -> r.recommendation() == Recommendation.PARTIAL_GRANT)
			.collect(Collectors.toMap(AssessmentRow::title, AssessmentRow::recommendedAmount));
		assertThat(partial).containsOnly(Map.entry("Tidigt stöd till minderåriga EU-medborgare", 200_000L),
				Map.entry("Hur kan brukare och personal förstå varandra bättre?", 250_000L),
				Map.entry("Framtidens socialtjänst – i samskapande med brukarna", 250_000L));
	}

	@Test
	@WithUserDetails("handlaggare")
	void the_recommended_totals_are_those_of_the_decision() {
		var lum = rows("LUM");
		var mul = rows("MUL");
		assertThat(lum).hasSize(14).allMatch(r -> r.recommendation() != null);
		assertThat(lum.stream().filter(r -> r.recommendation() == Recommendation.GRANT)).hasSize(5);
		assertThat(lum.stream().mapToLong(AssessmentRow::recommendedAmount).sum()).isEqualTo(3_000_000);
		assertThat(mul).hasSize(8).allMatch(r -> r.recommendation() == Recommendation.GRANT);
		assertThat(mul.stream().mapToLong(AssessmentRow::recommendedAmount).sum()).isEqualTo(198_400);
	}
}
