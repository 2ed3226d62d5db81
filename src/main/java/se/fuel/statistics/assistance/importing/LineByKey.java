package se.fuel.statistics.assistance.importing;

/**
 * The line each row key of an import file was first seen on, for the duplicate check: keys packed into a {@code long}
 * in an open-addressing table, since a million boxed keys and lines cost more than checking the rows themselves.
 */
final class LineByKey {

	private static final long EMPTY = Long.MIN_VALUE;

	private long[] keys;

	private long[] lines;

	private int size;

	LineByKey() {
		allocate(1 << 12);
	}

	private void allocate(int capacity) {
		keys = new long[capacity];
		lines = new long[capacity];
		java.util.Arrays.fill(keys, EMPTY);
	}

	/** Keeps the line for the key unless the key is there already; returns the earlier line or -1. */
	long putIfAbsent(long key, long line) {
		if (size * 2 >= keys.length) {
			grow();
		}
		int mask = keys.length - 1;
		int i = slot(key, mask);
		while (keys[i] != EMPTY) {
			if (keys[i] == key) {
				return lines[i];
			}
			i = (i + 1) & mask;
		}
		keys[i] = key;
		lines[i] = line;
		size++;
		return -1;
	}

	int size() {
		return size;
	}

	private static int slot(long key, int mask) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32)) & mask;
	}

	private void grow() {
		long[] oldKeys = keys;
		long[] oldLines = lines;
		allocate(keys.length * 2);
		int mask = keys.length - 1;
		for (int j = 0; j < oldKeys.length; j++) {
			if (oldKeys[j] != EMPTY) {
				int i = slot(oldKeys[j], mask);
				while (keys[i] != EMPTY) {
					i = (i + 1) & mask;
				}
				keys[i] = oldKeys[j];
				lines[i] = oldLines[j];
			}
		}
	}
}
