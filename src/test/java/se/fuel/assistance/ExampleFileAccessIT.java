package se.fuel.assistance;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.TestData;

/**
 * Who gets the import page's example files: officers see them linked; applicants, readers and council members may
 * not download them; no other file of the folder is served. That they import is checked in
 * {@link AssistanceExampleFilesIT}, on the demo they are made for.
 */
@FuelIntegrationTest
class ExampleFileAccessIT {

	static final String EXAMPLES = AssistanceExampleFilesIT.EXAMPLES;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Test
	void the_import_page_links_the_example_files_for_officers() throws Exception {
		mvc.perform(get("/statistics/assistance/import").with(users.as(data.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Exempelfiler")))
			.andExpect(content().string(containsString("href=\"" + EXAMPLES + "kolada-exempel.json\"")))
			.andExpect(content().string(containsString("href=\"" + EXAMPLES + "mall.csv\"")));
	}

	@Test
	void applicants_and_readers_may_not_download_them_and_other_names_are_not_found() throws Exception {
		var district = data.district();
		for (String user : List.of(data.applicant(district), data.reader(), data.council(district))) {
			mvc.perform(get(EXAMPLES + "mall.csv").with(users.as(user))).andExpect(status().isForbidden());
			mvc.perform(get(EXAMPLES + "kolada-exempel.json").with(users.as(user))).andExpect(status().isForbidden());
		}
		String officer = data.officer();
		mvc.perform(get(EXAMPLES + "demo-assistance.csv").with(users.as(officer))).andExpect(status().isNotFound());
		mvc.perform(get(EXAMPLES + "..%2Fdemo-assistance.csv").with(users.as(officer)))
			.andExpect(status().is4xxClientError());
	}
}
