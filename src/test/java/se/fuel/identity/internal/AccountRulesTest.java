package se.fuel.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.identity.Role;
import se.fuel.organisations.OrganisationKind;
import se.fuel.organisations.OrganisationSummary;

/** The rules an account must follow, each said as the administrator reads it. */
class AccountRulesTest {

	static AccountCandidate profile(String name, String email, String phone, Role role, String title) {
		return new AccountCandidate(name, email, phone, role, title);
	}

	static AccountCandidate anna() {
		return profile("Anna Svensson", "anna.svensson@stockholm.se", "08-508 254 13", Role.APPLICANT, "Utvecklare");
	}

	@Test
	void a_username_of_small_letters_digits_and_dots_that_nobody_has_is_accepted() {
		assertThat(new UsernameIsWellFormedAndFree().check(new UsernameCandidate("anna.svensson", false))).isEmpty();
	}

	@Test
	void a_missing_username_is_asked_for() {
		var violations = new UsernameIsWellFormedAndFree().check(new UsernameCandidate("  ", false));
		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v.rule()).isEqualTo("required");
			assertThat(TestTexts.swedish(v)).isEqualTo("Användarnamn måste anges.");
		});
	}

	@Test
	void a_username_with_capitals_or_spaces_is_refused_with_an_example() {
		var violations = new UsernameIsWellFormedAndFree().check(new UsernameCandidate("Anna Svensson", false));
		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v.rule()).isEqualTo("pattern");
			assertThat(TestTexts.swedish(v)).endsWith("till exempel anna.svensson.");
		});
	}

	@Test
	void a_username_another_account_has_is_refused_naming_it() {
		var violations = new UsernameIsWellFormedAndFree().check(new UsernameCandidate("farsta", true));
		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v.rule()).isEqualTo("unique");
			assertThat(TestTexts.swedish(v)).isEqualTo("Användarnamnet \u201Dfarsta\u201D är redan upptaget. Välj ett annat.");
			assertThat(TestTexts.english(v)).contains("\u201Cfarsta\u201D is already taken");
		});
	}

	@Test
	void a_complete_profile_breaks_no_rule() {
		assertThat(new NameIsGiven().check(anna())).isEmpty();
		assertThat(new EmailIsAnAddress().check(anna())).isEmpty();
		assertThat(new PhoneIsANumber().check(anna())).isEmpty();
		assertThat(new RoleIsChosen().check(anna())).isEmpty();
		assertThat(new TitleFitsASignature().check(anna())).isEmpty();
	}

	@Test
	void a_blank_name_is_asked_for_with_an_example() {
		assertThat(new NameIsGiven().check(profile(" ", null, null, Role.APPLICANT, null)))
			.extracting(TestTexts::swedish)
			.containsExactly("Namn måste anges, till exempel Anna Svensson.");
	}

	@Test
	void a_name_longer_than_two_hundred_characters_is_refused() {
		assertThat(new NameIsGiven().check(profile("a".repeat(201), null, null, Role.APPLICANT, null)))
			.extracting(TestTexts::swedish)
			.containsExactly("Namn får vara högst 200 tecken.");
	}

	@Test
	void an_email_without_a_domain_is_refused_but_no_email_is_fine() {
		assertThat(new EmailIsAnAddress().check(profile("A", "anna@", null, Role.APPLICANT, null)))
			.extracting(v -> v.field() + ":" + v.rule()).containsExactly("email:email");
		assertThat(new EmailIsAnAddress().check(profile("A", " ", null, Role.APPLICANT, null))).isEmpty();
	}

	@Test
	void a_phone_number_with_letters_is_refused() {
		assertThat(new PhoneIsANumber().check(profile("A", null, "ring mig", Role.APPLICANT, null)))
			.extracting(TestTexts::swedish)
			.containsExactly("Telefon får bara innehålla siffror, mellanslag, +, - och parenteser, till exempel 08-508 254 13.");
	}

	@Test
	void an_account_without_a_role_is_refused() {
		assertThat(new RoleIsChosen().check(profile("A", null, null, null, null)))
			.extracting(TestTexts::swedish).containsExactly("Roll måste väljas.");
	}

	@Test
	void a_title_longer_than_a_signature_holds_is_refused() {
		assertThat(new TitleFitsASignature().check(profile("A", null, null, Role.OFFICER, "t".repeat(201))))
			.extracting(TestTexts::swedish).containsExactly("Titel: högst 200 tecken.");
	}

	@Test
	void a_password_shorter_than_twelve_characters_is_refused_with_advice() {
		assertThat(new PasswordIsLongEnough().check(new PasswordCandidate("kort")))
			.extracting(TestTexts::swedish)
			.containsExactly("Lösenord måste vara minst 12 tecken. Ett långt lösenord av flera ord är lättast att minnas.");
	}

	@Test
	void a_password_of_more_than_seventy_two_bytes_is_refused_counting_swedish_letters_twice() {
		assertThat(new PasswordIsLongEnough().check(new PasswordCandidate("ö".repeat(37))))
			.extracting(TestTexts::swedish)
			.containsExactly("Lösenord får vara högst 72 tecken (å, ä och ö räknas som två).");
		assertThat(new PasswordIsLongEnough().check(new PasswordCandidate("ö".repeat(36)))).isEmpty();
	}

	@Test
	void an_administrator_cannot_remove_their_own_administrator_role_or_disable_themselves() {
		assertThat(new AdministratorKeepsOwnAccess().check(new OwnAccountChange(true, Role.OFFICER, false)))
			.extracting(v -> v.field() + ":" + TestTexts.swedish(v))
			.containsExactly("role:Roll: du kan inte ta bort din egen administratörsroll. Be en annan administratör.",
					"enabled:Aktivt konto: du kan inte stänga av ditt eget konto. Be en annan administratör.");
	}

	@Test
	void another_administrator_may_change_an_administrators_role_and_disable_the_account() {
		assertThat(new AdministratorKeepsOwnAccess().check(new OwnAccountChange(false, Role.OFFICER, false))).isEmpty();
		assertThat(new AdministratorKeepsOwnAccess().check(new OwnAccountChange(true, Role.ADMIN, true))).isEmpty();
	}

	final LocalDate today = LocalDate.of(2027, 3, 1);

	final OrganisationSummary rinkeby = organisation("Rinkeby", LocalDate.of(2019, 12, 31));

	static OrganisationSummary organisation(String name, LocalDate validTo) {
		return new OrganisationSummary(UUID.randomUUID(), name.toLowerCase(), name, OrganisationKind.DISTRICT, null,
				LocalDate.of(1997, 1, 1), validTo, null, null);
	}

	@Test
	void an_account_must_belong_to_an_organisation() {
		assertThat(new OrganisationIsChosenAndExists().check(new OrganisationChoice(null, null, null, null, today)))
			.extracting(TestTexts::swedish).containsExactly("Organisation måste väljas.");
	}

	@Test
	void an_organisation_that_is_not_in_the_register_is_refused() {
		var choice = new OrganisationChoice(UUID.randomUUID(), null, null, null, today);
		assertThat(new OrganisationIsChosenAndExists().check(choice)).extracting(v -> v.rule()).containsExactly("exists");
	}

	@Test
	void an_account_cannot_be_moved_to_an_organisation_that_has_ended_and_is_told_its_successor() {
		var choice = new OrganisationChoice(rinkeby.id(), null, rinkeby, "Rinkeby-Kista", today);
		assertThat(new OrganisationIsChosenAndExists().check(choice)).extracting(TestTexts::swedish)
			.containsExactly("Organisation: Rinkeby finns inte längre. Välj Rinkeby-Kista eller en annan organisation som finns i dag.");
	}

	@Test
	void an_account_may_keep_an_organisation_that_has_since_ended() {
		var choice = new OrganisationChoice(rinkeby.id(), rinkeby.id(), rinkeby, "Rinkeby-Kista", today);
		assertThat(new OrganisationIsChosenAndExists().check(choice)).isEmpty();
	}
}
