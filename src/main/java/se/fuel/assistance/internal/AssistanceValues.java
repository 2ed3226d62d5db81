package se.fuel.assistance.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.fuel.assistance.AssistanceMeasure;
import se.fuel.assistance.BarrierCategory;
import se.fuel.assistance.RegistrationLevel;
import se.fuel.assistance.SeriesBreak;

/**
 * The stored figures, read as sums over organisations. Plain SQL rather than JPA entities: a series is millions of
 * small rows that are only ever summed and bulk-loaded (see {@code AssistanceImporter}), never edited one by one.
 */
@Repository
class AssistanceValues {

	/** The whole city's own figures (e.g. its unemployment rate) are stored under this id. */
	public static final UUID CITY = new UUID(0, 0);

	private final JdbcClient jdbc;

	AssistanceValues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One period's figure summed over organisations. */
	public record Figure(LocalDate period, boolean annual, double value, RegistrationLevel level, boolean madeUp) {

		public YearMonth month() {
			return YearMonth.from(period);
		}
	}

	public List<Figure> figures(Collection<UUID> organisations, AssistanceMeasure measure, BarrierCategory category) {
		if (organisations.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select period, annual, sum(value), max(registration_level), bool_or(made_up)
				from assistance_value
				where organisation_id in (:orgs) and measure = :measure and category = :category
				group by period, annual order by period, annual""")
			.param("orgs", organisations)
			.param("measure", measure.name())
			.param("category", category.name())
			.query((rs, n) -> new Figure(rs.getDate(1).toLocalDate(), rs.getBoolean(2), rs.getDouble(3),
					rs.getString(4) == null ? null : RegistrationLevel.valueOf(rs.getString(4)), rs.getBoolean(5)))
			.list();
	}

	/** Every organisation (the city's own id excluded) that has figures of the measure. */
	public List<UUID> organisationsWith(AssistanceMeasure measure, BarrierCategory category) {
		return jdbc.sql("""
				select distinct organisation_id from assistance_value
				where measure = ? and category = ? and organisation_id <> ?""")
			.params(measure.name(), category.name(), CITY)
			.query(UUID.class)
			.list();
	}

	public boolean cityHas(AssistanceMeasure measure, BarrierCategory category) {
		return jdbc.sql("""
				select exists (select 1 from assistance_value where organisation_id = ? and measure = ? and category = ?)""")
			.params(CITY, measure.name(), category.name())
			.query(Boolean.class)
			.single();
	}

	/** Monthly figures of several categories in one month, for shares. */
	public SortedMap<BarrierCategory, Double> categories(Collection<UUID> organisations, AssistanceMeasure measure,
			YearMonth month) {
		SortedMap<BarrierCategory, Double> result = new TreeMap<>();
		if (organisations.isEmpty()) {
			return result;
		}
		jdbc.sql("""
				select category, sum(value) from assistance_value
				where organisation_id in (:orgs) and measure = :measure and annual = false and period = :period
				group by category""")
			.param("orgs", organisations)
			.param("measure", measure.name())
			.param("period", month.atDay(1))
			.query((rs, n) -> result.put(BarrierCategory.valueOf(rs.getString(1)), rs.getDouble(2)))
			.list();
		return result;
	}

	/** The latest month with figures per barrier category, if any. */
	public YearMonth latestCategoryMonth(Collection<UUID> organisations, AssistanceMeasure measure, YearMonth notAfter) {
		if (organisations.isEmpty()) {
			return null;
		}
		LocalDate latest = jdbc.sql("""
				select max(period) from assistance_value
				where organisation_id in (:orgs) and measure = :measure and annual = false and category <> 'ALL'
				and period <= :notAfter""")
			.param("orgs", organisations)
			.param("measure", measure.name())
			.param("notAfter", notAfter.atDay(1))
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		return latest == null ? null : YearMonth.from(latest);
	}

	public List<SeriesBreak> knownBreaks() {
		return jdbc.sql("select period, note from assistance_series_break order by period")
			.query((rs, n) -> new SeriesBreak(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getString(2)))
			.list();
	}

	public long count(UUID importId) {
		return jdbc.sql("select count(*) from assistance_value where import_id = ?").param(importId).query(Long.class).single();
	}

	public static List<UUID> withCity(Collection<UUID> ids) {
		List<UUID> all = new ArrayList<>(ids);
		all.add(CITY);
		return all;
	}
}
