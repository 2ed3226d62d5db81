package se.fuel.grants.internal;

import java.util.Comparator;

/**
 * Orders references the way people read them: "2.1.2" before "2.1.10", "FoU 2024/0009" before "FoU 2024/0010".
 * Runs of digits compare as numbers, everything else as text.
 */
final class NaturalOrder implements Comparator<String> {

	static final Comparator<String> NULLS_LAST = Comparator.nullsLast(new NaturalOrder());

	@Override
	public int compare(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char x = a.charAt(i);
			char y = b.charAt(j);
			if (Character.isDigit(x) && Character.isDigit(y)) {
				int endA = digitsEnd(a, i);
				int endB = digitsEnd(b, j);
				String na = stripZeros(a.substring(i, endA));
				String nb = stripZeros(b.substring(j, endB));
				int byLength = Integer.compare(na.length(), nb.length());
				if (byLength != 0) {
					return byLength;
				}
				int byDigits = na.compareTo(nb);
				if (byDigits != 0) {
					return byDigits;
				}
				i = endA;
				j = endB;
			}
			else {
				int byChar = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
				if (byChar != 0) {
					return byChar;
				}
				i++;
				j++;
			}
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}

	private static int digitsEnd(String s, int from) {
		int end = from;
		while (end < s.length() && Character.isDigit(s.charAt(end))) {
			end++;
		}
		return end;
	}

	private static String stripZeros(String digits) {
		int k = 0;
		while (k < digits.length() - 1 && digits.charAt(k) == '0') {
			k++;
		}
		return digits.substring(k);
	}
}
