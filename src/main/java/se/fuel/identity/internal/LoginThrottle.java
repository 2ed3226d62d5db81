package se.fuel.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing: failed sign-ins are counted per account and, separately, per client address; after
 * {@link Policy#failures()} failures one of them is refused for a while, however the next password is.
 * <p>
 * The refusal lasts {@link Policy#firstPause()}, doubling with each further round of failures up to
 * {@link Policy#longestPause()}, so someone who guesses wrongly for another user can keep that account paused only while
 * they keep guessing, and never longer than the longest pause after they stop. Attempts made while refused are not
 * counted and do not lengthen the pause. A successful sign-in clears the account's count but never the address's:
 * an attacker's own valid account must not buy more guesses from the same address.
 * <p>
 * Counts live in memory, in a bounded map (least recently used entries go first), and are forgotten after
 * {@link Policy#forgetAfter()} without a failure. With several Fuel instances each counts for itself.
 */
final class LoginThrottle {

	/**
	 * @param failures failures in a row (none longer ago than {@code forgetAfter}) that start a pause
	 * @param firstPause the first pause; each further round of failures doubles it
	 * @param longestPause the cap on a pause: the longest anyone is kept out after the guessing stops
	 * @param forgetAfter quiet time after which the count starts over
	 */
	record Policy(int failures, Duration firstPause, Duration longestPause, Duration forgetAfter) {
	}

	private final Clock clock;

	private final Counts accounts;

	private final Counts addresses;

	LoginThrottle(Clock clock, Policy perAccount, Policy perAddress, int capacity) {
		this.clock = clock;
		this.accounts = new Counts(perAccount, capacity);
		this.addresses = new Counts(perAddress, capacity);
	}

	/** How long an attempt for this account from this address must still wait, if it must. */
	Optional<Duration> pause(String username, String address) {
		Instant now = clock.instant();
		Duration wait = max(accounts.pause(key(username), now), addresses.pause(address, now));
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	void failed(String username, String address) {
		Instant now = clock.instant();
		accounts.failed(key(username), now);
		addresses.failed(address, now);
	}

	void succeeded(String username) {
		accounts.clear(key(username));
	}

	// Accounts are found ignoring case, so "Farsta" and "farsta" are one account to count.
	private static String key(String username) {
		return username == null ? null : username.toLowerCase(Locale.ROOT);
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	/** One key's failures since the count last started over, how many pauses it has had, and the current one's end. */
	private record Count(int failures, int pauses, Instant lastFailure, Instant pausedUntil) {

		Instant quietSince() {
			return pausedUntil == null || lastFailure.isAfter(pausedUntil) ? lastFailure : pausedUntil;
		}
	}

	private static final class Counts {

		private final Policy policy;

		private final Map<String, Count> counts;

		Counts(Policy policy, int capacity) {
			this.policy = policy;
			this.counts = new LinkedHashMap<>(256, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
					return size() > capacity;
				}
			};
		}

		synchronized Duration pause(String key, Instant now) {
			Count count = key == null ? null : counts.get(key);
			if (count == null || count.pausedUntil() == null || !now.isBefore(count.pausedUntil())) {
				return Duration.ZERO;
			}
			return Duration.between(now, count.pausedUntil());
		}

		synchronized void failed(String key, Instant now) {
			if (key == null) {
				return;
			}
			Count count = counts.get(key);
			if (count != null && count.pausedUntil() != null && now.isBefore(count.pausedUntil())) {
				return;
			}
			if (count != null && now.isAfter(count.quietSince().plus(policy.forgetAfter()))) {
				count = null;
			}
			int failures = (count == null ? 0 : count.failures()) + 1;
			int pauses = count == null ? 0 : count.pauses();
			Instant pausedUntil = count == null ? null : count.pausedUntil();
			if (failures >= policy.failures()) {
				pausedUntil = now.plus(pauseAfter(pauses));
				pauses++;
				failures = 0;
			}
			counts.put(key, new Count(failures, pauses, now, pausedUntil));
		}

		synchronized void clear(String key) {
			if (key != null) {
				counts.remove(key);
			}
		}

		private Duration pauseAfter(int earlierPauses) {
			Duration pause = policy.firstPause();
			for (int i = 0; i < earlierPauses && pause.compareTo(policy.longestPause()) < 0; i++) {
				pause = pause.multipliedBy(2);
			}
			return pause.compareTo(policy.longestPause()) > 0 ? policy.longestPause() : pause;
		}
	}
}
