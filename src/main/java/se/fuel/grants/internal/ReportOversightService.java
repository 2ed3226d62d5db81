package se.fuel.grants.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.common.SerialisedSaves;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.grants.GrantReporting;
import se.fuel.grants.GrantStatus;
import se.fuel.grants.GrantView;
import se.fuel.grants.Grants;
import se.fuel.grants.ReportOversight;
import se.fuel.grants.ReportView;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/** Moving report due dates and writing coordinator's comments, each audited. */
@Service
@Transactional
class ReportOversightService implements ReportOversight {

	private static final int MAX_REASON = 2_000;

	private static final int MAX_COMMENT = 10_000;

	private final GrantRepository grants;

	private final GrantReportRepository reports;

	private final Grants grantViews;

	private final GrantReporting reporting;

	private final Identity identity;

	private final AuditTrail audit;

	private final SerialisedSaves saves;

	private final Clock clock;

	ReportOversightService(GrantRepository grants, GrantReportRepository reports, Grants grantViews,
			GrantReporting reporting, Identity identity, AuditTrail audit, SerialisedSaves saves, Clock clock) {
		this.clock = clock;
		this.saves = saves;
		this.grants = grants;
		this.reports = reports;
		this.grantViews = grantViews;
		this.reporting = reporting;
		this.identity = identity;
		this.audit = audit;
	}

	@Override
	public GrantView changeReportDueDate(UUID grantId, LocalDate to, String reason, Long openedVersion) {
		identity.require(Role.OFFICER, Role.ADMIN);
		Grant grant = existing(grantId);
		long readVersion = grant.version();
		audit.requireUnchanged(GrantCreation.AUDIT_TYPE, grantId, openedVersion, readVersion);
		var violations = new ArrayList<Violation>();
		if (grant.status() == GrantStatus.APPROVED || grant.status() == GrantStatus.CLOSED) {
			violations.add(Violation.of("reportDueDate", "report-approved",
					"grants.rule.dueDate.approved"));
		}
		else if (to == null) {
			violations.add(Violation.of("reportDueDate", "date", "grants.rule.date",
					Text.of("grants.dueDate.date")));
		}
		else if (to.isBefore(grant.periodStart())) {
			violations.add(Violation.of("reportDueDate", "after-period-start",
					"grants.rule.dueDate.afterPeriodStart", grant.periodStart().toString()));
		}
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			violations.add(Violation.of("reason", "required", "grants.rule.dueDate.reasonRequired"));
		}
		else if (text.length() > MAX_REASON) {
			violations.add(Violation.of("reason", "max-length", "grants.rule.dueDate.reasonLength"));
		}
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		var before = grant.snapshot();
		grant.changeReportDueDate(to, text);
		try {
			grants.flush();
		}
		catch (OptimisticLockingFailureException e) {
			// Another change of the version read here committed first; it is at least one version further.
			throw audit.staleVersion(GrantCreation.AUDIT_TYPE, grantId, readVersion + 1);
		}
		audit.record(GrantCreation.AUDIT_TYPE, grantId, "report-due-date-changed", before, grant.snapshot());
		return grantViews.find(grantId).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public String reportDueDateReason(UUID grantId) {
		GrantView grant = grantViews.find(grantId).orElseThrow(() -> new NotFoundException("grant " + grantId));
		return existing(grant.id()).reportDueDateReason();
	}

	@Override
	public ReportView writeCoordinatorComment(UUID grantId, String comment, Long openedVersion) {
		identity.require(Role.OFFICER, Role.ADMIN);
		Grant grant = existing(grantId);
		String text = comment == null ? "" : comment.strip();
		if (text.length() > MAX_COMMENT) {
			throw new ViolationException(Violation.of("coordinatorComment", "max-length",
					"grants.rule.report.commentLength"));
		}
		saves.of(GrantReportService.SAVES, grantId);
		var stored = reports.findByGrantId(grantId);
		GrantReport report = stored.orElseGet(() -> new GrantReport(grant.id(), clock.instant()));
		audit.requireUnchanged(GrantReportService.AUDIT_TYPE, grantId, openedVersion,
				stored.isPresent() ? report.version() : GrantReportService.UNSAVED);
		var before = report.snapshot();
		report.writeCoordinatorComment(text, clock.instant());
		report = GrantReportService.saved(reports, audit, report);
		audit.record(GrantReportService.AUDIT_TYPE, grantId, "coordinator-comment-written", before, report.snapshot());
		return reporting.report(grantId);
	}

	private Grant existing(UUID grantId) {
		return grants.findById(grantId).orElseThrow(() -> new NotFoundException("grant " + grantId));
	}
}
