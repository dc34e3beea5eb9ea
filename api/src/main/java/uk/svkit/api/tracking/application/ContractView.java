package uk.svkit.api.tracking.application;

import java.util.Map;
import uk.svkit.api.framework.domain.Edition;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.tracking.domain.Contract;

/** A contract with the framework edition and measures its KPIs are named in. */
public record ContractView(Contract contract, Edition edition, Map<String, Measure> measures) {}
