package se.fuel.common;

import java.util.Collection;
import java.util.function.ToLongFunction;

/**
 * Sums of kronor or people that cannot wrap around: a {@code long} sum of huge values silently turns negative, which
 * once let budget lines of 9 223 372 036 854 775 807 "add up" to a requested 100 000. An overflow throws
 * {@link ArithmeticException} instead, which a rule reports as not adding up.
 */
public final class ExactSum {

	private ExactSum() {
	}

	public static <T> long of(Collection<T> items, ToLongFunction<T> value) {
		long sum = 0;
		for (T item : items) {
			sum = Math.addExact(sum, value.applyAsLong(item));
		}
		return sum;
	}

	public static long of(long... values) {
		long sum = 0;
		for (long v : values) {
			sum = Math.addExact(sum, v);
		}
		return sum;
	}
}
