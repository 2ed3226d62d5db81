package se.fuel.knowledge.search;

import java.util.List;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

import se.fuel.knowledge.internal.KnowledgeAttachmentText;
import se.fuel.knowledge.internal.KnowledgeItem;

/**
 * How a knowledge-bank item is indexed ({@code hibernate.search.mapping.configurer}): its texts as Swedish full text,
 * its facets as keywords. Only published items are in the index ({@link PublishedOnlyRoutingBinder}). Kept beside the
 * search instead of as annotations on the entity, so the entity stays about the domain.
 */
public class KnowledgeSearchMapping implements HibernateOrmSearchMappingConfigurer {

	public static final String INDEX = "knowledge_item";

	/** The full-text fields, with their weight in a query: a word in the title counts most. */
	public static final String TITLE = "title";
	public static final String SUMMARY = "summary";
	public static final String BODY = "body";
	public static final String OUTCOME = "outcome";
	public static final String METHODS = "methods";
	public static final String TARGET_GROUPS = "targetGroups";

	/** The text of the item's attachments (PDF, Word, Excel), one value per attachment. */
	public static final String ATTACHMENTS = "attachments";
	public static final String ATTACHMENT_TEXT = ATTACHMENTS + ".text";

	/** The facet fields. */
	public static final String KIND = "kind";
	public static final String YEAR = "year";
	public static final String AREA = "area";
	public static final String TARGET_GROUP = "targetGroup";
	public static final String METHOD = "method";
	public static final String ORGANISATION = "organisation";
	public static final String PROGRAMME = "programme";
	public static final String IMPLEMENTED = "implemented";
	public static final String STATUS = "status";

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		TypeMappingStep item = context.programmaticMapping().type(KnowledgeItem.class);
		item.indexed().index(INDEX).routingBinder(new PublishedOnlyRoutingBinder());
		text(item, "title", TITLE);
		text(item, "summary", SUMMARY);
		text(item, "body", BODY);
		text(item, "outcome", OUTCOME);
		text(item, "methods", METHODS);
		text(item, "targetGroups", TARGET_GROUPS);
		item.property("title").keywordField("titleKeyword").projectable(Projectable.YES);
		item.property("kind").keywordField(KIND).aggregable(Aggregable.YES).projectable(Projectable.YES);
		item.property("status").keywordField(STATUS);
		item.property("year").genericField(YEAR).aggregable(Aggregable.YES).sortable(Sortable.YES)
			.projectable(Projectable.YES);
		item.property("areaCodes").keywordField(AREA).aggregable(Aggregable.YES);
		item.property("targetGroups").keywordField(TARGET_GROUP).aggregable(Aggregable.YES)
			.projectable(Projectable.YES);
		item.property("methods").keywordField(METHOD).aggregable(Aggregable.YES).projectable(Projectable.YES);
		item.property("organisationIds").keywordField(ORGANISATION).aggregable(Aggregable.YES)
			.projectable(Projectable.YES);
		item.property("programmeCode").keywordField(PROGRAMME).aggregable(Aggregable.YES);
		item.property("implementationStatus").keywordField(IMPLEMENTED).aggregable(Aggregable.YES);
		// The texts are kept when a file is uploaded, so indexing reads them from the database and never parses a
		// file. An attachment added or removed re-indexes its item explicitly (KnowledgeItemIndexing): the texts
		// themselves never change, and their table has no link back that Hibernate Search could follow.
		item.property("attachmentTexts").indexedEmbedded(ATTACHMENTS).includePaths("text")
			.indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
		text(context.programmaticMapping().type(KnowledgeAttachmentText.class), "text", "text");
	}

	private static void text(TypeMappingStep item, String property, String field) {
		item.property(property).fullTextField(field)
			.analyzer(SwedishAnalyzer.INDEXING)
			.searchAnalyzer(SwedishAnalyzer.QUERY)
			.highlightable(List.of(Highlightable.ANY))
			.termVector(TermVector.WITH_POSITIONS_OFFSETS)
			.projectable(Projectable.YES);
	}
}
