package se.fuel.assistance;

/** The file formats the economic-assistance import reads (README, "Statistics imports"). */
public enum AssistanceImportFormat {
	CSV, KOLADA_JSON
}
