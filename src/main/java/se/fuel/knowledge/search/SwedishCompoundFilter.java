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

/**
 * Adds, at the same position as a Swedish compound, its base form and the base forms of its parts: "boendestödet"
 * also gives "boendestöd", "boende" and "stöd". The compound itself passes on unchanged for the stemmer after this.
 */
public final class SwedishCompoundFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
	private final SwedishCompoundSplitter splitter;
	private final Deque<String> pending = new ArrayDeque<>();
	private final boolean parts;
	private State current;

	/** @param parts also the modifier's and the head's base forms, not only the compound's */
	public SwedishCompoundFilter(TokenStream input, boolean parts) {
		super(input);
		this.splitter = new SwedishCompoundSplitter(SwedishDictionary.speller());
		this.parts = parts;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!pending.isEmpty()) {
			restoreState(current);
			term.setEmpty().append(pending.poll());
			position.setPositionIncrement(0);
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		String word = term.toString();
		splitter.split(word).ifPresent(split -> {
			Set<String> added = new LinkedHashSet<>(split.lemmas());
			if (parts) {
				added.addAll(split.modifiers());
				added.addAll(split.heads());
			}
			added.remove(word);
			pending.addAll(added);
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
