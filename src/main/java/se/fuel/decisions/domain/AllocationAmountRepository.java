package se.fuel.decisions.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AllocationAmountRepository extends JpaRepository<AllocationAmount, UUID> {

	List<AllocationAmount> findByYear(int year);
}
