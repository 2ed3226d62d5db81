package se.fuel.events.internal;

import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.events.CompetenceEvents;
import se.fuel.events.EvaluationSummary;
import se.fuel.events.EventEvaluated;
import se.fuel.events.EventInput;
import se.fuel.events.EventKind;
import se.fuel.events.EventOverview;
import se.fuel.events.EventRegistered;
import se.fuel.events.EventView;
import se.fuel.events.OrganisationParticipants;
import se.fuel.events.rules.EventDescribed;
import se.fuel.events.rules.ParticipantsCounted;
import se.fuel.events.rules.RatingsWithinParticipants;
import se.fuel.events.domain.RatingCsv;
import se.fuel.events.domain.RatingDistribution;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.organisations.Organisations;

/** Competence-development events: reads for everyone signed in, audited changes by officers and administrators. */
@Service
class EventService implements CompetenceEvents {

	static final String CSV = "CSV";

	static final String MANUAL = "MANUAL";

	private static final Comparator<String> SWEDISH_ORDER = Collator.getInstance(SwedishFormat.SWEDISH)::compare;

	private final CompetenceEventRepository events;

	private final Identity identity;

	private final Organisations organisations;

	private final AuditTrail audit;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	EventService(CompetenceEventRepository events, Identity identity, Organisations organisations, AuditTrail audit,
			ApplicationEventPublisher publisher, Clock clock) {
		this.clock = clock;
		this.events = events;
		this.identity = identity;
		this.organisations = organisations;
		this.audit = audit;
		this.publisher = publisher;
	}

	@Override
	@Transactional(readOnly = true)
	public List<EventView> events() {
		identity.require(Role.values());
		return events.findAllByOrderByDateDescTitleAsc().stream().map(this::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public EventView event(UUID id) {
		identity.require(Role.values());
		return view(find(id));
	}

	@Override
	@Transactional
	public EventView register(EventInput input) {
		identity.require(Role.OFFICER, Role.ADMIN);
		CompetenceEvent event = events.save(new CompetenceEvent(checked(input), clock.instant()));
		audit.record(AUDIT_TYPE, event.id(), "created", null, event.snapshot());
		publisher.publishEvent(new EventRegistered(event.id(), event.title(), event.date()));
		return view(event);
	}

	@Override
	@Transactional
	public EventView update(UUID id, EventInput input, Long openedVersion) {
		identity.require(Role.OFFICER, Role.ADMIN);
		CompetenceEvent event = find(id);
		long readVersion = event.version();
		audit.requireUnchanged(AUDIT_TYPE, id, openedVersion, readVersion);
		EventInput clean = checked(input);
		var before = event.snapshot();
		event.change(clean, clock.instant());
		// Fewer participants than the evaluation's responses would make the recorded ratings outnumber them.
		List<Violation> tooFew = withinParticipants(event.responsesPerRating(), event.totalParticipants());
		if (!tooFew.isEmpty()) {
			throw new ViolationException(tooFew.stream().map(v -> v.at("participants")).toList());
		}
		try {
			events.flush();
		}
		catch (OptimisticLockingFailureException e) {
			// Another save of the version read here committed first; it is at least one version further.
			throw audit.staleVersion(AUDIT_TYPE, id, readVersion + 1);
		}
		audit.record(AUDIT_TYPE, id, "updated", before, event.snapshot());
		return view(event);
	}

	@Override
	@Transactional
	public void delete(UUID id) {
		identity.require(Role.OFFICER, Role.ADMIN);
		CompetenceEvent event = find(id);
		audit.record(AUDIT_TYPE, id, "deleted", event.snapshot(), null);
		events.delete(event);
	}

	@Override
	@Transactional
	public EvaluationSummary importRatings(UUID id, byte[] csv) {
		identity.require(Role.OFFICER, Role.ADMIN);
		CompetenceEvent event = find(id);
		RatingCsv.Result result = RatingCsv.read(new String(csv == null ? new byte[0] : csv, StandardCharsets.UTF_8));
		if (!result.accepted()) {
			throw new ViolationException(result.rejected().stream()
				.map(r -> r.line() == 0 ? Violation.of("file", "csv-line", "events.rule.csv.file", r.reason())
						: Violation.of("file", "csv-line", "events.rule.csv.line", String.valueOf(r.line()), r.reason()))
				.toList());
		}
		List<Violation> tooMany = withinParticipants(result.responsesPerRating(), event.totalParticipants());
		if (!tooMany.isEmpty()) {
			throw new ViolationException(tooMany.stream().map(v -> v.at("file")).toList());
		}
		return evaluate(event, result.responsesPerRating(), CSV);
	}

	@Override
	@Transactional
	public EvaluationSummary enterRatings(UUID id, Map<Integer, Integer> responsesPerRating) {
		identity.require(Role.OFFICER, Role.ADMIN);
		CompetenceEvent event = find(id);
		List<Violation> violations = new ArrayList<>();
		Map<Integer, Integer> counts = new TreeMap<>();
		responsesPerRating.forEach((rating, count) -> {
			if (rating == null || rating < RatingDistribution.LOWEST || rating > RatingDistribution.HIGHEST) {
				violations.add(Violation.of("rating", "scale", "events.rule.rating.scale"));
			}
			else if (count != null && count < 0) {
				violations.add(Violation.of("rating-" + rating, "not-negative",
						"events.rule.rating.negative", rating));
			}
			else if (count != null && count > 0) {
				counts.put(rating, count);
			}
		});
		if (violations.isEmpty()) {
			violations.addAll(withinParticipants(counts, event.totalParticipants()));
		}
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		return evaluate(event, counts, MANUAL);
	}

	private static List<Violation> withinParticipants(Map<Integer, Integer> responsesPerRating, int participants) {
		int responses = responsesPerRating.values().stream().mapToInt(n -> n == null ? 0 : Math.max(n, 0)).sum();
		return new RatingsWithinParticipants().check(new RatingsWithinParticipants.Evaluation(responses,
				participants));
	}

	private EvaluationSummary evaluate(CompetenceEvent event, Map<Integer, Integer> counts, String source) {
		var before = event.snapshot();
		event.evaluate(counts, source, null, clock.instant());
		audit.record(AUDIT_TYPE, event.id(), CSV.equals(source) ? "ratings-imported" : "ratings-entered", before,
				event.snapshot());
		EvaluationSummary summary = RatingDistribution.of(counts);
		publisher.publishEvent(new EventEvaluated(event.id(), summary.responses()));
		return summary;
	}

	@Override
	@Transactional(readOnly = true)
	public EventOverview overview(boolean asToday) {
		identity.require(Role.values());
		List<CompetenceEvent> all = events.findAll();
		Map<String, int[]> byYearKind = new TreeMap<>();
		Map<UUID, Integer> byOrganisation = new HashMap<>();
		int other = 0;
		int unspecified = 0;
		int total = 0;
		for (CompetenceEvent e : all) {
			int[] cell = byYearKind.computeIfAbsent(e.date().getYear() + "|" + e.kind().ordinal(), k -> new int[2]);
			cell[0]++;
			cell[1] += e.totalParticipants();
			e.participants().forEach(p -> byOrganisation.merge(
					asToday ? organisations.today(p.organisationId()).id() : p.organisationId(), p.participants(),
					Integer::sum));
			other += e.otherParticipants();
			unspecified += e.unspecifiedParticipants();
			total += e.totalParticipants();
		}
		List<EventOverview.YearKind> rows = byYearKind.entrySet().stream().map(entry -> {
			String[] key = entry.getKey().split("\\|");
			return new EventOverview.YearKind(Integer.parseInt(key[0]), EventKind.values()[Integer.parseInt(key[1])],
					entry.getValue()[0], entry.getValue()[1]);
		}).sorted(Comparator.comparingInt(EventOverview.YearKind::year).thenComparing(EventOverview.YearKind::kind))
			.toList();
		List<OrganisationParticipants> organisationRows = byOrganisation.entrySet().stream()
			.map(entry -> new OrganisationParticipants(entry.getKey(), organisations.nameOf(entry.getKey()),
					entry.getValue()))
			.sorted(Comparator.comparing(OrganisationParticipants::organisationName, SWEDISH_ORDER))
			.toList();
		return new EventOverview(rows, organisationRows, other, unspecified, all.size(), total);
	}

	private CompetenceEvent find(UUID id) {
		return events.findById(id).orElseThrow(() -> new NotFoundException("competence event " + id));
	}

	private EventInput checked(EventInput input) {
		List<OrganisationParticipants> participants = input.participants() == null ? List.of()
				: input.participants().stream().filter(p -> p.participants() != 0).toList();
		EventInput clean = new EventInput(input.date(), strip(input.title()), input.kind(), strip(input.organiser()),
				strip(input.targetGroup()), strip(input.description()), participants, input.otherParticipants(),
				input.unspecifiedParticipants());
		List<Violation> violations = new ArrayList<>(
				new EventDescribed().check(new EventDescribed.Event(clean, LocalDate.now(clock))));
		violations.addAll(new ParticipantsCounted().check(clean));
		for (OrganisationParticipants p : participants) {
			if (p.organisationId() != null && organisations.find(p.organisationId()).isEmpty()) {
				violations.add(Violation.of("participants", "known-organisation",
						"events.rule.participants.knownOrganisation"));
			}
		}
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		return clean;
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	EventView view(CompetenceEvent e) {
		List<OrganisationParticipants> participants = e.participants().stream()
			.map(p -> new OrganisationParticipants(p.organisationId(), organisations.nameOf(p.organisationId()),
					p.participants()))
			.sorted(Comparator.comparing(OrganisationParticipants::organisationName, SWEDISH_ORDER))
			.toList();
		return new EventView(e.id(), e.date(), e.title(), e.kind(), e.organiser(), e.targetGroup(), e.description(),
				participants, e.otherParticipants(), e.unspecifiedParticipants(), e.totalParticipants(),
				RatingDistribution.of(e.responsesPerRating()), e.evaluationSource(), e.evaluationNote(),
				e.updatedAt(), e.version());
	}
}
