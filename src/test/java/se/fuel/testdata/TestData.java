package se.fuel.testdata;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import se.fuel.identity.NewUser;
import se.fuel.identity.Role;
import se.fuel.identity.UserAdministration;
import se.fuel.organisations.OrganisationInput;
import se.fuel.organisations.OrganisationKind;
import se.fuel.organisations.OrganisationManagement;

/**
 * The people and organisations a test makes for itself, through the same facades an administrator uses, so that no
 * test leans on demo data or on what another test left behind. Every name is new: two tests never share an
 * organisation or an account, so caps per organisation and "own organisation only" cannot leak between them.
 *
 * <p>
 * Only the first administrator is written with SQL: without demo data there is nobody yet allowed to create one.
 */
@Component
public class TestData {

	/** Every account a test makes signs in with this (long enough for the password rule). */
	public static final String PASSWORD = "test-password-1";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	// A database given by FUEL_TEST_DB_URL outlives the run; a run's own token keeps its names new there too.
	private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

	private final OrganisationManagement organisations;

	private final UserAdministration users;

	private final UserDetailsService details;

	private final JdbcTemplate jdbc;

	private final PasswordEncoder encoder;

	private volatile String administrator;

	TestData(OrganisationManagement organisations, UserAdministration users, UserDetailsService details,
			JdbcTemplate jdbc, PasswordEncoder encoder) {
		this.organisations = organisations;
		this.users = users;
		this.details = details;
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	/** A new district administration (stadsdelsförvaltning), active since 2000. */
	public UUID district() {
		return organisation(OrganisationKind.DISTRICT, "Testdistrikt");
	}

	/** A new central administration (fackförvaltning), such as the one fund officers work for. */
	public UUID administration() {
		return organisation(OrganisationKind.ADMINISTRATION, "Testförvaltning");
	}

	public UUID organisation(OrganisationKind kind, String namePrefix) {
		int n = SEQUENCE.incrementAndGet();
		var input = new OrganisationInput("t" + RUN + "-" + kind.name().toLowerCase() + "-" + n, namePrefix + " " + n, kind,
				null, LocalDate.of(2000, 1, 1), null, null, null, null);
		return as(administrator(), () -> organisations.create(input).organisation().id());
	}

	/** A new applicant of the organisation; returns the username. */
	public String applicant(UUID organisationId) {
		return user(Role.APPLICANT, organisationId);
	}

	/** A new fund officer of a new administration. */
	public String officer() {
		return user(Role.OFFICER, administration());
	}

	public String reader() {
		return user(Role.READER, administration());
	}

	public String attestant() {
		return user(Role.ATTESTANT, administration());
	}

	public String council(UUID organisationId) {
		return user(Role.COUNCIL, organisationId);
	}

	public String admin() {
		return user(Role.ADMIN, administration());
	}

	/** A new account in the role and organisation; returns the username, which signs in with {@link #PASSWORD}. */
	public String user(Role role, UUID organisationId) {
		int n = SEQUENCE.incrementAndGet();
		String username = role.name().toLowerCase() + "-" + RUN + "-" + n;
		var user = new NewUser(username, "Test " + role.name().toLowerCase() + " " + n, username + "@test.example",
				null, role, organisationId, PASSWORD, null);
		as(administrator(), () -> users.create(user));
		return username;
	}

	/** Runs a facade call as the signed-in user, as a page or the API would, and restores who was signed in. */
	public <T> T as(String username, Supplier<T> action) {
		UserDetails user = details.loadUserByUsername(username);
		SecurityContext before = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	public void run(String username, Runnable action) {
		as(username, () -> {
			action.run();
			return null;
		});
	}

	/**
	 * The administrator the other accounts are made by. A database without demo data has nobody, so the first is
	 * written directly, in an organisation every Fuel database has from its migrations.
	 */
	private String administrator() {
		String known = administrator;
		if (known != null) {
			return known;
		}
		synchronized (this) {
			if (administrator == null) {
				String username = "test-administrator";
				Integer existing = jdbc.queryForObject("select count(*) from user_account where username = ?",
						Integer.class, username);
				if (existing == 0) {
					UUID organisation = jdbc.queryForObject(
							"select id from organisation where code = 'socialforvaltningen'", UUID.class);
					jdbc.update("""
							insert into user_account (id, username, password_hash, display_name, email, role,
							                          organisation_id)
							values (?, ?, ?, 'Test Administratör', 'test-administrator@test.example', 'ADMIN', ?)""",
							UUID.randomUUID(), username, encoder.encode(PASSWORD), organisation);
				}
				administrator = username;
			}
			return administrator;
		}
	}
}
