package se.fuel.grants.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import se.fuel.documents.CsvWriter;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Organisations;

/**
 * Payment instructions for the city's finance system: one line per grant of a decision, with what is left to pay and
 * the registration number as the reference the finance system books it under (a grant decided before Fuel, which has
 * none, is referred to as "FoU {year}").
 */
@Component
class PaymentInstructions {

	static final List<String> HEADER = List.of("Diarienummer", "Organisation", "Organisationskod", "Beviljat belopp",
			"Redan utbetalt", "Att betala", "Referens");

	private final Organisations organisations;

	PaymentInstructions(Organisations organisations) {
		this.organisations = organisations;
	}

	/** As Swedish Excel opens it ({@link CsvWriter#swedishExcel()}); amounts in whole kronor as numbers. */
	String csv(List<Grant> grants, Map<UUID, Long> paid) {
		CsvWriter csv = CsvWriter.swedishExcel().row(HEADER);
		for (Grant g : grants) {
			var org = organisations.find(g.organisationId());
			long already = paid.getOrDefault(g.id(), 0L);
			String number = g.registrationNumber() == null ? "" : g.registrationNumber();
			csv.text(number)
				.text(org.map(OrganisationSummary::name).orElse(""))
				.text(org.map(OrganisationSummary::code).orElse(""))
				.number(g.amount())
				.number(already)
				.number(g.amount() - already)
				.text(number.isEmpty() ? "FoU " + g.year() : number)
				.endRow();
		}
		return csv.toString();
	}
}
