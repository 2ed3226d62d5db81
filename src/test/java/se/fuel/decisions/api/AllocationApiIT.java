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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.decisions.AllocationFixture;

/** The allocation API and the XLSX export, on the allocation tests' own year (see {@link AllocationFixture}). */
@DemoDataTest
class AllocationApiIT {

	static final int YEAR = AllocationFixture.YEAR;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	AllocationFixture fixture() {
		return AllocationFixture.of(mvc);
	}

	@Test
	void the_years_and_a_years_allocation_are_listed_for_officers() throws Exception {
		var lines = fixture().lines();
		mvc.perform(get("/api/v1/allocations").with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasItem(YEAR)))
			.andExpect(jsonPath("$", hasItem(2024)));
		mvc.perform(get("/api/v1/allocations/" + YEAR).with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(YEAR))
			.andExpect(jsonPath("$.programmes[0].budget").value(500000))
			.andExpect(jsonPath("$.lines[?(@.applicationId == '" + lines.a() + "')].requestedAmount").value(hasItem(300000)));
	}

	@Test
	void an_amount_is_changed_refused_beyond_the_request_and_reset() throws Exception {
		var lines = fixture().lines();
		mvc.perform(put("/api/v1/allocations/" + YEAR + "/lines/" + lines.b()).with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 250000}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[?(@.applicationId == '" + lines.b() + "')].amount").value(hasItem(250000)))
			.andExpect(jsonPath("$.lines[?(@.applicationId == '" + lines.b() + "')].changedHere").value(hasItem(true)));
		mvc.perform(put("/api/v1/allocations/" + YEAR + "/lines/" + lines.b()).with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 300001}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].message").isNotEmpty());
		mvc.perform(delete("/api/v1/allocations/" + YEAR + "/lines/" + lines.b()).with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[?(@.applicationId == '" + lines.b() + "')].amount").value(hasItem(300000)));
	}

	@Test
	void finalising_over_the_budget_answers_422_naming_the_budget() throws Exception {
		var lines = fixture().lines();
		// Raise B so that the budget is exceeded whatever other tests left, and put it back afterwards.
		mvc.perform(put("/api/v1/allocations/" + YEAR + "/lines/" + lines.b()).with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 300000}"))
			.andExpect(status().isOk());
		mvc.perform(put("/api/v1/allocations/" + YEAR + "/lines/" + lines.a()).with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 300000}"))
			.andExpect(status().isOk());
		try {
			String body = mvc.perform(post("/api/v1/allocations/" + YEAR + "/finalise")
				.with(httpBasic("handlaggare", "demo")))
				.andExpect(status().isUnprocessableContent())
				.andReturn().getResponse().getContentAsString();
			assertThat(body).contains("violations", AllocationFixture.CALL_TITLE);
		}
		finally {
			mvc.perform(delete("/api/v1/allocations/" + YEAR + "/lines/" + lines.a()).with(httpBasic("handlaggare", "demo")));
			mvc.perform(delete("/api/v1/allocations/" + YEAR + "/lines/" + lines.b()).with(httpBasic("handlaggare", "demo")));
		}
	}

	@Test
	void the_texts_are_read_and_changed_as_json() throws Exception {
		fixture().lines();
		String texts = mvc.perform(get("/api/v1/allocations/" + YEAR + "/texts").with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.signatories").isArray())
			.andReturn().getResponse().getContentAsString();
		String officerId = com.jayway.jsonpath.JsonPath.read(texts, "$.officerId");
		mvc.perform(put("/api/v1/allocations/" + YEAR + "/texts").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"registrationNumber":"SoN %d/0815","documentDate":"%d-11-30","recipient":"Socialnämnden",
					 "title":"Fördelning","officerId":"%s","summaryIntro":"S","background":"B","preparation":"P","genderAnalysis":"G",
					 "proposalIntro":"F","signatories":[{"name":"Lina Blombergsson","title":"Avdelningschef",
					 "organisation":"Socialförvaltningen"}],"appendices":["Bilaga 1"]}""".formatted(YEAR, YEAR, officerId)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.registrationNumber").value("SoN " + YEAR + "/0815"))
			.andExpect(jsonPath("$.signatories[0].name").value("Lina Blombergsson"));
	}

	@Test
	void the_xlsx_export_has_a_sheet_per_call_with_totals_and_one_of_organisations() throws Exception {
		var lines = fixture().lines();
		for (String path : List.of("/api/v1/allocations/" + YEAR + ".xlsx", "/allocation/" + YEAR + ".xlsx")) {
			byte[] xlsx = mvc.perform(get(path).with(path.startsWith("/api") ? httpBasic("handlaggare", "demo")
					: users.as("handlaggare")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", "attachment; filename=\"fordelning-" + YEAR + ".xlsx\""))
				.andExpect(header().string("Content-Type",
						org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
				.andReturn().getResponse().getContentAsByteArray();
			try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
				List<Sheet> sheets = workbook.getSheets().toList();
				assertThat(sheets).extracting(Sheet::getName).containsExactly("LUM " + YEAR, "Förvaltningar");
				List<Row> rows = sheets.get(0).read();
				assertThat(rows.get(0).getCellText(0)).isEqualTo("Registreringsnummer");
				assertThat(rows.get(0).getCellText(5)).isEqualTo("Föreslaget belopp");
				Row a = rows.stream().filter(r -> "Fördelningstest A".equals(r.getCellText(2))).findFirst().orElseThrow();
				assertThat(a.getCellText(1)).isEqualTo("Farsta");
				assertThat(a.getCellAsNumber(3)).contains(new BigDecimal("300000"));
				Row budget = rows.stream().filter(r -> "Budget".equals(r.getCellText(0))).findFirst().orElseThrow();
				assertThat(budget.getCellAsNumber(5)).contains(new BigDecimal("500000"));
				Optional<Row> sum = rows.stream().filter(r -> r.getCellText(0).startsWith("Summa")).findFirst();
				assertThat(sum).isPresent();
				assertThat(sum.get().getCellText(0)).contains(AllocationFixture.CALL_TITLE);
				List<Row> organisations = sheets.get(1).read();
				assertThat(organisations.get(0).getCellText(0)).isEqualTo("Förvaltning");
				assertThat(organisations).anyMatch(r -> r.getCellText(0).startsWith("Södermalm")
						&& "1".equals(r.getCellText(2)) && "1".equals(r.getCellText(3)));
			}
		}
		assertThat(lines.a()).isNotBlank();
	}

	@ParameterizedTest
	@ValueSource(strings = { "farsta", "radsledamot", "socialdirektor" })
	void other_roles_are_refused_every_allocation_endpoint(String user) throws Exception {
		var lines = fixture().lines();
		mvc.perform(get("/api/v1/allocations").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/allocations/" + YEAR).with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/allocations/" + YEAR + ".xlsx").with(httpBasic(user, "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/allocations/" + YEAR + "/texts").with(httpBasic(user, "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/allocations/" + YEAR + "/lines/" + lines.a()).with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 1}"))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/allocations/" + YEAR + "/lines/" + lines.a()).with(httpBasic(user, "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/allocations/" + YEAR + "/finalise").with(httpBasic(user, "demo")))
			.andExpect(status().isForbidden());
	}
}
