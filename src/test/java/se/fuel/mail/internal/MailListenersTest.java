package se.fuel.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.applications.ApplicationReturned;
import se.fuel.applications.ApplicationSubmitted;
import se.fuel.assessment.CouncilMemberAssigned;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.AttestationRequested;
import se.fuel.decisions.CommitteeDecided;
import se.fuel.decisions.DecisionNotice;
import se.fuel.decisions.DecisionNotice.Reason;
import se.fuel.decisions.DecisionOutcome;
import se.fuel.decisions.DecisionRecipients;
import se.fuel.grants.ReportApproved;
import se.fuel.grants.ReportReturned;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.knowledge.KnowledgeItemPublishedToSubscribers;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.mail.Mail;
import se.fuel.mail.MailKind;
import se.fuel.mail.OutboxEntry;
import se.fuel.mail.OutboxPage;
import se.fuel.mail.OutgoingMail;
import se.fuel.system.MessageBundles;

/**
 * The applicants' mails read, word for word, as the city's staff have always received them: in Swedish, composed
 * from {@code i18n/mail/messages_sv.properties}.
 */
class MailListenersTest {

	static final String SIGNATURE = "\n\nMed vänlig hälsning\nFoU-handläggarna, Socialförvaltningen";

	final UUID organisation = UUID.randomUUID();

	final Identity.UserSummary anna = new Identity.UserSummary(UUID.randomUUID(), "anna", "Anna Svensson",
			"anna@example.org", null, Role.APPLICANT, organisation, null);

	final List<OutgoingMail> sent = new ArrayList<>();

	/** Who a decision reaches: Anna, and a contact person who gave no name for the application "Tolk". */
	final DecisionRecipients recipients = leads -> reachEach(leads, new DecisionNotice.Reach(List.of(
			new DecisionNotice.Recipient(anna.id(), anna.displayName(), anna.email(), Reason.LEAD_ORGANISATION)),
			List.of()));

	static Map<UUID, DecisionNotice.Reach> reachEach(Map<UUID, UUID> leads, DecisionNotice.Reach reach) {
		var each = new LinkedHashMap<UUID, DecisionNotice.Reach>();
		leads.keySet().forEach(application -> each.put(application, reach));
		return each;
	}

	final MailListeners listeners = new MailListeners(new RecordingMail(), new OneApplicant(),
			MessageBundles.source(), "https://fuel.example.org/", recipients);

	@Test
	void a_submitted_application_is_acknowledged_with_its_number_time_and_amount() {
		Instant at = Instant.parse("2027-02-01T09:30:00Z");
		listeners.on(new ApplicationSubmitted(UUID.randomUUID(), UUID.randomUUID(), organisation, "FoU 2027/0001",
				250_000, at, false));

		assertThat(sent).singleElement().satisfies(m -> {
			assertThat(m.kind()).isEqualTo(MailKind.SUBMISSION_RECEIPT);
			assertThat(m.subject()).isEqualTo("Ansökan mottagen: FoU 2027/0001");
			assertThat(m.body()).isEqualTo("Hej Anna Svensson!\n\nVi har tagit emot ansökan FoU 2027/0001 den "
					+ SwedishFormat.dateTime(at) + ".\nSökt belopp: " + SwedishFormat.kronor(250_000)
					+ ".\n\nFoU-handläggarna går igenom ansökan och hör av sig om något behöver kompletteras."
					+ SIGNATURE);
		});
	}

	@Test
	void a_resubmitted_application_is_acknowledged_as_completed() {
		listeners.on(new ApplicationSubmitted(UUID.randomUUID(), UUID.randomUUID(), organisation, "FoU 2027/0001",
				250_000, Instant.parse("2027-02-01T09:30:00Z"), true));

		assertThat(sent).singleElement().satisfies(m -> {
			assertThat(m.subject()).isEqualTo("Kompletterad ansökan mottagen: FoU 2027/0001");
			assertThat(m.body()).contains("Vi har tagit emot den kompletterade ansökan FoU 2027/0001 den ");
		});
	}

	@Test
	void a_returned_application_carries_the_officers_message() {
		listeners.on(new ApplicationReturned(UUID.randomUUID(), organisation, "FoU 2027/0001", "Boendestöd",
				"Budgeten saknas."));

		assertThat(sent).singleElement().satisfies(m -> {
			assertThat(m.subject()).isEqualTo("Komplettera ansökan FoU 2027/0001");
			assertThat(m.body()).isEqualTo("Hej Anna Svensson!\n\nAnsökan FoU 2027/0001 \"Boendestöd\" har skickats "
					+ "tillbaka för komplettering.\n\nHandläggarens meddelande:\nBudgeten saknas.\n\nLogga in i Fuel, "
					+ "komplettera ansökan och skicka in den igen." + SIGNATURE);
		});
	}

	@Test
	void a_partly_granted_application_is_told_amount_reason_date_and_paragraph() {
		listeners.on(new CommitteeDecided(2027, UUID.randomUUID(), LocalDate.of(2027, 3, 18), "§ 12",
				List.of(new ApplicationOutcome(UUID.randomUUID(), UUID.randomUUID(), "FoU 2027/0001", "Boendestöd",
						"LUM", 2027, organisation, DecisionOutcome.PARTIALLY_GRANTED, 500_000, 300_000,
						"Resorna är för dyra.", null, null))));

		assertThat(sent).singleElement().satisfies(m -> {
			assertThat(m.subject()).isEqualTo("Beslut om ansökan FoU 2027/0001: Delvis beviljad");
			assertThat(m.body()).isEqualTo("Hej Anna Svensson!\n\nNämnden har fattat beslut om ansökan FoU 2027/0001 "
					+ "\"Boendestöd\".\n\nBeslut: Delvis beviljad\nBeviljat belopp: " + SwedishFormat.kronor(300_000)
					+ " (sökt " + SwedishFormat.kronor(500_000) + ")\nMotivering: Resorna är för dyra.\nBeslutsdatum: "
					+ SwedishFormat.date(LocalDate.of(2027, 3, 18)) + "\nParagraf: § 12\n\nBeslutet finns i Fuel under "
					+ "Beslut." + SIGNATURE);
		});
	}

	@Test
	void a_rejection_names_no_amount() {
		listeners.on(new CommitteeDecided(2027, UUID.randomUUID(), LocalDate.of(2027, 3, 18), null,
				List.of(new ApplicationOutcome(UUID.randomUUID(), UUID.randomUUID(), "FoU 2027/0002", "Tolk",
						"LUM", 2027, organisation, DecisionOutcome.REJECTED, 500_000, 0, null, null, null))));

		assertThat(sent).singleElement().satisfies(m -> {
			assertThat(m.subject()).isEqualTo("Beslut om ansökan FoU 2027/0002: Avslagen");
			assertThat(m.body()).doesNotContain("Beviljat belopp").doesNotContain("Paragraf");
		});
	}

	@Test
	void a_decision_reaches_everyone_the_recipients_name_and_greets_a_contact_without_a_name_plainly() {
		var withContact = new MailListeners(new RecordingMail(), new OneApplicant(), MessageBundles.source(),
				"https://fuel.example.org/", leads -> reachEach(leads, new DecisionNotice.Reach(List.of(
						new DecisionNotice.Recipient(anna.id(), anna.displayName(), anna.email(),
								Reason.LEAD_ORGANISATION),
						new DecisionNotice.Recipient(null, null, "kontakt@example.org", Reason.CONTACT_PERSON)),
						List.of())));
		withContact.on(new CommitteeDecided(2027, UUID.randomUUID(), LocalDate.of(2027, 3, 18), "§ 12",
				List.of(new ApplicationOutcome(UUID.randomUUID(), UUID.randomUUID(), "FoU 2027/0002", "Tolk",
						"LUM", 2027, organisation, DecisionOutcome.REJECTED, 500_000, 0, null, null, null))));

		assertThat(sent).extracting(OutgoingMail::recipientAddress)
			.containsExactly("anna@example.org", "kontakt@example.org");
		assertThat(sent.get(1).recipientUserId()).isNull();
		assertThat(sent.get(1).body()).startsWith("Hej!\n\nNämnden har fattat beslut om ansökan FoU 2027/0002");
	}

	@Test
	void an_approved_report_says_it_is_a_condition_for_new_funds_and_carries_the_comment() {
		listeners.on(new ReportApproved(UUID.randomUUID(), organisation, "FoU 2026/0007", "Boendestöd", "Bra jobbat."));

		assertThat(sent).singleElement().satisfies(m -> {
			assertThat(m.subject()).isEqualTo("Redovisning godkänd: FoU 2026/0007 \"Boendestöd\"");
			assertThat(m.body()).isEqualTo("Hej Anna Svensson!\n\nRedovisningen av de beviljade medlen för FoU 2026/0007 "
					+ "\"Boendestöd\" är godkänd.\n\nSamordnarens kommentar:\nBra jobbat.\n\nEn godkänd redovisning är "
					+ "en förutsättning för att kunna ansöka om och beviljas medel kommande år." + SIGNATURE);
		});
	}

	@Test
	void a_returned_report_of_a_grant_without_number_names_it_by_title() {
		listeners.on(new ReportReturned(UUID.randomUUID(), organisation, null, "Boendestöd", "Siffrorna saknas."));

		assertThat(sent).singleElement().satisfies(m -> {
			assertThat(m.subject()).isEqualTo("Komplettera redovisningen: \"Boendestöd\"");
			assertThat(m.body()).isEqualTo("Hej Anna Svensson!\n\nRedovisningen av de beviljade medlen för "
					+ "\"Boendestöd\" har skickats tillbaka för komplettering.\n\nHandläggarens meddelande:\n"
					+ "Siffrorna saknas.\n\nLogga in i Fuel, komplettera redovisningen och lämna in den igen." + SIGNATURE);
		});
	}

	@Test
	void a_subscriber_is_told_what_was_published_and_why() {
		listeners.on(new KnowledgeItemPublishedToSubscribers(UUID.randomUUID(), "Boendestöd i Järva",
				KnowledgeKind.REPORT, "/knowledge/1", List.of(new KnowledgeItemPublishedToSubscribers.Subscriber(
						anna.id(), List.of("Du bevakar området Missbruk.", "Du bevakar Järva.")))));

		assertThat(sent).singleElement().satisfies(m -> {
			assertThat(m.subject()).isEqualTo("Nytt i kunskapsbanken: Boendestöd i Järva");
			assertThat(m.body()).isEqualTo("Hej Anna Svensson!\n\nEtt nytt objekt har publicerats i kunskapsbanken:\n\n"
					+ "Boendestöd i Järva (Rapport)\nhttps://fuel.example.org/knowledge/1\n\nDärför får du brevet:\n"
					+ "- Du bevakar området Missbruk.\n- Du bevakar Järva.\n\nDina bevakningar ändrar du under Mina "
					+ "bevakningar: https://fuel.example.org/knowledge/subscriptions" + SIGNATURE);
		});
	}

	@Test
	void an_assigned_council_member_is_told_which_application_to_review_and_where() {
		UUID application = UUID.randomUUID();
		listeners.on(new CouncilMemberAssigned(application, "FoU 2027/0005", "Stöd till anhöriga", anna.id()));

		assertThat(sent).singleElement().satisfies(m -> {
			assertThat(m.kind()).isEqualTo(MailKind.COUNCIL_ASSIGNMENT);
			assertThat(m.recipientUserId()).isEqualTo(anna.id());
			assertThat(m.subject()).isEqualTo("Ansökan FoU 2027/0005 att granska");
			assertThat(m.body()).isEqualTo("Hej Anna Svensson!\n\nDu har fått ansökan FoU 2027/0005 \"Stöd till "
					+ "anhöriga\" att granska i FoU-rådet. Du läser och bedömer den i Fuel:\n"
					+ "https://fuel.example.org/council/" + application + SIGNATURE);
		});
	}

	@Test
	void an_attestant_is_told_which_version_awaits_the_attestation() {
		listeners.on(new AttestationRequested(UUID.randomUUID(), 2027, 2, anna.id()));

		assertThat(sent).singleElement().satisfies(m -> {
			assertThat(m.kind()).isEqualTo(MailKind.ATTESTATION_REQUEST);
			assertThat(m.subject()).isEqualTo("Tjänsteutlåtandet för 2027 att attestera");
			assertThat(m.body()).isEqualTo("Hej Anna Svensson!\n\nVersion 2 av tjänsteutlåtandet om fördelningen av "
					+ "FoU-medel 2027 väntar på din attest:\nhttps://fuel.example.org/decisions/attest" + SIGNATURE);
		});
	}

	class RecordingMail implements Mail {

		@Override
		public void send(OutgoingMail mail) {
			sent.add(mail);
		}

		@Override
		public OutboxPage page(MailKind kind, int page, int size) {
			throw new UnsupportedOperationException();
		}

		@Override
		public OutboxEntry find(UUID id) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Set<MailKind> wanted() {
			throw new UnsupportedOperationException();
		}

		@Override
		public void choose(Set<MailKind> wanted) {
			throw new UnsupportedOperationException();
		}
	}

	class OneApplicant implements Identity {

		@Override
		public CurrentUser current() {
			return currentIfAny().orElseThrow();
		}

		@Override
		public Optional<CurrentUser> currentIfAny() {
			return Optional.of(new CurrentUser(anna.id(), anna.username(), anna.displayName(), anna.role(),
					anna.organisationId()));
		}

		@Override
		public Optional<UserSummary> user(UUID id) {
			return anna.id().equals(id) ? Optional.of(anna) : Optional.empty();
		}

		@Override
		public List<UserSummary> usersWithRole(Role role) {
			return role == Role.APPLICANT ? List.of(anna) : List.of();
		}
	}
}
