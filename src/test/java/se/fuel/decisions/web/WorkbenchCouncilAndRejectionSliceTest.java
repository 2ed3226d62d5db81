package se.fuel.decisions.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.SliceSignIn;
import se.fuel.WebSliceTest;
import se.fuel.assessment.AssessmentView;
import se.fuel.assessment.Assessments;
import se.fuel.assessment.Council;
import se.fuel.assessment.CouncilScores;
import se.fuel.assessment.CouncilScores.MemberMean;
import se.fuel.assessment.ReasonCategoryView;
import se.fuel.assessment.Recommendation;
import se.fuel.assessment.rules.ReasonAgreesWithAssessment;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.decisions.AllocationLine;
import se.fuel.decisions.AllocationView;
import se.fuel.decisions.Allocations;
import se.fuel.decisions.DecisionOutcome;
import se.fuel.decisions.ProgrammeTotal;
import se.fuel.decisions.RoundStatus;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/** The allocation workbench's council scores and its "Föreslå avslag" page, with the facades mocked. */
@WebSliceTest
class WorkbenchCouncilAndRejectionSliceTest {

	static final int YEAR = 2027;

	static final UUID CALL = UUID.randomUUID();

	static final UUID APPLICATION = UUID.randomUUID();

	static final String REJECTION = "/allocation/" + YEAR + "/lines/" + APPLICATION + "/rejection";

	@Autowired
	MockMvc mvc;

	@Autowired
	Identity identity;

	@Autowired
	Allocations allocations;

	@Autowired
	Assessments assessments;

	@Autowired
	Council council;

	@BeforeEach
	void aYearWithOneGrantedLine() {
		var line = new AllocationLine(APPLICATION, CALL, "LUM", "FoU 2027/0007", "Digital lots", UUID.randomUUID(),
				"Farsta", 400_000, Recommendation.GRANT, 400_000, DecisionOutcome.GRANTED, null, "", false, 0);
		var total = new ProgrammeTotal(CALL, "LUM", "Lokala utvecklingsmedel", "Lokala utvecklingsmedel 2027",
				3_000_000, 400_000, 400_000, 1, 1);
		given(allocations.allocation(YEAR)).willReturn(new AllocationView(YEAR, RoundStatus.OPEN, null, List.of(line),
				List.of(total), List.of(), List.of()));
		given(allocations.years()).willReturn(List.of(YEAR));
		given(assessments.find(APPLICATION)).willReturn(assessed());
		given(assessments.reasonCategories()).willReturn(List.of(new ReasonCategoryView(
				ReasonAgreesWithAssessment.NO_PRIORITY_AREA, "Uppfyller huvudkriterierna men inget av de prioriterade områdena",
				true, "bedöms inte uppfylla något av de prioriterade områdena.")));
	}

	@Test
	void theWorkbenchShowsEveryMembersScoreAndTheirSpreadBesideTheRecommendation() throws Exception {
		given(council.scoresOfCall(CALL)).willReturn(Map.of(APPLICATION, new CouncilScores(APPLICATION,
				List.of(new MemberMean("Anna Berg", new BigDecimal("4.5")), new MemberMean("Bo Ek", new BigDecimal("2.0"))),
				1)));

		mvc.perform(get("/allocation/" + YEAR).with(SliceSignIn.as(identity, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rådets betyg")))
			.andExpect(content().string(containsString("Anna Berg: 4,5")))
			.andExpect(content().string(containsString("Bo Ek: 2,0")))
			.andExpect(content().string(containsString("Spridning 2,0–4,5 (skillnad 2,5)")))
			.andExpect(content().string(containsString("En ledamot har inte betygsatt än")))
			.andExpect(content().string(containsString("href=\"" + REJECTION + "\"")));
	}

	@Test
	void anApplicationNoMemberHasScoredSaysSo() throws Exception {
		given(council.scoresOfCall(CALL)).willReturn(Map.of());

		mvc.perform(get("/allocation/" + YEAR).with(SliceSignIn.as(identity, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Inga betyg")))
			.andExpect(content().string(not(containsString("Spridning"))));
	}

	@Test
	void theRejectionPageShowsWhatTheAssessmentMarkedBesideTheReasons() throws Exception {
		mvc.perform(get(REJECTION).with(SliceSignIn.as(identity, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Föreslå avslag för FoU 2027/0007")))
			.andExpect(content().string(containsString("Prioriterat område 1: Förebyggande")))
			.andExpect(content().string(containsString("inget av de prioriterade områdena")))
			.andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
	}

	@Test
	void aRejectionTheRuleRefusesComesBackAs422WithItsMessageAtTheReasonAndWhatWasTyped() throws Exception {
		given(allocations.reject(eq(YEAR), eq(APPLICATION), any(), any(), any())).willThrow(new ViolationException(
				Violation.of("reasonCategoryId", ReasonAgreesWithAssessment.RULE,
						"assessment.rule.reasonNoAreaButAreaMarked", 1)));

		mvc.perform(post(REJECTION).with(SliceSignIn.as(identity, Role.OFFICER)).with(csrf())
			.param("reasonCategoryId", ReasonAgreesWithAssessment.NO_PRIORITY_AREA.toString())
			.param("motivation", "Inget område").param("version", "3"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#reasonCategoryId\"")))
			.andExpect(content().string(containsString("där prioriterat område 1 är markerat Ja")))
			.andExpect(content().string(containsString("Inget område")));
	}

	@Test
	void anAcceptedRejectionReachesTheFacadeAndGoesBackToTheLine() throws Exception {
		mvc.perform(post(REJECTION).with(SliceSignIn.as(identity, Role.OFFICER)).with(csrf())
			.param("reasonCategoryId", ReasonAgreesWithAssessment.NO_PRIORITY_AREA.toString())
			.param("motivation", "Inget område").param("version", "3"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/allocation/" + YEAR + "#line-" + APPLICATION))
			.andExpect(flash().attribute("saved", "decisions.rejection.saved"));
		then(allocations).should().reject(YEAR, APPLICATION, ReasonAgreesWithAssessment.NO_PRIORITY_AREA,
				"Inget område", 3L);
	}

	@Test
	void anApplicationNotOnTheYearsWorkbenchHasNoRejectionPage() throws Exception {
		mvc.perform(get("/allocation/" + YEAR + "/lines/" + UUID.randomUUID() + "/rejection")
			.with(SliceSignIn.as(identity, Role.OFFICER)))
			.andExpect(status().isNotFound());
	}

	static AssessmentView assessed() {
		return new AssessmentView(UUID.randomUUID(), 3, APPLICATION, CALL, "Lokala utvecklingsmedel 2027", "LUM",
				"Digital lots", "Farsta", "FoU 2027/0007", 400_000,
				List.of(new AssessmentView.CriterionResult("Nya arbetssätt", true, "Nytt")),
				List.of(new AssessmentView.AreaResult("Förebyggande", true)), Recommendation.GRANT, null, null, null,
				"Uppfyller kriterierna", 400_000L, "handlaggare", null);
	}
}
