package se.fuel.decisions.document;

import static se.fuel.common.SwedishFormat.kronor;
import static se.fuel.common.SwedishNumbers.capitalised;
import static se.fuel.common.SwedishNumbers.count;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.fuel.assessment.Recommendation;
import se.fuel.calls.ApplicationForm;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.common.SwedishFormat;
import se.fuel.common.SwedishNumbers;
import se.fuel.decisions.AllocationLine;
import se.fuel.decisions.DecisionDocumentContent.AllocationTable;
import se.fuel.decisions.DecisionDocumentContent.Listed;
import se.fuel.decisions.DecisionDocumentContent.ProgrammeAmount;
import se.fuel.decisions.DecisionDocumentContent.ProgrammeCase;
import se.fuel.decisions.DecisionDocumentContent.Qualification;
import se.fuel.decisions.DecisionDocumentContent.Row;
import se.fuel.decisions.DecisionDocumentContent;
import se.fuel.decisions.DecisionOutcome;
import se.fuel.decisions.RoundTexts;
import se.fuel.identity.Identity;
import se.fuel.organisations.OrganisationKind;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Organisations;

/**
 * Writes a year's decision document from the finalised allocation, computing every number from the records: what
 * was applied for, by how many organisations, what is rejected and why, what is granted per call and in all. The
 * officer's own texts (background, preparation, gender analysis...) come from the round's texts unchanged.
 *
 * <p>The document is a Swedish document of record, whoever composes it: its sentences come from the decisions
 * bundle ({@code decisions.composer.*}) in Swedish.
 */
@Component
public class DocumentComposer {

	private final Calls calls;

	private final Organisations organisations;

	private final Identity identity;

	private final MessageSource messages;

	public DocumentComposer(Calls calls, Organisations organisations, Identity identity, MessageSource messages) {
		this.calls = calls;
		this.organisations = organisations;
		this.identity = identity;
		this.messages = messages;
	}

	/** A sentence of the document, in Swedish; arguments are written out already (amounts, years as text). */
	private String sv(String key, Object... arguments) {
		return messages.getMessage("decisions.composer." + key, arguments, SwedishFormat.SWEDISH);
	}

	public DecisionDocumentContent compose(int year, RoundTexts texts, List<AllocationLine> lines) {
		List<Programme> programmes = programmes(year, lines);
		var officer = texts.officerId() == null ? null : identity.user(texts.officerId()).orElse(null);
		String department = officer == null || officer.organisationId() == null ? ""
				: organisations.nameOf(officer.organisationId());

		long totalRequested = programmes.stream().mapToLong(Programme::requested).sum();
		List<ProgrammeAmount> requested = programmes.stream()
			.map(p -> new ProgrammeAmount(p.code(), shortDescription(p), p.requested()))
			.toList();
		String longNames = SwedishNumbers.list(programmes.stream().map(this::longDescription).toList());
		String summarySentence = sv("summary", longNames, Integer.toString(year), kronor(totalRequested));

		List<Qualification> qualifications = programmes.stream().map(p -> qualification(p, year)).toList();
		List<ProgrammeCase> cases = new ArrayList<>();
		for (int i = 0; i < programmes.size(); i++) {
			cases.add(programmeCase(programmes.get(i), i == 0));
		}

		List<Listed> rejections = new ArrayList<>();
		List<Listed> partialGrants = new ArrayList<>();
		List<String> rejectedCounts = new ArrayList<>();
		List<String> partialCounts = new ArrayList<>();
		for (Programme p : programmes) {
			List<AllocationLine> rejected = p.lines().stream().filter(DocumentComposer::rejected).toList();
			List<AllocationLine> partial = p.lines().stream().filter(DocumentComposer::partlyGranted).toList();
			rejected.forEach(l -> rejections.add(listed(p, l, rejectionPhrase(l))));
			partial.forEach(l -> partialGrants.add(listed(p, l, sv("partialPhrase"))));
			if (!rejected.isEmpty()) {
				rejectedCounts.add(applicationsOf(rejected.size(), p.code()));
			}
			if (!partial.isEmpty()) {
				partialCounts.add(applicationsOf(partial.size(), p.code()));
			}
		}
		String rejectionsIntro = rejectedCounts.isEmpty() ? ""
				: sv("rejectionsIntro", SwedishNumbers.list(rejectedCounts));
		String partialIntro = partialCounts.isEmpty() ? "" : sv("partialIntro", SwedishNumbers.list(partialCounts));

		LocalDate repaymentDate = programmes.stream()
			.map(p -> p.call().repaymentNoticeDate())
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
		List<AllocationTable> tables = programmes.stream().map(p -> table(p, year)).toList();
		long grandTotal = tables.stream().mapToLong(AllocationTable::sum).sum();
		String codes = SwedishNumbers.list(programmes.stream().map(Programme::code).toList());
		String grandTotalSentence = sv("grandTotal", codes, kronor(grandTotal));

		String recipient = blankToEmpty(texts.recipient());
		List<String> proposals = List.of(
				sv("proposal", recipient, SwedishNumbers.list(programmes.stream().map(Programme::lowerName).toList()),
						Integer.toString(year)),
				sv("proposalDistricts"));

		return new DecisionDocumentContent(year, blankToEmpty(texts.registrationNumber()), texts.documentDate(),
				recipient, officer == null ? "" : officer.displayName(),
				officer == null ? "" : blankToEmpty(officer.phone()), department, texts.title(), proposals,
				texts.summaryIntro(), totalRequested, requested, texts.background(), qualifications,
				sv("selectionIntro") + " " + sv("selectionOrder"),
				cases, rejections, partialGrants, repayment(programmes, repaymentDate), repaymentDate,
				texts.preparation(), texts.genderAnalysis(), texts.proposalIntro(), tables, grandTotal,
				texts.signatories() == null ? List.of() : texts.signatories(),
				texts.appendices() == null ? List.of() : texts.appendices(), summarySentence, reporting(programmes),
				rejectionsIntro, partialIntro, grandTotalSentence);
	}

	/** The year's calls that are published or have applications, projects before study visits. */
	private List<Programme> programmes(int year, List<AllocationLine> lines) {
		Map<UUID, List<AllocationLine>> byCall = new LinkedHashMap<>();
		lines.forEach(l -> byCall.computeIfAbsent(l.callId(), k -> new ArrayList<>()).add(l));
		return calls.all()
			.stream()
			.filter(c -> c.year() == year && (c.published() || byCall.containsKey(c.id())))
			.sorted(Comparator.comparing(CallView::form).thenComparing(CallView::programmeCode))
			.map(c -> new Programme(c, byCall.getOrDefault(c.id(), List.of())))
			.toList();
	}

	private Qualification qualification(Programme p, int year) {
		if (p.call().form() == ApplicationForm.STUDY_VISIT) {
			// The 2024 decision document states a study visit's rules and its cap as one paragraph under the programme's name.
			return new Qualification(p.code(), p.call().programmeName(), String.join(" ", p.call().mainCriteria()),
					List.of(), p.call().priorityAreas(),
					sv("highestAmount", kronor(p.call().maxAmountPerApplication())));
		}
		String intro = p.call().priorityAreas().isEmpty() ? sv("mainCriteriaOnly") : sv("selectionIntro");
		return new Qualification(p.code(), sv("qualificationTitle", p.lowerName(), Integer.toString(year)), intro,
				p.call().mainCriteria(), p.call().priorityAreas(), "");
	}

	private ProgrammeCase programmeCase(Programme p, boolean first) {
		Set<UUID> districts = new LinkedHashSet<>();
		Set<UUID> others = new LinkedHashSet<>();
		for (AllocationLine line : p.lines()) {
			OrganisationSummary org = line.organisationId() == null ? null
					: organisations.find(line.organisationId()).orElse(null);
			if (org != null && org.kind() == OrganisationKind.DISTRICT) {
				districts.add(org.id());
			}
			else if (org != null) {
				// A unit applies on behalf of its administration: "samt socialförvaltningen".
				others.add(org.kind() == OrganisationKind.UNIT && org.parentId() != null ? org.parentId() : org.id());
			}
		}
		List<String> from = new ArrayList<>();
		if (!districts.isEmpty()) {
			from.add(count(districts.size(), sv("district"), sv("districts")));
		}
		List<String> otherNames = others.stream().map(this::nameInProse).toList();
		String origin = from.isEmpty() ? SwedishNumbers.list(otherNames)
				: otherNames.isEmpty() ? from.get(0) : sv("andAlso", from.get(0), SwedishNumbers.list(otherNames));
		int n = p.lines().size();
		String applications = count(n, sv("application"), sv("applications"));
		String text = first
				? sv("firstCase", applications, longDescription(p), origin, kronor(p.requested()))
				: sv("nextCase", capitalised(applications), longDescription(p), origin, fundsFor(p),
						kronor(p.requested()));
		return new ProgrammeCase(p.code(), n, districts.size() + others.size(), districts.size(), others.size(),
				p.requested(), text);
	}

	/** An administration is a common noun in running text ("socialförvaltningen"); other names stay as they are. */
	private String nameInProse(UUID organisationId) {
		return organisations.find(organisationId)
			.map(o -> o.kind() == OrganisationKind.ADMINISTRATION ? o.name().toLowerCase(SwedishFormat.SWEDISH)
					: o.name())
			.orElse(organisations.nameOf(organisationId));
	}

	private AllocationTable table(Programme p, int year) {
		List<Row> rows = p.lines()
			.stream()
			.filter(DocumentComposer::granted)
			.map(l -> new Row(l.organisationName(), l.title(), l.amount()))
			.toList();
		long sum = rows.stream().mapToLong(Row::amount).sum();
		return new AllocationTable(p.code(), p.call().programmeName() + " " + year, sv("item." + p.call().form()),
				rows, sum, sv("setAside", kronor(sum), p.lowerName()));
	}

	private Listed listed(Programme p, AllocationLine line, String phrase) {
		return new Listed(line.registrationNumber(), line.title(), line.organisationName(),
				sv("listed." + p.call().form(), line.title(), phrase), line.requestedAmount(), line.amount());
	}

	private String rejectionPhrase(AllocationLine line) {
		String phrase = line.reasonPhrase();
		if (phrase == null || phrase.isBlank()) {
			phrase = line.reasonCategoryName() == null || line.reasonCategoryName().isBlank() ? sv("rejected")
					: sv("rejectedFor", line.reasonCategoryName().toLowerCase(SwedishFormat.SWEDISH));
		}
		phrase = phrase.strip();
		return phrase.endsWith(".") ? phrase : phrase + ".";
	}

	private String applicationsOf(int n, String code) {
		return n == 1 ? sv("oneApplicationOf", code) : sv("applicationsOf", SwedishNumbers.words(n), code);
	}

	private String repayment(List<Programme> programmes, LocalDate date) {
		String codes = SwedishNumbers.list(programmes.stream().map(Programme::code).toList())
			.replace(" och ", " " + sv("or") + " ");
		String text = sv("repayment", codes);
		if (date != null) {
			text += " " + sv("repaymentNotice", SwedishFormat.longDate(date));
		}
		return text;
	}

	private String reporting(List<Programme> programmes) {
		boolean projects = programmes.stream().anyMatch(p -> p.call().form() == ApplicationForm.PROJECT);
		boolean visits = programmes.stream().anyMatch(p -> p.call().form() == ApplicationForm.STUDY_VISIT);
		String what = sv(projects && visits ? "reported.both" : visits ? "reported.visits" : "reported.projects");
		return sv("reporting", what, SwedishNumbers.list(programmes.stream().map(Programme::code).toList()));
	}

	/** "medel för utveckling och lärande" as it is; any other name as "medel för lokala utvecklingsmedel". */
	private String fundsFor(Programme p) {
		String name = p.lowerName();
		return name.startsWith(sv("funds") + " ") ? name : sv("fundsFor", name);
	}

	/** Sammanfattning's list: "medel för studiebesök/studieresor". */
	private String shortDescription(Programme p) {
		return p.call().form() == ApplicationForm.STUDY_VISIT ? sv("studyVisitFunds") : p.lowerName();
	}

	/** Running text: "medel för utveckling och lärande genom studiebesök/resor". */
	private String longDescription(Programme p) {
		return p.call().form() == ApplicationForm.STUDY_VISIT ? sv("throughStudyVisits", p.lowerName())
				: p.lowerName();
	}

	static boolean rejected(AllocationLine line) {
		return line.outcome() == DecisionOutcome.REJECTED
				|| (line.outcome() == null && line.recommendation() == Recommendation.REJECT);
	}

	static boolean partlyGranted(AllocationLine line) {
		return line.outcome() == DecisionOutcome.PARTIALLY_GRANTED
				|| (line.outcome() == null && line.recommendation() != null && line.recommendation() != Recommendation.REJECT
						&& line.amount() > 0 && line.amount() < line.requestedAmount());
	}

	static boolean granted(AllocationLine line) {
		return line.amount() > 0 && !rejected(line)
				&& (line.outcome() != null || line.recommendation() != null);
	}

	private static String blankToEmpty(String s) {
		return s == null ? "" : s;
	}

	/** A call of the year with its applications, and the words the document uses for it. */
	private record Programme(CallView call, List<AllocationLine> lines) {

		String code() {
			return call.programmeCode();
		}

		long requested() {
			return lines.stream().mapToLong(AllocationLine::requestedAmount).sum();
		}

		/** "lokala utvecklingsmedel", "medel för utveckling och lärande". */
		String lowerName() {
			String name = call.programmeName();
			return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(SwedishFormat.SWEDISH) + name.substring(1);
		}
	}
}
