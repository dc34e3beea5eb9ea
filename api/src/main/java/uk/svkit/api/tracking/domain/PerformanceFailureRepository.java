package uk.svkit.api.tracking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;

/** Performance failures, read through a contract the caller may see. */
@ApplicationScoped
public class PerformanceFailureRepository extends Repository<PerformanceFailure> {
  public PerformanceFailureRepository() {
    super(PerformanceFailure.class, "Performance failure");
  }

  /** The contract's failures that happened from {@code from} to {@code to}, oldest first. */
  public List<PerformanceFailure> ofContract(String contractId, LocalDate from, LocalDate to) {
    return em.createQuery(
            "select f from PerformanceFailure f where f.contractId = :contract"
                + " and f.occurredOn >= :from and f.occurredOn <= :to order by f.occurredOn, f.id",
            PerformanceFailure.class)
        .setParameter("contract", contractId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }
}
