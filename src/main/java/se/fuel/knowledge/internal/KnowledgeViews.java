package se.fuel.knowledge.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.fuel.knowledge.KnowledgeArea;
import se.fuel.knowledge.KnowledgeAttachmentView;
import se.fuel.knowledge.KnowledgeItemView;
import se.fuel.organisations.Organisations;

/** Turns items into views: organisation names, area labels and attachments. */
@Component
class KnowledgeViews {

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final KnowledgeAttachmentRepository attachments;

	KnowledgeViews(JdbcClient jdbc, Organisations organisations, KnowledgeAttachmentRepository attachments) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.attachments = attachments;
	}

	/** The active areas of the taxonomy, in order. */
	List<KnowledgeArea> areas() {
		return jdbc.sql("select code, label from knowledge_area where active order by position, label")
			.query((rs, n) -> new KnowledgeArea(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** Every area, also those no longer offered, by code: old items keep their labels. */
	Map<String, KnowledgeArea> allAreas() {
		return jdbc.sql("select code, label from knowledge_area")
			.query((rs, n) -> new KnowledgeArea(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(KnowledgeArea::code, Function.identity()));
	}

	KnowledgeItemView view(KnowledgeItem item) {
		Map<String, KnowledgeArea> areas = allAreas();
		return new KnowledgeItemView(item.id(), item.kind(), item.status(), item.title(), item.summary(), item.body(),
				item.year(), item.grantId(), item.organisationIds(),
				item.organisationIds().stream().map(organisations::nameOf).toList(), item.programmeCode(),
				item.areaCodes().stream().map(c -> areas.getOrDefault(c, new KnowledgeArea(c, c))).toList(),
				item.targetGroups(), item.methods(), item.implementationStatus(), item.outcome(), item.contact(),
				item.createdAt(), item.updatedAt(), item.publishedAt(), item.publishedVersion(),
				attachments.findByItemIdOrderByUploadedAtAsc(item.id()).stream().map(KnowledgeViews::attachment)
					.toList(),
				item.version());
	}

	static KnowledgeAttachmentView attachment(KnowledgeAttachment a) {
		return new KnowledgeAttachmentView(a.id(), a.itemId(), a.fileName(), a.contentType(), a.sizeBytes(),
				a.uploadedAt(), a.uploadedBy());
	}
}
