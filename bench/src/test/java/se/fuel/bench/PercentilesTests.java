package se.fuel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTests {

	@Test
	void a_percentile_is_the_smallest_measurement_with_that_share_at_or_below_it() {
		long[] oneToHundred = new long[100];
		for (int i = 0; i < 100; i++) {
			oneToHundred[99 - i] = (i + 1) * 1_000_000L;
		}
		Percentiles p = new Percentiles(oneToHundred);
		assertThat(p.millis(50)).isEqualTo(50.0);
		assertThat(p.millis(95)).isEqualTo(95.0);
		assertThat(p.millis(99)).isEqualTo(99.0);
		assertThat(p.millis(100)).isEqualTo(100.0);
		assertThat(p.meanMillis()).isEqualTo(50.5);
	}

	@Test
	void few_measurements_round_the_rank_up() {
		Percentiles p = new Percentiles(new long[] { 30, 10, 20 });
		assertThat(p.nanos(50)).isEqualTo(20);
		assertThat(p.nanos(95)).isEqualTo(30);
		assertThat(p.nanos(1)).isEqualTo(10);
	}

	@Test
	void refuses_no_measurements_and_percentiles_outside_0_to_100() {
		assertThatThrownBy(() -> new Percentiles(new long[0])).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Percentiles(new long[] { 1 }).nanos(0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Percentiles(new long[] { 1 }).nanos(101))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
