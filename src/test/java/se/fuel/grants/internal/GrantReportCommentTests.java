package se.fuel.grants.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.grants.ReportStatus;

class GrantReportCommentTests {

	@Test
	void the_coordinator_comments_on_a_report_that_never_came_in_without_changing_its_status() {
		var report = new GrantReport(UUID.randomUUID(), Instant.parse("2003-01-01T00:00:00Z"));

		report.writeCoordinatorComment("  Trots flera påminnelser har Rinkeby sdf inte redovisat några resultat.  ",
				Instant.parse("2004-03-01T00:00:00Z"));

		assertThat(report.coordinatorComment())
			.isEqualTo("Trots flera påminnelser har Rinkeby sdf inte redovisat några resultat.");
		assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(report.submittedAt()).isNull();
	}

	@Test
	void a_blank_comment_removes_the_comment() {
		var report = new GrantReport(UUID.randomUUID(), Instant.now());
		report.writeCoordinatorComment("Bra", Instant.now());

		report.writeCoordinatorComment("  ", Instant.now());

		assertThat(report.coordinatorComment()).isNull();
	}
}
