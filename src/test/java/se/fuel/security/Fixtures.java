package se.fuel.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.TestUsers;
import se.fuel.testdata.TestData;

/**
 * Creates, through the same endpoints a person would use, the objects the security tests try to reach: applications,
 * attachments, a draft call, an organisation and a user account, each with a unique name. Everyone signs in with
 * {@link TestData#PASSWORD}: the accounts are the test's own ({@link People}).
 */
final class Fixtures {

	static final byte[] PDF = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""".getBytes(StandardCharsets.US_ASCII);

	private final MockMvc mvc;

	private final TestUsers users;

	Fixtures(MockMvc mvc, TestUsers users) {
		this.mvc = mvc;
		this.users = users;
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** An application to the call of the year, running February to November of that year. */
	static String application(UUID callId, int year, String title, long amount, List<UUID> partners) {
		String partnerIds = String.join(",", partners.stream().map(p -> "\"" + p + "\"").toList());
		return """
				{"callId":"%s","title":"%s","contactName":"Test","contactEmail":"test@stockholm.example",
				 "targetGroup":"Unga","problem":"Problem","goals":"Mål","method":"Metod","implementationPlan":"Plan",
				 "genderAnalysis":"Analys","requestedAmount":%d,"budgetLines":[{"description":"Lön","amount":%d}],
				 "priorityAreas":[],"partnerOrganisationIds":[%s],"startDate":"%d-02-01","endDate":"%d-11-30"}"""
			.formatted(callId, title, amount, amount, partnerIds, year, year);
	}

	/** A MUL call of the year, open in the autumn before it. */
	static String call(String title, int year, boolean published) {
		return """
				{"programme":"MUL","year":%d,"title":"%s","budget":200000,
				 "opensAt":"%d-09-01T06:00:00Z","closesAt":"%d-10-31T22:59:00Z","maxAmountPerApplication":25000,
				 "maxGrantsPerOrganisation":3,"capGroup":"Säkerhet %d","longestPeriodMonths":12,
				 "mainCriteria":["Erfarenhetsutbyte med kollegor"],
				 "priorityAreas":[],"requiredSections":["purpose"],"wordLimits":{"purpose":300},
				 "reportDueDate":"%d-02-28","repaymentNoticeDate":"%d-06-02","published":%s}
				""".formatted(year, title, year - 1, year - 1, year, year + 1, year, published);
	}

	static String organisation(String code, String name) {
		return """
				{"code":"%s","name":"%s","kind":"EXTERNAL","validFrom":"2001-01-01"}""".formatted(code, name);
	}

	static String user(String username, UUID organisationId) {
		return """
				{"username":"%s","displayName":"Test %s","email":"%s@stockholm.example","role":"APPLICANT",
				 "organisationId":"%s","password":"ett långt testlösenord"}""".formatted(username, username, username,
				organisationId);
	}

	/** POSTs JSON as the user and answers the created object's id. */
	String created(String user, String path, String json) throws Exception {
		String body = mvc.perform(post(path).with(httpBasic(user, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	String submitted(String user, String applicationId) throws Exception {
		mvc.perform(post("/api/v1/applications/" + applicationId + "/submit")
			.with(httpBasic(user, TestData.PASSWORD)))
			.andExpect(status().isOk());
		return applicationId;
	}

	/** Uploads a small PDF to the application through its page and answers the attachment's id. */
	String attachment(String user, String applicationId) throws Exception {
		mvc.perform(multipart("/applications/" + applicationId + "/attachments")
			.file(new MockMultipartFile("file", "bilaga-" + unique() + ".pdf", "application/pdf", PDF))
			.with(csrf()).with(users.as(user)))
			.andExpect(status().is3xxRedirection());
		String body = mvc.perform(get("/api/v1/applications/" + applicationId)
			.with(httpBasic(user, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> ids = JsonPath.read(body, "$.attachments[*].id");
		return ids.get(ids.size() - 1);
	}

	/** Starts an import of assistance figures that is refused (an unknown organisation) and answers its id. */
	String rejectedImport(String user) throws Exception {
		byte[] csv = "organisation;period;mått;kategori;nivå;värde\nokand-sak;2090-01;vuxna;alla;individ;1\n"
			.getBytes(StandardCharsets.UTF_8);
		String body = mvc.perform(multipart("/api/v1/statistics/assistance/imports")
			.file(new MockMultipartFile("file", "sakerhet-" + unique() + ".csv", "text/csv", csv))
			.with(httpBasic(user, TestData.PASSWORD)))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	/**
	 * Imports, as the officer, a year of figures for the organisations that a district comparison can be made on:
	 * adult recipients every month, population and unemployment for the year, each district a little different so that
	 * the regression has something to fit. Waits for the import to be stored.
	 */
	void comparableYear(String officer, List<String> organisationCodes, int year) throws Exception {
		var csv = new StringBuilder("organisation;period;mått;kategori;nivå;värde\n");
		for (int i = 0; i < organisationCodes.size(); i++) {
			String code = organisationCodes.get(i);
			for (int month = 1; month <= 12; month++) {
				csv.append("%s;%d-%02d;vuxna;alla;individ;%d%n".formatted(code, year, month, 300 + 170 * i * i + month));
			}
			csv.append("%s;%d;befolkning;alla;;%d%n".formatted(code, year, 20_000 + 3_000 * i));
			csv.append("%s;%d;arbetsloshet;alla;;%d,%d%n".formatted(code, year, 2 + i, 7 * i % 10));
		}
		String body = mvc.perform(multipart("/api/v1/statistics/assistance/imports")
			.file(new MockMultipartFile("file", "jamforelse-" + unique() + ".csv", "text/csv",
					csv.toString().getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		for (int i = 0; i < 600; i++) {
			String progress = mvc.perform(get("/api/v1/statistics/assistance/imports/" + id)
				.with(httpBasic(officer, TestData.PASSWORD)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			String state = JsonPath.read(progress, "$.status");
			if (!"RUNNING".equals(state)) {
				if (!"STORED".equals(state)) {
					throw new IllegalStateException("The comparison's figures were not stored: " + progress);
				}
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("The import of the comparison's figures did not end");
	}
}
