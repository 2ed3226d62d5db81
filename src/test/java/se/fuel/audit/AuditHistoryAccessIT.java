package se.fuel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;

/**
 * Every module that shows a history on a page answers for the further pages of it: someone who may see the object's
 * page reads them, someone who may not is refused as the page refuses them (404 or 403), for every object type a
 * module answers for. A module answering for a new type without a row here fails the first test.
 */
@DemoDataTest
class AuditHistoryAccessIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<AuditedObjects> modules;

	/** An object of the type from the demo data, who may read its history and who may not. */
	record Row(String type, String objectId, String reader, String refused) {
	}

	String id(String sql) {
		return jdbc.sql(sql).query(UUID.class).list().get(0).toString();
	}

	List<Row> rows() throws Exception {
		String farstaGrant = "select g.id from fund_grant g join organisation o on o.id = g.organisation_id "
				+ "where o.code = 'farsta' order by g.id";
		return List.of(
				new Row("Application", id("select a.id from application a join organisation o on "
						+ "o.id = a.lead_organisation_id where o.code = 'farsta' order by a.id"), "farsta", "sodermalm"),
				new Row("Assessment", id("select id from assessment order by id"), "handlaggare", "farsta"),
				new Row("CouncilReview", id("select application_id from assessment order by id"), "handlaggare",
						"farsta"),
				new Row("Call", id("select id from funding_call order by id"), "handlaggare", "farsta"),
				new Row("Grant", id(farstaGrant), "farsta", "sodermalm"),
				// A report's history goes by its grant, as its page does.
				new Row("GrantReport", id(farstaGrant), "handlaggare", "sodermalm"),
				new Row("CompetenceEvent", id("select id from competence_event order by id"), "handlaggare",
						"farsta"),
				new Row("KnowledgeItem", id("select id from knowledge_item order by id"), "handlaggare", "farsta"),
				new Row("KnowledgeMethod", id("select id from knowledge_method order by id"), "handlaggare",
						"farsta"),
				new Row("DecisionDocument", id("select id from decision_document order by id"), "handlaggare",
						"farsta"),
				new Row("Organisation", id("select id from organisation where code = 'farsta'"), "handlaggare",
						"farsta"),
				new Row("UserAccount", id("select id from user_account where username = 'farsta'"), "admin",
						"handlaggare"),
				new Row("AssistanceImport", rejectedImport(), "handlaggare", "lasare"));
	}

	/** An import of assistance figures refused for an unknown organisation: the demo data has none. */
	String rejectedImport() throws Exception {
		byte[] csv = "organisation;period;mått;kategori;nivå;värde\nokand-sak;2090-01;vuxna;alla;individ;1\n"
			.getBytes(StandardCharsets.UTF_8);
		String body = mvc.perform(multipart("/api/v1/statistics/assistance/imports")
			.file(new MockMultipartFile("file", "historik-" + UUID.randomUUID() + ".csv", "text/csv", csv))
			.with(httpBasic("handlaggare", "demo")))
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
