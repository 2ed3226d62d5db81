package se.fuel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExactSumTest {

	@Test
	void an_exact_sum_that_would_wrap_round_throws_instead() {
		assertThat(ExactSum.of(List.of(1L, 2L, 3L), Long::longValue)).isEqualTo(6);
		assertThatThrownBy(() -> ExactSum.of(Long.MAX_VALUE, Long.MAX_VALUE, 100_002))
			.isInstanceOf(ArithmeticException.class);
	}
}
