package se.fuel.calls.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.fuel.calls.ApplicationSection;
import se.fuel.calls.CallView;
import se.fuel.calls.CallInput;

/**
 * A call (utlysning) of a programme for one year, with the rules its applications are checked against.
 */
@Entity
@Table(name = "funding_call")
class FundingCall {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "programme_id", nullable = false)
	private Programme programme;

	@Column(nullable = false)
	private int year;

	@Column(nullable = false)
	private String title;

	private String description;

	@Column(nullable = false)
	private long budget;

	@Column(name = "opens_at", nullable = false)
	private Instant opensAt;

	@Column(name = "closes_at", nullable = false)
	private Instant closesAt;

	@Column(name = "max_amount_per_application", nullable = false)
	private long maxAmountPerApplication;

	@Column(name = "max_grants_per_organisation")
	private Integer maxGrantsPerOrganisation;

	@Column(name = "cap_group")
	private String capGroup;

	@Column(name = "longest_period_months")
	private Integer longestPeriodMonths;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "call_main_criterion", joinColumns = @JoinColumn(name = "call_id"))
	@OrderColumn(name = "position")
	@Column(name = "text", nullable = false)
	private List<String> mainCriteria = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "call_priority_area", joinColumns = @JoinColumn(name = "call_id"))
	@OrderColumn(name = "position")
	@Column(name = "text", nullable = false)
	private List<String> priorityAreas = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "call_required_section", joinColumns = @JoinColumn(name = "call_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "section", nullable = false)
	private Set<ApplicationSection> requiredSections = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "call_word_limit", joinColumns = @JoinColumn(name = "call_id"))
	@MapKeyEnumerated(EnumType.STRING)
	@MapKeyColumn(name = "section")
	@Column(name = "max_words", nullable = false)
	private Map<ApplicationSection, Integer> wordLimits = new HashMap<>();

	@Column(name = "report_due_date")
	private LocalDate reportDueDate;

	@Column(name = "repayment_notice_date")
	private LocalDate repaymentNoticeDate;

	@Column(nullable = false)
	private boolean published;

	@Column(name = "registration_prefix", nullable = false)
	private String registrationPrefix = "FoU";

	@Version
	private long version;

	protected FundingCall() {
	}

	FundingCall(Programme programme, CallInput input) {
		this.id = UUID.randomUUID();
		apply(programme, input);
	}

	/** Takes every rule from validated input. */
	public void apply(Programme programme, CallInput in) {
		this.programme = programme;
		this.year = in.year();
		this.title = in.title().strip();
		this.description = in.description() == null || in.description().isBlank() ? null : in.description().strip();
		this.budget = in.budget();
		this.opensAt = in.opensAt();
		this.closesAt = in.closesAt();
		this.maxAmountPerApplication = in.maxAmountPerApplication();
		this.maxGrantsPerOrganisation = in.maxGrantsPerOrganisation();
		this.capGroup = in.capGroup() == null || in.capGroup().isBlank() ? null : in.capGroup().strip();
		this.longestPeriodMonths = in.longestPeriodMonths();
		this.mainCriteria.clear();
		this.mainCriteria.addAll(CallInput.lines(in.mainCriteria()));
		this.priorityAreas.clear();
		this.priorityAreas.addAll(CallInput.lines(in.priorityAreas()));
		this.requiredSections.clear();
		if (in.requiredSections() != null) {
			this.requiredSections.addAll(in.requiredSections());
		}
		this.wordLimits.clear();
		if (in.wordLimits() != null) {
			in.wordLimits().forEach((section, limit) -> {
				if (section != null && limit != null) {
					this.wordLimits.put(section, limit);
				}
			});
		}
		this.reportDueDate = in.reportDueDate();
		this.repaymentNoticeDate = in.repaymentNoticeDate();
		if (in.published() != null) {
			this.published = in.published();
		}
		this.registrationPrefix = in.registrationPrefix() == null || in.registrationPrefix().isBlank() ? "FoU"
				: in.registrationPrefix().strip();
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public CallView view() {
		var sections = requiredSections.isEmpty() ? EnumSet.noneOf(ApplicationSection.class)
				: EnumSet.copyOf(requiredSections);
		var limits = new EnumMap<ApplicationSection, Integer>(ApplicationSection.class);
		limits.putAll(wordLimits);
		return new CallView(id, programme.getCode(), programme.getName(), programme.getForm(), year, title, description,
				budget, opensAt, closesAt, maxAmountPerApplication, maxGrantsPerOrganisation, capGroup,
				longestPeriodMonths, List.copyOf(mainCriteria), List.copyOf(priorityAreas),
				java.util.Collections.unmodifiableSet(sections), java.util.Collections.unmodifiableMap(limits),
				reportDueDate, repaymentNoticeDate, published, registrationPrefix);
	}

	public UUID getId() { return id; }
	public long getVersion() { return version; }
	public Programme getProgramme() { return programme; }
	public int getYear() { return year; }
	public boolean isPublished() { return published; }
}
