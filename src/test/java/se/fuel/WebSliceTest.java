package se.fuel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.mockito.Answers;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import se.fuel.applications.ApplicationAttachments;
import se.fuel.applications.Applications;
import se.fuel.assessment.Assessments;
import se.fuel.assessment.Council;
import se.fuel.assessment.CouncilWithdrawals;
import se.fuel.assessment.SimilarProjects;
import se.fuel.assistance.AssistanceSeries;
import se.fuel.assistance.DistrictComparison;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.CallAdministration;
import se.fuel.calls.Calls;
import se.fuel.calls.Programmes;
import se.fuel.decisions.Allocations;
import se.fuel.decisions.DecisionDocuments;
import se.fuel.decisions.DecisionNotices;
import se.fuel.decisions.Outcomes;
import se.fuel.decisions.document.DocumentRenderer;
import se.fuel.events.CompetenceEvents;
import se.fuel.grants.AnnualReports;
import se.fuel.grants.GrantMoney;
import se.fuel.grants.GrantReminders;
import se.fuel.grants.GrantReporting;
import se.fuel.grants.Grants;
import se.fuel.grants.ReportAttachments;
import se.fuel.grants.ReportOversight;
import se.fuel.identity.Identity;
import se.fuel.identity.UserAdministration;
import se.fuel.identity.internal.SliceSecurity;
import se.fuel.knowledge.KnowledgeAreas;
import se.fuel.knowledge.KnowledgeBank;
import se.fuel.knowledge.KnowledgeReportDrafts;
import se.fuel.knowledge.KnowledgeSearch;
import se.fuel.knowledge.KnowledgeSubscriptions;
import se.fuel.knowledge.MethodCatalogue;
import se.fuel.knowledge.SimilarItems;
import se.fuel.mail.Mail;
import se.fuel.notifications.Notifications;
import se.fuel.organisations.OrganisationManagement;
import se.fuel.organisations.Organisations;
import se.fuel.statistics.FundStatistics;
import se.fuel.system.SliceMessages;
import se.fuel.web.SliceWeb;

/**
 * Every controller of Fuel with the real web layer around it (security filter chains, CSRF, locale, interceptors,
 * error advice, message bundles, Thymeleaf templates) and every module's facade as a Mockito mock: a facade is a
 * module boundary, and its own behaviour is tested on the database elsewhere. A test stubs the facade of its
 * controller, signs in with {@link SliceSignIn} and checks binding, status, redirect, page and language.
 * <p>
 * Every web slice uses exactly this annotation, and declares no mocks of its own, so that Spring caches one context
 * for them all; mocks are reset after each test. {@link Identity} calls its default methods ({@code require}) for
 * real, so that role checks in controllers refuse as in production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@ActiveProfiles("test")
@Import({ SliceWeb.class, SliceMessages.class, SliceSecurity.class })
@MockitoBean(types = Identity.class, answers = Answers.CALLS_REAL_METHODS)
@MockitoBean(types = { Applications.class, ApplicationAttachments.class, Assessments.class, Council.class,
		CouncilWithdrawals.class, SimilarProjects.class, AssistanceSeries.class, DistrictComparison.class, AuditTrail.class,
		CallAdministration.class, Calls.class, Programmes.class, Allocations.class, DecisionDocuments.class,
		DecisionNotices.class, Outcomes.class, DocumentRenderer.class, CompetenceEvents.class, AnnualReports.class,
		GrantMoney.class, GrantReminders.class, GrantReporting.class, Grants.class, ReportAttachments.class,
		ReportOversight.class, UserAdministration.class, KnowledgeAreas.class, KnowledgeBank.class,
		KnowledgeReportDrafts.class, KnowledgeSearch.class, KnowledgeSubscriptions.class, MethodCatalogue.class,
		SimilarItems.class, Mail.class, Notifications.class, OrganisationManagement.class, Organisations.class,
		FundStatistics.class })
public @interface WebSliceTest {
}
