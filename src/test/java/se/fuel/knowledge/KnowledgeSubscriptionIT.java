package se.fuel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.mail.TestSmtp;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.audit.AuditTrail;
import se.fuel.mail.MailDelivery;
import se.fuel.testdata.TestData;

/**
 * Bevakningar: who gets the "Nytt i kunskapsbanken" mail when an item is published (one per user, first publication
 * only, never for drafts), saved searches matching as the search does, and nobody seeing another's subscriptions.
 */
@FuelIntegrationTest
class KnowledgeSubscriptionIT {

	static final String API = "/api/v1/knowledge";

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MailDelivery delivery;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestData data;

	/** Each test's own people, so that no subscription of another test matches its items. */
	String officer;

	String reader;

	String applicant;

	String otherApplicant;

	String council;

	@BeforeEach
	void people() {
		officer = data.officer();
		reader = data.reader();
		UUID district = data.district();
		applicant = data.applicant(district);
		otherApplicant = data.applicant(data.district());
		council = data.council(district);
	}

	static String address(String username) {
		return username + "@test.example";
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** A new area of the test's own, added on the officers' page; returns its code. */
	String area(String label) throws Exception {
		String code = "t-" + unique();
		mvc.perform(post("/knowledge/areas").with(users.as(officer)).with(csrf())
			.param("code", code).param("label", label))
			.andExpect(redirectedUrl("/knowledge/areas"));
		return code;
	}

	String draft(String title, String summary, String programme, List<String> areas, List<String> targetGroups)
			throws Exception {
		String json = """
				{"kind":"REPORT","title":"%s","summary":"%s","year":2025,"organisationIds":[],"programmeCode":"%s",
				 "areaCodes":%s,"targetGroups":%s,"methods":[],"implementationStatus":"UNKNOWN"}"""
			.formatted(title, summary, programme, jsonList(areas), jsonList(targetGroups));
		String body = mvc.perform(post(API).with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	void publish(String id) throws Exception {
		mvc.perform(post(API + "/" + id + "/publish").with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk());
	}

	String subscribe(String username, String kind, String value) throws Exception {
		String body = mvc.perform(post(API + "/subscriptions").with(httpBasic(username, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"" + kind + "\",\"value\":\"" + value + "\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	/** The subscription mails about the item: recipient address and body. */
	List<Map<String, Object>> mails(String itemId) {
		return jdbc.queryForList("select recipient_address, subject, body from mail_outbox "
				+ "where kind = 'KNOWLEDGE_PUBLISHED' and related_id = ?", UUID.fromString(itemId));
	}

	List<Object> recipients(String itemId) {
		return mails(itemId).stream().map(m -> m.get("recipient_address")).toList();
	}

	static String jsonList(List<String> values) {
		return values.stream().map(v -> "\"" + v + "\"").toList().toString();
	}

	@Test
	void an_area_subscriber_gets_exactly_one_mail_on_the_first_publication_and_a_non_matching_one_none()
			throws Exception {
		String missbruk = area("Missbruk " + unique());
		String other = area("Annat område " + unique());
		String programme = "S" + unique();
		subscribe(reader, "AREA", missbruk);
		// The same reader also follows a search the item matches: still one mail, with both reasons.
		subscribe(reader, "SEARCH", "programme=" + programme);
		mvc.perform(post("/knowledge/subscriptions").with(users.as(otherApplicant)).with(csrf())
			.param("kind", "AREA").param("value", other))
			.andExpect(redirectedUrl("/knowledge/subscriptions"));

		String title = "Mottagning för unga med missbruk " + unique();
		String id = draft(title, "Ett nytt arbetssätt.", programme, List.of(missbruk), List.of());
		assertThat(mails(id)).as("a draft mails nobody").isEmpty();

		publish(id);
		assertThat(recipients(id)).containsExactly(address(reader));
		String body = (String) mails(id).get(0).get("body");
		assertThat(mails(id).get(0).get("subject")).isEqualTo("Nytt i kunskapsbanken: " + title);
		assertThat(body).contains(title, "/knowledge/" + id, "Du bevakar området Missbruk",
				"Du bevakar alla nya objekt (Medelstyp: " + programme + ").");

		// Published again (a new version): not news, no second mail.
		mvc.perform(post(API + "/" + id + "/unpublish").with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk());
		publish(id);
		assertThat(recipients(id)).hasSize(1);

		for (int round = 0; round < 100 && !jdbc.queryForList("select status from mail_outbox where kind = "
				+ "'KNOWLEDGE_PUBLISHED' and related_id = ?", String.class, UUID.fromString(id)).equals(
						List.of("SENT")); round++) {
			delivery.deliverPending();
		}
		greenMail.waitForIncomingEmail(10_000, 1);
		MimeMessage received = Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> subject(m).equals("Nytt i kunskapsbanken: " + title))
			.findFirst().orElseThrow();
		assertThat(GreenMailUtil.getBody(received)).contains("Du bevakar");
	}

	@Test
	void a_saved_search_matches_as_the_search_does_and_a_target_group_by_its_name() throws Exception {
		String programme = "S" + unique();
		String group = "Unga vuxna " + unique();
		subscribe(applicant, "SEARCH", "q=boendest%C3%B6d&programme=" + programme);
		subscribe(council, "SEARCH", "q=arbetsmarknadsinsatser&programme=" + programme);
		subscribe(otherApplicant, "TARGET_GROUP", group.toLowerCase());

		String id = draft("Eget boende " + unique(), "Boendestödet ökade och fler kunde bo kvar.", programme,
				List.of("hemloshet"), List.of(group));
		publish(id);

		assertThat(recipients(id)).containsExactlyInAnyOrder(address(applicant), address(otherApplicant));
		String mail = mails(id).stream().filter(m -> m.get("recipient_address").equals(address(applicant)))
			.map(m -> (String) m.get("body")).findFirst().orElseThrow();
		assertThat(mail).contains("Du bevakar sökningen ”boendestöd” (Medelstyp: " + programme + ").");
	}

	@Test
	void a_user_sees_and_removes_only_their_own_subscriptions() throws Exception {
		String group = "Föräldrar " + unique();
		String id = subscribe(reader, "TARGET_GROUP", group);
		assertThat(subscribe(reader, "TARGET_GROUP", group)).as("following twice keeps one").isEqualTo(id);

		mvc.perform(get("/knowledge/subscriptions").with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Målgruppen " + group)));
		mvc.perform(get("/knowledge/subscriptions").with(users.as(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(group))));
		mvc.perform(get(API + "/subscriptions").with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", not(hasItem(id))));
		mvc.perform(delete(API + "/subscriptions/" + id).with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/knowledge/subscriptions/" + id + "/delete").with(users.as(officer)).with(csrf()))
			.andExpect(status().isNotFound());

		mvc.perform(get(API + "/subscriptions").with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(jsonPath("$[*].id", hasItem(id)));
		mvc.perform(post("/knowledge/subscriptions/" + id + "/delete").with(users.as(reader)).with(csrf()))
			.andExpect(redirectedUrl("/knowledge/subscriptions"));
		mvc.perform(delete(API + "/subscriptions/" + id).with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(status().isNotFound());
		assertThat(audit.history("KnowledgeSubscription", UUID.fromString(id)))
			.extracting(e -> e.action()).containsExactly("created", "deleted");
	}

	@Test
	void a_subscription_needs_a_signed_in_user_and_an_area_in_use() throws Exception {
		mvc.perform(get(API + "/subscriptions")).andExpect(status().isUnauthorized());
		mvc.perform(post(API + "/subscriptions").with(httpBasic(reader, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"AREA\",\"value\":\"finns-inte\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Område: välj ett område")));
		mvc.perform(post("/knowledge/subscriptions").with(users.as(reader)).with(csrf())
			.param("kind", "TARGET_GROUP").param("value", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Målgrupp: skriv målgruppen med 1–500 tecken.")));
	}

	@Test
	void the_search_page_offers_to_follow_the_search_with_its_filters() throws Exception {
		mvc.perform(get("/knowledge").param("q", "boendestöd").param("area", "hemloshet").param("page", "2")
				.with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"q=boendest%C3%B6d&amp;area=hemloshet\"")))
			.andExpect(content().string(containsString("Bevaka den här sökningen")));
	}

	@Test
	void a_user_who_unticked_the_knowledge_mail_gets_none() throws Exception {
		String group = "Nyanlända " + unique();
		String unticked = data.attestant();
		String ticked = data.attestant();
		subscribe(unticked, "TARGET_GROUP", group);
		subscribe(ticked, "TARGET_GROUP", group);
		mvc.perform(post("/account/mail").with(users.as(unticked)).with(csrf())
			.param("kinds", Arrays.stream(se.fuel.mail.MailKind.values())
				.filter(k -> k != se.fuel.mail.MailKind.KNOWLEDGE_PUBLISHED).map(Enum::name).toArray(String[]::new)))
			.andExpect(status().is3xxRedirection());
		String id = draft("SFI med praktik " + unique(), "Språk och praktik.", "S" + unique(),
				List.of("sfi-etablering"), List.of(group));
		publish(id);
		assertThat(recipients(id)).containsExactly(address(ticked));
	}

	static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
