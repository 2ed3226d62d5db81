package se.fuel.applications.eligibility;

/**
 * How Fuel counts the words of a text section against a call's word limit: whitespace-separated tokens, so that the
 * applicant's counter in the form and the check on submission always agree.
 */
public final class WordCount {

	private WordCount() {
	}

	public static int of(String text) {
		if (text == null) {
			return 0;
		}
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			boolean space = isSpace(text.charAt(i));
			if (!space && !inWord) {
				words++;
			}
			inWord = !space;
		}
		return words;
	}

	// Non-breaking spaces are pasted from word processors and separate words just as well as ordinary spaces.
	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}
}
