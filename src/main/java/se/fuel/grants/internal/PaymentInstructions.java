package se.fuel.grants.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import se.fuel.grants.domain.Grant;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Organisations;

/**
 * Payment instructions for the city's finance system: one line per grant of a decision, with what is left to pay and
 * the reference "FoU {year} {registration number}" the finance system books it under.
 */
@Component
class PaymentInstructions {

	/**
	 * Swedish Excel reads a CSV in the Windows code page and splits on the list separator of the Swedish locale, which
	 * is ';' (',' is the decimal separator). A UTF-8 byte order mark makes it read å, ä and ö right, and semicolons
	 * make the columns come out without an import dialog.
	 */
	static final String BOM = "\uFEFF";

	static final String HEADER = "Diarienummer;Organisation;Organisationskod;Beviljat belopp;Redan utbetalt;"
			+ "Att betala;Referens";

	private final Organisations organisations;

	PaymentInstructions(Organisations organisations) {
		this.organisations = organisations;
	}

	String csv(List<Grant> grants, Map<UUID, Long> paid) {
		var out = new StringBuilder(BOM).append(HEADER).append("\r\n");
		for (Grant g : grants) {
			var org = organisations.find(g.organisationId());
			long already = paid.getOrDefault(g.id(), 0L);
			String number = g.registrationNumber() == null ? "" : g.registrationNumber();
			out.append(String.join(";", cell(number), cell(org.map(OrganisationSummary::name).orElse("")),
					cell(org.map(OrganisationSummary::code).orElse("")), Long.toString(g.amount()),
					Long.toString(already), Long.toString(g.amount() - already),
					cell("FoU " + g.year() + " " + number)))
				.append("\r\n");
		}
		return out.toString();
	}

	/** Quotes a text cell when it holds the separator, a quote or a line break. */
	static String cell(String value) {
		if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}
}
