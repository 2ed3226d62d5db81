package se.fuel.knowledge;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.grants.GrantView;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * A knowledge test's own items and reported grants, made as a person makes them: items by the fixture's own officer
 * through {@link KnowledgeBank}, reports by the grant's applicant through the API. Each item of the search tests is
 * filed under a programme code nobody else uses, so that filtering on it sees the test's items only.
 *
 * <p>
 * Not a bean: importing it into a test would give that test a Spring context (and a database) of its own.
 */
public final class KnowledgeFixtures {

	/** A report's texts, as the applicant hands them in; the approved report's draft is built from them. */
	public static final String EXPERIENCES = "Samverkan med arbetsförmedlingen bar hela projektet.";

	private final TestData data;

	private final FundCycle cycle;

	private final KnowledgeBank bank;

	private final MockMvc mvc;

	private final String officer;

	public KnowledgeFixtures(ApplicationContext context) {
		this.data = context.getBean(TestData.class);
		this.cycle = context.getBean(FundCycle.class);
		this.bank = context.getBean(KnowledgeBank.class);
		this.mvc = context.getBean(MockMvc.class);
		this.officer = data.officer();
	}

	/** The fixture's fund officer, who makes and publishes its items. */
	public String officer() {
		return officer;
	}

	public <T> T asOfficer(Supplier<T> action) {
		return data.as(officer, action);
	}

	/** A programme code of the test's own. */
	public static String programme() {
		return "T" + UUID.randomUUID().toString().substring(0, 8);
	}

	public UUID draft(KnowledgeItemInput input) {
		return asOfficer(() -> bank.create(input).id());
	}

	public UUID published(KnowledgeItemInput input) {
		return asOfficer(() -> bank.publish(bank.create(input).id()).id());
	}

	/** A published report under the programme (area Övrigt, which every database has: publishing needs one). */
	public UUID published(String programme, String title, String summary, int year, List<String> targetGroups,
			List<String> methods) {
		return published(report(programme, title, summary, year, List.of("ovrigt"), targetGroups, methods));
	}

	/** A published item of the kind and areas, for the facet tests. */
	public UUID published(String programme, String title, KnowledgeKind kind, int year, List<String> areaCodes) {
		return published(new KnowledgeItemInput(kind, title, "Om " + title + ".", null, year, null, List.of(),
				programme, areaCodes, List.of(), List.of(), ImplementationStatus.IMPLEMENTED, null, null));
	}

	public UUID draft(String programme, String title, String summary, int year) {
		return draft(report(programme, title, summary, year, List.of("ovrigt"), List.of(), List.of()));
	}

	public void unpublish(UUID id) {
		asOfficer(() -> bank.unpublish(id));
	}

	public static KnowledgeItemInput report(String programme, String title, String summary, int year,
			List<String> areaCodes, List<String> targetGroups, List<String> methods) {
		return new KnowledgeItemInput(KnowledgeKind.REPORT, title, summary, null, year, null, List.of(), programme,
				areaCodes, targetGroups, methods, ImplementationStatus.IMPLEMENTED, null, null);
	}

	/**
	 * A grant of a new district (with the partners) for the whole fund cycle, paid and under way, whose report the
	 * district's applicant has handed in: 46 participants, 25 of them in work, the {@link #EXPERIENCES} and a plan
	 * to keep the work.
	 */
	public Reported reportedGrant(String title, int partners) throws Exception {
		int year = cycle.year();
		UUID district = data.district();
		List<UUID> partnerIds = Stream.generate(data::district).limit(partners).toList();
		String applicant = data.applicant(district);
		UUID call = cycle.call(year);
		UUID application = cycle.draft(applicant, call, year, title, 200_000, partnerIds);
		cycle.submit(applicant, application);
		cycle.recommendGrant(application);
		cycle.decide(year, "§ 1");
		GrantView grant = cycle.grantOf(year, application);
		cycle.paidAndUnderWay(grant);
		String report = "/api/v1/grants/" + grant.id() + "/report";
		mvc.perform(put(report).with(httpBasic(applicant, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"whatWasDone":"Vägledning för unga vuxna","participantsWomen":20,"participantsMen":25,
					 "participantsOther":1,"lines":[{"description":"Lön","granted":200000,"actual":160000}],
					 "outcomes":[{"category":"arbete","women":10,"men":15,"other":0}],
					 "experiences":"%s","implementationPlan":true,
					 "implementationPlanHow":"Ingår i ordinarie verksamhet nästa år.","proposals":"Utöka till fler."}
					""".formatted(EXPERIENCES)))
			.andExpect(status().isOk());
		mvc.perform(post(report + "/submit").with(httpBasic(applicant, TestData.PASSWORD))).andExpect(status().isOk());
		return new Reported(grant, district, partnerIds, applicant);
	}

	/** The officer approves the grant's report with the comment. */
	public void approve(GrantView grant, String comment) throws Exception {
		mvc.perform(post("/api/v1/grants/" + grant.id() + "/report/approve")
			.with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\"" + comment + "\",\"overrideReason\":\"Testets projektår har inte börjat.\"}"))
			.andExpect(status().isOk());
	}

	/** What {@link #reportedGrant} made. */
	public record Reported(GrantView grant, UUID districtId, List<UUID> partnerIds, String applicant) {
	}
}
