package se.fuel.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTests {

	static final String ATTACKER = "198.51.100.7";

	static final String USER = "203.0.113.5";

	final MovingClock clock = new MovingClock();

	final LoginThrottle throttle = new LoginThrottle(clock,
			new LoginThrottle.Policy(5, Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15)),
			new LoginThrottle.Policy(20, Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15)), 1000);

	/** As the login filters do: an attempt that is paused never reaches the password check. */
	boolean attempt(String username, String address, boolean rightPassword) {
		if (throttle.pause(username, address).isPresent()) {
			return false;
		}
		if (rightPassword) {
			throttle.succeeded(username);
		}
		else {
			throttle.failed(username, address);
		}
		return rightPassword;
	}

	@Test
	void thirty_wrong_passwords_in_a_row_pause_the_account_after_the_fifth() {
		int checked = 0;
		for (int i = 0; i < 30; i++) {
			if (throttle.pause("farsta", ATTACKER).isEmpty()) {
				checked++;
			}
			attempt("farsta", ATTACKER, false);
			clock.pass(Duration.ofMillis(100));
		}
		assertThat(checked).isEqualTo(5);
		assertThat(throttle.pause("farsta", USER)).hasValueSatisfying(
				wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
		assertThat(attempt("farsta", USER, true)).as("the right password while paused").isFalse();
	}

	@Test
	void the_right_password_works_once_the_pause_is_over() {
		for (int i = 0; i < 30; i++) {
			attempt("farsta", ATTACKER, false);
		}
		clock.pass(Duration.ofMinutes(1).plusSeconds(1));
		assertThat(attempt("farsta", USER, true)).isTrue();
	}

	@Test
	void pauses_double_with_each_round_but_never_keep_the_user_out_more_than_five_minutes_after_the_guessing_stops() {
		Duration longest = Duration.ZERO;
		for (int round = 0; round < 10; round++) {
			for (int i = 0; i < 5; i++) {
				attempt("farsta", "198.51.100." + (round * 5 + i), false);
			}
			Duration wait = throttle.pause("farsta", USER).orElseThrow();
			assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(5));
			longest = wait.compareTo(longest) > 0 ? wait : longest;
			clock.pass(wait);
		}
		assertThat(longest).isEqualTo(Duration.ofMinutes(5));
		assertThat(attempt("farsta", USER, true)).isTrue();
	}

	@Test
	void guesses_made_while_paused_do_not_lengthen_the_pause() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("farsta", ATTACKER);
		}
		clock.pass(Duration.ofSeconds(30));
		throttle.failed("farsta", ATTACKER);
		assertThat(throttle.pause("farsta", USER)).contains(Duration.ofSeconds(30));
	}

	@Test
	void a_successful_sign_in_starts_the_accounts_count_over() {
		for (int i = 0; i < 4; i++) {
			attempt("farsta", USER, false);
		}
		assertThat(attempt("farsta", USER, true)).isTrue();
		for (int i = 0; i < 4; i++) {
			attempt("farsta", USER, false);
		}
		assertThat(throttle.pause("farsta", USER)).isEmpty();
	}

	@Test
	void the_count_is_forgotten_after_a_quiet_quarter_of_an_hour() {
		for (int i = 0; i < 4; i++) {
			attempt("farsta", USER, false);
		}
		clock.pass(Duration.ofMinutes(16));
		for (int i = 0; i < 4; i++) {
			attempt("farsta", USER, false);
		}
		assertThat(throttle.pause("farsta", USER)).isEmpty();
	}

	@Test
	void another_account_from_the_same_address_signs_in_until_the_address_itself_has_failed_twenty_times() {
		for (int i = 0; i < 30; i++) {
			attempt("farsta", ATTACKER, false);
		}
		assertThat(attempt("sodermalm", ATTACKER, true)).as("five failures of farsta's do not pause the address").isTrue();

		for (int i = 0; i < 20; i++) {
			attempt("gissning-" + i, ATTACKER, false);
		}
		assertThat(attempt("sodermalm", ATTACKER, true)).as("twenty failures pause the address").isFalse();
		assertThat(attempt("sodermalm", USER, true)).as("from another address").isTrue();
	}

	@Test
	void a_successful_sign_in_does_not_start_the_addresss_count_over() {
		for (int i = 0; i < 19; i++) {
			attempt("gissning-" + i, ATTACKER, false);
		}
		attempt("angriparens-eget-konto", ATTACKER, true);
		attempt("gissning-19", ATTACKER, false);
		assertThat(throttle.pause("vem-som-helst", ATTACKER)).isPresent();
	}

	@Test
	void an_account_is_counted_whatever_the_case_of_its_name() {
		for (int i = 0; i < 5; i++) {
			attempt(i % 2 == 0 ? "Farsta" : "FARSTA", "198.51.100." + i, false);
		}
		assertThat(throttle.pause("farsta", USER)).isPresent();
	}

	@Test
	void memory_is_bounded_by_forgetting_the_least_recently_used_counts() {
		var small = new LoginThrottle(clock,
				new LoginThrottle.Policy(2, Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15)),
				new LoginThrottle.Policy(100, Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15)), 3);
		small.failed("a", USER);
		small.failed("b", USER);
		small.failed("c", USER);
		small.failed("d", USER);
		small.failed("a", USER);
		assertThat(small.pause("a", ATTACKER)).as("a's first failure was forgotten to make room").isEmpty();
		small.failed("d", USER);
		assertThat(small.pause("d", ATTACKER)).isPresent();
	}

	static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-12-07T08:00:00Z");

		void pass(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}
}
