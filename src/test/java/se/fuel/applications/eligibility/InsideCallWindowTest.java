package se.fuel.applications.eligibility;

import static se.fuel.TestTexts.swedish;
import static org.assertj.core.api.Assertions.assertThat;
import static se.fuel.applications.eligibility.CallBuilder.stockholm;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.fuel.common.Violation;
import se.fuel.calls.CallView;

class InsideCallWindowTest {

	private final InsideCallWindow policy = new InsideCallWindow();

	private final CallView call = CallBuilder.lum2024().build();

	private List<Violation> submittedAt(CallView call, Instant now) {
		return policy.check(CandidateBuilder.to(call).at(now).build());
	}

	@Test
	void accepts_a_submission_while_the_call_is_open() {
		assertThat(submittedAt(call, stockholm(2024, 3, 1, 10, 0))).isEmpty();
	}

	@Test
	void accepts_a_submission_at_the_very_moment_the_call_opens() {
		assertThat(submittedAt(call, call.opensAt())).isEmpty();
	}

	@Test
	void accepts_a_submission_one_second_before_the_call_closes() {
		assertThat(submittedAt(call, call.closesAt().minusSeconds(1))).isEmpty();
	}

	@Test
	void refuses_a_submission_exactly_at_the_closing_time() {
		List<Violation> findings = submittedAt(call, call.closesAt());

		assertThat(findings).singleElement().satisfies(violation -> {
			assertThat(violation.field()).isEqualTo("call");
			assertThat(violation.rule()).isEqualTo("inside-call-window");
			assertThat(swedish(violation)).isEqualTo("Utlysningen \u201DLokala utvecklingsmedel 2024\u201D "
					+ "har stängt: ansökan kunde lämnas in från 2024-02-01 00:00 till 2024-04-02 00:00 svensk tid.");
		});
	}

	@Test
	void refuses_a_submission_one_second_before_the_call_opens() {
		assertThat(submittedAt(call, call.opensAt().minusSeconds(1))).singleElement()
			.satisfies(violation -> assertThat(swedish(violation)).contains("har inte öppnat ännu")
				.contains("från 2024-02-01 00:00 till 2024-04-02 00:00 svensk tid"));
	}

	@Test
	void refuses_a_submission_to_an_unpublished_call_even_inside_its_dates() {
		CallView draft = CallBuilder.lum2024().unpublished().build();

		assertThat(submittedAt(draft, stockholm(2024, 3, 1, 10, 0))).singleElement()
			.satisfies(violation -> assertThat(swedish(violation)).contains("inte publicerad"));
	}

	@Test
	void closes_at_midnight_swedish_summer_time_which_is_ten_in_the_evening_utc() {
		// 31 March 2024 is the switch to summer time: the call closes at 00:00 CEST on 2 April = 22:00 UTC 1 April.
		assertThat(call.closesAt()).isEqualTo(Instant.parse("2024-04-01T22:00:00Z"));

		assertThat(submittedAt(call, Instant.parse("2024-04-01T21:59:59Z"))).isEmpty();
		assertThat(submittedAt(call, Instant.parse("2024-04-01T22:00:00Z"))).singleElement()
			.satisfies(violation -> assertThat(swedish(violation)).contains("till 2024-04-02 00:00"));
	}

	@Test
	void shows_a_winter_opening_time_in_swedish_time_not_utc() {
		// Opening at 00:00 CET on 1 February is 23:00 UTC on 31 January: the message must say 1 February.
		assertThat(call.opensAt()).isEqualTo(Instant.parse("2024-01-31T23:00:00Z"));

		assertThat(submittedAt(call, Instant.parse("2024-01-31T22:59:59Z"))).singleElement()
			.satisfies(violation -> assertThat(swedish(violation)).contains("från 2024-02-01 00:00"));
		assertThat(submittedAt(call, Instant.parse("2024-01-31T23:00:00Z"))).isEmpty();
	}
}
