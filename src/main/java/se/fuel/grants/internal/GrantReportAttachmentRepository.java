package se.fuel.grants.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Files attached to grants' reports. */
interface GrantReportAttachmentRepository extends JpaRepository<GrantReportAttachment, UUID> {

	List<GrantReportAttachment> findByGrantIdOrderByUploadedAtAsc(UUID grantId);
}
