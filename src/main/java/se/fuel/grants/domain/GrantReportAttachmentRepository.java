package se.fuel.grants.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Files attached to grants' reports. */
public interface GrantReportAttachmentRepository extends JpaRepository<GrantReportAttachment, UUID> {

	List<GrantReportAttachment> findByGrantIdOrderByUploadedAtAsc(UUID grantId);
}
