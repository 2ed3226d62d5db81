package se.fuel.calls.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundingCallRepository extends JpaRepository<FundingCall, UUID> {

	List<FundingCall> findByYearAndCapGroup(int year, String capGroup);

	boolean existsByProgrammeAndYear(Programme programme, int year);
}
