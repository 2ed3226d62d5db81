package se.fuel.decisions.document;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How the officer's free texts become the document's paragraphs; used by the document templates.
 */
public final class DocumentText {

	private DocumentText() {
	}

	/** One paragraph per non-blank line, so that a text typed in a textarea keeps its paragraphs. */
	public static List<String> paragraphs(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** Sentences that belong in one paragraph, the empty ones left out. */
	public static String sentences(String... parts) {
		return Arrays.stream(parts)
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.joining(" "));
	}
}
