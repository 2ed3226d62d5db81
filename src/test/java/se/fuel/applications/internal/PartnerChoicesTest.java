package se.fuel.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.Calls;
import se.fuel.common.SwedishFormat;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.organisations.OrganisationKind;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Organisations;

/**
 * Which organisations an applicant is offered as partners depends on today's date in Stockholm, not in UTC: between
 * midnight and 01:00 (02:00 in summer) the two differ by a day.
 */
class PartnerChoicesTest {

	/** 00:30 on 2 March in Stockholm, still 1 March in UTC. */
	static final Clock HALF_PAST_MIDNIGHT_IN_STOCKHOLM = Clock.fixed(Instant.parse("2027-03-01T23:30:00Z"),
			SwedishFormat.ZONE);

	final OrganisationSummary endedFirstOfMarch = organisation("Slutade 1 mars", LocalDate.of(2027, 3, 1));

	final OrganisationSummary endsSecondOfMarch = organisation("Slutar 2 mars", LocalDate.of(2027, 3, 2));

	@Test
	void an_organisation_that_ended_yesterday_in_stockholm_is_no_longer_offered_after_midnight() {
		assertThat(partnerChoicesAt(HALF_PAST_MIDNIGHT_IN_STOCKHOLM)).doesNotContain(endedFirstOfMarch);
	}

	@Test
	void an_organisation_that_ends_today_in_stockholm_is_still_offered() {
		assertThat(partnerChoicesAt(HALF_PAST_MIDNIGHT_IN_STOCKHOLM)).containsExactly(endsSecondOfMarch);
	}

	private List<OrganisationSummary> partnerChoicesAt(Clock clock) {
		Organisations organisations = mock(Organisations.class);
		when(organisations.activeOn(any())).thenAnswer(call -> {
			LocalDate day = call.getArgument(0);
			return List.of(endedFirstOfMarch, endsSecondOfMarch).stream().filter(o -> o.activeOn(day)).toList();
		});
		Identity identity = mock(Identity.class, CALLS_REAL_METHODS);
		doReturn(new CurrentUser(UUID.randomUUID(), "sokande", "Sökande", Role.APPLICANT, UUID.randomUUID()))
			.when(identity).current();
		var service = new ApplicationService(mock(ApplicationRepository.class), mock(AttachmentRepository.class),
				mock(Calls.class), organisations, identity, mock(AuditTrail.class), mock(Submission.class),
				mock(ApplicationEventPublisher.class), mock(JdbcClient.class), mock(MessageSource.class), clock);
		return service.partnerChoices();
	}

	private static OrganisationSummary organisation(String name, LocalDate validTo) {
		return new OrganisationSummary(UUID.randomUUID(), name.toLowerCase(), name, OrganisationKind.values()[0], null,
				LocalDate.of(2020, 1, 1), validTo, null, null);
	}
}
