package se.fuel.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.fuel.common.SwedishFormat;
import se.fuel.grants.GrantView;
import se.fuel.knowledge.ImplementationStatus;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeKind;

/**
 * The project plan (projektplan) item of a demo grant that has no approved report: what the project set out to do,
 * from the grant's target group and goals, and where it stands. The historical facts are the seeds'; what the seeds do
 * not give is made up and says so in the text.
 */
final class DemoProjectPlans {

	static final String IN_PROGRESS_TITLE = "Digital Lots för samsjukliga";

	/** Made up for the demo: the demo data gives only the title, the district and the amount of this grant. */
	static final String LOTS_TARGET_GROUP = "Vuxna med samsjuklighet";

	static final String LOTS_PURPOSE = "Att vuxna i Farsta med samtidigt missbruk och psykisk ohälsa får en digital "
			+ "lots som samordnar kontakterna med socialtjänsten, beroendevården och psykiatrin, så att färre avbryter "
			+ "innan stödet har börjat. (Påhittat för demo.)";

	static final String LOTS_METHOD = "En lots nås via chatt och videosamtal, påminner om tider, följer med digitalt "
			+ "till möten och sammankallar till samordnad individuell plan (SIP). Lotsen har handledning tillsammans med "
			+ "beroendevårdens personal. (Påhittat för demo.)";

	private DemoProjectPlans() {
	}

	static KnowledgeItemInput plan(GrantView grant) {
		boolean lots = !grant.historical() && IN_PROGRESS_TITLE.equals(grant.title());
		String targetGroup = lots ? LOTS_TARGET_GROUP : usable(grant.targetGroup());
		String purpose = lots ? LOTS_PURPOSE : usable(grant.purpose());
		StringBuilder body = new StringBuilder();
		section(body, "Målgrupp", lots ? LOTS_TARGET_GROUP + " i Farsta. (Påhittat för demo.)" : targetGroup);
		section(body, "Mål och syfte", purpose);
		if (lots) {
			section(body, "Metod", LOTS_METHOD);
		}
		section(body, "Period och medel", SwedishFormat.kronor(grant.amount()) + " beviljade för "
				+ grant.periodStart() + "–" + grant.periodEnd() + ".");
		section(body, "Läge", situation(grant));
		section(body, "Om uppgifterna", grant.historical()
				? "Projektplanen är sammanställd för demon ur uppföljningen av utvecklingsprojekten 2002–2003 "
						+ "(dokument 001): målgrupp och mål och syfte som förvaltningen angav."
				: "Projektplanen är påhittad för demon: dokument 002 ger bara projektets titel, förvaltning och belopp.");
		List<UUID> organisations = new ArrayList<>();
		organisations.add(grant.organisationId());
		organisations.addAll(grant.partnerOrganisationIds());
		return new KnowledgeItemInput(KnowledgeKind.PROJECT_PLAN, grant.title(), purpose, body.toString().strip(),
				grant.year(), grant.id(), organisations, grant.programmeCode(),
				AreaGuess.of(grant.area(), grant.title(), targetGroup, purpose),
				targetGroup == null ? List.of() : List.of(shorten(targetGroup, 500)), List.of(),
				ImplementationStatus.UNKNOWN, null, null);
	}

	private static String situation(GrantView grant) {
		if (grant.historical()) {
			return "Någon redovisning kom inte in trots påminnelser. Projektplanen visar vad projektet skulle göra.";
		}
		return "Projektet pågår. Redovisningen ska lämnas senast "
				+ (grant.reportDueDate() != null ? grant.reportDueDate() : "det datum beslutet anger")
				+ "; när den är godkänd ersätter den projektplanen här, som objektets nästa version.";
	}

	/** The placeholder texts of the demo's 2024 applications ("Se projektplanen") say nothing. */
	private static String usable(String text) {
		return text == null || text.isBlank() || text.startsWith("Se projektplanen") ? null : text.strip();
	}

	private static void section(StringBuilder text, String heading, String content) {
		if (content != null && !content.isBlank()) {
			text.append(heading).append('\n').append(content.strip()).append("\n\n");
		}
	}

	private static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
