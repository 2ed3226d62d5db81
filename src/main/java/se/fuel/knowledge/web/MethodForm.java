package se.fuel.knowledge.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.fuel.common.Versions;
import se.fuel.knowledge.EvidenceStatus;
import se.fuel.knowledge.MethodInput;
import se.fuel.knowledge.MethodTrial;
import se.fuel.knowledge.MethodType;
import se.fuel.knowledge.MethodView;

/**
 * The method form as typed. Projects and organisations are one per line; a project line may start with its year
 * ("2003: Kista – ASI-metoden"). Links of existing projects to items and grants are kept when the title stays.
 */
class MethodForm {

	private static final Pattern YEAR_FIRST = Pattern.compile("^(\\d{4})\\s*:\\s*(.+)$");

	public String name = "";
	public String type = "";
	public String targetGroup = "";
	public String purpose = "";
	public String howItIsDone = "";
	public String training = "";
	public String evidenceStatus = "";
	public String evidenceSource = "";
	public String evidenceNote = "";
	public String trials = "";
	public String adopters = "";
	/** The version the form was opened on. */
	public String version = "";

	static MethodForm of(MethodView m) {
		MethodForm f = new MethodForm();
		f.name = m.name();
		f.type = m.type().name();
		f.targetGroup = nz(m.targetGroup());
		f.purpose = nz(m.purpose());
		f.howItIsDone = nz(m.howItIsDone());
		f.training = nz(m.training());
		f.evidenceStatus = m.evidenceStatus().name();
		f.evidenceSource = nz(m.evidenceSource());
		f.evidenceNote = nz(m.evidenceNote());
		f.trials = String.join("\n",
				m.trials().stream().map(t -> (t.year() == null ? "" : t.year() + ": ") + t.title()).toList());
		f.adopters = String.join("\n", m.adopters());
		f.version = Long.toString(m.version());
		return f;
	}

	/** The version the form was opened on (the entity tag's number), or {@code null} when the form did not say. */
	Long openedVersion() {
		return Versions.fromIfMatch(version);
	}

	MethodInput input(List<MethodTrial> existing) {
		List<MethodTrial> trialList = new ArrayList<>();
		for (String line : lines(trials)) {
			Matcher m = YEAR_FIRST.matcher(line);
			Integer year = m.matches() ? Integer.valueOf(m.group(1)) : null;
			String title = m.matches() ? m.group(2).strip() : line;
			MethodTrial known = existing.stream().filter(t -> t.title().equals(title)).findFirst().orElse(null);
			trialList.add(new MethodTrial(title, year, known == null ? null : known.itemId(),
					known == null ? null : known.grantId()));
		}
		return new MethodInput(name, parse(MethodType.class, type), targetGroup, purpose, howItIsDone, training,
				parse(EvidenceStatus.class, evidenceStatus), evidenceSource, evidenceNote, trialList, lines(adopters));
	}

	private static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name) {
		try {
			return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	public String getName() { return name; }
	public void setName(String v) { name = v; }
	public String getType() { return type; }
	public void setType(String v) { type = v; }
	public String getTargetGroup() { return targetGroup; }
	public void setTargetGroup(String v) { targetGroup = v; }
	public String getPurpose() { return purpose; }
	public void setPurpose(String v) { purpose = v; }
	public String getHowItIsDone() { return howItIsDone; }
	public void setHowItIsDone(String v) { howItIsDone = v; }
	public String getTraining() { return training; }
	public void setTraining(String v) { training = v; }
	public String getEvidenceStatus() { return evidenceStatus; }
	public void setEvidenceStatus(String v) { evidenceStatus = v; }
	public String getEvidenceSource() { return evidenceSource; }
	public void setEvidenceSource(String v) { evidenceSource = v; }
	public String getEvidenceNote() { return evidenceNote; }
	public void setEvidenceNote(String v) { evidenceNote = v; }
	public String getTrials() { return trials; }
	public void setTrials(String v) { trials = v; }
	public String getAdopters() { return adopters; }
	public void setAdopters(String v) { adopters = v; }
	public String getVersion() { return version; }
	public void setVersion(String v) { version = v; }
}
