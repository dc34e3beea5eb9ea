package uk.svkit.api.recognition.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.svkit.api.platform.persistence.Repository;
import uk.svkit.api.platform.request.RequestContext;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;

/**
 * Award applications: visible to the applicant, the scheme's administrators and its assessors.
 * Awards (awarded applications) are public through {@link #awardVisible} and the award lists, which
 * the service maps without evidence or reasons.
 */
@ApplicationScoped
public class AwardApplicationRepository extends Repository<AwardApplication> {
  public AwardApplicationRepository() {
    super(AwardApplication.class, "Award application");
  }

  @Override
  protected boolean isVisible(AwardApplication application) {
    if (Tenancy.canSee(application.ownerOrganisationId())) {
      return true;
    }
    Caller caller = RequestContext.currentCaller();
    Programme programme = em.find(Programme.class, application.programmeId());
    return caller != null
        && programme != null
        && (RecognitionAccess.administers(caller, programme)
            || RecognitionAccess.assesses(caller, programme));
  }

  /** An award, for anyone: an awarded application read without the application's privacy rule. */
  public Optional<AwardApplication> awardVisible(String id) {
    if (id == null || id.length() > 36) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(AwardApplication.class, id))
        .filter(AwardApplication::isAwarded);
  }

  public boolean hasOpenApplication(String organisationId, String programmeId) {
    return !em.createQuery(
            "select a.id from AwardApplication a where a.ownerOrganisationId = :org and a.programmeId = :programme and a.status = :submitted",
            String.class)
        .setParameter("org", organisationId)
        .setParameter("programme", programmeId)
        .setParameter("submitted", ApplicationStatus.SUBMITTED)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public List<AwardApplication> awardsOf(String organisationId) {
    return em.createQuery(
            "select a from AwardApplication a where a.ownerOrganisationId = :org and a.status = :awarded order by a.decidedOn, a.id",
            AwardApplication.class)
        .setParameter("org", organisationId)
        .setParameter("awarded", ApplicationStatus.AWARDED)
        .getResultList();
  }

  /** A scheme's applications by submission, optionally of one status. */
  public List<AwardApplication> list(
      String programmeId,
      ApplicationStatus status,
      String afterCreatedAt,
      String afterId,
      int fetch) {
    StringBuilder jpql =
        new StringBuilder("select a from AwardApplication a where a.programmeId = :programme");
    if (status != null) {
      jpql.append(" and a.status = :status");
    }
    if (afterId != null) {
      jpql.append(" and (a.createdAt > :afterAt or (a.createdAt = :afterAt and a.id > :afterId))");
    }
    jpql.append(" order by a.createdAt, a.id");
    var query =
        em.createQuery(jpql.toString(), AwardApplication.class)
            .setParameter("programme", programmeId);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (afterId != null) {
      query
          .setParameter("afterAt", java.time.OffsetDateTime.parse(afterCreatedAt))
          .setParameter("afterId", afterId);
    }
    return query.setMaxResults(fetch).getResultList();
  }

  /**
   * A scheme's awards by expiry date: those current on {@code on} (or, with {@code includeExpired},
   * every award decided by then), optionally only those that stop being current within {@code
   * expiringWithinDays} days.
   */
  public List<AwardApplication> awards(
      String programmeId,
      String organisationId,
      String placeCode,
      Sector sector,
      LocalDate on,
      boolean includeExpired,
      Integer expiringWithinDays,
      LocalDate afterExpiresOn,
      String afterId,
      int fetch) {
    StringBuilder jpql =
        new StringBuilder(
            "select a from AwardApplication a where a.programmeId = :programme and a.status = :awarded and a.decidedOn <= :on");
    if (!includeExpired || expiringWithinDays != null) {
      jpql.append(" and a.expiresOn > :on");
    }
    if (expiringWithinDays != null) {
      jpql.append(" and a.expiresOn <= :horizon");
    }
    if (organisationId != null) {
      jpql.append(" and a.ownerOrganisationId = :org");
    }
    if (placeCode != null) {
      jpql.append(" and a.placeCode = :place");
    }
    if (sector != null) {
      jpql.append(" and a.sector = :sector");
    }
    if (afterExpiresOn != null) {
      jpql.append(
          " and (a.expiresOn > :afterDate or (a.expiresOn = :afterDate and a.id > :afterId))");
    }
    jpql.append(" order by a.expiresOn, a.id");
    var query =
        em.createQuery(jpql.toString(), AwardApplication.class)
            .setParameter("programme", programmeId)
            .setParameter("awarded", ApplicationStatus.AWARDED)
            .setParameter("on", on);
    if (expiringWithinDays != null) {
      query.setParameter("horizon", on.plusDays(expiringWithinDays));
    }
    if (organisationId != null) {
      query.setParameter("org", organisationId);
    }
    if (placeCode != null) {
      query.setParameter("place", placeCode);
    }
    if (sector != null) {
      query.setParameter("sector", sector);
    }
    if (afterExpiresOn != null) {
      query.setParameter("afterDate", afterExpiresOn).setParameter("afterId", afterId);
    }
    return query.setMaxResults(fetch).getResultList();
  }

  /**
   * Awards that expire in {@code (from, upTo]} and whose expiry has not been told yet (no
   * occurrence key {@code keyPrefix + id}): id, holder, programme, expiry. System work.
   */
  public List<Object[]> expiringUntold(
      java.time.LocalDate from, java.time.LocalDate upTo, String keyPrefix) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT a.id, a.owner_organisation_id, a.programme_id, a.expires_on FROM rec_award_application a"
                    + " WHERE a.status = 'AWARDED' AND a.expires_on > ?1 AND a.expires_on <= ?2"
                    + " AND NOT EXISTS (SELECT 1 FROM plt_event_occurrence o WHERE o.occurrence_key = ?3 || a.id)"
                    + " ORDER BY a.expires_on")
            .setParameter(1, from)
            .setParameter(2, upTo)
            .setParameter(3, keyPrefix)
            .getResultList();
    return rows;
  }
}
