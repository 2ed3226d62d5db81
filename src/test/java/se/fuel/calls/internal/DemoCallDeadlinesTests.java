package se.fuel.calls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.fuel.calls.CallInput;
import se.fuel.common.SwedishFormat;

/** The demo's open 2027 calls close at the end of a day, also when their closing day moves with the demo's start. */
class DemoCallDeadlinesTests {

	@Test
	void theOpen2027CallsCloseOnTheirPlannedDayAt2359WhenTheDemoStartsEarly() {
		assertThat(closings(Instant.parse("2026-10-02T09:13:27Z"))).containsOnly("2027-03-31 23:59");
	}

	@Test
	void aClosingDayMovedByTheDemosStartStillClosesAt2359NotAtTheTimeTheDemoStarted() {
		// Started at 00:20 Stockholm time on 7 December 2026: 120 days on is 6 April 2027.
		Instant started = LocalDateTime.of(2026, 12, 7, 0, 20).atZone(SwedishFormat.ZONE).toInstant();
		assertThat(closings(started)).containsOnly("2027-04-06 23:59");
	}

	private static List<String> closings(Instant now) {
		return DemoCalls.demoCalls(now)
			.stream()
			.filter(c -> c.year() == 2027)
			.map(CallInput::closesAt)
			.map(SwedishFormat::dateTime)
			.toList();
	}
}
