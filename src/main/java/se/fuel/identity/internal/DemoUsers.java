package se.fuel.identity.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.identity.Role;
import se.fuel.organisations.Organisations;
import se.fuel.system.FuelProperties;

/**
 * The demo accounts (password {@code demo}), created only in demo mode so that a new user can log in as any role.
 */
@Component
@Order(10)
class DemoUsers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	record Demo(String username, String name, Role role, String organisationCode, String phone, String title) {
	}

	static final List<Demo> ACCOUNTS = List.of(
			new Demo("handlaggare", "Rebecca Hedenstedt", Role.OFFICER, "sof-stadsovergripande", "08-508 254 13", "FoU-handläggare"),
			new Demo("farsta", "Fatima Ahmed", Role.APPLICANT, "farsta", null, "Utvecklingsledare"),
			// A second applicant of the same district, so two people can edit one draft (and see the stale save refused).
			new Demo("farsta2", "Karin Holm", Role.APPLICANT, "farsta", null, "Enhetschef"),
			new Demo("sodermalm", "Sven Berg", Role.APPLICANT, "sodermalm", null, "Enhetschef"),
			new Demo("radsledamot", "Rut Lindqvist", Role.COUNCIL, "farsta", null, "Ledamot i FoU-rådet"),
			new Demo("socialdirektor", "Veronica Wolgast Carstorp", Role.ATTESTANT, "socialforvaltningen", null, "Socialdirektör"),
			new Demo("avdelningschef", "Lina Blombergsson", Role.ATTESTANT, "sof-stadsovergripande", null, "Avdelningschef"),
			new Demo("lasare", "Lars Nilsson", Role.READER, "socialforvaltningen", null, "Socialsekreterare"),
			new Demo("admin", "Ada Ek", Role.ADMIN, "socialforvaltningen", null, "Systemförvaltare"));

	private final FuelProperties properties;

	private final UserAccountRepository users;

	private final Organisations organisations;

	private final PasswordEncoder encoder;

	DemoUsers(FuelProperties properties, UserAccountRepository users, Organisations organisations,
			PasswordEncoder encoder) {
		this.properties = properties;
		this.users = users;
		this.organisations = organisations;
		this.encoder = encoder;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demoMode()) {
			return;
		}
		String hash = null;
		for (Demo demo : ACCOUNTS) {
			var existing = users.findByUsernameIgnoreCase(demo.username());
			if (existing.isPresent()) {
				// data folders from before titles existed get them once
				if (existing.get().getTitle() == null) {
					existing.get().setTitle(demo.title());
				}
				continue;
			}
			hash = hash != null ? hash : encoder.encode("demo");
			var org = organisations.findByCode(demo.organisationCode()).orElseThrow();
			var account = new UserAccount(demo.username(), hash, demo.name(), demo.role(), org.id());
			account.setPhone(demo.phone());
			account.setTitle(demo.title());
			account.setEmail(demo.username() + "@demo.fuel.stockholm.se");
			users.save(account);
		}
		log.info("Demo mode: accounts {} with password 'demo'", ACCOUNTS.stream().map(Demo::username).toList());
	}
}
