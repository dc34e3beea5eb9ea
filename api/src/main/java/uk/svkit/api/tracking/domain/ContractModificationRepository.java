package uk.svkit.api.tracking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;

/** A contract's modifications; read only through a contract the caller may see. */
@ApplicationScoped
public class ContractModificationRepository extends Repository<ContractModification> {
  public ContractModificationRepository() {
    super(ContractModification.class, "Contract modification");
  }

  /** The contract's modifications after number {@code after}, oldest first. */
  public List<ContractModification> ofContract(String contractId, int after, int fetch) {
    return em.createQuery(
            "select m from ContractModification m where m.contractId = :contract"
                + " and m.sequenceNumber > :after order by m.sequenceNumber",
            ContractModification.class)
        .setParameter("contract", contractId)
        .setParameter("after", after)
        .setMaxResults(fetch)
        .getResultList();
  }

  public int count(String contractId) {
    return em.createQuery(
            "select count(m) from ContractModification m where m.contractId = :contract",
            Long.class)
        .setParameter("contract", contractId)
        .getSingleResult()
        .intValue();
  }
}
