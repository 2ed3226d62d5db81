package se.fuel.knowledge;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;

/**
 * The knowledge bank's reads and writes. Everyone signed in reads published items; drafts and unpublished items exist
 * only for officers and administrators (for others they answer 404). Officers create, edit, publish and unpublish.
 */
public interface KnowledgeBank {

	/** Published items, newest year first (everyone signed in); page from 0. */
	Page<KnowledgeItemView> published(int page, int size);

	/**
	 * The methods the published items name, per grant they belong to, without repeats (everyone signed in): one read
	 * for statistics across all grants, however many items the bank holds.
	 */
	Map<UUID, List<String>> publishedMethodsByGrant();

	/** Drafts and unpublished items, last changed first (officers). */
	List<KnowledgeItemView> drafts();

	/** The item; 404 for a draft unless the caller is an officer or administrator. */
	KnowledgeItemView item(UUID id);

	/** Creates a draft (officers). */
	KnowledgeItemView create(KnowledgeItemInput input);

	/**
	 * Saves the item's texts and facts (officers); a published item stays published, its version is not saved.
	 * @param openedVersion the {@link KnowledgeItemView#version()} the form or the API client read; a change on an
	 * older one is refused with {@link se.fuel.common.StaleVersionException} ({@code null}: no check)
	 */
	KnowledgeItemView update(UUID id, KnowledgeItemInput input, Long openedVersion);

	/**
	 * Runs every pre-publish check (e.g. no personal identity numbers), then publishes and saves a version (officers).
	 * Any violation blocks publishing.
	 */
	KnowledgeItemView publish(UUID id);

	/** Takes a published item down (officers). */
	KnowledgeItemView unpublish(UUID id);

	/** Versions of the item, oldest first (officers). */
	List<KnowledgeVersionView> versions(UUID id);

	/** The areas of the taxonomy offered for items, in order. */
	List<KnowledgeArea> areas();

	/** Every area, retired ones too: the labels of old items and of facets. */
	List<KnowledgeArea> allAreas();

	/** Attaches an uploaded file (officers); the rules of {@code UploadedDocument}. */
	KnowledgeAttachmentView attach(UUID id, String fileName, long size, java.io.InputStream content);

	/** Removes an attachment (officers). */
	void removeAttachment(UUID id, UUID attachmentId);

	/** An attachment's file; as visible as its item. */
	KnowledgeItemDownload download(UUID id, UUID attachmentId);
}
