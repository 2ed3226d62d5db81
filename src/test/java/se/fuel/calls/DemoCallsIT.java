package se.fuel.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fuel.DemoDataTest;

@DemoDataTest
class DemoCallsIT {

	@Autowired
	Calls calls;

	private CallView call(String programme, int year) {
		return calls.all().stream().filter(c -> c.programmeCode().equals(programme) && c.year() == year)
			.filter(c -> c.title().endsWith(" " + year)).findFirst().orElseThrow();
	}

	@Test
	void the_2024_lum_call_has_the_criteria_and_priority_areas_of_the_decision_word_for_word() {
		var lum = call("LUM", 2024);
		assertThat(lum.mainCriteria()).containsExactly(
				"Projektet avser att prova nya arbetsätt, metod eller modell som inte tidigare provats för aktuell målgrupp inom socialtjänsten i Stockholm stad.",
				"Projektet ska bidra till utveckling och strategiskt värde för hela stadens socialtjänst.");
		assertThat(lum.priorityAreas()).containsExactly(
				"Projekt med avsikt att testa förebyggande insatser eller tidigt stöd.",
				"Projekt med syfte att stärka klientcentrering i organisationens arbete.",
				"Projekt med syfte att förbättra samordningen av stöd eller insatser för klient/brukare.");
		assertThat(lum.budget()).isEqualTo(3_000_000);
		assertThat(lum.repaymentNoticeDate()).isEqualTo(LocalDate.of(2024, 6, 2));
		assertThat(lum.statusAt(Instant.now())).isEqualTo(CallStatus.CLOSED);
	}

	@Test
	void the_2024_mul_call_caps_a_study_visit_at_25_000_kronor() {
		var mul = call("MUL", 2024);
		assertThat(mul.form()).isEqualTo(ApplicationForm.STUDY_VISIT);
		assertThat(mul.maxAmountPerApplication()).isEqualTo(25_000);
		assertThat(mul.capGroup()).isEqualTo(call("LUM", 2024).capGroup());
	}

	@Test
	void the_2019_calls_share_a_cap_of_three_grants_and_require_a_gender_equality_analysis() {
		var lum = call("LUM", 2019);
		var mul = call("MUL", 2019);
		assertThat(lum.maxAmountPerApplication()).isEqualTo(750_000);
		assertThat(mul.maxAmountPerApplication()).isEqualTo(25_000);
		assertThat(List.of(lum.maxGrantsPerOrganisation(), mul.maxGrantsPerOrganisation())).containsOnly(3);
		assertThat(calls.inCapGroup(2019, lum.capGroup())).extracting(CallView::id).contains(lum.id(), mul.id());
		assertThat(lum.longestPeriodMonths()).isEqualTo(12);
		assertThat(lum.requiredSections()).contains(ApplicationSection.genderAnalysis);
		assertThat(lum.priorityAreas()).contains("Förebyggande arbete", "Tidiga och kunskapsbaserade insatser");
	}

	@Test
	void the_2027_lum_and_mul_calls_are_open_now_with_required_sections_and_word_limits() {
		var open = calls.openAt(Instant.now());
		var lum = call("LUM", 2027);
		var mul = call("MUL", 2027);
		assertThat(open).extracting(CallView::id).contains(lum.id(), mul.id());
		assertThat(lum.requiredSections()).containsExactlyInAnyOrder(ApplicationSection.targetGroup,
				ApplicationSection.problem, ApplicationSection.goals, ApplicationSection.method,
				ApplicationSection.genderAnalysis, ApplicationSection.implementationPlan);
		assertThat(mul.requiredSections()).containsExactlyInAnyOrder(ApplicationSection.purpose,
				ApplicationSection.genderAnalysis);
		assertThat(lum.wordLimits()).containsEntry(ApplicationSection.problem, 300)
			.containsEntry(ApplicationSection.method, 400);
		assertThat(lum.registrationPrefix()).isEqualTo("FoU");
		assertThat(lum.openAt(Instant.parse("2027-03-15T12:00:00Z"))).isTrue();
	}
}
