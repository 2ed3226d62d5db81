package se.fuel.decisions.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AllocationAmountRepository extends JpaRepository<AllocationAmount, UUID> {

	List<AllocationAmount> findByYear(int year);
}
