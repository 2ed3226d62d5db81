package se.fuel.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.TestData;

/** The register's districts and their lineage (Järva, Rinkeby) come from the migrations: every database has them. */
@FuelIntegrationTest
class OrganisationPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Organisations organisations;

	@Autowired
	TestData data;

	String officer;

	@BeforeEach
	void anOfficer() {
		officer = data.officer();
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	MockHttpServletRequestBuilder form(String url, String code, String name, String kind, String validFrom,
			String validTo, String successorId, String succession) {
		return post(url).with(csrf()).with(users.as(officer))
			.param("code", code).param("name", name).param("kind", kind).param("parentId", "")
			.param("validFrom", validFrom).param("validTo", validTo)
			.param("successorId", successorId).param("succession", succession).param("note", "");
	}

	String created(MockHttpServletRequestBuilder request) throws Exception {
		String location = mvc.perform(request).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/organisations/*"))
			.andReturn().getResponse().getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	@Test
	void an_officer_adds_two_districts_merges_one_into_the_other_and_sees_it_in_lineage_and_history() throws Exception {
		String u = unique();
		String older = created(form("/organisations", "gamla-" + u, "Gamla stadsdelen " + u, "DISTRICT", "1997-01-01",
				"", "", ""));
		String newer = created(form("/organisations", "nya-" + u, "Nya stadsdelen " + u, "DISTRICT", "2007-01-01", "",
				"", ""));

		mvc.perform(form("/organisations/" + older, "gamla-" + u, "Gamla stadsdelen " + u, "DISTRICT", "1997-01-01",
				"2006-12-31", newer, "MERGED_INTO"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/organisations/" + older).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gick upp i Nya stadsdelen " + u + " 2007-01-01")))
			.andExpect(content().string(containsString("upphörd")))
			.andExpect(content().string(containsString("Händelser")))
			.andExpect(content().string(containsString(officer)))
			.andExpect(content().string(containsString("&quot;successorId&quot;: &quot;" + newer)));
		mvc.perform(get("/organisations/" + newer).with(users.as(officer)))
			.andExpect(content().string(containsString("Föregångare")))
			.andExpect(content().string(containsString("Gamla stadsdelen " + u)));
		mvc.perform(get("/organisations").param("visa", "historical").with(users.as(data.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gamla stadsdelen " + u)))
			.andExpect(content().string(not(containsString("Nya stadsdelen " + u + "<"))));
		mvc.perform(get("/organisations").param("visa", "active").with(users.as(officer)))
			.andExpect(content().string(containsString("Nya stadsdelen " + u)))
			.andExpect(content().string(not(containsString("Gamla stadsdelen " + u))));
		assertThat(organisations.today(UUID.fromString(older)).name()).isEqualTo("Nya stadsdelen " + u);
	}

	@Test
	void a_change_saved_by_someone_else_meanwhile_is_not_overwritten() throws Exception {
		String u = unique();
		String id = created(form("/organisations", "samtidig-" + u, "Samtidig " + u, "EXTERNAL", "", "", "", ""));
		mvc.perform(get("/organisations/" + id + "/edit").with(users.as(officer)))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		mvc.perform(form("/organisations/" + id, "samtidig-" + u, "Först sparad " + u, "EXTERNAL", "", "", "", "")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(form("/organisations/" + id, "samtidig-" + u, "Sent sparad " + u, "EXTERNAL", "", "", "", "")
				.param("version", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Någon annan (" + officer + ") sparade ändringar")))
			.andExpect(content().string(containsString("href=\"#main-content\"")))
			.andExpect(content().string(containsString("value=\"Sent sparad " + u + "\"")));
		assertThat(organisations.find(UUID.fromString(id)).orElseThrow().name()).isEqualTo("Först sparad " + u);
	}

	@Test
	void the_register_lists_kinds_status_and_lineage_in_swedish() throws Exception {
		mvc.perform(get("/organisations").with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Stadsdelsförvaltning")))
			.andExpect(content().string(containsString("Extern organisation")))
			.andExpect(content().string(containsString("Gick upp i Rinkeby-Kista 2007-01-01")))
			.andExpect(content().string(containsString("Gick upp i Järva 2020-01-01")))
			.andExpect(content().string(containsString("aktiv")));
	}

	@Test
	void jarva_shows_its_predecessors_back_to_1997_and_rinkeby_its_successors_up_to_jarva() throws Exception {
		var jarva = organisations.findByCode("jarva").orElseThrow();
		var rinkeby = organisations.findByCode("rinkeby").orElseThrow();
		mvc.perform(get("/organisations/" + jarva.id()).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rinkeby-Kista")))
			.andExpect(content().string(containsString("Spånga-Tensta")))
			.andExpect(content().string(containsString("Kista")))
			.andExpect(content().string(containsString("Bildades 2020-01-01")));
		mvc.perform(get("/organisations/" + rinkeby.id()).with(users.as(officer)))
			.andExpect(content().string(containsString("Efterföljare")))
			.andExpect(content().string(containsString("(dagens organisation)")));
	}

	@Test
	void rinkeby_is_carried_by_jarva_today() {
		var rinkeby = organisations.findByCode("rinkeby").orElseThrow();
		assertThat(organisations.today(rinkeby.id()).code()).isEqualTo("jarva");
	}

	@Test
	void the_lineage_of_jarva_reaches_back_to_rinkeby_kista_and_spanga_tensta() {
		var jarva = organisations.findByCode("jarva").orElseThrow();
		assertThat(organisations.lineage(jarva.id())).extracting(OrganisationSummary::code)
			.startsWith("jarva")
			.contains("rinkeby-kista", "spanga-tensta", "rinkeby", "kista")
			.doesNotContain("farsta", "hagersten-alvsjo");
	}

	@Test
	void a_rejected_form_names_each_field_and_rule_in_swedish_and_keeps_what_was_typed() throws Exception {
		mvc.perform(post("/organisations").with(csrf()).with(users.as(officer))
				.param("code", "Fel Kod").param("name", "").param("kind", "DISTRICT")
				.param("validFrom", "2010-01-01").param("validTo", "2009-06-30").param("note", "Min anteckning"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#name\"")))
			.andExpect(content().string(containsString("Namn måste anges.")))
			.andExpect(content().string(containsString("Kod får bara innehålla små bokstäver")))
			.andExpect(content().string(containsString("Giltig till (2009-06-30) får inte vara före Giltig från (2010-01-01).")))
			.andExpect(content().string(containsString("value=\"Fel Kod\"")))
			.andExpect(content().string(containsString("Min anteckning")))
			.andExpect(content().string(containsString("govuk-error-message")));
		mvc.perform(post("/organisations").with(csrf()).with(users.as(officer))
				.param("code", "datum-" + unique()).param("name", "Datumtest").param("kind", "EXTERNAL")
				.param("validFrom", "2010-13-45"))
			.andExpect(content().string(containsString("Giltig från måste vara ett datum som ÅÅÅÅ-MM-DD")))
			.andExpect(content().string(containsString("value=\"2010-13-45\"")));
	}

	@Test
	void a_successor_that_is_the_organisation_itself_or_its_own_predecessor_is_refused() throws Exception {
		var jarva = organisations.findByCode("jarva").orElseThrow();
		var rinkeby = organisations.findByCode("rinkeby").orElseThrow();
		mvc.perform(form("/organisations/" + jarva.id(), "jarva", "Järva", "DISTRICT", "2020-01-01", "2030-12-31",
				rinkeby.id().toString(), "MERGED_INTO"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("så linjen skulle gå i cirkel")));
		mvc.perform(form("/organisations/" + jarva.id(), "jarva", "Järva", "DISTRICT", "2020-01-01", "",
				jarva.id().toString(), "RENAMED_TO"))
			.andExpect(content().string(containsString("Efterträdare kan inte vara organisationen själv")))
			.andExpect(content().string(containsString("Giltig till måste anges när organisationen har en efterträdare")));
		assertThat(organisations.findByCode("jarva").orElseThrow().successorId()).isNull();
	}

	@Test
	void an_applicant_may_neither_see_nor_change_the_register() throws Exception {
		var jarva = organisations.findByCode("jarva").orElseThrow();
		String applicant = data.applicant(data.district());
		mvc.perform(get("/organisations").with(users.as(applicant))).andExpect(status().isForbidden());
		mvc.perform(get("/organisations/" + jarva.id()).with(users.as(applicant))).andExpect(status().isForbidden());
		mvc.perform(get("/organisations/new").with(users.as(applicant))).andExpect(status().isForbidden());
		mvc.perform(get("/organisations/" + jarva.id() + "/edit").with(users.as(applicant)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/organisations").with(csrf()).with(users.as(applicant)).param("code", "x-" + unique())
				.param("name", "Smygorganisation").param("kind", "EXTERNAL"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/organisations/" + jarva.id()).with(csrf()).with(users.as(applicant)).param("code", "jarva")
				.param("name", "Kapat").param("kind", "DISTRICT"))
			.andExpect(status().isForbidden());
		assertThat(organisations.findByCode("jarva").orElseThrow().name()).isEqualTo("Järva");
	}

	@Test
	void readers_and_council_members_are_refused_the_register_pages() throws Exception {
		mvc.perform(get("/organisations").with(users.as(data.reader()))).andExpect(status().isForbidden());
		mvc.perform(get("/organisations/new").with(users.as(data.council(data.district())))).andExpect(status().isForbidden());
	}
}
