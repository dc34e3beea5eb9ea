package uk.svkit.api.tracking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.platform.persistence.JdbcRepository;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.KpiTerms;
import uk.svkit.api.tracking.domain.TargetDefinition;
import uk.svkit.api.tracking.domain.TargetPeriod;

/**
 * Buyers' contracts and KPIs as flat rows, each KPI with its kept totals (claimed and validated
 * quantity over all periods), from which the dashboards' kept figures are recomputed: a buyer holds
 * thousands of them, and building each as an entity (with its collections) cost more than
 * everything else the dashboards did. Three statements whatever the number of contracts: contracts,
 * KPIs with their totals, and the target history of varied KPIs (only when there are any).
 * Read-only. Buyer-wide: callers pass the buyer the caller acts for (and, for some of their
 * contracts, the contracts' ids).
 */
@ApplicationScoped
public class ContractKpiRows extends JdbcRepository {

  /** A contract's figures the dashboards need, with its KPIs (in no particular order). */
  public record ContractRow(
      String id,
      String buyerOrganisationId,
      String title,
      Money value,
      String editionId,
      String proxySetId,
      List<KpiRow> kpis) {
    public String currency() {
      return value.currency();
    }
  }

  /**
   * One KPI: what values it (measure, own proxy set or null for the contract's, adjustments), its
   * targets' terms, and its kept claimed and validated quantity (zero without returns).
   */
  public record KpiRow(
      String id,
      String measureCode,
      String placeCode,
      String vcfsePartnerId,
      String proxySetId,
      Commitment.Adjustments adjustments,
      KpiTerms terms,
      BigDecimal claimed,
      BigDecimal validated) {}

  /** The buyer's contracts by title, each with its KPIs. */
  public List<ContractRow> ofBuyer(String buyerOrganisationId) {
    return read(new Scope("c.owner_organisation_id = ?", List.of(buyerOrganisationId)));
  }

  /** These contracts of the buyer (others are left out), by title, each with its KPIs. */
  public List<ContractRow> ofContracts(String buyerOrganisationId, List<String> contractIds) {
    if (contractIds.isEmpty()) {
      return List.of();
    }
    List<String> parameters = new ArrayList<>();
    parameters.add(buyerOrganisationId);
    parameters.addAll(contractIds);
    return read(
        new Scope(
            "c.owner_organisation_id = ? AND c.id IN (" + marks(contractIds.size()) + ")",
            parameters));
  }

  /** Which contracts to read: a condition on trk_contract (as c) and its parameters. */
  private record Scope(String condition, List<String> parameters) {}

  private List<ContractRow> read(Scope scope) {
    return withConnection(
        c -> {
          Map<String, Contract> contracts = contracts(c, scope);
          List<Kpi> kpis = kpis(c, scope);
          Map<String, List<TargetDefinition>> histories =
              kpis.stream().anyMatch(Kpi::varied) ? histories(c, scope) : Map.of();
          Map<String, List<KpiRow>> byContract = new HashMap<>();
          for (Kpi k : kpis) {
            Contract contract = contracts.get(k.contractId());
            if (contract == null) {
              continue; // its contract was created after the contracts were read
            }
            byContract
                .computeIfAbsent(k.contractId(), id -> new ArrayList<>())
                .add(k.row(contract, histories.getOrDefault(k.id(), List.of())));
          }
          List<ContractRow> result = new ArrayList<>(contracts.size());
          for (Contract contract : contracts.values()) {
            result.add(contract.row(byContract.getOrDefault(contract.id(), List.of())));
          }
          return result;
        });
  }

  /** A contract's columns as read. */
  private record Contract(
      String id,
      String buyer,
      String title,
      Money value,
      LocalDate start,
      LocalDate end,
      LocalDate terminatedOn,
      String editionId,
      String proxySetId) {
    ContractRow row(List<KpiRow> kpis) {
      return new ContractRow(id, buyer, title, value, editionId, proxySetId, List.copyOf(kpis));
    }
  }

  /** A KPI's columns as read, with its kept totals. */
  private record Kpi(
      String contractId,
      String id,
      String measureCode,
      String placeCode,
      String vcfsePartnerId,
      String proxySetId,
      Commitment.Adjustments adjustments,
      LocalDate effectiveFrom,
      LocalDate retiredOn,
      boolean varied,
      BigDecimal targetQuantity,
      TargetPeriod period,
      BigDecimal claimed,
      BigDecimal validated) {
    KpiRow row(Contract contract, List<TargetDefinition> history) {
      return new KpiRow(
          id,
          measureCode,
          placeCode,
          vcfsePartnerId,
          proxySetId,
          adjustments,
          KpiTerms.of(
              contract.start(),
              contract.end(),
              contract.terminatedOn(),
              effectiveFrom,
              retiredOn,
              varied,
              targetQuantity,
              period,
              history),
          claimed,
          validated);
    }
  }

  private static Map<String, Contract> contracts(Connection c, Scope scope) throws SQLException {
    Map<String, Contract> result = new LinkedHashMap<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT c.id, c.owner_organisation_id, c.title, c.contract_value, c.currency, c.start_date,"
                + " c.end_date, c.terminated_on, c.edition_id, c.proxy_set_id FROM trk_contract c"
                + " WHERE "
                + scope.condition()
                + " ORDER BY c.title, c.id")) {
      bind(select, 1, scope.parameters());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Contract contract =
              new Contract(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  new Money(rows.getBigDecimal(4), rows.getString(5)),
                  rows.getObject(6, LocalDate.class),
                  rows.getObject(7, LocalDate.class),
                  rows.getObject(8, LocalDate.class),
                  rows.getString(9),
                  rows.getString(10));
          result.put(contract.id(), contract);
        }
      }
    }
    return result;
  }

  private static List<Kpi> kpis(Connection c, Scope scope) throws SQLException {
    List<Kpi> result = new ArrayList<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT k.contract_id, k.id, k.measure_code, k.place_code, k.vcfse_partner_id, k.proxy_set_id,"
                + " k.deadweight, k.attribution, k.displacement, k.drop_off, k.effective_from, k.retired_on,"
                + " k.varied, k.target_quantity, k.period, t.claimed_quantity, t.validated_quantity"
                + " FROM trk_commitment k JOIN trk_contract c ON c.id = k.contract_id"
                + " LEFT JOIN trk_commitment_totals t ON t.commitment_id = k.id"
                + " WHERE "
                + scope.condition())) {
      bind(select, 1, scope.parameters());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          result.add(
              new Kpi(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  new Commitment.Adjustments(
                      rows.getBigDecimal(7),
                      rows.getBigDecimal(8),
                      rows.getBigDecimal(9),
                      rows.getBigDecimal(10)),
                  rows.getObject(11, LocalDate.class),
                  rows.getObject(12, LocalDate.class),
                  rows.getBoolean(13),
                  rows.getBigDecimal(14),
                  TargetPeriod.valueOf(rows.getString(15)),
                  orZero(rows.getBigDecimal(16)),
                  orZero(rows.getBigDecimal(17))));
        }
      }
    }
    return result;
  }

  /** The target definitions of the buyers' varied KPIs, oldest first, by KPI. */
  private static Map<String, List<TargetDefinition>> histories(Connection c, Scope scope)
      throws SQLException {
    Map<String, List<TargetDefinition>> result = new HashMap<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT h.commitment_id, h.effective_from, h.target_quantity, h.period"
                + " FROM trk_commitment_target h JOIN trk_commitment k ON k.id = h.commitment_id"
                + " JOIN trk_contract c ON c.id = k.contract_id"
                + " WHERE k.varied = TRUE AND "
                + scope.condition()
                + " ORDER BY h.commitment_id, h.effective_from")) {
      bind(select, 1, scope.parameters());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          result
              .computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
              .add(
                  new TargetDefinition(
                      rows.getObject(2, LocalDate.class),
                      rows.getBigDecimal(3),
                      TargetPeriod.valueOf(rows.getString(4))));
        }
      }
    }
    return result;
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
