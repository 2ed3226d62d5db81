package se.fuel.identity.internal;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditPage;
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.common.Rule;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.NewUser;
import se.fuel.identity.Role;
import se.fuel.identity.UserAdministration;
import se.fuel.identity.UserChange;
import se.fuel.identity.UserOrganisationChanged;
import se.fuel.identity.UserView;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Organisations;

/** The administration of local accounts; each rule an account must follow is a {@code Rule} class of its own. */
@Service
@Transactional
class UserAdministrationService implements UserAdministration {

	static final String AUDIT_TYPE = "UserAccount";

	private static final Rule<UsernameCandidate> USERNAME = new UsernameIsWellFormedAndFree();

	private static final List<Rule<AccountCandidate>> PROFILE = List.of(new NameIsGiven(), new EmailIsAnAddress(),
			new PhoneIsANumber(), new RoleIsChosen());

	private static final Rule<AccountCandidate> TITLE = new TitleFitsASignature();

	private static final Rule<OrganisationChoice> ORGANISATION = new OrganisationIsChosenAndExists();

	private static final Rule<PasswordCandidate> PASSWORD = new PasswordIsLongEnough();

	private static final Rule<OwnAccountChange> OWN_ACCESS = new AdministratorKeepsOwnAccess();

	private final UserAccountRepository users;

	private final Identity identity;

	private final Organisations organisations;

	private final PasswordEncoder encoder;

	private final AuditTrail auditTrail;

	private final SessionRegistry sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserAdministrationService(UserAccountRepository users, Identity identity, Organisations organisations,
			PasswordEncoder encoder, AuditTrail auditTrail, SessionRegistry sessions, ApplicationEventPublisher events,
			Clock clock) {
		this.clock = clock;
		this.sessions = sessions;
		this.events = events;
		this.users = users;
		this.identity = identity;
		this.organisations = organisations;
		this.encoder = encoder;
		this.auditTrail = auditTrail;
	}

	@Override
	@Transactional(readOnly = true)
	public List<UserView> list() {
		identity.require(Role.ADMIN);
		var collator = Collator.getInstance(SwedishFormat.SWEDISH);
		return users.findAllByOrderByUsername().stream()
			.map(this::view)
			.sorted(Comparator.comparing(UserView::displayName, collator))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public UserView get(UUID id) {
		identity.require(Role.ADMIN);
		return view(load(id));
	}

	@Override
	@Transactional(readOnly = true)
	public AuditPage events(UUID id) {
		identity.require(Role.ADMIN);
		return auditTrail.page(AUDIT_TYPE, load(id).getId(), 1);
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrganisationSummary> organisationChoices() {
		identity.require(Role.ADMIN);
		return organisations.activeOn(today());
	}

	@Override
	public UserView create(NewUser user) {
		return create(user, List.of());
	}

	@Override
	public UserView create(NewUser user, List<Violation> earlier) {
		identity.require(Role.ADMIN);
		var violations = new ArrayList<>(earlier);
		String username = user.username() == null ? "" : user.username().trim();
		violations.addAll(USERNAME.check(new UsernameCandidate(username,
				!username.isEmpty() && users.findByUsernameIgnoreCase(username).isPresent())));
		var profile = new AccountCandidate(user.displayName(), user.email(), user.phone(), user.role(), user.title());
		checkProfile(profile, violations);
		violations.addAll(ORGANISATION.check(choice(user.organisationId(), null)));
		violations.addAll(PASSWORD.check(new PasswordCandidate(user.password())));
		violations.addAll(TITLE.check(profile));
		throwIfAny(violations);
		var account = new UserAccount(username, encoder.encode(user.password()), user.displayName().trim(),
				user.role(), user.organisationId());
		account.setEmail(blankToNull(user.email()));
		account.setPhone(blankToNull(user.phone()));
		account.setTitle(stripped(user.title()));
		users.save(account);
		auditTrail.record(AUDIT_TYPE, account.getId(), "created", null, account.snapshot());
		return view(account);
	}

	@Override
	public UserView update(UUID id, UserChange change, List<Violation> earlier, Long openedVersion) {
		CurrentUser admin = identity.require(Role.ADMIN);
		var account = load(id);
		long readVersion = account.getVersion();
		auditTrail.requireUnchanged(AUDIT_TYPE, id, openedVersion, readVersion);
		var violations = new ArrayList<>(earlier);
		var profile = new AccountCandidate(change.displayName(), change.email(), change.phone(), change.role(),
				change.title());
		checkProfile(profile, violations);
		violations.addAll(ORGANISATION.check(choice(change.organisationId(), account.getOrganisationId())));
		violations.addAll(OWN_ACCESS.check(
				new OwnAccountChange(account.getId().equals(admin.userId()), change.role(), change.enabled())));
		violations.addAll(TITLE.check(profile));
		String title = stripped(change.title());
		throwIfAny(violations);
		var before = account.snapshot();
		UUID previousOrganisation = account.getOrganisationId();
		account.setTitle(title);
		account.setDisplayName(change.displayName().trim());
		account.setEmail(blankToNull(change.email()));
		account.setPhone(blankToNull(change.phone()));
		account.setRole(change.role());
		account.setOrganisationId(change.organisationId());
		account.setEnabled(change.enabled());
		try {
			users.flush();
		}
		catch (OptimisticLockingFailureException e) {
			// Another save of the version read here committed first; it is at least one version further.
			throw auditTrail.staleVersion(AUDIT_TYPE, id, readVersion + 1);
		}
		auditTrail.record(AUDIT_TYPE, id, "updated", before, account.snapshot());
		if (!Objects.equals(previousOrganisation, account.getOrganisationId())) {
			events.publishEvent(new UserOrganisationChanged(id, previousOrganisation, account.getOrganisationId()));
		}
		if (!account.getId().equals(admin.userId())) {
			signOut(account.getUsername());
		}
		return view(account);
	}

	@Override
	public void resetPassword(UUID id, String password) {
		CurrentUser admin = identity.require(Role.ADMIN);
		var account = load(id);
		throwIfAny(PASSWORD.check(new PasswordCandidate(password)));
		account.setPasswordHash(encoder.encode(password));
		users.flush();
		auditTrail.record(AUDIT_TYPE, id, "password-reset", null, Map.of("username", account.getUsername()));
		if (!account.getId().equals(admin.userId())) {
			signOut(account.getUsername());
		}
	}

	/**
	 * Ends the user's open sessions: a session carries the role, organisation and enabled flag it signed in with, and a
	 * changed account must not keep acting with the old ones.
	 */
	private void signOut(String username) {
		for (Object principal : sessions.getAllPrincipals()) {
			if (principal instanceof UserDetails details && details.getUsername().equalsIgnoreCase(username)) {
				sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}

	private static String stripped(String title) {
		String value = blankToNull(title);
		return value == null ? null : value.strip();
	}

	private static void checkProfile(AccountCandidate profile, List<Violation> violations) {
		PROFILE.forEach(rule -> violations.addAll(rule.check(profile)));
	}

	private OrganisationChoice choice(UUID chosen, UUID current) {
		var organisation = organisations.find(chosen).orElse(null);
		String carriedOnBy = organisation == null ? null : organisations.today(chosen).name();
		return new OrganisationChoice(chosen, current, organisation, carriedOnBy, today());
	}

	private static void throwIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
	}

	private UserAccount load(UUID id) {
		return users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
	}

	private UserView view(UserAccount a) {
		return new UserView(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.getPhone(), a.getRole(),
				a.getOrganisationId(), organisations.nameOf(a.getOrganisationId()), a.isEnabled(), a.getTitle(), a.getVersion());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
