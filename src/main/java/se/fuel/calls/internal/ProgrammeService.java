package se.fuel.calls.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.ApplicationForm;
import se.fuel.calls.ProgrammeView;
import se.fuel.calls.Programmes;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/** The programmes calls belong to; anyone signed in reads them, fund officers add new ones. */
@Service
@Transactional(readOnly = true)
class ProgrammeService implements Programmes {

	private static final Pattern CODE = Pattern.compile("[A-Za-zÅÄÖåäö0-9-]{2,20}");

	private final ProgrammeRepository programmes;

	private final Identity identity;

	private final AuditTrail auditTrail;

	ProgrammeService(ProgrammeRepository programmes, Identity identity, AuditTrail auditTrail) {
		this.programmes = programmes;
		this.identity = identity;
		this.auditTrail = auditTrail;
	}

	@Override
	public List<ProgrammeView> all() {
		identity.current();
		return programmes.findAllByOrderByCode().stream().map(Programme::view).toList();
	}

	@Override
	@Transactional
	public ProgrammeView add(String code, String name, ApplicationForm form) {
		identity.require(Role.OFFICER, Role.ADMIN);
		var found = new ArrayList<Violation>();
		String c = code == null ? "" : code.strip();
		String n = name == null ? "" : name.strip();
		if (c.isEmpty()) {
			found.add(Violation.of("code", "required", "programmes.rule.required.code"));
		}
		else if (!CODE.matcher(c).matches()) {
			found.add(Violation.of("code", "code-format", "programmes.rule.codeFormat"));
		}
		else if (programmes.findByCodeIgnoreCase(c).isPresent()) {
			found.add(Violation.of("code", "unique-code", "programmes.rule.uniqueCode", c));
		}
		if (n.isEmpty()) {
			found.add(Violation.of("name", "required", "programmes.rule.required.name"));
		}
		else if (n.length() > 200) {
			found.add(Violation.of("name", "max-length", "programmes.rule.maxLength.name"));
		}
		if (form == null) {
			found.add(Violation.of("form", "required", "programmes.rule.required.form"));
		}
		if (!found.isEmpty()) {
			throw new ViolationException(found);
		}
		var programme = programmes.save(new Programme(c, n, form));
		auditTrail.record("Programme", programme.getId(), "created", null, programme.view());
		return programme.view();
	}
}
