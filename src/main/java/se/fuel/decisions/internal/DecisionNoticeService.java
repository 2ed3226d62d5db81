package se.fuel.decisions.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.decisions.DecisionNotice;
import se.fuel.decisions.DecisionNotices;
import se.fuel.decisions.DecisionRecipients;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/**
 * The decisions of a document as they will be mailed: the outcome of each application as the allocation computes it
 * now (which the recorded decision will take), and who the mail module will reach.
 */
@Service
class DecisionNoticeService implements DecisionNotices {

	private final DecisionDocumentRepository documents;

	private final AllocationCalculator calculator;

	private final DecisionRecipients recipients;

	private final Identity identity;

	DecisionNoticeService(DecisionDocumentRepository documents, AllocationCalculator calculator,
			DecisionRecipients recipients, Identity identity) {
		this.documents = documents;
		this.calculator = calculator;
		this.recipients = recipients;
		this.identity = identity;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DecisionNotice> notices(UUID documentId) {
		identity.require(Role.OFFICER, Role.ADMIN);
		DecisionDocument document = documents.findById(documentId).orElseThrow(DocumentService::notFound);
		var lines = calculator.compute(document.year()).lines();
		var leads = new LinkedHashMap<UUID, UUID>();
		lines.forEach(line -> leads.put(line.applicationId(), line.organisationId()));
		var reach = recipients.reach(leads);
		return lines.stream().map(line -> new DecisionNotice(line.applicationId(), line.registrationNumber(),
				line.title(), line.outcome(), reach.get(line.applicationId()).recipients(),
				reach.get(line.applicationId()).unreached())).toList();
	}
}
