package se.fuel.knowledge.search;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the Swedish analysis found out about a word (its base forms, its compound parts), shared by all analyzers:
 * the dictionary never changes while the app runs, so an answer stays right. Bounded by starting afresh when full,
 * which keeps the frequent words after a moment.
 */
final class AnalysisCache<V> {

	static final int MAX_WORDS = 200_000;

	private final ConcurrentHashMap<String, V> answers = new ConcurrentHashMap<>();

	V get(String word, Function<String, V> compute) {
		V answer = answers.get(word);
		if (answer == null) {
			answer = compute.apply(word);
			if (answers.size() >= MAX_WORDS) {
				answers.clear();
			}
			answers.put(word, answer);
		}
		return answer;
	}
}
