package se.fuel.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.fuel.PersistenceSliceTest;
import se.fuel.SliceRows;
import se.fuel.applications.ApplicationContent;

@PersistenceSliceTest
class ApplicationRepositorySliceTest {

	private static final Instant NOW = Instant.parse("2030-03-01T09:00:00Z");

	@Autowired
	ApplicationRepository applications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOrganisationSeesTheApplicationsItLeadsAndThoseItIsAPartnerInOnceEach() {
		UUID lead = SliceRows.organisation(jdbc);
		UUID partner = SliceRows.organisation(jdbc);
		UUID other = SliceRows.organisation(jdbc);
		UUID call = UUID.randomUUID();
		var led = application(call, lead, "Led", Set.of());
		var joint = application(call, other, "Joint", Set.of(partner, lead));
		var foreign = application(call, other, "Foreign", Set.of());
		applications.saveAllAndFlush(List.of(led, joint, foreign));

		assertThat(applications.visibleTo(lead)).extracting(Application::id)
			.containsExactlyInAnyOrder(led.id(), joint.id());
		assertThat(applications.visibleTo(partner)).extracting(Application::id).containsExactly(joint.id());
	}

	@Test
	void onlySubmittedAndReturnedApplicationsOfTheGivenCallsCountAndTheOneBeingSubmittedDoesNot() {
		UUID lead = SliceRows.organisation(jdbc);
		UUID call = UUID.randomUUID();
		UUID otherCall = UUID.randomUUID();
		var submitted = submitted(application(call, lead, "Submitted", Set.of()), "S-1");
		var returned = submitted(application(call, lead, "Returned", Set.of()), "S-2");
		returned.returnForCompletion("Please add the budget", NOW);
		var draft = application(call, lead, "Draft", Set.of());
		var withdrawn = application(call, lead, "Withdrawn", Set.of());
		withdrawn.withdraw(NOW);
		var elsewhere = submitted(application(otherCall, lead, "Elsewhere", Set.of()), "S-3");
		var current = submitted(application(call, lead, "Current", Set.of()), "S-4");
		applications.saveAllAndFlush(List.of(submitted, returned, draft, withdrawn, elsewhere, current));

		assertThat(applications.countSubmitted(lead, List.of(call), current.id())).isEqualTo(2);
		assertThat(applications.countSubmitted(lead, List.of(call, otherCall), current.id())).isEqualTo(3);
		assertThat(applications.countSubmitted(SliceRows.organisation(jdbc), List.of(call), current.id())).isZero();
	}

	@Test
	void aTitleIsTakenWithinItsCallOnly() {
		UUID lead = SliceRows.organisation(jdbc);
		UUID call = UUID.randomUUID();
		applications.saveAndFlush(application(call, lead, "Läsfrämjande i Järva", Set.of()));

		assertThat(applications.existsByCallIdAndTitle(call, "Läsfrämjande i Järva")).isTrue();
		assertThat(applications.existsByCallIdAndTitle(UUID.randomUUID(), "Läsfrämjande i Järva")).isFalse();
		assertThat(applications.findByCallId(call)).extracting(Application::title)
			.containsExactly("Läsfrämjande i Järva");
	}

	private static Application application(UUID call, UUID lead, String title, Set<UUID> partners) {
		var content = new ApplicationContent(title, null, null, null, null, null, null, null, null, null, partners,
				null, null, null, false);
		return new Application(call, lead, content, NOW);
	}

	private static Application submitted(Application application, String registrationNumber) {
		application.submit(NOW, registrationNumber + "-" + UUID.randomUUID(), List.of());
		return application;
	}
}
