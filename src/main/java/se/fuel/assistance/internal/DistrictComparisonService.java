package se.fuel.assistance.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.organisations.Organisations;
import se.fuel.assistance.AssistanceMeasure;
import se.fuel.assistance.DistrictComparison;
import se.fuel.assistance.DistrictComparisonQuery;
import se.fuel.assistance.DistrictComparisonView;
import se.fuel.assistance.comparison.EnoughDistricts;
import se.fuel.assistance.comparison.MeasureOfAssistance;
import se.fuel.assistance.comparison.VariablesChosen;

/**
 * The district comparison: per district the year's average of the measure (per 1 000 inhabitants when asked) and
 * the year's structural variables, fitted by {@link DistrictRegression}. Districts lacking any figure are left out
 * and named.
 */
@Service
class DistrictComparisonService implements DistrictComparison {

	private final Identity identity;

	private final Organisations organisations;

	private final JdbcClient jdbc;

	DistrictComparisonService(Identity identity, Organisations organisations, JdbcClient jdbc) {
		this.identity = identity;
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public DistrictComparisonView compare(DistrictComparisonQuery query) {
		identity.require(Role.OFFICER, Role.ADMIN);
		List<Violation> violations = new ArrayList<>(new VariablesChosen().check(query));
		violations.addAll(new MeasureOfAssistance().check(query));
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		// Every organisation but the city may have figures; their names once, not one look-up per district.
		Map<UUID, String> names = new HashMap<>();
		organisations.all().forEach(o -> names.put(o.id(), o.name()));
		names.remove(AssistanceValues.CITY);
		String[] ids = names.keySet().stream().map(UUID::toString).toArray(String[]::new);
		Map<UUID, Double> actual = yearly(ids, query.measure(), query.category().name(), query.year());
		Map<UUID, Double> population = yearly(ids, AssistanceMeasure.POPULATION, "ALL", query.year());
		List<Map<UUID, Double>> variables = query.variables().stream()
			.map(v -> yearly(ids, v, "ALL", query.year()))
			.toList();
		List<DistrictRegression.Observation> observations = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (Map.Entry<UUID, Double> e : actual.entrySet()) {
			UUID id = e.getKey();
			String name = names.getOrDefault(id, id.toString());
			Double value = e.getValue();
			if (query.perThousand()) {
				value = PerCapita.perThousand(value, population.get(id));
			}
			double[] x = new double[variables.size()];
			boolean complete = value != null;
			for (int j = 0; j < x.length && complete; j++) {
				Double v = variables.get(j).get(id);
				complete = v != null;
				x[j] = v == null ? 0 : v;
			}
			if (complete) {
				observations.add(new DistrictRegression.Observation(name, value, x));
			}
			else {
				missing.add(name);
			}
		}
		List<Violation> tooFew = new EnoughDistricts()
			.check(new EnoughDistricts.Candidate(query.year(), observations.size(), query.variables().size()));
		if (!tooFew.isEmpty()) {
			throw new ViolationException(tooFew);
		}
		observations.sort((a, b) -> a.name().compareTo(b.name()));
		var result = DistrictRegression.fit(observations, query.variables());
		missing.sort(String::compareTo);
		return new DistrictComparisonView(query, observations.size(), result.rSquared(), result.adjustedRSquared(),
				result.coefficients(), result.rows(), DistrictRegression.FLAG_THRESHOLD, missing);
	}

	/**
	 * Each district's figure for the year: its yearly value, or the average of twelve monthly ones. Every column of
	 * the primary key is bounded, so a table of millions of figures is read only where the year's figures are.
	 */
	private Map<UUID, Double> yearly(String[] organisationIds, AssistanceMeasure measure, String category, int year) {
		Map<UUID, Double> result = new HashMap<>();
		jdbc.sql("""
				select organisation_id, annual, avg(value), count(*) from assistance_value
				where organisation_id = any(cast(? as uuid[])) and measure = ? and category = ?
				and annual in (false, true) and period >= ? and period < ?
				group by organisation_id, annual""")
			.params(organisationIds, measure.name(), category, java.time.LocalDate.of(year, 1, 1),
					java.time.LocalDate.of(year + 1, 1, 1))
			.query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				boolean annual = rs.getBoolean(2);
				if (annual) {
					result.put(id, rs.getDouble(3));
				}
				else if (rs.getLong(4) == 12) {
					result.putIfAbsent(id, rs.getDouble(3));
				}
				return null;
			})
			.list();
		return result;
	}
}
