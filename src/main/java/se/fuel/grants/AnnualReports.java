package se.fuel.grants;

/**
 * The annual report of the funded projects, "Redovisning av forsknings- och lokala utvecklingsprojekt år N"
 * (document 004; per project as document 001 section 2): every grant of the year or years with what its report says.
 * Officers, administrators, attestants and readers may read it (it goes to the committee as a public document);
 * applicants and council members are refused (403) — an applicant reads their own grants' reports on the grant.
 */
public interface AnnualReports {

	/** The report of the grants of {@code fromYear} to {@code toYear}, both included; a span of at most 10 years. */
	AnnualReportContent content(int fromYear, int toYear);

	/** The same report as one standalone XHTML document with print CSS: what the PDF is made from. */
	String html(int fromYear, int toYear);

	/** The same report as an archivable PDF/A-2b. */
	byte[] pdf(int fromYear, int toYear);
}
