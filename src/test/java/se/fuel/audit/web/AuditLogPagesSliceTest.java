package se.fuel.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.SliceSignIn;
import se.fuel.WebSliceTest;
import se.fuel.audit.AuditLogEntry;
import se.fuel.audit.AuditLogPage;
import se.fuel.audit.AuditQuery;
import se.fuel.audit.AuditTrail;
import se.fuel.common.AccessDeniedException;
import se.fuel.common.Text;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/**
 * The log across objects on the page, as CSV and in the API: the filter reaches the trail as typed, actions are shown
 * by name, a bad filter is a 422 naming its field (problem+json on the API), and the trail's refusal is a 403.
 */
@WebSliceTest
class AuditLogPagesSliceTest {

	static final AuditLogEntry SENT = new AuditLogEntry(41, Instant.parse("2027-03-01T13:02:00Z"), "handlaggare",
			"reminder-sent", "Grant", "7d1f");

	static final AuditLogEntry FORMULA = new AuditLogEntry(40, Instant.parse("2027-03-01T12:00:00Z"), "=cmd|'/c calc'",
			"updated", "Programme", "LUM");

	@Autowired
	MockMvc mvc;

	@Autowired
	Identity identity;

	@Autowired
	AuditTrail trail;

	@Test
	void theFilterReachesTheTrailAndEachActionIsShownByName() throws Exception {
		var query = new AuditQuery("handlaggare", "reminder-sent", null, null, LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 3, 1), null);
		given(trail.log(query)).willReturn(new AuditLogPage(query, List.of(SENT), 41L));

		String page = mvc.perform(get("/audit").param("actor", "handlaggare").param("action", "reminder-sent")
			.param("from", "2027-03-01").param("to", "2027-03-01").with(SliceSignIn.as(identity, Role.READER)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("2027-03-01 14:02", "handlaggare", "påminnelse skickad")
			.contains("/audit?actor=handlaggare&amp;action=reminder-sent&amp;from=2027-03-01&amp;to=2027-03-01&amp;before=41")
			.contains("/audit.csv?actor=handlaggare&amp;action=reminder-sent&amp;from=2027-03-01&amp;to=2027-03-01\"");
	}

	@Test
	void aDateThatIsNotADateShowsTheFormAgainWith422NamingTheField() throws Exception {
		String page = mvc.perform(get("/audit").param("from", "igår").with(SliceSignIn.as(identity, Role.ADMIN)))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("govuk-error-summary", "Från och med dag måste vara ett datum", "value=\"igår\"");
		then(trail).should().requireLogReader();
		then(trail).should(org.mockito.Mockito.never()).log(any());
	}

	@Test
	void whomTheTrailRefusesGets403WhateverTheFilter() throws Exception {
		willThrow(new AccessDeniedException(Text.of("audit.log.access"))).given(trail).requireLogReader();
		given(trail.log(any())).willThrow(new AccessDeniedException(Text.of("audit.log.access")));

		mvc.perform(get("/audit").param("from", "igår").with(SliceSignIn.as(identity, Role.OFFICER)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/audit.csv").with(SliceSignIn.as(identity, Role.OFFICER))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit").param("from", "igår").with(SliceSignIn.as(identity, Role.APPLICANT)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCsvNamesTheActionsAndNeutralisesFormulas() throws Exception {
		given(trail.export(any())).willReturn(List.of(SENT, FORMULA));

		String csv = mvc.perform(get("/audit.csv").param("actor", "handlaggare")
			.with(SliceSignIn.as(identity, Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(csv).startsWith("\uFEFFNär;Vem;Vad;Åtgärdskod;Objekttyp;Objektets id\r\n")
			.contains("2027-03-01 14:02;handlaggare;påminnelse skickad;reminder-sent;Grant;7d1f\r\n")
			.contains("\"'=cmd|'/c calc'\"");
		then(trail).should().export(new AuditQuery("handlaggare", null, null, null, null, null, null));
	}

	@Test
	void theApiAnswersAPageWithTheActionsNameAndWhereTheNextStarts() throws Exception {
		var query = AuditQuery.of("handlaggare", null, null, null, null, null, null);
		given(trail.log(query)).willReturn(new AuditLogPage(query, List.of(SENT), 41L));

		mvc.perform(get("/api/v1/audit").param("actor", "handlaggare").cookie(new jakarta.servlet.http.Cookie("fuel-lang", "en"))
			.with(SliceSignIn.as(identity, Role.READER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].action").value("reminder-sent"))
			.andExpect(jsonPath("$.entries[0].actionName").value("reminder sent"))
			.andExpect(jsonPath("$.entries[0].objectType").value("Grant"))
			.andExpect(jsonPath("$.next").value(41));
	}

	@Test
	void theApiRefusesABadFilterAsAProblemNamingTheField() throws Exception {
		mvc.perform(get("/api/v1/audit").param("from", "2027-03-05").param("to", "2027-03-01")
			.with(SliceSignIn.as(identity, Role.ADMIN)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.violations[0].field").value("to"));
	}
}
