package uk.svkit.api.tracking.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.svkit.api.platform.csv.Csv;
import uk.svkit.api.platform.json.DateTimes;
import uk.svkit.api.tracking.application.CommitmentProgressView;
import uk.svkit.api.tracking.application.ContractProgressView;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.KpiReturn;

/**
 * A contract's returns as CSV (RFC 4180), one row per return in submission order, each with its
 * KPI's progress at export time, for contract managers' spreadsheets.
 */
public final class ReturnsCsv {
  public static final List<String> HEADER =
      List.of(
          "contractId",
          "buyerContractId",
          "commitmentId",
          "measureCode",
          "returnId",
          "periodStart",
          "periodEnd",
          "quantity",
          "status",
          "supersedesReturnId",
          "submittedBy",
          "submittedAt",
          "reviewedBy",
          "reviewedAt",
          "rejectionReason",
          "narrative",
          "kpiTarget",
          "kpiExpectedToDate",
          "kpiValidated",
          "kpiRating");

  private ReturnsCsv() {}

  public static String write(
      Contract contract, List<KpiReturn> returns, ContractProgressView progress) {
    Map<String, CommitmentProgressView> byCommitment =
        progress.commitments().stream()
            .collect(Collectors.toMap(v -> v.progress().commitment().id(), Function.identity()));
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (KpiReturn r : returns) {
      CommitmentProgressView kpi = byCommitment.get(r.commitmentId());
      rows.add(
          List.of(
              contract.id(),
              contract.buyerContractId(),
              r.commitmentId(),
              kpi == null ? "" : kpi.progress().commitment().measureCode(),
              r.id(),
              r.periodStart().toString(),
              r.periodEnd().toString(),
              r.quantity().toPlainString(),
              r.status().name(),
              text(r.supersedesId()),
              r.submittedBy(),
              DateTimes.format(r.submittedAt()),
              text(r.reviewedBy()),
              r.reviewedAt() == null ? "" : DateTimes.format(r.reviewedAt()),
              text(r.rejectionReason()),
              text(r.narrative()),
              kpi == null ? "" : kpi.progress().target().toPlainString(),
              kpi == null ? "" : kpi.progress().expectedToDate().toPlainString(),
              kpi == null ? "" : kpi.progress().validated().toPlainString(),
              kpi == null ? "" : kpi.progress().rating().name()));
    }
    return Csv.write(rows);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
