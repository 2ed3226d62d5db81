package se.fuel.applications.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.applications.SubmittedApplication;
import se.fuel.applications.SubmittedApplications;
import se.fuel.applications.ApplicationStatus;
import se.fuel.organisations.Organisations;

/** Sent-in applications as other modules see them. */
@Service
class SubmittedApplicationDirectory implements SubmittedApplications {

	private final ApplicationRepository applications;

	private final Organisations organisations;

	SubmittedApplicationDirectory(ApplicationRepository applications, Organisations organisations) {
		this.applications = applications;
		this.organisations = organisations;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SubmittedApplication> find(UUID applicationId) {
		return applications.findById(applicationId).filter(a -> a.registrationNumber() != null).map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SubmittedApplication> submittedTo(UUID callId) {
		return applications.findByCallId(callId).stream()
			.filter(a -> a.status().withTheFund())
			.map(this::view)
			.sorted(Comparator.comparing(SubmittedApplication::registrationNumber))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> partnersOf(UUID applicationId) {
		return applications.findById(applicationId).filter(a -> a.registrationNumber() != null)
			.map(a -> Set.copyOf(a.partnerOrganisationIds())).orElse(Set.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Contact> contactOf(UUID applicationId) {
		return applications.findById(applicationId).filter(a -> a.registrationNumber() != null)
			.filter(a -> a.contactEmail() != null && !a.contactEmail().isBlank())
			.map(a -> new Contact(a.contactName(), a.contactEmail().strip()));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> textsOf(UUID applicationId) {
		var texts = new LinkedHashMap<String, String>();
		applications.findById(applicationId).filter(a -> a.registrationNumber() != null)
			.ifPresent(a -> a.texts().entrySet().stream().sorted(Map.Entry.comparingByKey())
				.forEach(e -> texts.put(e.getKey().name(), e.getValue())));
		return texts;
	}

	private SubmittedApplication view(Application a) {
		return new SubmittedApplication(a.id(), a.callId(), a.title(), a.leadOrganisationId(),
				organisations.nameOf(a.leadOrganisationId()), a.registrationNumber(),
				a.requestedAmount() == null ? 0 : a.requestedAmount(), a.submittedAt(),
				a.status());
	}
}
