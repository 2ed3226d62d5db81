package se.fuel.calls.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.SliceSignIn;
import se.fuel.WebSliceTest;
import se.fuel.calls.ApplicationForm;
import se.fuel.calls.CallAdministration;
import se.fuel.calls.ProgrammeView;
import se.fuel.calls.Programmes;
import se.fuel.common.AccessDeniedException;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

@WebSliceTest
class ProgrammePagesSliceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Identity identity;

	@Autowired
	Programmes programmes;

	@Autowired
	CallAdministration calls;

	@Test
	void anAddedProgrammeIsBoundFromTheFormAndRedirectsBackToTheListWithWhatWasAdded() throws Exception {
		given(programmes.add("SLICE", "Slice-medel", ApplicationForm.PROJECT))
			.willReturn(new ProgrammeView(UUID.randomUUID(), "SLICE", "Slice-medel", ApplicationForm.PROJECT));

		mvc.perform(post("/programmes").with(SliceSignIn.as(identity, Role.OFFICER)).with(csrf())
			.param("code", "SLICE").param("name", "Slice-medel").param("form", "PROJECT"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/programmes"))
			.andExpect(flash().attribute("added", "SLICE – Slice-medel"));
	}

	@Test
	void anUnknownFormKindReachesTheFacadeAsNoneAndItsRefusalComesBackAs422() throws Exception {
		given(programmes.add(any(), any(), any()))
			.willThrow(new ViolationException(Violation.of("code", "required", "programmes.rule.required.code")));
		given(programmes.all()).willReturn(List.of());

		mvc.perform(post("/programmes").with(SliceSignIn.as(identity, Role.OFFICER)).with(csrf())
			.param("code", "").param("name", "Skrivet namn").param("form", "NO_SUCH_FORM"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Fältet ”Kod” måste fyllas i")))
			.andExpect(content().string(containsString("value=\"Skrivet namn\"")));

		then(programmes).should().add("", "Skrivet namn", null);
	}

	@Test
	void someoneWhoIsNotAnOfficerGets403InsteadOfTheList() throws Exception {
		willThrow(new AccessDeniedException(Text.of("common.access.role"))).given(calls).requireOfficer();

		mvc.perform(get("/programmes").with(SliceSignIn.as(identity, Role.APPLICANT)))
			.andExpect(status().isForbidden());

		then(programmes).shouldHaveNoInteractions();
	}

	@Test
	void theListSpeaksTheLanguageChosenAndKeepsItInACookie() throws Exception {
		given(programmes.all()).willReturn(
				List.of(new ProgrammeView(UUID.randomUUID(), "LUM", "Lokala utvecklingsmedel", ApplicationForm.PROJECT)));

		mvc.perform(get("/programmes").with(SliceSignIn.as(identity, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Varje program (medelstyp)")))
			.andExpect(content().string(containsString("Lokala utvecklingsmedel")));
		var english = mvc.perform(get("/programmes").param("lang", "en").with(SliceSignIn.as(identity, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Each programme (kind of funds)")))
			.andReturn();
		mvc.perform(get("/programmes").cookie(english.getResponse().getCookie("fuel-lang"))
			.with(SliceSignIn.as(identity, Role.OFFICER)))
			.andExpect(content().string(containsString("Each programme (kind of funds)")));
	}
}
