package se.fuel.calls.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.ApplicationForm;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/** The programmes calls belong to; anyone signed in reads them, fund officers add new ones. */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

	private static final Pattern CODE = Pattern.compile("[A-Za-zÅÄÖåäö0-9-]{2,20}");

	private final ProgrammeRepository programmes;

	private final Identity identity;

	private final AuditTrail auditTrail;

	ProgrammeService(ProgrammeRepository programmes, Identity identity, AuditTrail auditTrail) {
		this.programmes = programmes;
		this.identity = identity;
		this.auditTrail = auditTrail;
	}

	public List<ProgrammeView> all() {
		identity.current();
		return programmes.findAllByOrderByCode().stream().map(Programme::view).toList();
	}

	@Transactional
	public ProgrammeView add(String code, String name, ApplicationForm form) {
		identity.require(Role.OFFICER, Role.ADMIN);
		var found = new ArrayList<Violation>();
		String c = code == null ? "" : code.strip();
		String n = name == null ? "" : name.strip();
		if (c.isEmpty()) {
			found.add(new Violation("code", "required", "Fältet ”Kod” måste fyllas i, till exempel LUM."));
		}
		else if (!CODE.matcher(c).matches()) {
			found.add(new Violation("code", "code-format",
					"Fältet ”Kod” får bara innehålla bokstäver, siffror och bindestreck, 2–20 tecken."));
		}
		else if (programmes.findByCodeIgnoreCase(c).isPresent()) {
			found.add(new Violation("code", "unique-code", "Fältet ”Kod”: det finns redan ett program med koden ”" + c + "”."));
		}
		if (n.isEmpty()) {
			found.add(new Violation("name", "required", "Fältet ”Namn” måste fyllas i."));
		}
		else if (n.length() > 200) {
			found.add(new Violation("name", "max-length", "Fältet ”Namn” får vara högst 200 tecken."));
		}
		if (form == null) {
			found.add(new Violation("form", "required",
					"Fältet ”Ansökningsformulär” måste fyllas i: projekt eller studiebesök."));
		}
		if (!found.isEmpty()) {
			throw new ViolationException(found);
		}
		var programme = programmes.save(new Programme(c, n, form));
		auditTrail.record("Programme", programme.getId(), "created", null, programme.view());
		return programme.view();
	}
}
