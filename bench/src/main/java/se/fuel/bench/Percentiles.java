package se.fuel.bench;

import java.util.Arrays;

/**
 * Latencies of one engine over a benchmark run, summarised by the nearest-rank percentile (the smallest measured
 * value with at least p% of all measurements at or below it), so every reported figure is a time that was measured.
 */
public final class Percentiles {

	private final long[] sortedNanos;

	public Percentiles(long[] nanos) {
		if (nanos.length == 0) {
			throw new IllegalArgumentException("no measurements");
		}
		this.sortedNanos = nanos.clone();
		Arrays.sort(this.sortedNanos);
	}

	/** @param p between 0 (exclusive) and 100 (inclusive) */
	public long nanos(double p) {
		if (!(p > 0 && p <= 100)) {
			throw new IllegalArgumentException("percentile " + p);
		}
		int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
		return sortedNanos[Math.max(rank, 1) - 1];
	}

	public double millis(double p) {
		return nanos(p) / 1_000_000.0;
	}

	public double meanMillis() {
		return Arrays.stream(sortedNanos).average().orElse(0) / 1_000_000.0;
	}

	public double maxMillis() {
		return sortedNanos[sortedNanos.length - 1] / 1_000_000.0;
	}

	public int count() {
		return sortedNanos.length;
	}
}
