package se.fuel.calls.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.fuel.calls.ApplicationForm;
import se.fuel.calls.ProgrammeView;

/**
 * A kind of funds (medelstyp) with its own yearly calls: LUM, MUL, FoU, or a historical one such as kompetensfonden.
 */
@Entity
@Table(name = "programme")
class Programme {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicationForm form;

	@Version
	private long version;

	protected Programme() {
	}

	Programme(String code, String name, ApplicationForm form) {
		this.id = UUID.randomUUID();
		this.code = code;
		this.name = name;
		this.form = form;
	}

	public ProgrammeView view() {
		return new ProgrammeView(id, code, name, form);
	}

	public UUID getId() { return id; }
	public String getCode() { return code; }
	public String getName() { return name; }
	public ApplicationForm getForm() { return form; }
}
