package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.ContractRepository;
import uk.svkit.api.tracking.domain.KpiReturn;
import uk.svkit.api.tracking.domain.ReturnStatus;
import uk.svkit.api.tracking.infrastructure.OcdsPackages;
import uk.svkit.api.tracking.infrastructure.OcdsRelease;
import uk.svkit.api.tracking.infrastructure.OcdsReleaseStore;
import uk.svkit.api.tracking.infrastructure.ReturnRepository;

/**
 * Publishes a buyer's contracts as OCDS: the current release of each contract under a stable id
 * (kept on first publication, so the id and date never change for the same content), a feed of the
 * releases that changed since a time, and the record of one ocid with all its releases. Always the
 * calling buyer's own contracts.
 */
@ApplicationScoped
@Transactional
public class OcdsPublicationService {
  @Inject ContractRepository contracts;
  @Inject ReturnRepository returns;
  @Inject OcdsRelease releases;
  @Inject OcdsReleaseStore store;
  @Inject OrganisationService organisations;

  @Inject
  @ConfigProperty(name = "svkit.ocds.prefix", defaultValue = "ocds-svkit0")
  String prefix;

  /**
   * One page of the feed; {@code lastContractId} is where the next page starts, if there is one.
   */
  /**
   * The releases of the buyer's contracts whose content changed at or after {@code since} (all of
   * them without it), by contract, starting after {@code afterContractId}.
   */
  public OcdsFeedPageView feed(OffsetDateTime since, String afterContractId, int limit) {
    String buyer = Tenancy.caller().organisationId();
    List<OcdsReleaseStore.Changed> changed =
        store.changed(buyer, since, afterContractId, limit + 1);
    boolean more = changed.size() > limit;
    List<OcdsReleaseStore.Changed> rows = more ? changed.subList(0, limit) : changed;
    Map<String, Contract> byId =
        contracts.byIds(rows.stream().map(OcdsReleaseStore.Changed::contractId).toList()).stream()
            .collect(Collectors.toMap(Contract::id, Function.identity()));
    List<JsonObject> page = new ArrayList<>();
    for (OcdsReleaseStore.Changed row : rows) {
      JsonObject release = current(byId.get(row.contractId()));
      // A contract touched without a visible change keeps its earlier release and date. Release
      // dates are whole seconds, so compare with the start of since's second.
      if (since == null
          || !OffsetDateTime.parse(release.getString("date"))
              .isBefore(since.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))) {
        page.add(release);
      }
    }
    return new OcdsFeedPageView(
        publisher(buyer), page, more ? rows.get(rows.size() - 1).contractId() : null);
  }

  /** The record of one of the buyer's ocids, its current release published first if it is new. */
  public OcdsRecordView record(String ocid) {
    String buyer = Tenancy.caller().organisationId();
    String contractId =
        store
            .contractIdOf(buyer, ocid, prefix)
            .orElseThrow(() -> ProblemException.notFound("OCDS record", ocid));
    current(contracts.byIds(List.of(contractId)).get(0));
    List<JsonObject> all = store.releasesOf(ocid, buyer).stream().map(OcdsPackages::parse).toList();
    return new OcdsRecordView(publisher(buyer), ocid, all);
  }

  /**
   * The contract's release as it stands, under the same stable id and date as the feed gives it,
   * for any party to the contract (the caller's access to the contract is checked by its reader).
   */
  public JsonObject releaseOf(String contractId) {
    return current(contracts.find(contractId));
  }

  /**
   * The contract's release as it stands: built from the contract and its validated returns, named
   * by its content, and stored the first time that content is published, dated when the contract or
   * its returns last changed.
   */
  private JsonObject current(Contract contract) {
    List<KpiReturn> validated =
        returns.list(contract, null, ReturnStatus.VALIDATED, null, null, Integer.MAX_VALUE);
    JsonObject built = OcdsPackages.parse(releases.release(contract, validated));
    String id = OcdsPackages.stableId(built);
    return store
        .find(id)
        .map(OcdsPackages::parse)
        .orElseGet(
            () -> {
              OffsetDateTime changedAt = contract.updatedAt();
              for (KpiReturn r : validated) {
                if (r.reviewedAt() != null && r.reviewedAt().isAfter(changedAt)) {
                  changedAt = r.reviewedAt();
                }
              }
              JsonObject release = OcdsPackages.withIdAndDate(built, id, changedAt);
              store.add(
                  id,
                  built.getString("ocid"),
                  contract.id(),
                  contract.ownerOrganisationId(),
                  changedAt,
                  OcdsPackages.write(release));
              return release;
            });
  }

  private OcdsPackages.Publisher publisher(String buyerOrganisationId) {
    OrganisationRef buyer = organisations.reference(buyerOrganisationId).orElseThrow();
    return new OcdsPackages.Publisher(buyer.name(), buyer.identifier());
  }
}
