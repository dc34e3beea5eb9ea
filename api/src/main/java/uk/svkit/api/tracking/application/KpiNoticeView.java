package uk.svkit.api.tracking.application;

import java.util.List;
import java.util.Map;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.Contract;

/** What a contract's KPI notice publishes: its material KPIs, their measures and the parties. */
public record KpiNoticeView(
    Contract contract,
    List<Commitment> material,
    Map<String, Measure> measures,
    String ocid,
    OrganisationRef buyer,
    OrganisationRef supplier) {}
