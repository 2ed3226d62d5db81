package se.fuel.applications.eligibility;

import static se.fuel.TestTexts.swedish;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.fuel.calls.CallView;
import se.fuel.applications.OutstandingReport;

class ReportMustBeApprovedTest {

	private final ReportMustBeApproved policy = new ReportMustBeApproved();

	private final CallView lum = CallBuilder.lum2024().build();

	@Test
	void accepts_an_organisation_without_outstanding_reports() {
		assertThat(policy.check(CandidateBuilder.to(lum).build())).isEmpty();
	}

	@Test
	void refuses_an_organisation_with_an_overdue_report_naming_the_grant_and_quoting_the_rule() {
		var report = new OutstandingReport(UUID.randomUUID(), "Familjestöd i Farsta", "LUM 2023/0007",
				LocalDate.of(2024, 2, 15), true);

		assertThat(policy.check(CandidateBuilder.to(lum).outstandingReport(report).build())).singleElement()
			.satisfies(violation -> {
				assertThat(violation.rule()).isEqualTo("report-must-be-approved");
				assertThat(violation.field()).isEqualTo("organisation");
				assertThat(swedish(violation)).isEqualTo("Rapporten för tidigare beviljade medel till "
						+ "\u201DFamiljestöd i Farsta\u201D (LUM 2023/0007) skulle ha lämnats senast 15 februari 2024 "
						+ "och är inte godkänd: Godkänd rapport är en förutsättning för att kunna ansöka om och "
						+ "beviljas medel kommande år.");
			});
	}

	@Test
	void refuses_a_report_handed_in_but_not_yet_approved() {
		var report = new OutstandingReport(UUID.randomUUID(), "Studiebesök Göteborg", "MUL 2023/0002",
				LocalDate.of(2030, 1, 1), false);

		assertThat(policy.check(CandidateBuilder.to(lum).outstandingReport(report).build())).singleElement()
			.satisfies(violation -> assertThat(swedish(violation))
				.contains("\u201DStudiebesök Göteborg\u201D (MUL 2023/0002) är inte godkänd")
				.doesNotContain("senast"));
	}

	@Test
	void gives_one_finding_per_outstanding_report() {
		var candidate = CandidateBuilder.to(lum)
			.outstandingReport(new OutstandingReport(UUID.randomUUID(), "Projekt A", "LUM 2022/0001",
					LocalDate.of(2023, 3, 31), true))
			.outstandingReport(new OutstandingReport(UUID.randomUUID(), "Projekt B", "LUM 2023/0004",
					LocalDate.of(2024, 3, 31), false))
			.build();

		assertThat(policy.check(candidate)).extracting(violation -> swedish(violation))
			.satisfiesExactly(first -> assertThat(first).contains("Projekt A", "LUM 2022/0001"),
					second -> assertThat(second).contains("Projekt B", "LUM 2023/0004"));
	}
}
