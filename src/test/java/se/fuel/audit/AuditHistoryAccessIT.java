package se.fuel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.events.CompetenceEvents;
import se.fuel.events.EventInput;
import se.fuel.events.EventKind;
import se.fuel.identity.Identity;
import se.fuel.knowledge.EvidenceStatus;
import se.fuel.knowledge.ImplementationStatus;
import se.fuel.knowledge.KnowledgeBank;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.MethodCatalogue;
import se.fuel.knowledge.MethodInput;
import se.fuel.knowledge.MethodType;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * Every module that shows a history on a page answers for the further pages of it: someone who may see the object's
 * page reads them, someone who may not is refused as the page refuses them (404 or 403), for every object type a
 * module answers for. A module answering for a new type without a row here fails the first test. Each object is the
 * test's own: a granted project of its own district and the officer's own event, knowledge item and method.
 */
@FuelIntegrationTest
class AuditHistoryAccessIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<AuditedObjects> modules;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	Identity identity;

	@Autowired
	CompetenceEvents events;

	@Autowired
	KnowledgeBank bank;

	@Autowired
	MethodCatalogue methods;

	/** An object of the type, who may read its history and who may not. */
	record Row(String type, String objectId, String reader, String refused) {
	}

	List<Row> rows() throws Exception {
		String officer = cycle.officer();
		String admin = data.admin();
		int year = cycle.year();
		UUID district = data.district();
		String applicant = data.applicant(district);
		String other = data.applicant(data.district());
		UUID call = cycle.call(year);
		UUID application = cycle.submitted(applicant, call, year, "Historik " + UUID.randomUUID(), 100_000);
		cycle.recommendGrant(application);
		UUID document = cycle.decide(year, "§ 1");
		UUID grant = cycle.grantOf(year, application).id();
		// Assessments have no id of their own on any page the test could read it from.
		UUID assessment = jdbc.sql("select id from assessment where application_id = ?").param(application)
			.query(UUID.class).single();
		UUID event = data.as(officer, () -> events.register(new EventInput(LocalDate.now().minusDays(7),
				"Seminarium om historik", EventKind.SEMINAR, "FoU-enheten", null, null, List.of(), 12, null))).id();
		UUID item = data.as(officer, () -> bank.create(new KnowledgeItemInput(KnowledgeKind.REPORT,
				"Rapport om historik " + UUID.randomUUID(), "Sammanfattning.", null, year, null, List.of(), null,
				List.of(), List.of(), List.of(), ImplementationStatus.IMPLEMENTED, null, null))).id();
		UUID method = data.as(officer, () -> methods.create(new MethodInput("Metod för historik " + UUID.randomUUID(),
				MethodType.WAY_OF_WORKING, "Unga vuxna", null, null, null, EvidenceStatus.LOCAL_FOLLOW_UP, null, null,
				List.of(), List.of()))).id();
		String user = data.as(applicant, identity::current).userId().toString();
		return List.of(new Row("Application", application.toString(), applicant, other),
				new Row("Assessment", assessment.toString(), officer, applicant),
				new Row("CouncilReview", application.toString(), officer, applicant),
				new Row("Call", call.toString(), officer, applicant),
				new Row("Grant", grant.toString(), applicant, other),
				// A report's history goes by its grant, as its page does.
				new Row("GrantReport", grant.toString(), officer, other),
				new Row("CompetenceEvent", event.toString(), officer, applicant),
				new Row("KnowledgeItem", item.toString(), officer, applicant),
				new Row("KnowledgeMethod", method.toString(), officer, applicant),
				new Row("DecisionDocument", document.toString(), officer, applicant),
				new Row("Organisation", district.toString(), officer, applicant),
				new Row("UserAccount", user, admin, officer),
				new Row("AssistanceImport", rejectedImport(officer), officer, data.reader()));
	}

	/** An import of assistance figures refused for an unknown organisation. */
	String rejectedImport(String officer) throws Exception {
		byte[] csv = "organisation;period;mått;kategori;nivå;värde\nokand-sak;2090-01;vuxna;alla;individ;1\n"
			.getBytes(StandardCharsets.UTF_8);
		String body = mvc.perform(multipart("/api/v1/statistics/assistance/imports")
			.file(new MockMultipartFile("file", "historik-" + UUID.randomUUID() + ".csv", "text/csv", csv))
			.with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	@Test
	void every_type_a_module_answers_for_has_a_row_here() throws Exception {
		Set<String> answered = new TreeSet<>();
		modules.forEach(m -> answered.addAll(m.objectTypes()));
		assertThat(rows()).extracting(Row::type).containsExactlyInAnyOrderElementsOf(answered);
	}

	@Test
	void the_history_of_each_type_is_read_by_who_may_see_its_page_and_refused_to_who_may_not() throws Exception {
		for (Row row : rows()) {
			String path = "/audit/" + row.type() + "/" + row.objectId();
			int read = mvc.perform(get(path).with(users.as(row.reader()))).andReturn().getResponse().getStatus();
			assertThat(read).as(row.reader() + " reads the history of " + row.type()).isEqualTo(200);
			int refused = mvc.perform(get(path).with(users.as(row.refused()))).andReturn().getResponse().getStatus();
			assertThat(refused).as(row.refused() + " reads the history of " + row.type()).isIn(403, 404);
			int entry = mvc.perform(get(path + "/entries/1").with(users.as(row.refused())))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(entry).as(row.refused() + " reads an entry of " + row.type()).isIn(403, 404);
		}
	}
}
