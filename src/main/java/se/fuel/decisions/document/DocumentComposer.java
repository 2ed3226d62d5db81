package se.fuel.decisions.document;

import java.util.List;

import org.springframework.stereotype.Component;
import se.fuel.decisions.AllocationLine;
import se.fuel.decisions.DecisionDocumentContent;
import se.fuel.decisions.RoundTexts;

/**
 * Writes a year's decision document from the finalised allocation, computing every number from the records.
 */
@Component
public class DocumentComposer {

	/** TODO(helper B): the whole composition. */
	public DecisionDocumentContent compose(int year, RoundTexts texts, List<AllocationLine> lines) {
		long total = lines.stream().mapToLong(AllocationLine::amount).sum();
		return new DecisionDocumentContent(year, texts.registrationNumber(), texts.documentDate(), texts.recipient(),
				"", "", "", texts.title(), List.of(), texts.summaryIntro(), 0, List.of(), texts.background(),
				List.of(), "", List.of(), List.of(), List.of(), "", null, texts.preparation(),
				texts.genderAnalysis(), texts.proposalIntro(), List.of(), total, texts.signatories(),
				texts.appendices());
	}
}
