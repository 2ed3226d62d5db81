package se.fuel.decisions.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.assessment.Assessments;
import se.fuel.assessment.rules.ReasonAgreesWithAssessment;
import se.fuel.decisions.OwnRounds;
import se.fuel.decisions.OwnRounds.AllocationRound;
import se.fuel.identity.Role;
import se.fuel.testdata.TestData;

/**
 * The allocation API and the XLSX export, on rounds of their own (see {@link OwnRounds#allocationRound}): the tests
 * that change amounts or finalise make one each, the others share one.
 */
@FuelIntegrationTest
class AllocationApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	ApplicationContext context;

	@Autowired
	Assessments assessments;

	AllocationRound shared() throws Exception {
		return new OwnRounds(context).allocationRoundSharedBy(AllocationApiIT.class);
	}

	AllocationRound own() throws Exception {
		return new OwnRounds(context).allocationRound();
	}

	static RequestPostProcessor as(String username) {
		return httpBasic(username, TestData.PASSWORD);
	}

	@Test
	void the_years_and_a_years_allocation_are_listed_for_officers() throws Exception {
		var lines = shared();
		int year = lines.year();
		mvc.perform(get("/api/v1/allocations").with(as(lines.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasItem(year)));
		mvc.perform(get("/api/v1/allocations/" + year).with(as(lines.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(year))
			.andExpect(jsonPath("$.programmes[0].budget").value(500000))
			.andExpect(jsonPath("$.lines[?(@.applicationId == '" + lines.a() + "')].requestedAmount").value(hasItem(300000)));
	}

	@Test
	void an_amount_is_changed_refused_beyond_the_request_and_reset() throws Exception {
		var lines = own();
		int year = lines.year();
		mvc.perform(put("/api/v1/allocations/" + year + "/lines/" + lines.b()).with(as(lines.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 250000}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[?(@.applicationId == '" + lines.b() + "')].amount").value(hasItem(250000)))
			.andExpect(jsonPath("$.lines[?(@.applicationId == '" + lines.b() + "')].changedHere").value(hasItem(true)));
		mvc.perform(put("/api/v1/allocations/" + year + "/lines/" + lines.b()).with(as(lines.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 300001}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].message").isNotEmpty());
		mvc.perform(delete("/api/v1/allocations/" + year + "/lines/" + lines.b()).with(as(lines.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[?(@.applicationId == '" + lines.b() + "')].amount").value(hasItem(300000)));
	}

	@Test
	void finalising_over_the_budget_answers_422_naming_the_budget() throws Exception {
		var lines = own();
		String body = mvc.perform(post("/api/v1/allocations/" + lines.year() + "/finalise").with(as(lines.officer())))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(body).contains("violations", lines.callTitle());
	}

	@Test
	void the_texts_are_read_and_changed_as_json() throws Exception {
		var lines = shared();
		int year = lines.year();
		String texts = mvc.perform(get("/api/v1/allocations/" + year + "/texts").with(as(lines.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.signatories").isArray())
			.andReturn().getResponse().getContentAsString();
		String officerId = com.jayway.jsonpath.JsonPath.read(texts, "$.officerId");
		mvc.perform(put("/api/v1/allocations/" + year + "/texts").with(as(lines.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"registrationNumber":"SoN %d/0815","documentDate":"%d-11-30","recipient":"Socialnämnden",
					 "title":"Fördelning","officerId":"%s","summaryIntro":"S","background":"B","preparation":"P","genderAnalysis":"G",
					 "proposalIntro":"F","signatories":[{"name":"Lina Blombergsson","title":"Avdelningschef",
					 "organisation":"Socialförvaltningen"}],"appendices":["Bilaga 1"]}""".formatted(year, year, officerId)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.registrationNumber").value("SoN " + year + "/0815"))
			.andExpect(jsonPath("$.signatories[0].name").value("Lina Blombergsson"));
	}

	@Test
	void the_xlsx_export_has_a_sheet_per_call_with_totals_and_one_of_organisations() throws Exception {
		var lines = shared();
		int year = lines.year();
		for (String path : List.of("/api/v1/allocations/" + year + ".xlsx", "/allocation/" + year + ".xlsx")) {
			byte[] xlsx = mvc.perform(get(path).with(path.startsWith("/api") ? as(lines.officer())
					: users.as(lines.officer())))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", "attachment; filename=\"fordelning-" + year + ".xlsx\""))
				.andExpect(header().string("Content-Type",
						org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
				.andReturn().getResponse().getContentAsByteArray();
			try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
				List<Sheet> sheets = workbook.getSheets().toList();
				assertThat(sheets).extracting(Sheet::getName).containsExactly("LUM " + year, "Förvaltningar");
				List<Row> rows = sheets.get(0).read();
				assertThat(rows.get(0).getCellText(0)).isEqualTo("Registreringsnummer");
				assertThat(rows.get(0).getCellText(5)).isEqualTo("Föreslaget belopp");
				Row a = rows.stream().filter(r -> "Fördelningstest A".equals(r.getCellText(2))).findFirst().orElseThrow();
				assertThat(a.getCellText(1)).isEqualTo(lines.round().first().name());
				assertThat(a.getCellAsNumber(3)).contains(new BigDecimal("300000"));
				Row budget = rows.stream().filter(r -> "Budget".equals(r.getCellText(0))).findFirst().orElseThrow();
				assertThat(budget.getCellAsNumber(5)).contains(new BigDecimal("500000"));
				Optional<Row> sum = rows.stream().filter(r -> r.getCellText(0).startsWith("Summa")).findFirst();
				assertThat(sum).isPresent();
				assertThat(sum.get().getCellText(0)).contains(lines.callTitle());
				List<Row> organisations = sheets.get(1).read();
				assertThat(organisations.get(0).getCellText(0)).isEqualTo("Förvaltning");
				assertThat(organisations).anyMatch(r -> r.getCellText(0).startsWith(lines.round().second().name())
						&& "1".equals(r.getCellText(2)) && "1".equals(r.getCellText(3)));
			}
		}
		assertThat(lines.a()).isNotNull();
	}

	@Test
	void a_rejection_from_the_workbench_is_refused_when_its_reason_contradicts_the_marks_and_audited_when_it_agrees()
			throws Exception {
		var lines = own();
		String rejection = "/api/v1/allocations/" + lines.year() + "/lines/" + lines.b() + "/rejection";
		// B's only main criterion is marked met, so "does not meet the criterion on new methods" contradicts it.
		mvc.perform(post(rejection).with(as(lines.officer())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reasonCategoryId\":\"" + ReasonAgreesWithAssessment.FAILS_NEW_METHODS
					+ "\",\"motivation\":\"Metoden finns redan.\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("reasonCategoryId"))
			.andExpect(jsonPath("$.violations[0].rule").value(ReasonAgreesWithAssessment.RULE))
			.andExpect(jsonPath("$.violations[0].message").value(org.hamcrest.Matchers.startsWith("Avslagsgrund:")));
		String agreeing = "{\"reasonCategoryId\":\"" + ReasonAgreesWithAssessment.NO_PRIORITY_AREA
				+ "\",\"motivation\":\"Inget prioriterat område.\",\"version\":%d}";
		// The client reads the assessment's version first; a rejection made on an older one is stale.
		long version = data.as(lines.officer(), () -> assessments.find(lines.b())).version();
		mvc.perform(post(rejection).with(as(lines.officer())).contentType(MediaType.APPLICATION_JSON)
			.content(agreeing.formatted(version - 1)))
			.andExpect(status().isConflict());
		mvc.perform(post(rejection).with(as(lines.officer())).contentType(MediaType.APPLICATION_JSON)
			.content(agreeing.formatted(version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[?(@.applicationId == '" + lines.b() + "')].recommendation").value(hasItem("REJECT")))
			.andExpect(jsonPath("$.lines[?(@.applicationId == '" + lines.b() + "')].amount").value(hasItem(0)));
		var history = data.as(lines.officer(), () -> assessments.history(lines.b())).entries();
		assertThat(history.get(0).actor()).isEqualTo(lines.officer());
		assertThat(history.get(0).before()).contains("GRANT");
		assertThat(history.get(0).after()).contains("REJECT", ReasonAgreesWithAssessment.NO_PRIORITY_AREA.toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "APPLICANT", "COUNCIL", "ATTESTANT" })
	void other_roles_are_refused_every_allocation_endpoint(Role role) throws Exception {
		var lines = shared();
		int year = lines.year();
		String user = data.user(role, lines.round().first().id());
		mvc.perform(get("/api/v1/allocations").with(as(user))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/allocations/" + year).with(as(user))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/allocations/" + year + ".xlsx").with(as(user)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/allocations/" + year + "/texts").with(as(user)))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/allocations/" + year + "/lines/" + lines.a()).with(as(user))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 1}"))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/allocations/" + year + "/lines/" + lines.a()).with(as(user)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/allocations/" + year + "/finalise").with(as(user)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/allocations/" + year + "/lines/" + lines.a() + "/rejection").with(as(user))
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
	}
}
