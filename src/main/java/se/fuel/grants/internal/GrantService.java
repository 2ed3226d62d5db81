package se.fuel.grants.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.common.NotFoundException;
import se.fuel.grants.GrantView;
import se.fuel.grants.Grants;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.OwnOrganisationOnly;
import se.fuel.identity.Role;
import se.fuel.organisations.Organisations;

/** The grants as officers (all) and applicants (their organisation's) may read them. */
@Service
@Transactional(readOnly = true)
class GrantService implements Grants {

	/**
	 * Newest year first, then by programme and reference, references in number order: document 001's "2.3.2" comes
	 * before "2.3.10".
	 */
	static final Comparator<Grant> ORDER = Comparator.comparingInt(Grant::year)
		.reversed()
		.thenComparing(Grant::programmeCode)
		.thenComparing(Grant::registrationNumber, Comparator.nullsLast(GrantService::inNumberOrder));

	private final GrantRepository grants;

	private final Identity identity;

	private final Organisations organisations;

	GrantService(GrantRepository grants, Identity identity, Organisations organisations) {
		this.grants = grants;
		this.identity = identity;
		this.organisations = organisations;
	}

	@Override
	public List<GrantView> visible(Integer year) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN, Role.APPLICANT);
		var own = OwnOrganisationOnly.exceptOfficers(me);
		List<Grant> found;
		if (!own.restricts()) {
			found = year == null ? grants.findAllByOrderByYearDescProgrammeCodeAscRegistrationNumberAsc()
					: grants.findByYearOrderByProgrammeCodeAscRegistrationNumberAsc(year);
		}
		else {
			found = grants.findByOrganisationIdOrderByYearDescRegistrationNumberAsc(own.organisation())
				.stream()
				.filter(g -> year == null || g.year() == year)
				.toList();
		}
		return found.stream().sorted(ORDER).map(this::view).toList();
	}

	@Override
	public List<GrantView> ofOrganisation(UUID organisationId) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN, Role.APPLICANT);
		if (!OwnOrganisationOnly.exceptOfficers(me).sees(organisationId)) {
			throw new NotFoundException("organisation " + organisationId);
		}
		return grants.findByOrganisationIdOrderByYearDescRegistrationNumberAsc(organisationId)
			.stream()
			.map(this::view)
			.toList();
	}

	@Override
	public List<GrantView> ofYear(int year) {
		identity.require(Role.OFFICER, Role.ADMIN);
		return grants.findByYearOrderByProgrammeCodeAscRegistrationNumberAsc(year)
			.stream()
			.sorted(ORDER)
			.map(this::view)
			.toList();
	}

	@Override
	public List<Integer> years() {
		identity.require(Role.OFFICER, Role.ADMIN);
		return grants.years();
	}

	@Override
	public Optional<GrantView> find(UUID grantId) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN, Role.APPLICANT);
		return grants.findById(grantId)
			.filter(g -> OwnOrganisationOnly.exceptOfficers(me).sees(g.organisationId()))
			.map(this::view);
	}

	GrantView view(Grant g) {
		List<UUID> partners = g.partnerOrganisationIds().stream()
			.sorted(Comparator.comparing(organisations::nameOf))
			.toList();
		return new GrantView(g.id(), g.applicationId(), g.callId(), g.organisationId(),
				organisations.nameOf(g.organisationId()), g.registrationNumber(), g.title(), g.programmeCode(),
				g.year(), g.amount(), g.periodStart(), g.periodEnd(), g.reportDueDate(), g.decidedOn(),
				g.paragraph(), g.status(), g.createdAt(), g.origin() == Grant.Origin.HISTORICAL, g.targetGroup(),
				g.purpose(), g.area(), partners, partners.stream().map(organisations::nameOf).toList(), g.version());
	}

	/** Compares texts with their runs of digits as numbers. */
	static int inNumberOrder(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char x = a.charAt(i);
			char y = b.charAt(j);
			if (Character.isDigit(x) && Character.isDigit(y)) {
				int ei = i;
				int ej = j;
				while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
					ei++;
				}
				while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
					ej++;
				}
				String m = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
				String n = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
				int c = m.length() != n.length() ? Integer.compare(m.length(), n.length()) : m.compareTo(n);
				if (c != 0) {
					return c;
				}
				i = ei;
				j = ej;
			}
			else {
				if (x != y) {
					return Character.compare(x, y);
				}
				i++;
				j++;
			}
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}
}
