package se.fuel.assistance.internal;

/**
 * The line each row key of an import file was first seen on, for the duplicate check: keys packed into a {@code long}
 * in an open-addressing table (key and line side by side, one cache miss a look-up), since a million boxed keys and
 * lines cost more than checking the rows themselves.
 */
final class LineByKey {

	private static final long EMPTY = Long.MIN_VALUE;

	/** Key at 2i, its line at 2i + 1. */
	private long[] table;

	private int capacity;

	private int size;

	LineByKey() {
		allocate(1 << 12);
	}

	private void allocate(int slots) {
		capacity = slots;
		table = new long[slots * 2];
		for (int i = 0; i < table.length; i += 2) {
			table[i] = EMPTY;
		}
	}

	/** Keeps the line for the key unless the key is there already; returns the earlier line or -1. */
	long putIfAbsent(long key, long line) {
		if (size * 2 >= capacity) {
			grow();
		}
		int mask = capacity - 1;
		int i = slot(key, mask);
		while (table[2 * i] != EMPTY) {
			if (table[2 * i] == key) {
				return table[2 * i + 1];
			}
			i = (i + 1) & mask;
		}
		table[2 * i] = key;
		table[2 * i + 1] = line;
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
		long[] old = table;
		allocate(capacity * 2);
		int mask = capacity - 1;
		for (int j = 0; j < old.length; j += 2) {
			if (old[j] != EMPTY) {
				int i = slot(old[j], mask);
				while (table[2 * i] != EMPTY) {
					i = (i + 1) & mask;
				}
				table[2 * i] = old[j];
				table[2 * i + 1] = old[j + 1];
			}
		}
	}
}
