package se.fuel.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.organisations.Organisations;

/**
 * Gives every page what the layout shows: who is signed in, for which organisation, in which role, and where the
 * language link leads.
 */
@ControllerAdvice
class LayoutAdvice {

	private final Identity identity;

	private final Organisations organisations;

	LayoutAdvice(Identity identity, Organisations organisations) {
		this.identity = identity;
		this.organisations = organisations;
	}

	@ModelAttribute("me")
	CurrentUser me() {
		return identity.currentIfAny().orElse(null);
	}

	@ModelAttribute("myOrganisation")
	String myOrganisation() {
		return identity.currentIfAny().map(u -> organisations.nameOf(u.organisationId())).orElse(null);
	}

	@ModelAttribute("languageSwitch")
	LanguageSwitch languageSwitch(HttpServletRequest request) {
		return LanguageSwitch.of(request);
	}
}
