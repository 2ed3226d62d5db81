package se.fuel.assistance.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.fuel.common.NotFoundException;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.organisations.OrganisationKind;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Organisations;
import se.fuel.assistance.AssistanceImportFormat;
import se.fuel.assistance.AssistanceImportView;
import se.fuel.assistance.AssistanceMeasure;
import se.fuel.assistance.AssistanceQuery;
import se.fuel.assistance.AssistanceSeries;
import se.fuel.assistance.AssistanceSeriesView;
import se.fuel.assistance.BarrierCategory;
import se.fuel.assistance.CategoryShare;
import se.fuel.assistance.DuplicatePolicy;
import se.fuel.assistance.ImportRejection;
import se.fuel.assistance.OrganisationChoice;
import se.fuel.assistance.Swedish;
import se.fuel.assistance.internal.AssistanceImporter;

/**
 * The economic-assistance series for pages and the API. Published statistics: every signed-in role reads them;
 * only officers (and administrators) import. An organisation's series includes every organisation whose work it
 * carries (its lineage), so today's Järva shows Rinkeby, Kista and Spånga-Tensta before the reorganisations.
 */
@Service
public class AssistanceSeriesService implements AssistanceSeries {

	/** The whole city, as the organisation choices, pages and exports name it. */
	public static final Text CITY = Text.of("assistance.city");

	/** Codes that mean the whole city in import files; 0180 is Stockholm's municipality code in Kolada. */
	static final List<String> CITY_CODES = List.of("staden", "hela staden", "stockholm", "stockholms stad", "0180");

	private final Identity identity;

	private final Organisations organisations;

	private final AssistanceValues values;

	private final AssistanceImporter importer;

	private final JdbcClient jdbc;

	private final Environment environment;

	private final ImportUploads uploads;

	AssistanceSeriesService(Identity identity, Organisations organisations, AssistanceValues values,
			AssistanceImporter importer, JdbcClient jdbc, Environment environment, ImportUploads uploads) {
		this.uploads = uploads;
		this.identity = identity;
		this.organisations = organisations;
		this.values = values;
		this.importer = importer;
		this.jdbc = jdbc;
		this.environment = environment;
	}

	@Override
	public List<OrganisationChoice> organisations() {
		identity.current();
		List<OrganisationChoice> choices = new ArrayList<>();
		choices.add(new OrganisationChoice(null, "staden", CITY));
		organisations.all().stream()
			.filter(o -> o.kind() == OrganisationKind.DISTRICT)
			.sorted(Comparator.comparing(OrganisationSummary::name))
			.map(o -> new OrganisationChoice(o.id(), o.code(), o.validTo() == null
					? Text.of("assistance.organisation", o.name())
					: Text.of("assistance.organisation.until", o.name(), Integer.toString(o.validTo().getYear()))))
			.forEach(choices::add);
		return choices;
	}

	@Override
	@Transactional(readOnly = true)
	public AssistanceSeriesView series(AssistanceQuery query) {
		identity.current();
		List<UUID> included;
		String name;
		List<String> names;
		if (query.organisationId() == null) {
			name = Swedish.of(CITY);
			included = cityMembers(query.measure(), query.category());
			names = included.contains(AssistanceValues.CITY) ? List.of(name) : names(included);
		}
		else {
			OrganisationSummary org = organisations.find(query.organisationId())
				.orElseThrow(() -> new NotFoundException("organisation " + query.organisationId()));
			name = org.name();
			List<OrganisationSummary> lineage = organisations.lineage(org.id());
			included = query.measure().additive() ? lineage.stream().map(OrganisationSummary::id).toList()
					: List.of(org.id());
			names = query.measure().additive() ? lineage.stream().map(OrganisationSummary::name).toList()
					: List.of(org.name());
		}
		List<AssistanceValues.Figure> figures = values.figures(included, query.measure(), query.category());
		Map<Integer, Double> population = new HashMap<>();
		List<UUID> populationOf = query.organisationId() == null ? cityMembers(AssistanceMeasure.POPULATION,
				BarrierCategory.ALL) : included;
		for (AssistanceValues.Figure f : values.figures(populationOf, AssistanceMeasure.POPULATION, BarrierCategory.ALL)) {
			if (f.annual()) {
				population.put(f.period().getYear(), f.value());
			}
		}
		var result = SeriesComputation.compute(query, figures, query.measure().structural() ? Map.of() : population,
				query.measure().structural() ? List.of() : values.knownBreaks());
		YearMonth sharesMonth = query.measure().structural() ? null
				: values.latestCategoryMonth(sharesMembers(query), query.measure(), YearMonth.of(query.toYear(), 12));
		List<CategoryShare> shares = sharesMonth == null ? List.of()
				: BarrierShares.of(values.categories(sharesMembers(query), query.measure(), sharesMonth));
		return new AssistanceSeriesView(query, name, names, result.points(), result.baseYearAverage(), result.target(),
				result.breaks(), sharesMonth, shares, result.madeUp());
	}

	private List<UUID> sharesMembers(AssistanceQuery query) {
		if (query.organisationId() != null) {
			return query.measure().additive()
					? organisations.lineage(query.organisationId()).stream().map(OrganisationSummary::id).toList()
					: List.of(query.organisationId());
		}
		return cityMembers(query.measure(), BarrierCategory.UNEMPLOYMENT);
	}

	/** The city's own figures when it has them, else the sum of every organisation's (for counts only). */
	private List<UUID> cityMembers(AssistanceMeasure measure, BarrierCategory category) {
		if (values.cityHas(measure, category) || !measure.additive()) {
			return List.of(AssistanceValues.CITY);
		}
		List<UUID> members = new ArrayList<>(values.organisationsWith(measure, category));
		if (members.isEmpty()) {
			members.addAll(values.organisationsWith(measure, BarrierCategory.ALL));
		}
		return members;
	}

	private List<String> names(List<UUID> ids) {
		return ids.stream().map(organisations::nameOf).sorted().toList();
	}

	@Override
	public UUID startImport(String filename, AssistanceImportFormat format, DuplicatePolicy policy, InputStream content,
			long size) {
		CurrentUser user = identity.require(Role.OFFICER, Role.ADMIN);
		if (size > MAX_IMPORT_BYTES) {
			throw tooLarge();
		}
		Path upload = uploads.save(content, MAX_IMPORT_BYTES, AssistanceSeriesService::tooLarge);
		return importer.start(filename == null || filename.isBlank() ? "fil" : filename, format,
				policy == null ? DuplicatePolicy.REFUSE : policy, upload, user.username(), lookups());
	}

	private static ViolationException tooLarge() {
		return new ViolationException(Violation.of("file", "max-size", "assistance.import.tooLarge", MAX_IMPORT_SIZE));
	}

	/** How import files name organisations and Kolada KPIs. */
	public AssistanceImporter.Lookups lookups() {
		Map<String, UUID> byName = new HashMap<>();
		for (OrganisationSummary o : organisations.all()) {
			byName.put(plain(o.name()), o.id());
			if (o.code() != null) {
				byName.put(plain(o.code()), o.id());
			}
		}
		for (String city : CITY_CODES) {
			byName.put(plain(city), AssistanceValues.CITY);
		}
		return new AssistanceImporter.Lookups(text -> Optional.ofNullable(byName.get(plain(text))),
				kpi -> Optional.ofNullable(environment.getProperty("fuel.statistics.kolada-kpi." + kpi))
					.or(() -> AssistanceMeasure.byCode(kpi).map(AssistanceMeasure::code)));
	}

	private static String plain(String text) {
		return Normalizer.normalize(text.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
	}

	@Override
	@Transactional(readOnly = true)
	public AssistanceImportView importStatus(UUID id) {
		identity.require(Role.OFFICER, Role.ADMIN);
		AssistanceImportView view = jdbc.sql("select * from assistance_import where id = ?")
			.param(id)
			.query((rs, n) -> view(rs, List.of()))
			.optional()
			.orElseThrow(() -> new NotFoundException("assistance import " + id));
		List<ImportRejection> rejections = jdbc.sql("""
				select line, reason from assistance_import_rejection where import_id = ? order by line""")
			.param(id)
			.query((rs, n) -> new ImportRejection(rs.getLong(1), rs.getString(2)))
			.list();
		Long running = importer.processed(id);
		return new AssistanceImportView(view.id(), view.filename(), view.format(), view.policy(), view.status(),
				running != null ? running : view.processedRows(), view.storedRows(), view.replacedRows(),
				view.skippedRows(), view.rejectedRows(), view.message(), rejections, view.startedBy(), view.startedAt(),
				view.finishedAt());
	}

	@Override
	public long importTotalRows(UUID id) {
		identity.require(Role.OFFICER, Role.ADMIN);
		return importer.total(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AssistanceImportView> recentImports() {
		identity.require(Role.OFFICER, Role.ADMIN);
		return jdbc.sql("select * from assistance_import order by started_at desc limit 20")
			.query((rs, n) -> view(rs, List.of()))
			.list();
	}

	private static AssistanceImportView view(java.sql.ResultSet rs, List<ImportRejection> rejections)
			throws java.sql.SQLException {
		var finished = rs.getTimestamp("finished_at");
		return new AssistanceImportView(rs.getObject("id", UUID.class), rs.getString("filename"),
				AssistanceImportFormat.valueOf(rs.getString("format")),
				DuplicatePolicy.valueOf(rs.getString("duplicate_policy")), rs.getString("status"),
				rs.getLong("processed_rows"), rs.getLong("stored_rows"), rs.getLong("replaced_rows"),
				rs.getLong("skipped_rows"), rs.getLong("rejected_rows"), rs.getString("message"), rejections,
				rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
				finished == null ? null : finished.toInstant());
	}

	/** Kept for the demo runner: the series keyed by month. */
	static Map<YearMonth, Double> monthly(List<AssistanceValues.Figure> figures) {
		Map<YearMonth, Double> m = new TreeMap<>();
		figures.stream().filter(f -> !f.annual()).forEach(f -> m.put(f.month(), f.value()));
		return m;
	}
}
