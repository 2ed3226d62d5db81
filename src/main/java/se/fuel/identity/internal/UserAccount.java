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
class UserAccount {

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

	UserAccount(String username, String passwordHash, String displayName, Role role, UUID organisationId) {
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

	UserSummary summary() {
		return new UserSummary(id, username, displayName, email, phone, role, organisationId, title);
	}

	UUID getId() { return id; }
	String getUsername() { return username; }
	String getPasswordHash() { return passwordHash; }
	String getDisplayName() { return displayName; }
	String getEmail() { return email; }
	String getPhone() { return phone; }
	String getTitle() { return title; }
	void setTitle(String title) { this.title = title; }
	Role getRole() { return role; }
	UUID getOrganisationId() { return organisationId; }
	boolean isEnabled() { return enabled; }
	long getVersion() { return version; }

	void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
	void setDisplayName(String displayName) { this.displayName = displayName; }
	void setEmail(String email) { this.email = email; }
	void setPhone(String phone) { this.phone = phone; }
	void setRole(Role role) { this.role = role; }
	void setOrganisationId(UUID organisationId) { this.organisationId = organisationId; }
	void setEnabled(boolean enabled) { this.enabled = enabled; }
}
