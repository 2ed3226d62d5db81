package se.fuel.statistics.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import se.fuel.decisions.DecisionOutcome;
import se.fuel.statistics.ApplicationData;
import se.fuel.statistics.FundFigure;

/**
 * Counts applications and grants into rows of the fund statistics. Applications come from Fuel's calls; grants also
 * from before Fuel, whose applications were never entered: a row whose years and programmes Fuel ran no call for has
 * its application figures "uppgift saknas", never 0. Pure: it works on the facts it is given.
 */
final class FundFigures {

	/** One sent-in application: its year, programme, counted organisation and decision (null while undecided). */
	public record Application(int year, String programme, String organisation, long requested,
			DecisionOutcome outcome) {
	}

	/** One grant: year, programme, counted organisation and the amount granted. */
	public record Grant(int year, String programme, String organisation, long amount) {
	}

	/** A row's key and the label it is shown with. */
	public record Key(String key, String label) {
	}

	private final List<Application> applications;

	private final List<Grant> grants;

	private final Set<String> yearsAndProgrammesWithCalls;

	/**
	 * @param yearsAndProgrammesWithCalls "2024 LUM": the years and programmes Fuel ran a call for (see {@link #cell})
	 */
	public FundFigures(List<Application> applications, List<Grant> grants, Set<String> yearsAndProgrammesWithCalls) {
		this.applications = List.copyOf(applications);
		this.grants = List.copyOf(grants);
		this.yearsAndProgrammesWithCalls = Set.copyOf(yearsAndProgrammesWithCalls);
	}

	public static String cell(int year, String programme) {
		return year + " " + programme;
	}

	/**
	 * The rows by a dimension, sorted by {@code order}.
	 *
	 * @param hidden rows whose application figures the viewer may not see
	 */
	public List<FundFigure> rows(Function<Application, Key> applicationKey, Function<Grant, Key> grantKey,
			Comparator<FundFigure> order, Predicate<String> hidden) {
		Map<String, List<Application>> apps = new TreeMap<>();
		Map<String, List<Grant>> granted = new TreeMap<>();
		Map<String, String> labels = new TreeMap<>();
		for (Application a : applications) {
			Key k = applicationKey.apply(a);
			labels.putIfAbsent(k.key(), k.label());
			apps.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(a);
		}
		for (Grant g : grants) {
			Key k = grantKey.apply(g);
			labels.putIfAbsent(k.key(), k.label());
			granted.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(g);
		}
		List<FundFigure> rows = new ArrayList<>();
		labels.forEach((key, label) -> rows.add(figure(key, label, apps.getOrDefault(key, List.of()),
				granted.getOrDefault(key, List.of()), hidden.test(key))));
		rows.sort(order);
		return rows;
	}

	/** Everything in one row. */
	public FundFigure total(String label) {
		return figure("total", label, applications, grants, false);
	}

	private FundFigure figure(String key, String label, List<Application> apps, List<Grant> granted,
			boolean hidden) {
		long amount = granted.stream().mapToLong(Grant::amount).sum();
		ApplicationData data = hidden ? ApplicationData.HIDDEN : known(apps, granted) ? ApplicationData.KNOWN
				: ApplicationData.MISSING;
		if (data != ApplicationData.KNOWN) {
			return new FundFigure(key, label, null, granted.size(), null, null, amount, null, data);
		}
		int rejected = (int) apps.stream().filter(a -> a.outcome() == DecisionOutcome.REJECTED).count();
		int decided = (int) apps.stream().filter(a -> a.outcome() != null).count();
		return new FundFigure(key, label, apps.size(), granted.size(), rejected,
				apps.stream().mapToLong(Application::requested).sum(), amount, successRate(decided - rejected, decided),
				data);
	}

	private boolean known(List<Application> apps, List<Grant> granted) {
		return !apps.isEmpty() || granted.stream()
			.anyMatch(g -> yearsAndProgrammesWithCalls.contains(cell(g.year(), g.programme())));
	}

	/** Granted (fully or partly) in per cent of decided, rounded half up to one decimal; null when none decided. */
	public static Double successRate(int granted, int decided) {
		if (decided == 0) {
			return null;
		}
		return Math.round(granted * 1000.0 / decided) / 10.0;
	}
}
