package se.fuel.knowledge.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Adds, at the same position as a Swedish compound, its base form and the base forms of its parts: "boendestödet"
 * also gives "boendestöd", "boende" and "stöd". The compound itself passes on unchanged for the stemmer after this.
 * <p>
 * For queries the parts form a path of their own beside the compound (a token graph: the compound spans two positions,
 * the modifier takes the first and the head the second), so that the query parser asks for the compound <em>or both
 * its parts</em>. Stacked at one position the parts would be alternatives, and "boendestöd" would find every text
 * saying "stöd".
 */
public final class SwedishCompoundFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
	private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
	private final SwedishCompoundSplitter splitter;
	private final Deque<Pending> pending = new ArrayDeque<>();
	private final boolean parts;
	private final boolean graph;
	private State current;

	/** @param parts also the modifier's and the head's base forms, not only the compound's, stacked on the compound */
	public SwedishCompoundFilter(TokenStream input, boolean parts) {
		this(input, parts, false);
	}

	private SwedishCompoundFilter(TokenStream input, boolean parts, boolean graph) {
		super(input);
		this.splitter = new SwedishCompoundSplitter(SwedishDictionary.speller());
		this.parts = parts;
		this.graph = graph;
	}

	/** For queries: the compound, or its modifier followed by its head. */
	public static SwedishCompoundFilter queryGraph(TokenStream input) {
		return new SwedishCompoundFilter(input, true, true);
	}

	private record Pending(String term, int increment, int length) {
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!pending.isEmpty()) {
			restoreState(current);
			Pending next = pending.poll();
			term.setEmpty().append(next.term());
			position.setPositionIncrement(next.increment());
			length.setPositionLength(next.length());
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		String word = term.toString();
		splitter.split(word).ifPresent(split -> {
			if (graph) {
				length.setPositionLength(2);
				Set<String> lemmas = new LinkedHashSet<>(split.lemmas());
				lemmas.remove(word);
				lemmas.forEach(lemma -> pending.add(new Pending(lemma, 0, 2)));
				split.modifiers().forEach(modifier -> pending.add(new Pending(modifier, 0, 1)));
				int increment = 1;
				for (String head : split.heads()) {
					pending.add(new Pending(head, increment, 1));
					increment = 0;
				}
			}
			else {
				Set<String> added = new LinkedHashSet<>(split.lemmas());
				if (parts) {
					added.addAll(split.modifiers());
					added.addAll(split.heads());
				}
				added.remove(word);
				added.forEach(other -> pending.add(new Pending(other, 0, 1)));
			}
			current = captureState();
		});
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		pending.clear();
		current = null;
	}
}
