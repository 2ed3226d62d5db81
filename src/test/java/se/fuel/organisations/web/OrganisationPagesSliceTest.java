package se.fuel.organisations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.SliceSignIn;
import se.fuel.WebSliceTest;
import se.fuel.common.AccessDeniedException;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.organisations.OrganisationInput;
import se.fuel.organisations.OrganisationKind;
import se.fuel.organisations.OrganisationManagement;
import se.fuel.organisations.OrganisationSummary;

@WebSliceTest
class OrganisationPagesSliceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Identity identity;

	@Autowired
	OrganisationManagement management;

	@Test
	void theTypedFormIsBoundIntoTheInputAndASavedOrganisationRedirectsToItsPage() throws Exception {
		UUID id = UUID.randomUUID();
		given(management.create(any(), anyList())).willReturn(new OrganisationManagement.Versioned(
				new OrganisationSummary(id, "slice-norr", "Slice norr", OrganisationKind.DISTRICT, null,
						LocalDate.of(2024, 1, 1), null, null, null), 0));

		mvc.perform(post("/organisations").with(SliceSignIn.as(identity, Role.OFFICER)).with(csrf())
			.param("name", "Slice norr").param("code", "slice-norr").param("kind", "DISTRICT")
			.param("validFrom", "2024-01-01"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/organisations/" + id))
			.andExpect(flash().attribute("saved", "organisations.saved"));

		var input = ArgumentCaptor.forClass(OrganisationInput.class);
		then(management).should().create(input.capture(), anyList());
		assertThat(input.getValue()).satisfies(i -> {
			assertThat(i.name()).isEqualTo("Slice norr");
			assertThat(i.code()).isEqualTo("slice-norr");
			assertThat(i.kind()).isEqualTo(OrganisationKind.DISTRICT);
			assertThat(i.validFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
		});
	}

	@Test
	void aFormTheRulesRefuseComesBackWith422TheErrorSummaryAndWhatWasTyped() throws Exception {
		given(management.create(any(), anyList())).willThrow(
				new ViolationException(Violation.of("name", "required", "organisations.rule.name.required")));

		mvc.perform(post("/organisations").with(SliceSignIn.as(identity, Role.OFFICER)).with(csrf())
			.param("name", "").param("code", "kvar-som-skrivet").param("kind", "DISTRICT"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Det finns problem")))
			.andExpect(content().string(containsString("Namn måste anges.")))
			.andExpect(content().string(containsString("href=\"#name\"")))
			.andExpect(content().string(containsString("value=\"kvar-som-skrivet\"")));
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefusedBeforeTheFacadeIsAsked() throws Exception {
		mvc.perform(post("/organisations").with(SliceSignIn.as(identity, Role.OFFICER)).param("name", "X"))
			.andExpect(status().isForbidden());

		then(management).shouldHaveNoInteractions();
	}

	@Test
	void aRoleTheFacadeRefusesGets403AndNotTheForm() throws Exception {
		given(management.choices()).willThrow(new AccessDeniedException(Text.of("common.access.role")));

		mvc.perform(get("/organisations/new").with(SliceSignIn.as(identity, Role.APPLICANT)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("name=\"code\""))));
	}

	@Test
	void theFormIsInSwedishByDefaultAndInEnglishWhenAsked() throws Exception {
		given(management.choices()).willReturn(List.of());

		mvc.perform(get("/organisations/new").with(SliceSignIn.as(identity, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lägg till organisation")));
		mvc.perform(get("/organisations/new").param("lang", "en").with(SliceSignIn.as(identity, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add organisation")))
			.andExpect(content().string(not(containsString("Lägg till organisation"))));
	}

	@Test
	void signingInIsAskedOfSomeoneWhoIsNot() throws Exception {
		mvc.perform(get("/organisations/new")).andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));

		then(management).shouldHaveNoInteractions();
	}
}
