package se.fuel.identity.internal;

import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

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
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.identity.UserOrganisationChanged;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Organisations;

/**
 * Administrators open, change and lock local accounts and reset their passwords. Passwords are stored only as hashes
 * and never reach the audit trail.
 */
@Service
@Transactional
public class UserAdministration {

	static final String AUDIT_TYPE = "UserAccount";

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{3,40}");

	static final int MIN_PASSWORD = 12;

	// BCrypt, the delegating encoder's default, refuses passwords longer than 72 bytes.
	static final int MAX_PASSWORD_BYTES = 72;

	private final UserAccountRepository users;

	private final Identity identity;

	private final Organisations organisations;

	private final PasswordEncoder encoder;

	private final AuditTrail auditTrail;

	private final SessionRegistry sessions;

	private final ApplicationEventPublisher events;

	UserAdministration(UserAccountRepository users, Identity identity, Organisations organisations,
			PasswordEncoder encoder, AuditTrail auditTrail, SessionRegistry sessions, ApplicationEventPublisher events) {
		this.sessions = sessions;
		this.events = events;
		this.users = users;
		this.identity = identity;
		this.organisations = organisations;
		this.encoder = encoder;
		this.auditTrail = auditTrail;
	}

	@Transactional(readOnly = true)
	public List<UserView> list() {
		identity.require(Role.ADMIN);
		var collator = Collator.getInstance(SwedishFormat.SWEDISH);
		return users.findAllByOrderByUsername().stream()
			.map(this::view)
			.sorted(Comparator.comparing(UserView::displayName, collator))
			.toList();
	}

	@Transactional(readOnly = true)
	public UserView get(UUID id) {
		identity.require(Role.ADMIN);
		return view(load(id));
	}

	@Transactional(readOnly = true)
	public AuditPage events(UUID id) {
		identity.require(Role.ADMIN);
		return auditTrail.page(AUDIT_TYPE, load(id).getId(), 1);
	}

	/** The organisations a user can belong to: those that exist today. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> organisationChoices() {
		identity.require(Role.ADMIN);
		return organisations.activeOn(today());
	}

	public UserView create(NewUser user) {
		return create(user, List.of());
	}

	/** @param earlier violations already found while reading the input, reported together with these rules' own */
	public UserView create(NewUser user, List<Violation> earlier) {
		identity.require(Role.ADMIN);
		var violations = new ArrayList<>(earlier);
		String username = user.username() == null ? "" : user.username().trim();
		if (username.isEmpty()) {
			violations.add(new Violation("username", "required", "Användarnamn måste anges."));
		}
		else if (!USERNAME.matcher(username).matches()) {
			violations.add(new Violation("username", "pattern",
					"Användarnamn får bara innehålla små bokstäver a–z, siffror, punkt, bindestreck och understreck, 2–60 tecken, till exempel anna.svensson."));
		}
		else if (users.findByUsernameIgnoreCase(username).isPresent()) {
			violations.add(new Violation("username", "unique",
					"Användarnamnet \u201D" + username + "\u201D är redan upptaget. Välj ett annat."));
		}
		checkProfile(user.displayName(), user.email(), user.phone(), user.role(), violations);
		checkOrganisation(user.organisationId(), null, violations);
		checkPassword(user.password(), violations);
		throwIfAny(violations);
		var account = new UserAccount(username, encoder.encode(user.password()), user.displayName().trim(),
				user.role(), user.organisationId());
		account.setEmail(blankToNull(user.email()));
		account.setPhone(blankToNull(user.phone()));
		account.setTitle(checkedTitle(user.title(), violations));
		throwIfAny(violations);
		users.save(account);
		auditTrail.record(AUDIT_TYPE, account.getId(), "created", null, account.snapshot());
		return view(account);
	}

	/**
	 * @param earlier violations already found while reading the input, reported together with these rules' own
	 * @param openedVersion the version the form or the API client read; a save on an older one is refused rather than
	 * overwriting someone else's ({@code null}: no check)
	 */
	public UserView update(UUID id, UserChange change, List<Violation> earlier, Long openedVersion) {
		CurrentUser admin = identity.require(Role.ADMIN);
		var account = load(id);
		long readVersion = account.getVersion();
		auditTrail.requireUnchanged(AUDIT_TYPE, id, openedVersion, readVersion);
		var violations = new ArrayList<>(earlier);
		checkProfile(change.displayName(), change.email(), change.phone(), change.role(), violations);
		checkOrganisation(change.organisationId(), account.getOrganisationId(), violations);
		if (account.getId().equals(admin.userId())) {
			// An administrator who locks themselves out may leave the city without anyone able to manage users.
			if (change.role() != null && change.role() != Role.ADMIN) {
				violations.add(new Violation("role", "not-own-admin-role",
						"Roll: du kan inte ta bort din egen administratörsroll. Be en annan administratör."));
			}
			if (!change.enabled()) {
				violations.add(new Violation("enabled", "not-own-account",
						"Aktivt konto: du kan inte stänga av ditt eget konto. Be en annan administratör."));
			}
		}
		String title = checkedTitle(change.title(), violations);
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

	public void resetPassword(UUID id, String password) {
		CurrentUser admin = identity.require(Role.ADMIN);
		var account = load(id);
		var violations = new ArrayList<Violation>();
		checkPassword(password, violations);
		throwIfAny(violations);
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

	private static String checkedTitle(String title, List<Violation> violations) {
		String value = blankToNull(title);
		if (value != null && value.strip().length() > 200) {
			violations.add(new Violation("title", "length", "Titel: högst 200 tecken."));
		}
		return value == null ? null : value.strip();
	}

	private void checkProfile(String displayName, String email, String phone, Role role, List<Violation> violations) {
		if (displayName == null || displayName.isBlank()) {
			violations.add(new Violation("displayName", "required", "Namn måste anges, till exempel Anna Svensson."));
		}
		else if (displayName.trim().length() > 200) {
			violations.add(new Violation("displayName", "max-length", "Namn får vara högst 200 tecken."));
		}
		if (email != null && !email.isBlank() && (email.trim().length() > 200 || !EMAIL.matcher(email.trim()).matches())) {
			violations.add(new Violation("email", "email",
					"E-post måste vara en e-postadress, till exempel anna.svensson@stockholm.se."));
		}
		if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.trim()).matches()) {
			violations.add(new Violation("phone", "phone",
					"Telefon får bara innehålla siffror, mellanslag, +, - och parenteser, till exempel 08-508 254 13."));
		}
		if (role == null) {
			violations.add(new Violation("role", "required", "Roll måste väljas."));
		}
	}

	private void checkOrganisation(UUID organisationId, UUID current, List<Violation> violations) {
		if (organisationId == null) {
			violations.add(new Violation("organisationId", "required", "Organisation måste väljas."));
			return;
		}
		var organisation = organisations.find(organisationId);
		if (organisation.isEmpty()) {
			violations.add(new Violation("organisationId", "exists", "Organisation: den valda organisationen finns inte."));
		}
		else if (!organisation.get().activeOn(today()) && !Objects.equals(organisationId, current)) {
			violations.add(new Violation("organisationId", "active",
					"Organisation: " + organisation.get().name() + " finns inte längre. Välj "
							+ organisations.today(organisationId).name() + " eller en annan organisation som finns i dag."));
		}
	}

	private static void checkPassword(String password, List<Violation> violations) {
		if (password == null || password.length() < MIN_PASSWORD) {
			violations.add(new Violation("password", "min-length",
					"Lösenord måste vara minst " + MIN_PASSWORD + " tecken. Ett långt lösenord av flera ord är lättast att minnas."));
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			violations.add(new Violation("password", "max-length",
					"Lösenord får vara högst " + MAX_PASSWORD_BYTES + " tecken (å, ä och ö räknas som två)."));
		}
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

	private static LocalDate today() {
		return LocalDate.now(SwedishFormat.ZONE);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
