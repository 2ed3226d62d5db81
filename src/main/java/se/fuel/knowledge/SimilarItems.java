package se.fuel.knowledge;

import java.util.List;
import java.util.UUID;

/**
 * "Liknande projekt": the published items most like an item or an application, so that the fund officer sees
 * whether a method was already tried for a target group (the first main criterion). Each comes with why it matches.
 */
public interface SimilarItems {

	int LIMIT = 5;

	/** The five published items most like the given one (never the item itself). */
	List<Similar> similarTo(UUID itemId);

	/** The five published items most like an application's texts. */
	List<Similar> similarTo(Texts texts);

	/** What an application (or any draft) says about itself. */
	record Texts(String title, String text, List<String> targetGroups, List<String> methods) {

		public Texts {
			title = title == null ? "" : title;
			text = text == null ? "" : text;
			targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
			methods = methods == null ? List.of() : List.copyOf(methods);
		}
	}

	/**
	 * A similar item.
	 *
	 * @param reasons why it matches, e.g. "Samma målgrupp: unga vuxna", "Samma metod: ASI", "Gemensamma ord: ..."
	 */
	record Similar(UUID id, String title, KnowledgeKind kind, Integer year, List<se.fuel.common.Text> reasons) {
	}
}
