package se.fuel.decisions.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.web.FormInput;
import se.fuel.decisions.RoundTexts;
import se.fuel.decisions.Signatory;

/**
 * The texts form as posted: strings as typed, so that a refused form shows them again; three signatory rows;
 * appendices one per line.
 */
public class TextsForm {

	static final int SIGNATORY_ROWS = 3;

	/** The version the form was opened at, sent back so that a save on an older copy is refused. */
	private Long version;

	private String registrationNumber = "";

	private String documentDate = "";

	private String recipient = "";

	private String title = "";

	private String officerId = "";

	private String summaryIntro = "";

	private String background = "";

	private String preparation = "";

	private String genderAnalysis = "";

	private String proposalIntro = "";

	private String[] signatoryName = new String[SIGNATORY_ROWS];

	private String[] signatoryTitle = new String[SIGNATORY_ROWS];

	private String[] signatoryOrganisation = new String[SIGNATORY_ROWS];

	private String appendices = "";

	static TextsForm of(RoundTexts texts) {
		var form = new TextsForm();
		form.registrationNumber = nz(texts.registrationNumber());
		form.documentDate = texts.documentDate() == null ? "" : texts.documentDate().toString();
		form.recipient = nz(texts.recipient());
		form.title = nz(texts.title());
		form.officerId = texts.officerId() == null ? "" : texts.officerId().toString();
		form.summaryIntro = nz(texts.summaryIntro());
		form.background = nz(texts.background());
		form.preparation = nz(texts.preparation());
		form.genderAnalysis = nz(texts.genderAnalysis());
		form.proposalIntro = nz(texts.proposalIntro());
		List<Signatory> signatories = texts.signatories() == null ? List.of() : texts.signatories();
		for (int i = 0; i < SIGNATORY_ROWS && i < signatories.size(); i++) {
			form.signatoryName[i] = signatories.get(i).name();
			form.signatoryTitle[i] = signatories.get(i).title();
			form.signatoryOrganisation[i] = signatories.get(i).organisation();
		}
		form.appendices = texts.appendices() == null ? "" : String.join("\n", texts.appendices());
		return form;
	}

	/** The texts, or the fields that cannot even be read (a date that is not a date) added to {@code unreadable}. */
	RoundTexts texts(List<Violation> unreadable) {
		LocalDate date = FormInput.date(documentDate, "documentDate", Text.of("decisions.allocation.texts.documentDate"),
				unreadable);
		UUID officer = null;
		if (!officerId.isBlank()) {
			try {
				officer = UUID.fromString(officerId.strip());
			}
			catch (IllegalArgumentException e) {
				unreadable.add(Violation.of("officerId", "officer", "decisions.allocation.texts.officerUnknown"));
			}
		}
		var signatories = new ArrayList<Signatory>();
		for (int i = 0; i < SIGNATORY_ROWS; i++) {
			String name = at(signatoryName, i);
			String signatoryTitleText = at(signatoryTitle, i);
			String organisation = at(signatoryOrganisation, i);
			if (!(name + signatoryTitleText + organisation).isBlank()) {
				signatories.add(new Signatory(name, signatoryTitleText, organisation));
			}
		}
		List<String> lines = Arrays.stream(appendices.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
			.toList();
		return new RoundTexts(registrationNumber.strip(), date, recipient.strip(), title.strip(), officer,
				summaryIntro.strip(), background.strip(), preparation.strip(), genderAnalysis.strip(),
				proposalIntro.strip(), signatories, lines);
	}

	private static String at(String[] values, int i) {
		return values != null && i < values.length && values[i] != null ? values[i].strip() : "";
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	public String signatoryName(int i) {
		return at(signatoryName, i);
	}

	public String signatoryTitle(int i) {
		return at(signatoryTitle, i);
	}

	public String signatoryOrganisation(int i) {
		return at(signatoryOrganisation, i);
	}

	public String getRegistrationNumber() {
		return registrationNumber;
	}

	public void setRegistrationNumber(String registrationNumber) {
		this.registrationNumber = nz(registrationNumber);
	}

	public String getDocumentDate() {
		return documentDate;
	}

	public void setDocumentDate(String documentDate) {
		this.documentDate = nz(documentDate);
	}

	public String getRecipient() {
		return recipient;
	}

	public void setRecipient(String recipient) {
		this.recipient = nz(recipient);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = nz(title);
	}

	public String getOfficerId() {
		return officerId;
	}

	public void setOfficerId(String officerId) {
		this.officerId = nz(officerId);
	}

	public String getSummaryIntro() {
		return summaryIntro;
	}

	public void setSummaryIntro(String summaryIntro) {
		this.summaryIntro = nz(summaryIntro);
	}

	public String getBackground() {
		return background;
	}

	public void setBackground(String background) {
		this.background = nz(background);
	}

	public String getPreparation() {
		return preparation;
	}

	public void setPreparation(String preparation) {
		this.preparation = nz(preparation);
	}

	public String getGenderAnalysis() {
		return genderAnalysis;
	}

	public void setGenderAnalysis(String genderAnalysis) {
		this.genderAnalysis = nz(genderAnalysis);
	}

	public String getProposalIntro() {
		return proposalIntro;
	}

	public void setProposalIntro(String proposalIntro) {
		this.proposalIntro = nz(proposalIntro);
	}

	public String[] getSignatoryName() {
		return signatoryName;
	}

	public void setSignatoryName(String[] signatoryName) {
		this.signatoryName = signatoryName;
	}

	public String[] getSignatoryTitle() {
		return signatoryTitle;
	}

	public void setSignatoryTitle(String[] signatoryTitle) {
		this.signatoryTitle = signatoryTitle;
	}

	public String[] getSignatoryOrganisation() {
		return signatoryOrganisation;
	}

	public void setSignatoryOrganisation(String[] signatoryOrganisation) {
		this.signatoryOrganisation = signatoryOrganisation;
	}

	public String getAppendices() {
		return appendices;
	}

	public void setAppendices(String appendices) {
		this.appendices = nz(appendices);
	}

	public Long getVersion() { return version; }

	public void setVersion(Long version) { this.version = version; }
}
