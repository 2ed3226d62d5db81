package se.fuel.knowledge.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The extracted texts of knowledge-bank attachments, by attachment id. */
interface KnowledgeAttachmentTextRepository extends JpaRepository<KnowledgeAttachmentText, UUID> {
}
