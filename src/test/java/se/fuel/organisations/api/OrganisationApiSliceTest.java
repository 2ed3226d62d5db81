package se.fuel.organisations.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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
class OrganisationApiSliceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Identity identity;

	@Autowired
	OrganisationManagement management;

	@Test
	void aCreatedOrganisationAnswers201WithItsAddressVersionAndBody() throws Exception {
		UUID id = UUID.randomUUID();
		given(management.create(any(OrganisationInput.class))).willReturn(new OrganisationManagement.Versioned(
				new OrganisationSummary(id, "slice-api", "Slice api", OrganisationKind.UNIT, null, null, null, null,
						null), 3));

		mvc.perform(post("/api/v1/organisations").with(SliceSignIn.as(identity, Role.OFFICER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "slice-api", "name": "Slice api", "kind": "UNIT", "validFrom": "2025-02-01"}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/organisations/" + id))
			.andExpect(header().string("ETag", "\"3\""))
			.andExpect(jsonPath("$.id").value(id.toString()))
			.andExpect(jsonPath("$.name").value("Slice api"))
			.andExpect(jsonPath("$.version").value(3));

		var input = ArgumentCaptor.forClass(OrganisationInput.class);
		then(management).should().create(input.capture());
		assertThat(input.getValue().kind()).isEqualTo(OrganisationKind.UNIT);
		assertThat(input.getValue().validFrom()).isEqualTo(LocalDate.of(2025, 2, 1));
	}

	@Test
	void brokenRulesAnswer422WithTheViolationsInTheClientsLanguage() throws Exception {
		given(management.create(any(OrganisationInput.class))).willThrow(
				new ViolationException(Violation.of("name", "required", "organisations.rule.name.required")));

		mvc.perform(post("/api/v1/organisations").with(SliceSignIn.as(identity, Role.OFFICER))
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"x\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("name"))
			.andExpect(jsonPath("$.violations[0].rule").value("required"))
			.andExpect(jsonPath("$.violations[0].message").value("Namn måste anges."));
		mvc.perform(post("/api/v1/organisations").param("lang", "en").with(SliceSignIn.as(identity, Role.OFFICER))
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"x\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].message").value("Enter a name."));
	}

	@Test
	void aRoleTheFacadeRefusesAnswers403AsAProblem() throws Exception {
		given(management.update(any(), any(), any(), any()))
			.willThrow(new AccessDeniedException(Text.of("common.access.role")));

		mvc.perform(put("/api/v1/organisations/" + UUID.randomUUID()).with(SliceSignIn.as(identity, Role.READER))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\"}"))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
	}

	@Test
	void withoutCredentialsTheApiAsksForBasicAuthenticationAndNeverReachesTheFacade() throws Exception {
		mvc.perform(get("/api/v1/organisations"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic realm=\"Fuel\"")))
			.andExpect(jsonPath("$.status").value(401));

		then(management).shouldHaveNoInteractions();
	}

	@Test
	void aControlCharacterInTheJsonIsRefusedAsABadRequest() throws Exception {
		mvc.perform(post("/api/v1/organisations").with(SliceSignIn.as(identity, Role.OFFICER))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"a\\u0007b\"}"))
			.andExpect(status().isBadRequest());

		then(management).shouldHaveNoInteractions();
	}

	@Test
	void theListIsTheFacadesInItsOrder() throws Exception {
		given(management.all()).willReturn(List.of(
				new OrganisationSummary(UUID.randomUUID(), "a", "Alfa", OrganisationKind.DISTRICT, null, null, null,
						null, null),
				new OrganisationSummary(UUID.randomUUID(), "b", "Beta", OrganisationKind.DISTRICT, null, null, null,
						null, null)));

		mvc.perform(get("/api/v1/organisations").with(SliceSignIn.as(identity, Role.READER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.contains("Alfa", "Beta")));
	}
}
