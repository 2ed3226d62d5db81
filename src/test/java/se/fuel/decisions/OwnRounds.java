package se.fuel.decisions;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.organisations.Organisations;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * Rounds of the decision tests' own, on {@link TestData} and {@link FundCycle}: a new year's call, two new districts
 * with an applicant each, and attestants who attest nothing else. Nothing here is shared with another test, so a test
 * may change, finalise and decide its round and assert on exact totals.
 */
public final class OwnRounds {

	private static final Map<List<Object>, AllocationRound> SHARED = new ConcurrentHashMap<>();

	private final ApplicationContext context;

	private final TestData data;

	private final FundCycle cycle;

	private final Allocations allocations;

	private final Identity identity;

	private final Organisations organisations;

	public OwnRounds(ApplicationContext context) {
		this.context = context;
		this.data = context.getBean(TestData.class);
		this.cycle = context.getBean(FundCycle.class);
		this.allocations = context.getBean(Allocations.class);
		this.identity = context.getBean(Identity.class);
		this.organisations = context.getBean(Organisations.class);
	}

	/** A district of the test's own with one applicant. */
	public record District(UUID id, String name, String applicant) {
	}

	/** An account of the test's own, with the id and name other accounts see it by. */
	public record Person(String username, UUID id, String displayName) {
	}

	/** A year's call with its budget and cap, the officer who runs it and two districts that apply to it. */
	public record Round(int year, UUID callId, String officer, District first, District second) {
	}

	/** A round with two applications, of 300 000 and 200 000 kronor, both recommended for a grant. */
	public record Assessed(Round round, UUID firstApplication, String firstTitle, UUID secondApplication,
			String secondTitle) {

		public int year() {
			return round.year();
		}

		public String officer() {
			return round.officer();
		}
	}

	/**
	 * The allocation tests' round: a budget of 500 000 kronor, at most one grant per organisation, and three
	 * applications recommended for a grant: the first district's A of 300 000 and C of 20 000, the second's B of
	 * 300 000. So the year starts over budget by 100 000 kronor and the first district over the cap by one.
	 */
	public record AllocationRound(Round round, String callTitle, UUID a, UUID b, UUID c) {

		public int year() {
			return round.year();
		}

		public String officer() {
			return round.officer();
		}
	}

	public AllocationRound allocationRound() throws Exception {
		Round round = round(500_000, 1);
		return new AllocationRound(round, "Lokala utvecklingsmedel " + round.year() + " (test)",
				granted(round, round.first(), "Fördelningstest A", 300_000),
				granted(round, round.second(), "Fördelningstest B", 300_000),
				granted(round, round.first(), "Fördelningstest C", 20_000));
	}

	/**
	 * One {@link #allocationRound} for the tests of the class that only read it or change what no other test of the
	 * class reads, made once per application context: each test that changes amounts or finalises makes its own.
	 */
	public AllocationRound allocationRoundSharedBy(Class<?> testClass) throws Exception {
		var key = List.<Object>of(context, testClass);
		synchronized (SHARED) {
			AllocationRound shared = SHARED.get(key);
			if (shared == null) {
				shared = allocationRound();
				SHARED.put(key, shared);
			}
			return shared;
		}
	}

	public Round round(long budget, int maxGrantsPerOrganisation) throws Exception {
		int year = cycle.year();
		UUID call = cycle.call(year, budget, maxGrantsPerOrganisation);
		return new Round(year, call, cycle.officer(), district(), district());
	}

	public Assessed assessed(long budget) throws Exception {
		Round round = round(budget, 3);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String firstTitle = "Beslutstest första " + tag;
		String secondTitle = "Beslutstest andra " + tag;
		UUID first = granted(round, round.first(), firstTitle, 300_000);
		UUID second = granted(round, round.second(), secondTitle, 200_000);
		return new Assessed(round, first, firstTitle, second, secondTitle);
	}

	/** An application of the district submitted to the round's call and recommended for a grant. */
	public UUID granted(Round round, District district, String title, long amount) throws Exception {
		UUID application = submitted(round, district, title, amount);
		cycle.recommendGrant(application);
		return application;
	}

	public UUID submitted(Round round, District district, String title, long amount) throws Exception {
		return cycle.submitted(district.applicant(), round.callId(), round.year(), title, amount);
	}

	/** The year's allocation finalised by the round's officer. */
	public DocumentView finalised(Assessed assessed) {
		return data.as(assessed.officer(), () -> allocations.finalise(assessed.year()));
	}

	public District district() {
		UUID id = data.district();
		String name = organisations.find(id).orElseThrow().name();
		return new District(id, name, data.applicant(id));
	}

	/** A new attestant, named in no other test's document. */
	public Person attestant() {
		return person(data.attestant());
	}

	public Person person(String username) {
		CurrentUser user = data.as(username, identity::current);
		return new Person(username, user.userId(), user.displayName());
	}

	public static List<UUID> ids(Person... people) {
		return List.of(people).stream().map(Person::id).toList();
	}

	public <T> T as(String username, Supplier<T> action) {
		return data.as(username, action);
	}

	public void run(String username, Runnable action) {
		data.run(username, action);
	}
}
