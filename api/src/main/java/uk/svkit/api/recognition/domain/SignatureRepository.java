package uk.svkit.api.recognition.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.svkit.api.platform.persistence.Repository;
import uk.svkit.api.platform.security.Tenancy;

/**
 * Signatures: public, withdrawn ones included (the history is part of the public record); one
 * awaiting its organisation's confirmation is that organisation's (and admins') only.
 */
@ApplicationScoped
public class SignatureRepository extends Repository<Signature> {
  public SignatureRepository() {
    super(Signature.class, "Signature");
  }

  @Override
  protected boolean isVisible(Signature signature) {
    return !signature.isPending() || Tenancy.canSee(signature.organisationId());
  }

  public Optional<Signature> activeOf(String organisationId, String programmeId) {
    return em.createQuery(
            "select s from Signature s where s.ownerOrganisationId = :org and s.programmeId = :programme and s.withdrawnOn is null",
            Signature.class)
        .setParameter("org", organisationId)
        .setParameter("programme", programmeId)
        .getResultStream()
        .findFirst();
  }

  public List<Signature> ofOrganisation(String organisationId) {
    return em.createQuery(
            "select s from Signature s where s.ownerOrganisationId = :org order by s.signedOn, s.id",
            Signature.class)
        .setParameter("org", organisationId)
        .getResultList();
  }

  /**
   * A programme's signatures by signing date, standing on {@code on} unless withdrawn ones are
   * asked for too (then every signature, whatever its dates).
   */
  public List<Signature> list(
      String programmeId,
      String organisationId,
      String placeCode,
      Sector sector,
      boolean includeWithdrawn,
      LocalDate on,
      LocalDate afterSignedOn,
      String afterId,
      int fetch) {
    StringBuilder jpql =
        new StringBuilder(
            "select s from Signature s where s.programmeId = :programme and s.confirmedAt is not null");
    if (organisationId != null) {
      jpql.append(" and s.ownerOrganisationId = :org");
    }
    if (placeCode != null) {
      jpql.append(" and s.placeCode = :place");
    }
    if (sector != null) {
      jpql.append(" and s.sector = :sector");
    }
    if (!includeWithdrawn) {
      jpql.append(" and s.signedOn <= :on and (s.withdrawnOn is null or s.withdrawnOn > :on)");
    }
    if (afterSignedOn != null) {
      jpql.append(
          " and (s.signedOn > :afterDate or (s.signedOn = :afterDate and s.id > :afterId))");
    }
    jpql.append(" order by s.signedOn, s.id");
    var query =
        em.createQuery(jpql.toString(), Signature.class).setParameter("programme", programmeId);
    if (organisationId != null) {
      query.setParameter("org", organisationId);
    }
    if (placeCode != null) {
      query.setParameter("place", placeCode);
    }
    if (sector != null) {
      query.setParameter("sector", sector);
    }
    if (!includeWithdrawn) {
      query.setParameter("on", on);
    }
    if (afterSignedOn != null) {
      query.setParameter("afterDate", afterSignedOn).setParameter("afterId", afterId);
    }
    return query.setMaxResults(fetch).getResultList();
  }
}
