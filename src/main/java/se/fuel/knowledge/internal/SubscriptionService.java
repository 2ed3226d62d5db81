package se.fuel.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.knowledge.SavedSearch;
import se.fuel.knowledge.KnowledgeArea;
import se.fuel.knowledge.KnowledgeSubscriptionView;
import se.fuel.knowledge.KnowledgeSubscriptions;
import se.fuel.knowledge.SubscriptionKind;

/** Each user's own subscriptions; another user's answer 404 so that ids cannot be probed. */
@Service
@Transactional
class SubscriptionService implements KnowledgeSubscriptions {

	static final String AUDIT_TYPE = "KnowledgeSubscription";

	static final int MAX_TARGET_GROUP = 500;

	static final int MAX_SEARCH = 2000;

	/** Everyone signed in reads the knowledge bank, so everyone may follow it. */
	private static final Role[] EVERYONE = Role.values();

	private final KnowledgeSubscriptionRepository subscriptions;

	private final SubscriptionDescriptions descriptions;

	private final KnowledgeViews views;

	private final Identity identity;

	private final AuditTrail audit;

	private final Clock clock;

	SubscriptionService(KnowledgeSubscriptionRepository subscriptions, SubscriptionDescriptions descriptions,
			KnowledgeViews views, Identity identity, AuditTrail audit, Clock clock) {
		this.clock = clock;
		this.subscriptions = subscriptions;
		this.descriptions = descriptions;
		this.views = views;
		this.identity = identity;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<KnowledgeSubscriptionView> mine() {
		CurrentUser me = identity.require(EVERYONE);
		return subscriptions.findByUserIdOrderByCreatedAtDesc(me.userId()).stream().map(this::view).toList();
	}

	@Override
	public KnowledgeSubscriptionView subscribe(SubscriptionKind kind, String value) {
		CurrentUser me = identity.require(EVERYONE);
		String clean = clean(kind, value);
		var existing = subscriptions.findByUserIdAndKindAndValue(me.userId(), kind, clean);
		if (existing.isPresent()) {
			return view(existing.get());
		}
		KnowledgeSubscription subscription = subscriptions.save(new KnowledgeSubscription(me.userId(), kind, clean,
				Instant.now(clock)));
		audit.record(AUDIT_TYPE, subscription.id(), "created", null, subscription.snapshot());
		return view(subscription);
	}

	@Override
	public void unsubscribe(UUID id) {
		CurrentUser me = identity.require(EVERYONE);
		KnowledgeSubscription subscription = subscriptions.findById(id)
			.filter(s -> s.userId().equals(me.userId()))
			.orElseThrow(() -> new NotFoundException("Bevakningen finns inte."));
		subscriptions.delete(subscription);
		audit.record(AUDIT_TYPE, id, "deleted", subscription.snapshot(), null);
	}

	private String clean(SubscriptionKind kind, String value) {
		if (kind == null) {
			throw new ViolationException(Violation.of("kind", "required", "knowledge.subscriptions.rule.kindRequired"));
		}
		String text = value == null ? "" : value.strip();
		return switch (kind) {
			case AREA -> {
				if (views.areas().stream().map(KnowledgeArea::code).noneMatch(text::equals)) {
					throw new ViolationException(Violation.of("value", "known-area",
							"knowledge.subscriptions.rule.knownArea"));
				}
				yield text;
			}
			case TARGET_GROUP -> {
				if (text.isEmpty() || text.length() > MAX_TARGET_GROUP) {
					throw new ViolationException(Violation.of("value", "length",
							"knowledge.subscriptions.rule.targetGroupLength"));
				}
				yield text;
			}
			case SEARCH -> {
				String saved = SavedSearch.normalise(text);
				if (saved.length() > MAX_SEARCH) {
					throw new ViolationException(Violation.of("value", "max-length",
							"knowledge.subscriptions.rule.searchTooLong"));
				}
				yield saved;
			}
		};
	}

	private KnowledgeSubscriptionView view(KnowledgeSubscription s) {
		return new KnowledgeSubscriptionView(s.id(), s.kind(), s.value(), descriptions.describe(s.kind(), s.value()),
				descriptions.searchPath(s.kind(), s.value()), s.createdAt());
	}
}
