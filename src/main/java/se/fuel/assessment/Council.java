package se.fuel.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.fuel.audit.AuditPage;

/**
 * The R&D council's (FoU-rådets) review: officers assign members to applications, members score each main criterion
 * 1–5. A member never reviews an application their organisation leads or takes part in (jäv).
 */
public interface Council {

	/** Officer: makes exactly these members the application's reviewers; 422 naming every member with jäv. */
	CouncilOverview assign(UUID applicationId, List<UUID> memberIds);

	/**
	 * Officer: gives every unassigned application of the call awaiting the committee one member, round-robin without
	 * jäv; says which applications got nobody and why.
	 */
	Distribution distributeEvenly(UUID callId);

	/** What an even distribution did: how many applications got a member, and which could not. */
	record Distribution(int assigned, List<Unassigned> unassigned) {
	}

	/** An application no member could be given, and why: the council has no members, or every member has jäv. */
	record Unassigned(UUID applicationId, String registrationNumber, String title, boolean noMembers) {
	}

	/** Officer: the members, who is assigned and their scores side by side. */
	CouncilOverview overview(UUID applicationId);

	/**
	 * Officer: the council's scores of every application of the call that has a reviewer, by application id, for the
	 * allocation workbench.
	 */
	Map<UUID, CouncilScores> scoresOfCall(UUID callId);

	/** Member: the applications assigned to the signed-in member. */
	List<Assignment> myAssignments();

	/** Member: one assigned application to review; 404 unless assigned. */
	Review review(UUID applicationId);

	/** Member: scores every main criterion (1–5, with comments) and submits. */
	Review score(UUID applicationId, List<Integer> scores, List<String> comments);

	/** Member: declares jäv on other grounds; the assignment is removed. */
	void declareConflict(UUID applicationId, String reason);

	AuditPage history(UUID applicationId);

	record Assignment(UUID applicationId, String registrationNumber, String title, String organisationName,
			boolean submitted) {
	}

	record MemberScores(UUID memberId, String memberName, Instant submittedAt, List<Score> scores) {
	}

	record Score(String criterion, Integer score, String comment) {
	}

	record Member(UUID id, String name, boolean assigned, boolean conflicted) {
	}

	record CouncilOverview(UUID applicationId, List<String> criteria, List<Member> members,
			List<MemberScores> reviews) {
	}

	/** {@code others} is empty until the member has submitted their own scores. */
	record Review(UUID applicationId, String registrationNumber, String title, String organisationName,
			long requestedAmount, Map<String, String> texts, List<String> criteria, MemberScores mine,
			List<MemberScores> others) {
	}
}
