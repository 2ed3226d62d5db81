package se.fuel.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import se.fuel.applications.ApplicationReturned;
import se.fuel.applications.SubmittedApplications;
import se.fuel.assessment.CouncilMemberAssigned;
import se.fuel.common.Text;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.AttestationRequested;
import se.fuel.decisions.CommitteeDecided;
import se.fuel.decisions.DecisionOutcome;
import se.fuel.grants.GrantReminderDue;
import se.fuel.grants.ReportApproved;
import se.fuel.grants.ReportReturned;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.knowledge.KnowledgeItemPublishedToSubscribers;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.notifications.NotificationKind;
import se.fuel.system.MessageBundles;

/**
 * Which event tells whom what, and where the notification leads: the same people the mail module mails, in words of
 * the reader's language.
 */
class NotificationListenersTest {

	static final MessageSource MESSAGES = MessageBundles.source();

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	final UUID district = UUID.randomUUID();

	final UUID partner = UUID.randomUUID();

	final Identity.UserSummary anna = applicant("anna", district);

	final Identity.UserSummary bo = applicant("bo", district);

	final Identity.UserSummary cecilia = applicant("cecilia", partner);

	final Identity.UserSummary elsewhere = applicant("david", UUID.randomUUID());

	final Identity identity = mock(Identity.class);

	final SubmittedApplications applications = mock(SubmittedApplications.class);

	final NotificationInbox inbox = mock(NotificationInbox.class);

	final List<Delivery> delivered = new ArrayList<>();

	final NotificationListeners listeners = new NotificationListeners(inbox, identity, applications);

	record Delivery(List<UUID> users, Notice notice) {

		String swedish() {
			return MESSAGES.getMessage(Text.of(notice.messageKey(), notice.arguments().toArray()), SWEDISH);
		}

		String english() {
			return MESSAGES.getMessage(Text.of(notice.messageKey(), notice.arguments().toArray()), Locale.ENGLISH);
		}
	}

	@BeforeEach
	void recordDeliveries() {
		when(identity.usersWithRole(Role.APPLICANT)).thenReturn(List.of(anna, bo, cecilia, elsewhere));
		doAnswer(call -> delivered.add(new Delivery(List.copyOf((Collection<UUID>) call.getArgument(0)),
				call.getArgument(1)))).when(inbox).deliver(any(), any());
	}

	@Test
	void aReturnedApplicationTellsEveryApplicantOfItsOrganisationAndNobodyElse() {
		UUID application = UUID.randomUUID();
		listeners.on(new ApplicationReturned(application, district, "FoU 2027/0003", "Boendestöd", "Lägg till budget"));

		Delivery d = single();
		assertThat(d.users()).containsExactlyInAnyOrder(anna.id(), bo.id());
		assertThat(d.notice().kind()).isEqualTo(NotificationKind.RETURNED_FOR_COMPLETION);
		assertThat(d.notice().link()).isEqualTo("/applications/" + application);
		assertThat(d.swedish()).isEqualTo("Ansökan FoU 2027/0003 ”Boendestöd” har skickats tillbaka för komplettering.");
		assertThat(d.english()).isEqualTo("Application FoU 2027/0003 \"Boendestöd\" has been returned for completion.");
	}

	@Test
	void aDecisionTellsTheLeadAndThePartnersApplicantsWhatTheCommitteeDecidedOnEachApplication() {
		UUID joint = UUID.randomUUID();
		UUID alone = UUID.randomUUID();
		when(applications.partnersOf(joint)).thenReturn(Set.of(partner));
		when(applications.partnersOf(alone)).thenReturn(Set.of());
		listeners.on(new CommitteeDecided(2027, UUID.randomUUID(), LocalDate.of(2027, 5, 20), "§ 7",
				List.of(outcome(joint, "FoU 2027/0001", DecisionOutcome.PARTIALLY_GRANTED),
						outcome(alone, "FoU 2027/0002", DecisionOutcome.REJECTED))));

		assertThat(delivered).hasSize(2);
		assertThat(delivered.get(0).users()).containsExactlyInAnyOrder(anna.id(), bo.id(), cecilia.id());
		assertThat(delivered.get(0).notice().link()).isEqualTo("/applications/" + joint);
		assertThat(delivered.get(0).swedish())
			.isEqualTo("Nämnden har delvis beviljat ansökan FoU 2027/0001 ”Projekt FoU 2027/0001”.");
		assertThat(delivered.get(1).users()).containsExactlyInAnyOrder(anna.id(), bo.id());
		assertThat(delivered.get(1).english())
			.isEqualTo("The committee has rejected application FoU 2027/0002 \"Projekt FoU 2027/0002\".");
		assertThat(delivered).extracting(x -> x.notice().kind()).containsOnly(NotificationKind.DECISION_OUTCOME);
	}

	@Test
	void anApprovedOrReturnedReportLeadsItsOrganisationsApplicantsToTheGrant() {
		UUID grant = UUID.randomUUID();
		listeners.on(new ReportApproved(grant, district, "FoU 2026/0004", "Tolkstöd", "Bra"));
		listeners.on(new ReportReturned(grant, district, null, "Äldre projekt", "Komplettera"));

		assertThat(delivered).extracting(Delivery::users)
			.containsOnly(List.of(anna.id(), bo.id()));
		assertThat(delivered).extracting(d -> d.notice().link()).containsOnly("/grants/" + grant);
		assertThat(delivered.get(0).notice().kind()).isEqualTo(NotificationKind.REPORT_APPROVED);
		assertThat(delivered.get(0).swedish()).isEqualTo("Redovisningen av FoU 2026/0004 Tolkstöd är godkänd.");
		assertThat(delivered.get(1).notice().kind()).isEqualTo(NotificationKind.REPORT_RETURNED);
		assertThat(delivered.get(1).english()).isEqualTo("The report on Äldre projekt has been returned for completion.");
	}

	@Test
	void aReminderNamesTheGrantAndTheDayItIsDue() {
		UUID grant = UUID.randomUUID();
		listeners.on(new GrantReminderDue(grant, district, "Påminnelse", "Text", "FoU 2026/0004 Tolkstöd", false,
				LocalDate.of(2027, 3, 31)));
		listeners.on(new GrantReminderDue(grant, district, "Påminnelse", "Text", "FoU 2026/0004 Tolkstöd", true,
				LocalDate.of(2027, 4, 30)));

		assertThat(delivered).extracting(d -> d.notice().kind()).containsOnly(NotificationKind.REMINDER);
		assertThat(delivered.get(0).swedish())
			.isEqualTo("Påminnelse: redovisningen av FoU 2026/0004 Tolkstöd ska lämnas senast 2027-03-31.");
		assertThat(delivered.get(1).english())
			.isEqualTo("Reminder: the repayment for FoU 2026/0004 Tolkstöd is due on 2027-04-30.");
	}

	@Test
	void aGrantWithoutAnOrganisationTellsNobody() {
		listeners.on(new ReportApproved(UUID.randomUUID(), null, null, "Från före Fuel", null));

		assertThat(single().users()).isEmpty();
	}

	@Test
	void aSubscriberIsLedToTheNewItemsPage() {
		UUID item = UUID.randomUUID();
		listeners.on(new KnowledgeItemPublishedToSubscribers(item, "Boendestöd i Järva", KnowledgeKind.REPORT,
				"/knowledge/" + item, List.of(new KnowledgeItemPublishedToSubscribers.Subscriber(elsewhere.id(),
						List.of("Du bevakar området Missbruk.")))));

		Delivery d = single();
		assertThat(d.users()).containsExactly(elsewhere.id());
		assertThat(d.notice().kind()).isEqualTo(NotificationKind.KNOWLEDGE_PUBLISHED);
		assertThat(d.notice().link()).isEqualTo("/knowledge/" + item);
		assertThat(d.swedish()).isEqualTo("Nytt i kunskapsbanken som du bevakar: ”Boendestöd i Järva”.");
	}

	@Test
	void theAssignedCouncilMemberIsLedToTheReview() {
		UUID member = UUID.randomUUID();
		UUID application = UUID.randomUUID();
		listeners.on(new CouncilMemberAssigned(application, "FoU 2027/0005", "Stöd till anhöriga", member));

		Delivery d = single();
		assertThat(d.users()).containsExactly(member);
		assertThat(d.notice().kind()).isEqualTo(NotificationKind.COUNCIL_ASSIGNMENT);
		assertThat(d.notice().link()).isEqualTo("/council/" + application);
		assertThat(d.swedish())
			.isEqualTo("Du har fått ansökan FoU 2027/0005 ”Stöd till anhöriga” att granska i FoU-rådet.");
	}

	@Test
	void theAttestantIsLedToTheVersionToAttest() {
		UUID attestant = UUID.randomUUID();
		UUID document = UUID.randomUUID();
		listeners.on(new AttestationRequested(document, 2027, 2, attestant));

		Delivery d = single();
		assertThat(d.users()).containsExactly(attestant);
		assertThat(d.notice().kind()).isEqualTo(NotificationKind.ATTESTATION_REQUEST);
		assertThat(d.notice().link()).isEqualTo("/decisions/documents/" + document);
		assertThat(d.swedish()).isEqualTo("Tjänsteutlåtandet för 2027, version 2, väntar på din attest.");
		assertThat(d.english()).isEqualTo("The decision document for 2027, version 2, awaits your attestation.");
	}

	private Delivery single() {
		assertThat(delivered).hasSize(1);
		return delivered.get(0);
	}

	private ApplicationOutcome outcome(UUID application, String number, DecisionOutcome outcome) {
		return new ApplicationOutcome(application, UUID.randomUUID(), number, "Projekt " + number, "P1", 2027,
				district, outcome, 300_000, outcome == DecisionOutcome.REJECTED ? 0 : 200_000, "",
				LocalDate.of(2027, 5, 20), "§ 7");
	}

	private static Identity.UserSummary applicant(String name, UUID organisation) {
		return new Identity.UserSummary(UUID.randomUUID(), name, name, name + "@example.org", null, Role.APPLICANT,
				organisation, null);
	}
}
