package se.fuel.applications;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

@FuelIntegrationTest
class AttachmentIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	String draft;

	/** The applicant whose draft it is, and an applicant of another district. */
	String farsta;

	String sodermalm;

	@BeforeEach
	void a_farsta_draft() throws Exception {
		farsta = data.applicant(data.district());
		sodermalm = data.applicant(data.district());
		UUID call = cycle.call(cycle.year());
		String location = mvc.perform(post("/applications/new").param("callId", call.toString())
			.param("title", "Bilagor " + UUID.randomUUID()).param("action", "save").with(csrf())
			.with(users.as(farsta)))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		draft = location;
	}

	MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("file", name, "application/pdf", bytes);
	}

	@Test
	void a_real_pdf_is_accepted_downloaded_by_the_applicant_and_the_officer_and_deleted() throws Exception {
		mvc.perform(multipart(draft + "/attachments").file(file("projektplan.pdf", ApplicationScenarioIT.PDF))
			.with(csrf()).with(users.as(farsta)))
			.andExpect(redirectedUrl(draft));
		String page = mvc.perform(get(draft).with(users.as(farsta)))
			.andExpect(content().string(containsString("projektplan.pdf")))
			.andExpect(content().string(containsString("bilaga tillagd")))
			.andReturn().getResponse().getContentAsString();
		var m = Pattern.compile(draft + "/attachments/([0-9a-f-]{36})\"").matcher(page);
		m.find();
		String attachment = draft + "/attachments/" + m.group(1);
		mvc.perform(get(attachment).with(users.as(cycle.officer()))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(get(attachment).with(users.as(sodermalm))).andExpect(status().isNotFound());
		mvc.perform(post(attachment + "/delete").with(csrf()).with(users.as(sodermalm)))
			.andExpect(status().isNotFound());
		mvc.perform(post(attachment + "/delete").with(csrf()).with(users.as(farsta))).andExpect(redirectedUrl(draft));
		mvc.perform(get(attachment).with(users.as(farsta))).andExpect(status().isNotFound());
		mvc.perform(get(draft).with(users.as(farsta)))
			.andExpect(content().string(not(containsString("projektplan.pdf\n"))))
			.andExpect(content().string(containsString("bilaga borttagen")));
	}

	@Test
	void a_text_file_renamed_to_pdf_is_refused_with_a_swedish_message() throws Exception {
		mvc.perform(multipart(draft + "/attachments")
			.file(file("budget.pdf", "Det här är bara text, ingen PDF.\n".getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(users.as(farsta)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("måste vara en PDF-, Word- eller Excel-fil")))
			.andExpect(content().string(containsString("href=\"#file\"")));
	}

	@Test
	void a_file_larger_than_10_mb_is_refused() throws Exception {
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(ApplicationScenarioIT.PDF, 0, big, 0, ApplicationScenarioIT.PDF.length);
		mvc.perform(multipart(draft + "/attachments").file(file("stor.pdf", big)).with(csrf())
			.with(users.as(farsta)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("högst 10 MB")));
	}

	@Test
	void another_organisation_cannot_upload_to_the_draft() throws Exception {
		mvc.perform(multipart(draft + "/attachments").file(file("x.pdf", ApplicationScenarioIT.PDF)).with(csrf())
			.with(users.as(sodermalm)))
			.andExpect(status().isNotFound());
		mvc.perform(multipart(draft + "/attachments").file(file("x.pdf", ApplicationScenarioIT.PDF)).with(csrf())
			.with(users.as(data.reader())))
			.andExpect(status().isForbidden());
	}
}
