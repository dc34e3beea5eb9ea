package uk.svkit.api.tracking.application;

import java.util.List;
import uk.svkit.api.tracking.domain.KpiReturn;

/** Every return of a contract with its KPIs' progress today: what the CSV export writes. */
public record ReturnsExportView(ContractProgressView progress, List<KpiReturn> returns) {}
