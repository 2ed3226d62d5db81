package se.fuel.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.decisions.DecisionDocuments;
import se.fuel.decisions.DecisionInput;
import se.fuel.decisions.DecisionNotice;
import se.fuel.decisions.DecisionNotice.Gap;
import se.fuel.decisions.DecisionNotice.Reason;
import se.fuel.decisions.DecisionNotices;
import se.fuel.identity.Identity;
import se.fuel.organisations.Organisations;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * A decision is mailed to the lead organisation's users, the partners' users and the contact person the application
 * names, each address once; the officer sees exactly that list before recording, with everyone who cannot be reached
 * (an organisation without accounts, a user who opted out of decision mails).
 */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionRecipientsIT {

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	DecisionNotices notices;

	@Autowired
	Mail mail;

	@Autowired
	Identity identity;

	@Autowired
	Organisations organisations;

	@Autowired
	DecisionDocuments documents;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	int year;

	UUID lead;

	UUID partner;

	UUID partnerWithoutAccounts;

	String leadUser;

	String optedOut;

	String partnerUser;

	UUID joint;

	UUID document;

	List<DecisionNotice> shown;

	String page;

	List<String> mailed;

	@BeforeAll
	void aJointApplicationReadyForTheCommitteesDecision() throws Exception {
		year = cycle.year();
		UUID call = cycle.call(year);
		lead = data.district();
		partner = data.district();
		partnerWithoutAccounts = data.district();
		leadUser = data.applicant(lead);
		optedOut = data.applicant(lead);
		partnerUser = data.applicant(partner);
		data.run(optedOut, () -> mail.choose(EnumSet.complementOf(EnumSet.of(MailKind.DECISION_OUTCOME))));
		joint = cycle.draft(leadUser, call, year, "Tillsammans", 100_000, List.of(partner, partnerWithoutAccounts));
		cycle.submit(leadUser, joint);
		cycle.recommendGrant(joint);
		document = cycle.attested(year);
		shown = data.as(cycle.officer(), () -> notices.notices(document));
		page = mvc.perform(get("/decisions/documents/" + document).with(users.as(cycle.officer()))).andReturn()
			.getResponse().getContentAsString();
		data.run(cycle.officer(), () -> documents.recordDecision(document,
				new DecisionInput(LocalDate.now(clock), "§ 3", true, null)));
		mailed = jdbc.sql("""
				select recipient_address from mail_outbox where related_id = ? and kind = 'DECISION_OUTCOME'""")
			.param(joint).query(String.class).list();
	}

	@Test
	void theOfficerSeesTheLeadAndPartnerUsersAndTheContactPersonAsRecipients() {
		DecisionNotice notice = notice();
		assertThat(notice.recipients()).extracting(DecisionNotice.Recipient::name, DecisionNotice.Recipient::reason)
			.containsExactly(tuple(displayName(leadUser), Reason.LEAD_ORGANISATION),
					tuple(displayName(partnerUser), Reason.PARTNER_ORGANISATION),
					tuple("Test", Reason.CONTACT_PERSON));
		assertThat(notice.recipients()).last().extracting(DecisionNotice.Recipient::address)
			.isEqualTo("test@stockholm.example");
	}

	@Test
	void theOfficerSeesWhoCannotBeReachedAndWhy() {
		assertThat(notice().unreached()).containsExactlyInAnyOrder(
				new DecisionNotice.Unreached(displayName(optedOut), Gap.OPTED_OUT),
				new DecisionNotice.Unreached(organisations.nameOf(partnerWithoutAccounts), Gap.NO_ACCOUNT));
	}

	@Test
	void theDecisionMailsGoToExactlyThoseShownBeforeRecording() {
		assertThat(mailed).containsExactlyInAnyOrderElementsOf(
				notice().recipients().stream().map(DecisionNotice.Recipient::address).toList());
	}

	@Test
	void theDocumentPageListsTheRecipientsAndWarnsOfThoseNotReached() {
		assertThat(page).contains("Vem får beslutet", displayName(partnerUser), "test@stockholm.example",
				"kontaktperson i ansökan", organisations.nameOf(partnerWithoutAccounts) + " har inget konto i Fuel",
				"har valt bort mejl om beslut", "En ansökan når inte alla");
	}

	private DecisionNotice notice() {
		return shown.stream().filter(n -> n.applicationId().equals(joint)).findFirst().orElseThrow();
	}

	private String displayName(String username) {
		return data.as(username, identity::current).displayName();
	}
}
