package se.fuel.identity.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.fuel.identity.Identity.UserSummary;
import se.fuel.identity.Role;

/**
 * A local account: one person, one role, one organisation.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	private String email;

	private String phone;

	/** Job title as signatures and attestations show it, e.g. "Socialdirektör". */
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	private boolean enabled = true;

	@Version
	private long version;

	protected UserAccount() {
	}

	public UserAccount(String username, String passwordHash, String displayName, Role role, UUID organisationId) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.organisationId = organisationId;
	}

	/** What the audit trail keeps of an account: everything but the password hash. */
	Snapshot snapshot() {
		return new Snapshot(username, displayName, email, phone, role, organisationId, enabled, title);
	}

	record Snapshot(String username, String displayName, String email, String phone, Role role, UUID organisationId,
			boolean enabled, String title) {
	}

	public UserSummary summary() {
		return new UserSummary(id, username, displayName, email, phone, role, organisationId, title);
	}

	public UUID getId() { return id; }
	public String getUsername() { return username; }
	public String getPasswordHash() { return passwordHash; }
	public String getDisplayName() { return displayName; }
	public String getEmail() { return email; }
	public String getPhone() { return phone; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public Role getRole() { return role; }
	public UUID getOrganisationId() { return organisationId; }
	public boolean isEnabled() { return enabled; }
	public long getVersion() { return version; }

	public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
	public void setDisplayName(String displayName) { this.displayName = displayName; }
	public void setEmail(String email) { this.email = email; }
	public void setPhone(String phone) { this.phone = phone; }
	public void setRole(Role role) { this.role = role; }
	public void setOrganisationId(UUID organisationId) { this.organisationId = organisationId; }
	public void setEnabled(boolean enabled) { this.enabled = enabled; }
}
