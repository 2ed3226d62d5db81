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

/**
 * Creates, through the same endpoints a person would use, the objects the security tests try to reach: applications
 * of Farsta and Södermalm, attachments, a draft call, an organisation and a user account, each with a unique name.
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

	static String application(UUID callId, String title, long amount, List<UUID> partners) {
		String partnerIds = String.join(",", partners.stream().map(p -> "\"" + p + "\"").toList());
		return """
				{"callId":"%s","title":"%s","contactName":"Test","contactEmail":"test@stockholm.example",
				 "targetGroup":"Unga","problem":"Problem","goals":"Mål","method":"Metod","implementationPlan":"Plan",
				 "genderAnalysis":"Analys","requestedAmount":%d,"budgetLines":[{"description":"Lön","amount":%d}],
				 "priorityAreas":[],"partnerOrganisationIds":[%s],"startDate":"2027-02-01","endDate":"2027-11-30"}"""
			.formatted(callId, title, amount, amount, partnerIds);
	}

	static String call(String title, boolean published) {
		return """
				{"programme":"MUL","year":2028,"title":"%s","budget":200000,
				 "opensAt":"2027-09-01T06:00:00Z","closesAt":"2027-10-31T22:59:00Z","maxAmountPerApplication":25000,
				 "maxGrantsPerOrganisation":3,"capGroup":"Säkerhet 2028","longestPeriodMonths":12,
				 "mainCriteria":["Erfarenhetsutbyte med kollegor"],
				 "priorityAreas":[],"requiredSections":["purpose"],"wordLimits":{"purpose":300},
				 "reportDueDate":"2029-02-28","repaymentNoticeDate":"2028-06-02","published":%s}
				""".formatted(title, published);
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
		String body = mvc.perform(post(path).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	String submitted(String user, String applicationId) throws Exception {
		mvc.perform(post("/api/v1/applications/" + applicationId + "/submit").with(httpBasic(user, "demo")))
			.andExpect(status().isOk());
		return applicationId;
	}

	/** Uploads a small PDF to the application through its page and answers the attachment's id. */
	String attachment(String user, String applicationId) throws Exception {
		mvc.perform(multipart("/applications/" + applicationId + "/attachments")
			.file(new MockMultipartFile("file", "bilaga-" + unique() + ".pdf", "application/pdf", PDF))
			.with(csrf()).with(users.as(user)))
			.andExpect(status().is3xxRedirection());
		String body = mvc.perform(get("/api/v1/applications/" + applicationId).with(httpBasic(user, "demo")))
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
			.with(httpBasic(user, "demo")))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}
}
