package se.fuel.testdata;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.fuel.calls.rules.PlausibleYear;
import se.fuel.decisions.Allocations;
import se.fuel.decisions.DecisionDocuments;
import se.fuel.decisions.DecisionInput;
import se.fuel.decisions.DocumentView;
import se.fuel.grants.GrantView;
import se.fuel.grants.Grants;
import se.fuel.identity.Identity;

/**
 * A test's own way through the fund cycle, through the API and the facades a person's clicks reach: a published call
 * open today, applications submitted by the test's own applicants, the officer's assessments, the allocation
 * finalised, attested by the test's own two attestants and decided by the committee today, and the grants that
 * follow. Works in every test context, the browser tests' included, because it builds its own MockMvc.
 *
 * <p>
 * A round is decided per year for every application of the year, so each test takes its years from {@link #year()}
 * and never writes one by hand.
 */
@Component
public class FundCycle {

	/** The first year a test gets: after every year the demo data uses. */
	private static final int FIRST = 2030;

	// Years are unique per context, since each context has a database of its own; a context without demo data may
	// also take the plausible years before FIRST, the latest first, once the later ones are used up.
	private final AtomicInteger taken = new AtomicInteger();

	private final boolean demo;

	private final TestData data;

	private final MockMvc mvc;

	private final Allocations allocations;

	private final DecisionDocuments documents;

	private final Grants grants;

	private final Identity identity;

	private final Clock clock;

	private final UserDetailsService details;

	private volatile String officer;

	private volatile Integer undecided;

	FundCycle(TestData data, WebApplicationContext context, @Value("${fuel.demo:false}") boolean demo, Allocations allocations, DecisionDocuments documents,
			Grants grants, Identity identity, Clock clock, UserDetailsService details) {
		this.data = data;
		this.demo = demo;
		this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		this.allocations = allocations;
		this.documents = documents;
		this.grants = grants;
		this.identity = identity;
		this.clock = clock;
		this.details = details;
	}

	/** A year no other test of this context uses, for a call and the round that decides it. */
	public int year() {
		int n = taken.getAndIncrement();
		int later = PlausibleYear.LATEST - FIRST + 1;
		int earlier = demo ? 0 : FIRST - PlausibleYear.EARLIEST;
		if (n >= later + earlier) {
			throw new IllegalStateException("The test years of this context are used up; share a year between "
					+ "tests that do not decide a round");
		}
		return n < later ? FIRST + n : FIRST - 1 - (n - later);
	}

	/**
	 * One year, taken once from {@link #year()}, that the calls of tests which never assess, allocate or decide share:
	 * such a call only needs a year of its own kind, and a context has about a hundred plausible years to give out.
	 * No round of this year is ever decided, so the calls in it never meet another test's decision.
	 */
	public int undecidedYear() {
		Integer known = undecided;
		if (known == null) {
			synchronized (this) {
				if (undecided == null) {
					undecided = year();
				}
				known = undecided;
			}
		}
		return known;
	}

	/** The fund officer the fixture acts as (one per context: officers are not tied to an organisation). */
	public String officer() {
		String known = officer;
		if (known == null) {
			synchronized (this) {
				if (officer == null) {
					officer = data.officer();
				}
				known = officer;
			}
		}
		return known;
	}

	/** A published LUM call of the year, open since yesterday for 30 days, with one main criterion. */
	public UUID call(int year) throws Exception {
		return call(year, 2_000_000, 3);
	}

	public UUID call(int year, long budget, int maxGrantsPerOrganisation) throws Exception {
		Instant now = clock.instant();
		Instant closes = now.plus(30, ChronoUnit.DAYS);
		LocalDate closingDay = LocalDate.ofInstant(closes, clock.getZone());
		String json = """
				{"programme":"LUM","year":%d,"title":"Lokala utvecklingsmedel %d (test)","budget":%d,
				 "opensAt":"%s","closesAt":"%s","maxAmountPerApplication":400000,
				 "maxGrantsPerOrganisation":%d,"capGroup":"LUM och MUL %d (test)","longestPeriodMonths":12,
				 "mainCriteria":["Projektet prövar nya arbetssätt."],
				 "priorityAreas":[],"requiredSections":[],"wordLimits":{},
				 "reportDueDate":"%s","repaymentNoticeDate":"%s","published":true}
				""".formatted(year, year, budget, now.minus(1, ChronoUnit.DAYS), closes, maxGrantsPerOrganisation, year,
				later(LocalDate.of(year + 1, 2, 28), closingDay), later(LocalDate.of(year, 6, 2), closingDay));
		return created(officer(), "/api/v1/calls", json);
	}

	/**
	 * The follow-up date as the call's year gives it, or the day after the call closes if that is later: a year that
	 * has passed (see {@link #year()}) would otherwise have its report due before applications can be sent in.
	 */
	private static LocalDate later(LocalDate fromYear, LocalDate closingDay) {
		return fromYear.isAfter(closingDay) ? fromYear : closingDay.plusDays(1);
	}

	/** A draft LUM application of the applicant's organisation to the call, for the whole of February–November. */
	public UUID draft(String applicant, UUID callId, int year, String title, long amount) throws Exception {
		return draft(applicant, callId, year, title, amount, List.of());
	}

	public UUID draft(String applicant, UUID callId, int year, String title, long amount, List<UUID> partners)
			throws Exception {
		String json = """
				{"callId":"%s","title":"%s","contactName":"Test","contactEmail":"test@stockholm.example",
				 "targetGroup":"Unga vuxna","problem":"Problem","goals":"Fler i egen försörjning","method":"Metod",
				 "implementationPlan":"Plan","genderAnalysis":"Analys","requestedAmount":%d,
				 "budgetLines":[{"description":"Lön","amount":%d}],"priorityAreas":[],
				 "partnerOrganisationIds":[%s],"startDate":"%d-02-01","endDate":"%d-11-30"}"""
			.formatted(callId, title, amount, amount,
					partners.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",")), year, year);
		return created(applicant, "/api/v1/applications", json);
	}

	/** A submitted application: a {@link #draft} the applicant then submits. */
	public UUID submitted(String applicant, UUID callId, int year, String title, long amount) throws Exception {
		UUID id = draft(applicant, callId, year, title, amount);
		submit(applicant, id);
		return id;
	}

	public void submit(String applicant, UUID applicationId) throws Exception {
		mvc.perform(post("/api/v1/applications/" + applicationId + "/submit")
			.with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isOk());
	}

	/** The officer recommends a grant: the main criterion is met. */
	public void recommendGrant(UUID applicationId) throws Exception {
		assess(applicationId, """
				{"criteria":[{"met":true,"motivation":"Nytt arbetssätt"}],"priorityAreas":[],"recommendation":"GRANT"}""");
	}

	/** The officer recommends a rejection, with the first of the reason categories every database has. */
	public void recommendRejection(UUID applicationId) throws Exception {
		assess(applicationId, """
				{"criteria":[{"met":false,"motivation":"Redan prövat"}],"priorityAreas":[],"recommendation":"REJECT",
				 "reasonCategoryId":"7a1c0e2e-5b1f-4c8e-9d10-000000000001","motivation":"Metoden finns redan."}""");
	}

	private void assess(UUID applicationId, String json) throws Exception {
		mvc.perform(put("/api/v1/assessments/" + applicationId).with(httpBasic(officer(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isOk());
	}

	/**
	 * Finalises the year's allocation of the assessed applications, has two new attestants attest and records the
	 * committee's decision of today under the paragraph; answers the decision document's id.
	 */
	public UUID decide(int year, String paragraph) {
		UUID document = attested(year);
		LocalDate today = LocalDate.now(clock);
		data.as(officer(), () -> documents.recordDecision(document, new DecisionInput(today, paragraph, true, null)));
		return document;
	}

	/**
	 * Finalises the year's allocation of the assessed applications and has two new attestants attest it, ready for
	 * the committee's decision; answers the decision document's id.
	 */
	public UUID attested(int year) {
		DocumentView document = data.as(officer(), () -> allocations.finalise(year));
		String first = data.attestant();
		String second = data.attestant();
		List<UUID> attestants = List.of(data.as(first, identity::current).userId(),
				data.as(second, identity::current).userId());
		data.as(officer(), () -> documents.sendForAttestation(document.id(), attestants));
		data.as(first, () -> documents.attest(document.id()));
		data.as(second, () -> documents.attest(document.id()));
		return document.id();
	}

	/** The grant the committee made for the application. */
	public GrantView grantOf(int year, UUID applicationId) {
		return data.as(officer(), () -> grants.ofYear(year))
			.stream()
			.filter(g -> applicationId.equals(g.applicationId()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No grant of " + year + " for application " + applicationId));
	}

	/** Records the payment of the whole grant and marks it under way, as the officer does on the grant's page. */
	public void paidAndUnderWay(GrantView grant) throws Exception {
		mvc.perform(post("/api/v1/grants/" + grant.id() + "/payments").with(httpBasic(officer(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"paidOn\":\"" + LocalDate.now(clock) + "\",\"amount\":" + grant.amount() + "}"))
			.andExpect(status().isOk());
		mvc.perform(post("/grants/" + grant.id() + "/status").param("action", "in-progress")
			.with(user(details.loadUserByUsername(officer()))).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	/** A whole granted project of its own: district, applicant, call, application, assessment, decision, grant. */
	public Granted granted(String title, long amount) throws Exception {
		int year = year();
		UUID district = data.district();
		String applicant = data.applicant(district);
		UUID call = call(year);
		UUID application = submitted(applicant, call, year, title, amount);
		recommendGrant(application);
		decide(year, "§ 1");
		return new Granted(year, call, district, applicant, application, grantOf(year, application));
	}

	/** What {@link #granted} made. */
	public record Granted(int year, UUID callId, UUID districtId, String applicant, UUID applicationId,
			GrantView grant) {
	}

	private UUID created(String username, String path, String json) throws Exception {
		String body = mvc.perform(post(path).with(httpBasic(username, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}
}
